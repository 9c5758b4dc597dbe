// Stores, authorization models and tuples, kept in memory and, with a data folder, in one JSON file rewritten
// atomically (temporary file + rename) after every change, so a restart keeps everything and a crash mid-write
// leaves the previous state whole.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import { FgaError } from './errors.ts';
import { TupleIndex } from './graph.ts';
import { type AuthorizationModel, TypeSystem } from './model.ts';
import type { TupleKey } from './tuples.ts';

export interface StoredTuple {
  key: TupleKey;
  timestamp: string;
  /** Insertion order, for stable pages. */
  seq: number;
}

export interface Store {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  deleted_at?: string;
  /** Oldest first. */
  models: AuthorizationModel[];
  tuples: Map<string, StoredTuple>;
  index: TupleIndex;
  assertions: Record<string, unknown[]>;
}

/** A store as the state file keeps it: tuples as a list, no index. */
type StoredStore = Omit<Store, 'tuples' | 'index' | 'assertions'> & {
  tuples: StoredTuple[];
  assertions?: Record<string, unknown[]>;
};

interface FileFormat {
  version: 1;
  seq: number;
  stores: StoredStore[];
}

export const DATA_FILE = 'dev-fga.json';

const tupleId = (k: TupleKey) => `${k.object}#${k.relation}@${k.user}`;

export class State {
  readonly stores = new Map<string, Store>();
  private seq = 0;
  private readonly ulid = monotonicFactory();
  private readonly typeSystems = new WeakMap<AuthorizationModel, TypeSystem>();

  constructor(private readonly dataDir?: string) {
    if (dataDir) this.load();
  }

  newId(): string {
    return this.ulid();
  }

  get file(): string | undefined {
    return this.dataDir ? join(this.dataDir, DATA_FILE) : undefined;
  }

  store(id: string): Store {
    const store = this.stores.get(id);
    if (!store || store.deleted_at) throw new FgaError('store_id_not_found', 'Store ID not found');
    return store;
  }

  typeSystem(model: AuthorizationModel): TypeSystem {
    let ts = this.typeSystems.get(model);
    if (!ts) {
      ts = new TypeSystem(model);
      this.typeSystems.set(model, ts);
    }
    return ts;
  }

  /** The model a request names, or the store's latest. */
  model(store: Store, id?: string): AuthorizationModel {
    if (id) {
      const model = store.models.find((m) => m.id === id);
      if (!model) throw new FgaError('authorization_model_not_found', `Authorization Model '${id}' not found`);
      return model;
    }
    const latest = store.models.at(-1);
    if (!latest) {
      throw new FgaError(
        'latest_authorization_model_not_found',
        `No authorization models found for store '${store.id}'`,
      );
    }
    return latest;
  }

  createStore(name: string): Store {
    const now = new Date().toISOString();
    const store: Store = {
      id: this.newId(),
      name,
      created_at: now,
      updated_at: now,
      models: [],
      tuples: new Map(),
      index: new TupleIndex(),
      assertions: {},
    };
    this.stores.set(store.id, store);
    this.save();
    return store;
  }

  deleteStore(store: Store): void {
    store.deleted_at = new Date().toISOString();
    this.save();
  }

  addModel(store: Store, model: AuthorizationModel): void {
    store.models.push(model);
    this.save();
  }

  hasTuple(store: Store, key: TupleKey): boolean {
    return store.tuples.has(tupleId(key));
  }

  /** Applies deletes then writes, already validated, as one change. */
  apply(store: Store, writes: TupleKey[], deletes: TupleKey[]): void {
    const timestamp = new Date().toISOString();
    for (const key of deletes) {
      store.tuples.delete(tupleId(key));
      store.index.delete(key);
    }
    for (const key of writes) {
      const id = tupleId(key);
      if (store.tuples.has(id)) continue;
      store.tuples.set(id, { key, timestamp, seq: ++this.seq });
      store.index.add(key);
    }
    store.updated_at = timestamp;
    this.save();
  }

  setAssertions(store: Store, modelId: string, assertions: unknown[]): void {
    store.assertions[modelId] = assertions;
    this.save();
  }

  private load(): void {
    const file = this.file as string;
    if (!existsSync(file)) return;
    const data = JSON.parse(readFileSync(file, 'utf8')) as FileFormat;
    this.seq = data.seq;
    for (const { tuples, assertions, ...rest } of data.stores) {
      this.stores.set(rest.id, {
        ...rest,
        tuples: new Map(tuples.map((t) => [tupleId(t.key), t] as const)),
        index: new TupleIndex(tuples.map((t) => t.key)),
        assertions: assertions ?? {},
      });
    }
  }

  private save(): void {
    const file = this.file;
    if (!file) return;
    const data: FileFormat = {
      version: 1,
      seq: this.seq,
      stores: [...this.stores.values()].map(({ index: _index, tuples, ...rest }) => ({
        ...rest,
        tuples: [...tuples.values()],
      })),
    };
    mkdirSync(this.dataDir as string, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(data));
    renameSync(temporary, file);
  }
}
