// The issuer's own paths next to oidc-provider's routes (see ROUTES in provider.ts).

/** The per-start TLS certificate, in PEM (see tls.ts and trust.ts). */
export const CERTIFICATE_PATH = '/.well-known/dev-idp-certificate.pem';
/** Auth0's CIBA endpoint. */
export const BACKCHANNEL_PATH = '/bc-authorize';
/** The device page: the stand-in for Guardian push. */
export const DEVICE_PATH = '/device';
