// What both adapters' Auth0AI share: the Auth0 client settings and one store, split per authorizer kind.

import type { Auth0ClientParams } from '@auth0/ai';
import { MemoryStore, type Store, SubStore } from '@auth0/ai/stores';

export class Auth0AIBase {
  protected readonly auth0: Partial<Auth0ClientParams>;
  private readonly store: SubStore;

  /** `auth0` defaults to AUTH0_DOMAIN, AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET (read by @auth0/ai). */
  constructor({ auth0, store }: { auth0?: Partial<Auth0ClientParams>; store?: Store } = {}) {
    this.auth0 = auth0 ?? {};
    this.store = new SubStore(store ?? new MemoryStore());
  }

  /** The store of one kind of authorizer: `AUTH0_AI_CIBA` or `AUTH0_AI_TOKEN_VAULT`, as Auth0's adapters name them. */
  protected storeFor(kind: 'AUTH0_AI_CIBA' | 'AUTH0_AI_TOKEN_VAULT'): SubStore {
    return this.store.createSubStore(kind);
  }
}
