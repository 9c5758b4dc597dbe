// Schema 1.1 evaluation: check, list-objects and list-users over stored plus contextual tuples, following OpenFGA's
// LocalChecker (internal/graph/check.go): every dispatch goes one level deeper and 25 levels is "too complex"; a
// request that meets itself again on its own path is a cycle, which counts as "not allowed" and makes an exclusion
// or intersection that sees it not allowed either. Tuples the current model no longer allows are ignored.
import { FgaError, tooComplex } from './errors.ts';
import type { ParsedUser, TypeSystem, Userset } from './model.ts';
import { parseObject, parseUser, type TupleKey } from './tuples.ts';

export const MAX_RESOLUTION_DEPTH = 25;

/** Users related to `object#relation` by a stored (or contextual) tuple. */
export interface TupleReader {
  users(object: string, relation: string): Iterable<string>;
  /** Every object of `type` that appears in a tuple, as object or inside a user. */
  objectsOfType(type: string): Iterable<string>;
}

/** Tuples in the store seen together with a request's contextual tuples. */
export class TupleIndex implements TupleReader {
  private readonly byObjectRelation = new Map<string, Set<string>>();
  private readonly byType = new Map<string, Set<string>>();

  constructor(tuples: Iterable<TupleKey> = []) {
    for (const t of tuples) this.add(t);
  }

  add(t: TupleKey): void {
    const key = `${t.object}#${t.relation}`;
    getOrCreate(this.byObjectRelation, key).add(t.user);
    this.noteObject(t.object);
    const userObject = t.user.split('#')[0] as string;
    if (!userObject.endsWith(':*')) this.noteObject(userObject);
  }

  delete(t: TupleKey): void {
    this.byObjectRelation.get(`${t.object}#${t.relation}`)?.delete(t.user);
  }

  private noteObject(object: string): void {
    const type = object.slice(0, object.indexOf(':'));
    getOrCreate(this.byType, type).add(object);
  }

  users(object: string, relation: string): Iterable<string> {
    return this.byObjectRelation.get(`${object}#${relation}`) ?? [];
  }

  objectsOfType(type: string): Iterable<string> {
    return this.byType.get(type) ?? [];
  }
}

function getOrCreate(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}

/** Stored tuples overlaid with contextual ones (which are never stored). */
export function overlay(stored: TupleReader, contextual: TupleKey[]): TupleReader {
  if (contextual.length === 0) return stored;
  const extra = new TupleIndex(contextual);
  return {
    *users(object, relation) {
      const seen = new Set<string>();
      for (const source of [stored, extra]) {
        for (const u of source.users(object, relation)) {
          if (!seen.has(u)) {
            seen.add(u);
            yield u;
          }
        }
      }
    },
    *objectsOfType(type) {
      const seen = new Set<string>();
      for (const source of [stored, extra]) {
        for (const o of source.objectsOfType(type)) {
          if (!seen.has(o)) {
            seen.add(o);
            yield o;
          }
        }
      }
    },
  };
}

interface Outcome {
  allowed: boolean;
  cycle: boolean;
}

const NO: Outcome = { allowed: false, cycle: false };
const YES: Outcome = { allowed: true, cycle: false };
const CYCLE: Outcome = { allowed: false, cycle: true };

export class Graph {
  constructor(
    private readonly ts: TypeSystem,
    private readonly tuples: TupleReader,
  ) {}

  /** Whether `user` has `relation` on `object`. Throws `authorization_model_resolution_too_complex` past 25 levels. */
  check(object: string, relation: string, user: string): boolean {
    return this.resolve(object, relation, user, 0, new Set()).allowed;
  }

  private resolve(object: string, relation: string, user: string, depth: number, path: Set<string>): Outcome {
    if (depth >= MAX_RESOLUTION_DEPTH) throw tooComplex();
    const key = `${object}#${relation}@${user}`;
    if (path.has(key)) return CYCLE;
    if (user === `${object}#${relation}`) return YES; // a userset always contains itself
    const type = object.slice(0, object.indexOf(':'));
    const rewrite = this.ts.rewrite(type, relation);
    if (!rewrite) return NO;
    path.add(key);
    try {
      return this.rewrite(type, object, relation, rewrite, user, depth, path);
    } finally {
      path.delete(key);
    }
  }

  private rewrite(
    type: string,
    object: string,
    relation: string,
    u: Userset,
    user: string,
    depth: number,
    path: Set<string>,
  ): Outcome {
    if ('this' in u) return this.direct(type, object, relation, user, depth, path);
    if ('computedUserset' in u) return this.resolve(object, u.computedUserset.relation, user, depth + 1, path);
    if ('tupleToUserset' in u) {
      const { tupleset, computedUserset } = u.tupleToUserset;
      const branches: (() => Outcome)[] = [];
      for (const parent of this.tuples.users(object, tupleset.relation)) {
        const p = parseUser(parent);
        if (p?.kind !== 'object' || !this.ts.allowsUser(type, tupleset.relation, p)) continue;
        if (!this.ts.rewrite(p.type, computedUserset.relation)) continue;
        branches.push(() => this.resolve(parent, computedUserset.relation, user, depth + 1, path));
      }
      return union(branches);
    }
    const sub = (child: Userset) => () => this.rewrite(type, object, relation, child, user, depth, path);
    if ('union' in u) return union(u.union.child.map(sub));
    if ('intersection' in u) return intersection(u.intersection.child.map(sub));
    return exclusion(sub(u.difference.base), sub(u.difference.subtract));
  }

  private direct(
    type: string,
    object: string,
    relation: string,
    user: string,
    depth: number,
    path: Set<string>,
  ): Outcome {
    const target = parseUser(user);
    const branches: (() => Outcome)[] = [];
    for (const stored of this.tuples.users(object, relation)) {
      const s = parseUser(stored);
      if (!s || !this.ts.allowsUser(type, relation, s)) continue;
      if (stored === user) return YES;
      if (s.kind === 'wildcard' && target?.kind === 'object' && target.type === s.type) return YES;
      if (s.kind === 'userset') {
        branches.push(() => this.resolve(`${s.type}:${s.id}`, s.relation as string, user, depth + 1, path));
      }
    }
    return union(branches);
  }

  /** Objects of `type` on which `user` has `relation`: every object of the type seen in a tuple, checked. */
  listObjects(type: string, relation: string, user: string, limit = 1000): string[] {
    const found: string[] = [];
    for (const object of this.tuples.objectsOfType(type)) {
      if (this.check(object, relation, user)) found.push(object);
      if (found.length >= limit) break;
    }
    return found;
  }

  /**
   * Users of the filter's type (or `type#relation` usersets) related to `object#relation`: the users the rewrite
   * reaches through tuples (a concrete user only where a tuple names it, as OpenFGA answers), each then checked.
   */
  listUsers(object: string, relation: string, filter: { type: string; relation?: string }): string[] {
    const candidates = new Set<string>();
    this.expand(object, relation, filter, candidates, new Set());
    return [...candidates].filter((user) => this.check(object, relation, user));
  }

  private expand(
    object: string,
    relation: string,
    filter: { type: string; relation?: string },
    into: Set<string>,
    seen: Set<string>,
  ): void {
    const key = `${object}#${relation}`;
    if (seen.has(key)) return;
    seen.add(key);
    const type = object.slice(0, object.indexOf(':'));
    // A userset contains itself: `group:eng#member` is among the `group#member` usersets of group:eng#member.
    if (type === filter.type && relation === filter.relation) into.add(key);
    const rewrite = this.ts.rewrite(type, relation);
    if (rewrite) this.expandRewrite(type, object, relation, rewrite, filter, into, seen);
  }

  private expandRewrite(
    type: string,
    object: string,
    relation: string,
    u: Userset,
    filter: { type: string; relation?: string },
    into: Set<string>,
    seen: Set<string>,
  ): void {
    if ('this' in u) {
      for (const stored of this.tuples.users(object, relation)) {
        const s = parseUser(stored);
        if (!s || !this.ts.allowsUser(type, relation, s)) continue;
        if (matchesFilter(s, filter)) into.add(stored);
        if (s.kind === 'userset') this.expand(`${s.type}:${s.id}`, s.relation as string, filter, into, seen);
      }
    } else if ('computedUserset' in u) {
      this.expand(object, u.computedUserset.relation, filter, into, seen);
    } else if ('tupleToUserset' in u) {
      const { tupleset, computedUserset } = u.tupleToUserset;
      for (const parent of this.tuples.users(object, tupleset.relation)) {
        const p = parseUser(parent);
        if (p?.kind !== 'object' || !this.ts.allowsUser(type, tupleset.relation, p)) continue;
        if (this.ts.rewrite(p.type, computedUserset.relation)) {
          this.expand(parent, computedUserset.relation, filter, into, seen);
        }
      }
    } else {
      const children = 'union' in u ? u.union.child : 'intersection' in u ? u.intersection.child : [u.difference.base];
      for (const child of children) this.expandRewrite(type, object, relation, child, filter, into, seen);
    }
  }
}

function matchesFilter(user: ParsedUser, filter: { type: string; relation?: string }): boolean {
  if (user.type !== filter.type) return false;
  return filter.relation ? user.kind === 'userset' && user.relation === filter.relation : user.kind !== 'userset';
}

/** Any branch allowed wins (errors in other branches are then irrelevant); else the first error; else not allowed. */
function union(branches: (() => Outcome)[]): Outcome {
  let cycle = false;
  let error: unknown;
  for (const branch of branches) {
    try {
      const r = branch();
      if (r.allowed) return YES;
      cycle ||= r.cycle;
    } catch (e) {
      if (!(e instanceof FgaError)) throw e;
      error ??= e;
    }
  }
  if (error) throw error;
  return cycle ? CYCLE : NO;
}

/** Any branch not allowed (or cycling) decides; else the first error; else allowed. */
function intersection(branches: (() => Outcome)[]): Outcome {
  let error: unknown;
  for (const branch of branches) {
    try {
      const r = branch();
      if (!r.allowed) return r.cycle ? CYCLE : NO;
    } catch (e) {
      if (!(e instanceof FgaError)) throw e;
      error ??= e;
    }
  }
  if (error) throw error;
  return YES;
}

function exclusion(base: () => Outcome, subtract: () => Outcome): Outcome {
  let error: unknown;
  try {
    const b = base();
    if (!b.allowed) return b.cycle ? CYCLE : NO;
  } catch (e) {
    if (!(e instanceof FgaError)) throw e;
    error = e;
  }
  try {
    const s = subtract();
    if (s.allowed || s.cycle) return s.cycle ? CYCLE : NO;
  } catch (e) {
    if (!(e instanceof FgaError)) throw e;
    error ??= e;
  }
  if (error) throw error;
  return YES;
}

/** Reads `type:id` of a request's object, or explains what is wrong. */
export function requireObject(object: string): { type: string; id: string } {
  const parsed = parseObject(object);
  if (!parsed) throw new FgaError('validation_error', `invalid 'object' field format: '${object}'`);
  return parsed;
}
