// POST /oauth/token, read once here and answered by the right party: the Token Vault exchange (JSON, as
// @auth0/ai sends it, or form), the My Account token for Auth0's multi-resource refresh tokens, else
// oidc-provider (which only parses forms, so a JSON body, which Auth0 also accepts, is handed on as a form).

import { IncomingMessage, type ServerResponse } from 'node:http';
import { BodyTooLarge, readBody, sendJson } from './http.ts';
import { TOKEN_VAULT_GRANT_TYPE } from './token-vault.ts';

const FORM = 'application/x-www-form-urlencoded';

/** A copy of `req` whose body is `body`, for oidc-provider to read as if it came from the socket. */
function replay(req: IncomingMessage, body: Buffer, contentType: string): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = { ...req.headers, 'content-type': contentType, 'content-length': String(body.length) };
  // Complete, so that ending this copy does not count as an aborted request (which would close the socket).
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

export interface TokenEndpointParties {
  /** Token Vault's exchange; gets the parameters whichever way they came. */
  tokenVault(body: Record<string, unknown>, res: ServerResponse): Promise<void>;
  /** The My Account audience's refresh-token grant, or false when the form is not one. */
  myAccount(form: URLSearchParams, res: ServerResponse): Promise<boolean>;
  provider(req: IncomingMessage, res: ServerResponse): void;
}

export async function tokenEndpoint(parties: TokenEndpointParties, req: IncomingMessage, res: ServerResponse) {
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    sendJson(res, 413, { error: 'invalid_request', error_description: 'request body too large' });
    return;
  }
  const contentType = String(req.headers['content-type'] ?? '');
  if (/^application\/json\b/i.test(contentType)) {
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 400, { error: 'invalid_request', error_description: 'The request body is not valid JSON.' });
      return;
    }
    const params = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
    if (params.grant_type === TOKEN_VAULT_GRANT_TYPE) return parties.tokenVault(params, res);
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      if (value !== undefined && value !== null) form.set(key, String(value));
    body = Buffer.from(form.toString());
  }
  const form = new URLSearchParams(body.toString('utf8'));
  if (form.get('grant_type') === TOKEN_VAULT_GRANT_TYPE) return parties.tokenVault(Object.fromEntries(form), res);
  if (await parties.myAccount(form, res)) return;
  parties.provider(replay(req, body, /^application\/json\b/i.test(contentType) ? FORM : contentType), res);
}
