// One test per relation rewrite of schema 1.1, straight on the evaluator (the SDK tests cover the wire).
import { describe, expect, it } from 'vitest';
import { modelFromDsl } from './dsl.ts';
import { FgaError } from './errors.ts';
import { Graph, overlay, TupleIndex } from './graph.ts';
import { parseModel, TypeSystem } from './model.ts';
import type { TupleKey } from './tuples.ts';

function graph(dsl: string, tuples: [string, string, string][], contextual: [string, string, string][] = []) {
  const model = parseModel(modelFromDsl(`model\n  schema 1.1\n${dsl}`), 'model-1');
  const key = ([object, relation, user]: [string, string, string]): TupleKey => ({ object, relation, user });
  return new Graph(new TypeSystem(model), overlay(new TupleIndex(tuples.map(key)), contextual.map(key)));
}

const DOCS = `type user
type group
  relations
    define member: [user, user:*, group#member]
type folder
  relations
    define viewer: [user, group#member]
type doc
  relations
    define parent: [folder]
    define owner: [user]
    define editor: [user]
    define blocked: [user]
    define viewer: [user, user:*, group#member] or owner or viewer from parent
    define can_edit: editor and owner
    define can_view: viewer but not blocked
    define can_view_any: viewer from parent or can_edit
`;

describe('direct type restrictions', () => {
  it('a tuple naming the user allows it; other users and objects are not allowed', () => {
    const g = graph(DOCS, [['doc:1', 'owner', 'user:anne']]);
    expect(g.check('doc:1', 'owner', 'user:anne')).toBe(true);
    expect(g.check('doc:1', 'owner', 'user:bob')).toBe(false);
    expect(g.check('doc:2', 'owner', 'user:anne')).toBe(false);
  });

  it('a wildcard allows every user of its type and the wildcard itself, not other types', () => {
    const g = graph(DOCS, [['doc:1', 'viewer', 'user:*']]);
    expect(g.check('doc:1', 'viewer', 'user:anyone')).toBe(true);
    expect(g.check('doc:1', 'viewer', 'user:*')).toBe(true);
    expect(g.check('doc:1', 'viewer', 'group:eng#member')).toBe(false);
  });

  it('a userset allows its members, nested groups included, and itself', () => {
    const g = graph(DOCS, [
      ['doc:1', 'viewer', 'group:eng#member'],
      ['group:eng', 'member', 'group:backend#member'],
      ['group:backend', 'member', 'user:carl'],
    ]);
    expect(g.check('doc:1', 'viewer', 'user:carl')).toBe(true);
    expect(g.check('doc:1', 'viewer', 'group:backend#member')).toBe(true);
    expect(g.check('doc:1', 'viewer', 'user:dana')).toBe(false);
  });

  it('tuples the current model no longer allows are ignored', () => {
    const g = graph('type user\ntype doc\n  relations\n    define viewer: [user]', [['doc:1', 'viewer', 'user:*']]);
    expect(g.check('doc:1', 'viewer', 'user:anne')).toBe(false);
  });
});

describe('rewrites', () => {
  it('computed userset: owners are viewers', () => {
    const g = graph(DOCS, [['doc:1', 'owner', 'user:anne']]);
    expect(g.check('doc:1', 'viewer', 'user:anne')).toBe(true);
  });

  it('tuple to userset: viewers of the parent folder are viewers', () => {
    const g = graph(DOCS, [
      ['doc:1', 'parent', 'folder:a'],
      ['folder:a', 'viewer', 'user:bob'],
    ]);
    expect(g.check('doc:1', 'viewer', 'user:bob')).toBe(true);
    expect(g.check('doc:2', 'viewer', 'user:bob')).toBe(false);
  });

  it('union: any branch', () => {
    const g = graph(DOCS, [['doc:1', 'editor', 'user:eve']]);
    expect(g.check('doc:1', 'can_view_any', 'user:eve')).toBe(false);
    const h = graph(DOCS, [
      ['doc:1', 'parent', 'folder:a'],
      ['folder:a', 'viewer', 'user:eve'],
    ]);
    expect(h.check('doc:1', 'can_view_any', 'user:eve')).toBe(true);
  });

  it('intersection: every branch', () => {
    const both = graph(DOCS, [
      ['doc:1', 'editor', 'user:eve'],
      ['doc:1', 'owner', 'user:eve'],
    ]);
    expect(both.check('doc:1', 'can_edit', 'user:eve')).toBe(true);
    const one = graph(DOCS, [['doc:1', 'editor', 'user:eve']]);
    expect(one.check('doc:1', 'can_edit', 'user:eve')).toBe(false);
  });

  it('exclusion: the base minus the subtracted users, also under a wildcard', () => {
    const g = graph(DOCS, [
      ['doc:1', 'viewer', 'user:*'],
      ['doc:1', 'blocked', 'user:mallory'],
    ]);
    expect(g.check('doc:1', 'can_view', 'user:anne')).toBe(true);
    expect(g.check('doc:1', 'can_view', 'user:mallory')).toBe(false);
  });

  it('contextual tuples count for one request only', () => {
    const g = graph(DOCS, [], [['doc:1', 'owner', 'user:anne']]);
    expect(g.check('doc:1', 'viewer', 'user:anne')).toBe(true);
    expect(graph(DOCS, []).check('doc:1', 'viewer', 'user:anne')).toBe(false);
  });
});

describe('cycles and depth', () => {
  it('a cycle is not allowed, and a cycle in the subtracted branch makes the exclusion not allowed', () => {
    const model = `type user
type doc
  relations
    define restricted: [user, doc#viewer]
    define viewer: [user] but not restricted`;
    const g = graph(model, [
      ['doc:1', 'viewer', 'user:jon'],
      ['doc:1', 'restricted', 'doc:1#viewer'],
    ]);
    expect(g.check('doc:1', 'viewer', 'user:jon')).toBe(false);
  });

  it('a cycle of groups terminates', () => {
    const g = graph(DOCS, [
      ['group:a', 'member', 'group:b#member'],
      ['group:b', 'member', 'group:a#member'],
    ]);
    expect(g.check('group:a', 'member', 'user:x')).toBe(false);
  });

  it('more than 25 levels is authorization_model_resolution_too_complex', () => {
    const tuples: [string, string, string][] = [['group:0', 'member', 'user:deep']];
    for (let i = 1; i <= 30; i++) tuples.push([`group:${i}`, 'member', `group:${i - 1}#member`]);
    const g = graph(DOCS, tuples);
    expect(g.check('group:20', 'member', 'user:deep')).toBe(true);
    expect(() => g.check('group:30', 'member', 'user:deep')).toThrowError(FgaError);
  });
});

describe('list-objects and list-users', () => {
  const g = graph(DOCS, [
    ['doc:1', 'viewer', 'user:*'],
    ['doc:1', 'viewer', 'user:jon'],
    ['doc:2', 'owner', 'user:anne'],
    ['doc:3', 'viewer', 'group:eng#member'],
    ['group:eng', 'member', 'user:anne'],
  ]);

  it('lists the objects a user can see', () => {
    expect(g.listObjects('doc', 'viewer', 'user:anne').sort()).toEqual(['doc:1', 'doc:2', 'doc:3']);
    expect(g.listObjects('doc', 'viewer', 'user:zed').sort()).toEqual(['doc:1']);
  });

  it('lists named users and the wildcard, and usersets for a userset filter', () => {
    expect(g.listUsers('doc:1', 'viewer', { type: 'user' }).sort()).toEqual(['user:*', 'user:jon']);
    expect(g.listUsers('doc:3', 'viewer', { type: 'user' })).toEqual(['user:anne']);
    expect(g.listUsers('doc:3', 'viewer', { type: 'group', relation: 'member' })).toEqual(['group:eng#member']);
  });
});
