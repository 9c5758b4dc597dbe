// A minimal web app that signs users in against the dev issuer with openid-client: the relying party of the tests.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as oidc from 'openid-client';
import { DEV_CLIENT_ID, DEV_CLIENT_SECRET } from '../client.ts';

export interface SignIn {
  /** Where to send the browser. */
  url: URL;
  /** Resolves with the tokens once the browser reaches /auth/callback. */
  tokens: Promise<oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers>;
}

export interface RelyingParty {
  base: string;
  config: oidc.Configuration;
  /** Starts an authorization-code flow with PKCE and state. */
  signIn(parameters?: Record<string, string>): Promise<SignIn>;
  close(): Promise<void>;
}

export async function startRelyingParty(issuer: string): Promise<RelyingParty> {
  const config = await oidc.discovery(
    new URL(issuer),
    DEV_CLIENT_ID,
    undefined,
    oidc.ClientSecretPost(DEV_CLIENT_SECRET),
    { execute: [oidc.allowInsecureRequests] },
  );
  let pending: ((url: URL) => Promise<string>) | undefined;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const finish = url.pathname === '/auth/callback' ? pending : undefined;
    if (!finish) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>app</title><h1 data-testid="app-home">App home</h1>');
      return;
    }
    finish(url).then(
      (name) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><title>app</title><h1 data-testid="signed-in">Signed in: ${name}</h1>`);
      },
      (error: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`callback failed: ${error.message}`);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://localhost:${(server.address() as AddressInfo).port}`;

  return {
    base,
    config,
    async signIn(parameters = {}) {
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const codeChallenge = await oidc.calculatePKCECodeChallenge(verifier);
      const tokens = new Promise<oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers>((resolve, reject) => {
        pending = async (callbackUrl) => {
          try {
            const result = await oidc.authorizationCodeGrant(config, callbackUrl, {
              pkceCodeVerifier: verifier,
              expectedState: state,
            });
            resolve(result);
            return String(result.claims()?.name ?? result.claims()?.sub);
          } catch (error) {
            reject(error);
            throw error;
          }
        };
      });
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: `${base}/auth/callback`,
        scope: 'openid profile email offline_access',
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
        state,
        ...parameters,
      });
      return { url, tokens };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
