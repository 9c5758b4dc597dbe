// The one oidc-provider internal the issuer touches: the per-grant parameter allow-lists (see provider.ts).
declare module 'oidc-provider/lib/helpers/weak_cache.js' {
  import type Provider from 'oidc-provider';
  export default function instance(provider: Provider): {
    grantTypeParams: Map<string | undefined, Set<string>>;
  };
}
