// A page the developer visits cannot drive the emulator: control requests from another site or with a
// text/plain body are refused (nothing is queued), and requests under a foreign Host name (DNS rebinding)
// are refused everywhere. Over real sockets, with raw HTTP where fetch cannot set the header.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../index.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, pacing: 'instant' });
});
afterAll(() => emulator.close());

const reply = JSON.stringify({ text: 'planted answer' });

function raw(path: string, init: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${emulator.url}${path}`, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

async function queued(): Promise<unknown[]> {
  return ((await (await fetch(`${emulator.url}/_emulator/replies`)).json()) as { replies: unknown[] }).replies;
}

describe('control API', () => {
  it('refuses a text/plain POST (a cross-site form or fetch needs no preflight for it) and queues nothing', async () => {
    const res = await fetch(`${emulator.url}/_emulator/replies`, { method: 'POST', body: reply });
    expect(res.status).toBe(415);
    const body = (await res.json()) as { error: { ja: string; en: string } };
    expect(body.error.en).toContain('Content-Type: application/json');
    expect(body.error.ja).toContain('Content-Type: application/json');
    expect(await queued()).toEqual([]);
  });

  it('refuses a request from another site even with a JSON body', async () => {
    const res = await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ operation: 'converse', exception: 'ThrottlingException' }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { en: string } }).error.en).toContain('http://evil.example');
    expect(((await (await fetch(`${emulator.url}/_emulator/faults`)).json()) as { faults: unknown[] }).faults).toEqual(
      [],
    );
  });

  it('still takes JSON from tools and from pages on this machine', async () => {
    for (const origin of [undefined, 'http://localhost:3000']) {
      const res = await fetch(`${emulator.url}/_emulator/replies`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
        body: reply,
      });
      expect(res.status).toBe(201);
    }
    expect(await queued()).toHaveLength(2);
    expect((await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' })).status).toBe(200);
  });
});

describe('Host header', () => {
  it('refuses a foreign name (DNS rebinding) on the control API and the Bedrock API', async () => {
    for (const path of ['/_emulator/health', '/foundation-models']) {
      const res = await raw(path, { headers: { host: 'rebind.evil.example' } });
      expect(res.status, path).toBe(403);
      expect(JSON.parse(res.body).error.ja).toContain('DNS リバインディング');
    }
    const post = await raw('/_emulator/replies', {
      method: 'POST',
      headers: { host: 'rebind.evil.example:4010', 'content-type': 'application/json' },
      body: reply,
    });
    expect(post.status).toBe(403);
    expect(await queued()).toEqual([]);
  });

  it('serves localhost, 127.0.0.1 and [::1] names', async () => {
    const port = new URL(emulator.url).port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'localhost']) {
      expect((await raw('/_emulator/health', { headers: { host } })).status, host).toBe(200);
    }
  });
});
