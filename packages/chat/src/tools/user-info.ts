// The `get_user_info` tool: calls the issuer's /userinfo with the signed-in user's access token, the
// "call an API on the user's behalf" pattern of Auth0's samples. The endpoint comes from the issuer's
// discovery document, so it works with an Auth0 tenant (/userinfo) and with any OpenID Connect issuer.

import { ToolError } from './tool-error.ts';

export class UserInfoError extends ToolError {
  override name = 'UserInfoError';
}

const endpoints = new Map<string, Promise<string>>();

async function userinfoEndpoint(issuerBaseUrl: string, fetchImpl: typeof fetch): Promise<string> {
  const base = issuerBaseUrl.replace(/\/+$/, '');
  let endpoint = endpoints.get(base);
  if (!endpoint) {
    endpoint = fetchImpl(`${base}/.well-known/openid-configuration`)
      .then(async (res) => {
        if (!res.ok) throw new UserInfoError(`The issuer's discovery document answered ${res.status}.`);
        const { userinfo_endpoint } = (await res.json()) as { userinfo_endpoint?: unknown };
        return typeof userinfo_endpoint === 'string' ? userinfo_endpoint : `${base}/userinfo`;
      })
      .catch((error) => {
        endpoints.delete(base);
        throw error;
      });
    endpoints.set(base, endpoint);
  }
  return endpoint;
}

/** The profile claims, as the issuer returns them for this user's token. */
export async function fetchUserInfo(
  issuerBaseUrl: string,
  accessToken: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Record<string, unknown>> {
  const endpoint = await userinfoEndpoint(issuerBaseUrl, fetchImpl);
  const res = await fetchImpl(endpoint, { headers: { authorization: `Bearer ${accessToken}` } });
  if (res.status === 401 || res.status === 403)
    throw new UserInfoError('The issuer did not accept the access token. Log out and log in again.');
  if (!res.ok) throw new UserInfoError(`The issuer's /userinfo answered ${res.status}.`);
  return (await res.json()) as Record<string, unknown>;
}
