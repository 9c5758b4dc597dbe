// startDevFga(): OpenFGA's HTTP API on a loopback port, started and stopped from code (the CLI, devtools, tests).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api } from './api.ts';
import { type AuthOptions, authenticator } from './auth.ts';
import { FgaError } from './errors.ts';
import { assertDevelopment, assertLoopbackHost, isLoopbackHost, portInUseError } from './guard.ts';
import { State } from './state.ts';

export const DEFAULT_DEV_FGA_PORT = 8080;
const MAX_BODY_BYTES = 1024 * 1024;

export interface DevFgaOptions {
  /** TCP port; 0 lets the OS pick a free one. Default 8080, as OpenFGA's HTTP port. */
  port?: number;
  /** Loopback address to bind: `127.0.0.1` (default), `::1` or `localhost`. Anything else is refused. */
  host?: string;
  /** Folder for the state file (git-ignored `.data/fga` in the CLI). Unset: memory only, gone on close. */
  dataDir?: string;
  /** Default: no token needed. `oidc`: JWTs from a client-credentials issuer; `preshared`: fixed keys. */
  auth?: AuthOptions;
  /** The process's NODE_ENV; `production` is refused unless `allowProduction` (default: the real NODE_ENV). */
  nodeEnv?: string;
  allowProduction?: boolean;
}

export interface DevFga {
  /** `http://localhost:<port>`: what FGA_API_URL points at. */
  url: string;
  port: number;
  /** Where the state is kept, or undefined in memory. */
  dataFile: string | undefined;
  close(): Promise<void>;
}

type Handler = (api: Api, params: string[], body: Record<string, unknown>, query: URLSearchParams) => unknown;

/** [method, path pattern, status on success, handler]; `{}` matches one path segment. */
const ROUTES: [string, RegExp, number, Handler][] = [
  ['POST', /^\/stores$/, 201, (api, _, body) => api.createStore(body)],
  ['GET', /^\/stores$/, 200, (api, _, __, query) => api.listStores(query)],
  ['GET', /^\/stores\/([^/]+)$/, 200, (api, [id]) => api.getStore(id as string)],
  ['DELETE', /^\/stores\/([^/]+)$/, 204, (api, [id]) => api.deleteStore(id as string)],
  ['POST', /^\/stores\/([^/]+)\/authorization-models$/, 201, (api, [id], body) => api.writeModel(id as string, body)],
  [
    'GET',
    /^\/stores\/([^/]+)\/authorization-models$/,
    200,
    (api, [id], _, query) => api.listModels(id as string, query),
  ],
  [
    'GET',
    /^\/stores\/([^/]+)\/authorization-models\/([^/]+)$/,
    200,
    (api, [id, m]) => api.readModel(id as string, m as string),
  ],
  ['POST', /^\/stores\/([^/]+)\/write$/, 200, (api, [id], body) => api.write(id as string, body)],
  ['POST', /^\/stores\/([^/]+)\/read$/, 200, (api, [id], body) => api.read(id as string, body)],
  ['POST', /^\/stores\/([^/]+)\/check$/, 200, (api, [id], body) => api.check(id as string, body)],
  ['POST', /^\/stores\/([^/]+)\/batch-check$/, 200, (api, [id], body) => api.batchCheck(id as string, body)],
  ['POST', /^\/stores\/([^/]+)\/list-objects$/, 200, (api, [id], body) => api.listObjects(id as string, body)],
  ['POST', /^\/stores\/([^/]+)\/list-users$/, 200, (api, [id], body) => api.listUsers(id as string, body)],
  [
    'GET',
    /^\/stores\/([^/]+)\/assertions\/([^/]+)$/,
    200,
    (api, [id, m]) => api.readAssertions(id as string, m as string),
  ],
  [
    'PUT',
    /^\/stores\/([^/]+)\/assertions\/([^/]+)$/,
    200,
    (api, [id, m], body) => api.writeAssertions(id as string, m as string, body),
  ],
];

/** Starts a development OpenFGA-compatible server on loopback. */
export async function startDevFga(options: DevFgaOptions = {}): Promise<DevFga> {
  assertDevelopment(options.nodeEnv ?? process.env.NODE_ENV, options.allowProduction ?? false);
  const host = options.host ?? '127.0.0.1';
  assertLoopbackHost(host);
  const state = new State(options.dataDir);
  const api = new Api(state);
  const authenticate = authenticator(options.auth ?? { method: 'none' });

  const server = createServer((req, res) => {
    handle(api, authenticate, req, res).catch((error: unknown) => {
      console.error(`dev-fga: ${error instanceof Error ? error.message : String(error)}`);
      send(res, 500, { code: 'internal_error', message: 'Internal Server Error' });
    });
  });
  server.keepAliveTimeout = 5_000;
  const port = await listen(server, options.port ?? DEFAULT_DEV_FGA_PORT, host);
  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    port,
    dataFile: state.file,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

async function handle(
  api: Api,
  authenticate: ReturnType<typeof authenticator>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // A page on another site must not reach the dev server through DNS rebinding: only loopback host names.
  const hostHeader = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (!isLoopbackHost(hostHeader)) {
    return send(res, 403, {
      code: 'forbidden',
      message: `dev-fga only answers requests for localhost, not '${hostHeader}'`,
    });
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { status: 'SERVING' });
  try {
    await authenticate(req.headers.authorization);
    for (const [method, pattern, status, handler] of ROUTES) {
      const match = pattern.exec(url.pathname);
      if (!match || method !== req.method) continue;
      const body = method === 'POST' || method === 'PUT' ? await readJson(req) : {};
      const params = match.slice(1).map((p) => decodeURIComponent(p));
      const result = handler(api, params, body, url.searchParams);
      return status === 204 ? send(res, 204) : send(res, status, result);
    }
    const known = /^\/stores(\/[^/]+(\/(expand|changes|streamed-list-objects))?)?$/.test(url.pathname);
    throw known
      ? new FgaError('unimplemented', `dev-fga does not serve ${req.method} ${url.pathname}`)
      : new FgaError('undefined_endpoint', `Not Found: ${req.method} ${url.pathname}`);
  } catch (error) {
    if (error instanceof FgaError) return send(res, error.status, error.toJSON());
    throw error;
  }
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new FgaError('validation_error', `request body larger than ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text.trim()) return resolve({});
      try {
        const parsed = JSON.parse(text) as unknown;
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
        resolve(parsed as Record<string, unknown>);
      } catch {
        reject(new FgaError('validation_error', 'the request body is not a JSON object'));
      }
    });
  });
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (res.headersSent) return void res.end();
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? portInUseError(port) : error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
