// The operations of OpenFGA's HTTP API (openfga/api openfga_service.proto), over the in-memory state: request
// bodies in, response bodies out, OpenFGA's validation errors on the way.
import { FgaError, relationNotFound, typeNotFound, validation } from './errors.ts';
import { Graph, overlay, requireObject } from './graph.ts';
import { parseModel } from './model.ts';
import type { State, Store } from './state.ts';
import { assertWritable, parseObject, parseUser, readTupleKey, type TupleKey, tupleString } from './tuples.ts';

type Body = Record<string, unknown>;

const MAX_WRITES = 100;
const MAX_CONTEXTUAL_TUPLES = 100;
const MAX_BATCH_CHECKS = 50;
const MAX_LIST_OBJECTS = 1000;

function pageSize(raw: unknown, fallback: number, max: number): number {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new FgaError('validation_error', `invalid page_size: value must be inside range [1, ${max}]`);
  }
  return n;
}

const encodeToken = (position: string) => Buffer.from(JSON.stringify({ after: position })).toString('base64url');

function decodeToken(token: unknown): string | undefined {
  if (token === undefined || token === null || token === '') return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof parsed.after === 'string') return parsed.after;
  } catch {}
  throw new FgaError('invalid_continuation_token', 'Invalid continuation token');
}

/** One page of `items` (already in order) after the token's position. */
function page<T>(items: T[], position: (item: T) => string, size: number, token: unknown) {
  const after = decodeToken(token);
  const start = after === undefined ? 0 : items.findIndex((item) => position(item) > after);
  const slice = start < 0 ? [] : items.slice(start, start + size);
  const last = slice.at(-1);
  const more = start >= 0 && start + size < items.length;
  return { slice, continuation_token: more && last !== undefined ? encodeToken(position(last)) : '' };
}

const storeView = (s: Store) => ({ id: s.id, name: s.name, created_at: s.created_at, updated_at: s.updated_at });

export class Api {
  constructor(readonly state: State) {}

  createStore(body: Body) {
    const name = body.name;
    if (typeof name !== 'string' || !/^[\w\-.\s]{3,64}$/u.test(name) || name.trim() !== name) {
      throw validation('invalid CreateStoreRequest.Name: value does not match regex pattern "^[ \\w\\-.]{3,64}$"');
    }
    return storeView(this.state.createStore(name));
  }

  getStore(id: string) {
    return storeView(this.state.store(id));
  }

  listStores(query: URLSearchParams) {
    const name = query.get('name');
    const all = [...this.state.stores.values()].filter((s) => !s.deleted_at && (!name || s.name === name));
    const { slice, continuation_token } = page(
      all,
      (s) => s.id,
      pageSize(query.get('page_size'), 50, 100),
      query.get('continuation_token'),
    );
    return { stores: slice.map(storeView), continuation_token };
  }

  deleteStore(id: string) {
    this.state.deleteStore(this.state.store(id));
  }

  writeModel(storeId: string, body: Body) {
    const store = this.state.store(storeId);
    const model = parseModel(body, this.state.newId());
    this.state.addModel(store, model);
    return { authorization_model_id: model.id };
  }

  readModel(storeId: string, id: string) {
    const store = this.state.store(storeId);
    return { authorization_model: this.state.model(store, id) };
  }

  listModels(storeId: string, query: URLSearchParams) {
    const store = this.state.store(storeId);
    const newestFirst = [...store.models].reverse();
    const size = pageSize(query.get('page_size'), 50, 50);
    // ULIDs grow with time, so "after" in newest-first order means a smaller id.
    const after = decodeToken(query.get('continuation_token'));
    const rest = after === undefined ? newestFirst : newestFirst.filter((m) => m.id < after);
    const slice = rest.slice(0, size);
    const more = rest.length > size;
    return {
      authorization_models: slice,
      continuation_token: more ? encodeToken((slice.at(-1) as { id: string }).id) : '',
    };
  }

  write(storeId: string, body: Body) {
    const store = this.state.store(storeId);
    const model = this.state.model(store, optionalString(body.authorization_model_id));
    const ts = this.state.typeSystem(model);
    const writesBlock = (body.writes ?? undefined) as Body | undefined;
    const deletesBlock = (body.deletes ?? undefined) as Body | undefined;
    const writes = listOf(writesBlock?.tuple_keys).map((t, i) => readTupleKey(t, `writes.tuple_keys[${i}]`));
    const deletes = listOf(deletesBlock?.tuple_keys).map((t, i) => readTupleKey(t, `deletes.tuple_keys[${i}]`));
    const onDuplicate = mode(writesBlock?.on_duplicate, 'on_duplicate');
    const onMissing = mode(deletesBlock?.on_missing, 'on_missing');
    if (writes.length === 0 && deletes.length === 0) {
      throw new FgaError(
        'invalid_write_input',
        'Invalid input. Make sure you provide at least one write, or at least one delete',
      );
    }
    if (writes.length + deletes.length > MAX_WRITES) {
      throw new FgaError(
        'exceeded_entity_limit',
        `The number of write operations exceeds the allowed limit of ${MAX_WRITES}`,
      );
    }
    const seen = new Set<string>();
    for (const key of [...writes, ...deletes]) {
      const id = tupleString(key);
      if (seen.has(id)) {
        throw new FgaError(
          'cannot_allow_duplicate_tuples_in_one_request',
          `duplicate tuple in write: user: '${key.user}', relation: '${key.relation}', object: '${key.object}'`,
        );
      }
      seen.add(id);
    }
    for (const key of writes) assertWritable(ts, key);
    for (const key of deletes) {
      if (!parseObject(key.object) || !parseUser(key.user)) assertWritable(ts, key);
    }
    const toDelete = deletes.filter((key) => {
      if (this.state.hasTuple(store, key)) return true;
      if (onMissing === 'ignore') return false;
      throw new FgaError(
        'write_failed_due_to_invalid_input',
        `cannot delete a tuple which does not exist: user: '${key.user}', relation: '${key.relation}', object: '${key.object}': invalid write input`,
      );
    });
    const toWrite = writes.filter((key) => {
      if (!this.state.hasTuple(store, key)) return true;
      if (onDuplicate === 'ignore') return false;
      throw new FgaError(
        'write_failed_due_to_invalid_input',
        `cannot write a tuple which already exists: user: '${key.user}', relation: '${key.relation}', object: '${key.object}': invalid write input`,
      );
    });
    this.state.apply(store, toWrite, toDelete);
    return {};
  }

  read(storeId: string, body: Body) {
    const store = this.state.store(storeId);
    const filter = body.tuple_key as Partial<TupleKey> | undefined;
    const size = pageSize(body.page_size, 50, 100);
    let match: (k: TupleKey) => boolean = () => true;
    if (filter && (filter.object || filter.relation || filter.user)) {
      const object = filter.object ?? '';
      if (!object) throw validation("the 'tuple_key.object' field is required when a tuple_key is given");
      const typeOnly = object.endsWith(':');
      if (typeOnly && !filter.user)
        throw validation("the 'tuple_key.user' field is required when 'object' is a type only");
      match = (k) =>
        (typeOnly ? k.object.startsWith(object) : k.object === object) &&
        (!filter.relation || k.relation === filter.relation) &&
        (!filter.user || k.user === filter.user);
    }
    const all = [...store.tuples.values()].filter((t) => match(t.key)).sort((a, b) => a.seq - b.seq);
    const position = (t: { seq: number }) => String(t.seq).padStart(16, '0');
    const { slice, continuation_token } = page(all, position, size, body.continuation_token);
    return { tuples: slice.map((t) => ({ key: t.key, timestamp: t.timestamp })), continuation_token };
  }

  check(storeId: string, body: Body) {
    const store = this.state.store(storeId);
    const model = this.state.model(store, optionalString(body.authorization_model_id));
    return { allowed: this.checkOne(store, model.id, body), resolution: '' };
  }

  batchCheck(storeId: string, body: Body) {
    const store = this.state.store(storeId);
    const model = this.state.model(store, optionalString(body.authorization_model_id));
    const checks = listOf(body.checks) as Body[];
    if (checks.length === 0 || checks.length > MAX_BATCH_CHECKS) {
      throw validation(
        `invalid BatchCheckRequest.Checks: value must contain between 1 and ${MAX_BATCH_CHECKS} items, inclusive`,
      );
    }
    const ids = new Set<string>();
    for (const item of checks) {
      const id = item.correlation_id;
      if (typeof id !== 'string' || id === '' || id.length > 36) {
        throw validation(
          'invalid BatchCheckItem.CorrelationId: value length must be between 1 and 36 runes, inclusive',
        );
      }
      if (ids.has(id)) throw validation(`duplicate correlation_id provided: ${id}`);
      ids.add(id);
    }
    const result: Record<
      string,
      { allowed: boolean } | { error: { input_error?: string; internal_error?: string; message: string } }
    > = {};
    for (const item of checks) {
      try {
        result[item.correlation_id as string] = {
          allowed: this.checkOne(store, model.id, { ...item, context: body.context ?? item.context }),
        };
      } catch (error) {
        if (!(error instanceof FgaError)) throw error;
        result[item.correlation_id as string] = {
          error:
            error.status === 400
              ? { input_error: error.code, message: error.message }
              : { internal_error: 'internal_error', message: error.message },
        };
      }
    }
    return { result };
  }

  private checkOne(store: Store, modelId: string, body: Body): boolean {
    const model = this.state.model(store, modelId);
    const ts = this.state.typeSystem(model);
    const key = readTupleKey(body.tuple_key, 'tuple_key');
    try {
      const object = requireObject(key.object);
      if (!ts.hasType(object.type)) throw typeNotFound(object.type);
      if (!ts.rewrite(object.type, key.relation)) throw relationNotFound(object.type, key.relation);
      this.requireUser(ts, key.user);
    } catch (error) {
      // Check answers every problem with its request as a validation error (the conformance suite asserts 2000).
      if (error instanceof FgaError) throw validation(error.message);
      throw error;
    }
    const contextual = this.contextual(ts, body.contextual_tuples);
    return new Graph(ts, overlay(store.index, contextual)).check(key.object, key.relation, key.user);
  }

  listObjects(storeId: string, body: Body) {
    return { objects: this.listObjectsOf(storeId, body) };
  }

  listObjectsOf(storeId: string, body: Body): string[] {
    const store = this.state.store(storeId);
    const model = this.state.model(store, optionalString(body.authorization_model_id));
    const ts = this.state.typeSystem(model);
    const type = requiredString(body.type, 'type');
    const relation = requiredString(body.relation, 'relation');
    const user = requiredString(body.user, 'user');
    if (!ts.hasType(type)) throw typeNotFound(type);
    if (!ts.rewrite(type, relation)) throw relationNotFound(type, relation);
    try {
      this.requireUser(ts, user);
    } catch (error) {
      if (error instanceof FgaError) throw validation(error.message);
      throw error;
    }
    const contextual = this.contextual(ts, body.contextual_tuples);
    return new Graph(ts, overlay(store.index, contextual)).listObjects(type, relation, user, MAX_LIST_OBJECTS);
  }

  listUsers(storeId: string, body: Body) {
    const store = this.state.store(storeId);
    const model = this.state.model(store, optionalString(body.authorization_model_id));
    const ts = this.state.typeSystem(model);
    const objectNode = (body.object ?? {}) as Body;
    const object = `${requiredString(objectNode.type, 'object.type')}:${requiredString(objectNode.id, 'object.id')}`;
    const relation = requiredString(body.relation, 'relation');
    const filters = listOf(body.user_filters) as Body[];
    if (filters.length !== 1)
      throw validation('invalid ListUsersRequest.UserFilters: value must contain exactly 1 item(s)');
    const filter = {
      type: requiredString(filters[0]?.type, 'user_filters[0].type'),
      relation: optionalString(filters[0]?.relation),
    };
    const parsed = requireObject(object);
    if (!ts.hasType(parsed.type)) throw typeNotFound(parsed.type);
    if (!ts.rewrite(parsed.type, relation)) throw relationNotFound(parsed.type, relation);
    if (!ts.hasType(filter.type)) throw typeNotFound(filter.type);
    if (filter.relation && !ts.rewrite(filter.type, filter.relation))
      throw relationNotFound(filter.type, filter.relation);
    const contextual = this.contextual(ts, body.contextual_tuples);
    const users = new Graph(ts, overlay(store.index, contextual)).listUsers(object, relation, filter);
    return { users: users.map(userView) };
  }

  readAssertions(storeId: string, modelId: string) {
    const store = this.state.store(storeId);
    this.state.model(store, modelId);
    return { authorization_model_id: modelId, assertions: store.assertions[modelId] ?? [] };
  }

  writeAssertions(storeId: string, modelId: string, body: Body) {
    const store = this.state.store(storeId);
    this.state.model(store, modelId);
    const assertions = listOf(body.assertions);
    if (assertions.length > 100)
      throw new FgaError(
        'validation_error',
        'invalid WriteAssertionsRequest.Assertions: value must contain at most 100 item(s)',
      );
    this.state.setAssertions(store, modelId, assertions);
    return {};
  }

  private requireUser(ts: ReturnType<State['typeSystem']>, user: string): void {
    const parsed = parseUser(user);
    if (!parsed) throw validation(`invalid 'user' field format: '${user}'`);
    if (!ts.hasType(parsed.type)) throw typeNotFound(parsed.type);
    if (parsed.kind === 'userset' && !ts.rewrite(parsed.type, parsed.relation as string)) {
      throw relationNotFound(parsed.type, parsed.relation as string);
    }
  }

  /** Contextual tuples obey the model like writes (`invalid_tuple`), at most 100 per request. */
  private contextual(ts: ReturnType<State['typeSystem']>, raw: unknown): TupleKey[] {
    const keys = listOf(Array.isArray(raw) ? raw : (raw as Body | undefined)?.tuple_keys);
    if (keys.length > MAX_CONTEXTUAL_TUPLES) {
      throw validation(
        `invalid ContextualTupleKeys.TupleKeys: value must contain at most ${MAX_CONTEXTUAL_TUPLES} item(s)`,
      );
    }
    return keys.map((raw, i) => {
      const key = readTupleKey(raw, `contextual_tuples.tuple_keys[${i}]`);
      assertWritable(ts, key);
      return key;
    });
  }
}

function userView(user: string) {
  const parsed = parseUser(user);
  if (!parsed) return { object: { type: '', id: user } };
  if (parsed.kind === 'wildcard') return { wildcard: { type: parsed.type } };
  if (parsed.kind === 'userset') return { userset: { type: parsed.type, id: parsed.id, relation: parsed.relation } };
  return { object: { type: parsed.type, id: parsed.id } };
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function requiredString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '')
    throw validation(`invalid ${field}: value length must be at least 1 runes`);
  return value;
}

function mode(value: unknown, field: string): 'error' | 'ignore' {
  if (
    value === undefined ||
    value === null ||
    value === '' ||
    value === 'error' ||
    value === 'ON_DUPLICATE_UNSPECIFIED'
  )
    return 'error';
  if (value === 'ignore') return 'ignore';
  throw validation(`invalid ${field}: value must be one of "error" or "ignore"`);
}
