// In-memory storage for the provider's tokens, sessions and grants. The dev issuer is meant to forget everything
// when it stops, so this is the whole persistence layer; each issuer instance has its own store.

import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

const EXPIRED_REQUEST_GRACE = 10 * 60;

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

class Store {
  readonly entries = new Map<string, Entry>();
  readonly sessionsByUid = new Map<string, string>();
  readonly keysByGrant = new Map<string, Set<string>>();

  get(key: string): AdapterPayload | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }
}

class MemoryAdapter implements Adapter {
  constructor(
    private readonly model: string,
    private readonly store: Store,
  ) {}

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const key = this.key(id);
    // Expired CIBA requests are kept a while, so polling them answers `expired_token` rather than `invalid_grant`.
    const grace = this.model === 'BackchannelAuthenticationRequest' ? EXPIRED_REQUEST_GRACE : 0;
    const expiresAt = expiresIn ? Date.now() + (expiresIn + grace) * 1000 : Number.POSITIVE_INFINITY;
    this.store.entries.set(key, { payload, expiresAt });
    if (this.model === 'Session' && payload.uid) this.store.sessionsByUid.set(payload.uid, id);
    if (payload.grantId) {
      const keys = this.store.keysByGrant.get(payload.grantId) ?? new Set<string>();
      keys.add(key);
      this.store.keysByGrant.set(payload.grantId, keys);
    }
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.store.get(this.key(id));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const id = this.store.sessionsByUid.get(uid);
    return id ? this.find(id) : undefined;
  }

  async findByUserCode(): Promise<undefined> {
    return undefined; // The device flow is not enabled.
  }

  async consume(id: string): Promise<void> {
    const payload = this.store.get(this.key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    const key = this.key(id);
    const payload = this.store.get(key);
    if (payload?.uid) this.store.sessionsByUid.delete(payload.uid);
    this.store.entries.delete(key);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const key of this.store.keysByGrant.get(grantId) ?? []) this.store.entries.delete(key);
    this.store.keysByGrant.delete(grantId);
  }
}

/** A fresh, empty store shared by every model of one provider. */
export function memoryAdapter(): AdapterFactory {
  const store = new Store();
  return (model) => new MemoryAdapter(model, store);
}
