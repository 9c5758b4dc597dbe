// Relationship tuples: the string forms OpenFGA accepts (`type:id`, `type:*`, `type:id#relation`) and the checks it
// applies to a tuple before writing it or using it as a contextual tuple (internal/validation in openfga/openfga).
import { FgaError, invalidTuple, relationNotFound, typeNotFound } from './errors.ts';
import type { ParsedUser, TypeSystem } from './model.ts';

export interface TupleKey {
  object: string;
  relation: string;
  user: string;
}

const OBJECT = /^([^:#@\s]+):([^#:\s]+)$/;
const USER = /^([^:#@\s]+):([^#:\s]+)(?:#([^#:@\s]+))?$/;
const RELATION = /^[^:#@\s]{1,50}$/;

export const tupleString = (t: TupleKey) => `${t.object}#${t.relation}@${t.user}`;

export function parseObject(object: string): { type: string; id: string } | undefined {
  const m = OBJECT.exec(object);
  return m ? { type: m[1] as string, id: m[2] as string } : undefined;
}

export function parseUser(user: string): ParsedUser | undefined {
  const m = USER.exec(user);
  if (!m) return undefined;
  const [, type = '', id = '', relation] = m;
  if (relation) return id === '*' ? undefined : { kind: 'userset', type, id, relation };
  return { kind: id === '*' ? 'wildcard' : 'object', type, id };
}

export const isValidRelation = (relation: string) => RELATION.test(relation);

/** Why `key` cannot be written under `ts`, as OpenFGA words it, or undefined when it can. */
function problem(ts: TypeSystem, key: TupleKey): FgaError | string | undefined {
  const user = parseUser(key.user);
  if (!user) return "the 'user' field is malformed";
  if (!ts.hasType(user.type)) return typeNotFound(user.type);
  if (user.kind === 'userset' && !ts.rewrite(user.type, user.relation as string)) {
    return relationNotFound(user.type, user.relation as string);
  }
  const object = parseObject(key.object);
  if (!object)
    return key.object.endsWith(':*')
      ? "the 'object' field cannot reference a typed wildcard"
      : "invalid 'object' field format";
  if (!ts.hasType(object.type)) return typeNotFound(object.type);
  if (!isValidRelation(key.relation)) return "the 'relation' field is malformed";
  if (!ts.rewrite(object.type, key.relation)) return relationNotFound(object.type, key.relation);
  if (!ts.allowsUser(object.type, key.relation, user)) {
    if (user.kind === 'userset') {
      return `'${user.type}#${user.relation}' is not an allowed type restriction for '${object.type}#${key.relation}'`;
    }
    if (user.kind === 'wildcard') {
      return `the typed wildcard '${key.user}' is not an allowed type restriction for '${object.type}#${key.relation}'`;
    }
    return `type '${user.type}' is not an allowed type restriction for '${object.type}#${key.relation}'`;
  }
  return undefined;
}

/** OpenFGA's ValidateTupleForWrite: any problem is an `invalid_tuple` error naming the tuple. */
export function assertWritable(ts: TypeSystem, key: TupleKey): void {
  const found = problem(ts, key);
  if (found) throw invalidTuple(tupleString(key), typeof found === 'string' ? found : found.message);
}

/** Reads a `tuple_key` object from a request body; missing fields are a validation error. */
export function readTupleKey(raw: unknown, field: string): TupleKey {
  const node = (raw ?? {}) as Record<string, unknown>;
  const key = { object: node.object, relation: node.relation, user: node.user };
  for (const [name, value] of Object.entries(key)) {
    if (typeof value !== 'string' || value === '') {
      throw new FgaError(
        'validation_error',
        `invalid ${field}.${name[0]?.toUpperCase()}${name.slice(1)}: value length must be at least 1 runes`,
      );
    }
  }
  if (node.condition) {
    throw new FgaError(
      'validation_error',
      `${field}: dev-fga does not evaluate conditions (CEL), so tuples with a condition are refused`,
    );
  }
  return key as TupleKey;
}
