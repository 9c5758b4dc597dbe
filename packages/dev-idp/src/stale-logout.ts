// Sign-out after the issuer restarted: the app still holds an ID token signed with the previous run's key.
// oidc-provider would reject that `id_token_hint` with an error page; the user only wants to be signed out,
// so the hint is dropped and the normal sign-out continues (it returns to the app when the app is known).

import { compactVerify, type JWK } from 'jose';
import { verificationKey } from './keys.ts';

export function staleHintRemover(signingKey: JWK): (url: URL) => Promise<URL | undefined> {
  const key = verificationKey(signingKey);

  /** The same sign-out URL without `id_token_hint` when the hint was not signed by this run, else undefined. */
  return async (url) => {
    const hint = url.searchParams.get('id_token_hint');
    if (!hint) return undefined;
    try {
      await compactVerify(hint, await key);
      return undefined;
    } catch {
      const without = new URL(url);
      without.searchParams.delete('id_token_hint');
      return without;
    }
  };
}
