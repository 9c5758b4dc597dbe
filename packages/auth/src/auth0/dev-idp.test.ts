// ensureDevIdp over real sockets: start when nothing answers, reuse a running issuer, refuse a foreign server.

import { createServer } from 'node:http';
import type { Auth0Config } from '@repo/config';
import { startDevIdp } from '@repo/dev-idp';
import { freePort } from '@repo/testing';
import { describe, expect, it } from 'vitest';
import { devAuth0Config } from '../testing/config.ts';
import { ensureDevIdp } from './dev-idp.ts';
import { Auth0SetupError } from './errors.ts';

function devConfig(port: number): { auth0: Auth0Config } {
  return { auth0: devAuth0Config(port) };
}

async function answers(port: number): Promise<boolean> {
  return fetch(`http://localhost:${port}/.well-known/openid-configuration`).then(
    (res) => res.ok,
    () => false,
  );
}

describe('ensureDevIdp', () => {
  it('starts the issuer when nothing answers, and stops it again', async () => {
    const port = await freePort();
    const stop = await ensureDevIdp(devConfig(port));
    expect(await answers(port)).toBe(true);
    await stop();
    expect(await answers(port)).toBe(false);
  });

  it('reuses an issuer that is already running and leaves it running', async () => {
    const port = await freePort();
    const running = await startDevIdp({ port });
    try {
      const stop = await ensureDevIdp(devConfig(port));
      await stop();
      expect(await answers(port)).toBe(true);
    } finally {
      await running.close();
    }
  });

  it('lets two samples starting at the same time share one issuer', async () => {
    const port = await freePort();
    const stops = await Promise.all([ensureDevIdp(devConfig(port)), ensureDevIdp(devConfig(port))]);
    expect(await answers(port)).toBe(true);
    for (const stop of stops) await stop();
    expect(await answers(port)).toBe(false);
  });

  it('names the port when another program holds it', async () => {
    const port = await freePort();
    const other = createServer((_req, res) => res.writeHead(404).end('not an issuer'));
    await new Promise<void>((resolve) => other.listen(port, '127.0.0.1', resolve));
    try {
      const error = await ensureDevIdp(devConfig(port)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Auth0SetupError);
      expect((error as Auth0SetupError).code).toBe('dev-idp-port-taken');
      expect((error as Auth0SetupError).localized.ja).toContain(`ポート ${port}`);
      expect((error as Auth0SetupError).localized.en).toContain('DEV_IDP_PORT');
    } finally {
      other.close();
    }
  });

  it('does nothing for a tenant', async () => {
    const port = await freePort();
    const { auth0 } = devConfig(port);
    const stop = await ensureDevIdp({ auth0: { ...auth0, mode: 'tenant', domain: 'example-tenant.jp.auth0.com' } });
    expect(await answers(port)).toBe(false);
    await stop();
  });
});
