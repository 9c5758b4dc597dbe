// The warm-up against a real HTTP server: each request once, in order, with the session cookie where asked,
// read up to its first chunk; failures are reported, not thrown. And the port check against a real listener.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portIsFree } from './start.ts';
import { warmUp, warmUpCookie } from './warm-up.ts';

const seen: Array<{ method?: string; url?: string; cookie?: string; body: string }> = [];
let server: Server;
let base: string;

async function bodyOf(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    seen.push({
      method: request.method,
      url: request.url,
      cookie: request.headers.cookie,
      body: await bodyOf(request),
    });
    if (request.url === '/broken') return response.writeHead(500).end('boom');
    if (request.url === '/stream') {
      // A stream that would take a minute to finish: the warm-up must not wait for its end.
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('first chunk');
      return;
    }
    response.writeHead(request.url === '/login' ? 302 : 200, { location: 'http://localhost:1/elsewhere' }).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('warmUp', () => {
  it('makes each request once, in order, signed in where asked, without following redirects', async () => {
    seen.length = 0;
    const cookie = await warmUpCookie('a'.repeat(64));
    const results = await warmUp(
      base,
      [
        { method: 'GET', path: '/', what: 'page' },
        { method: 'GET', path: '/login', what: 'sign-in' },
        { method: 'POST', path: '/stream', signedIn: true, body: { hello: 1 }, what: 'chat' },
      ],
      { cookie },
    );
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /', 'GET /login', 'POST /stream']);
    expect(seen[0]?.cookie).toBeUndefined();
    expect(seen[2]?.cookie).toMatch(/^__session=/);
    expect(seen[2]?.body).toBe('{"hello":1}');
    expect(results.map((r) => r.status)).toEqual([200, 302, 200]);
    expect(results.every((r) => r.problem === undefined)).toBe(true);
  });

  it('reports a 5xx or no answer as a problem and goes on', async () => {
    const results = await warmUp(base, [
      { method: 'GET', path: '/broken', what: 'page' },
      { method: 'GET', path: '/', what: 'page' },
    ]);
    expect(results[0]).toMatchObject({ status: 500, problem: 'HTTP 500' });
    expect(results[1]).toMatchObject({ status: 200, problem: undefined });
    const closed = await warmUp('http://127.0.0.1:1', [{ method: 'GET', path: '/', what: 'page' }]);
    expect(closed[0]?.status).toBe(0);
    expect(closed[0]?.problem).toBeTruthy();
  });
});

describe('portIsFree', () => {
  it('is false for a port something listens on, true once it is closed', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, 'localhost', resolve));
    const { port } = taken.address() as AddressInfo;
    expect(await portIsFree(port)).toBe(false);
    await new Promise((resolve) => taken.close(resolve));
    expect(await portIsFree(port)).toBe(true);
  });
});
