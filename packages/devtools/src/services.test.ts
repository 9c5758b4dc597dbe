import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenFgaClient } from '@openfga/sdk';
import { freePort } from '@repo/testing';
import { describe, expect, it } from 'vitest';
import { answersOk } from './http.ts';
import { ensureServices, planServices, type ServicesConfig } from './services.ts';

function config(overrides: {
  bedrock?: Partial<ServicesConfig['bedrock']>;
  auth0?: Partial<ServicesConfig['auth0']>;
  fga?: ServicesConfig['fga'];
}) {
  return {
    bedrock: { mode: 'emulator', endpoints: {}, emulatorPort: 4010, ...overrides.bedrock },
    auth0: { mode: 'dev', devIdpPort: 4455, ...overrides.auth0 },
    fga: overrides.fga,
  } as ServicesConfig;
}

describe('planServices', () => {
  it('needs both stand-ins on a fresh clone', () => {
    expect(planServices(config({}))).toEqual({
      emulator: { port: 4010, url: 'http://127.0.0.1:4010' },
      devIdp: { port: 4455, issuer: 'http://localhost:4455' },
    });
  });
  it('needs neither with Amazon Bedrock and an Auth0 tenant', () => {
    expect(planServices(config({ bedrock: { mode: 'aws' }, auth0: { mode: 'tenant' } }))).toEqual({});
  });
  it('needs dev-fga when no FGA store is configured, kept in the git-ignored .data/fga', () => {
    const plan = planServices(config({ fga: { mode: 'dev', devFgaPort: 8080 } }));
    expect(plan.devFga).toMatchObject({ port: 8080, url: 'http://localhost:8080' });
    expect(plan.devFga?.dataDir).toMatch(/[/\\]\.data[/\\]fga$/);
    expect(planServices(config({ fga: { mode: 'remote', devFgaPort: 8080 } })).devFga).toBe(undefined);
  });
  it('follows a loopback emulator endpoint, and leaves a remote one alone', () => {
    expect(planServices(config({ bedrock: { endpoints: { runtime: 'http://localhost:5999' } } })).emulator?.port).toBe(
      5999,
    );
    expect(
      planServices(config({ bedrock: { endpoints: { runtime: 'http://emulator.internal:4010' } } })).emulator,
    ).toBe(undefined);
  });
});

describe('ensureServices', () => {
  it('starts what is missing and stops only that', async () => {
    const [emulatorPort, devIdpPort] = [await freePort(), await freePort()];
    const plan = planServices(config({ bedrock: { emulatorPort }, auth0: { devIdpPort } }));
    const services = await ensureServices(plan, { pacing: 'instant' });
    expect(services.started.sort()).toEqual(['dev-idp', 'emulator']);
    expect(await answersOk(`http://127.0.0.1:${emulatorPort}/_emulator/health`)).toBe(true);
    expect(await answersOk(`http://localhost:${devIdpPort}/.well-known/openid-configuration`)).toBe(true);

    // A second sample finds them running and reuses them; closing it leaves them up.
    const second = await ensureServices(plan, { pacing: 'instant' });
    expect(second).toMatchObject({ started: [], reused: ['emulator', 'dev-idp'] });
    await second.close();
    expect(await answersOk(`http://127.0.0.1:${emulatorPort}/_emulator/health`)).toBe(true);

    await services.close();
    expect(await answersOk(`http://127.0.0.1:${emulatorPort}/_emulator/health`)).toBe(false);
    expect(await answersOk(`http://localhost:${devIdpPort}/.well-known/openid-configuration`)).toBe(false);
  }, 30_000);

  it('starts dev-fga with the samples store and model, and finds them again when it is already running', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dev-fga-'));
    try {
      const devFgaPort = await freePort();
      const plan = planServices(
        config({ bedrock: { mode: 'aws' }, auth0: { mode: 'tenant' }, fga: { mode: 'dev', devFgaPort } }),
        { fgaDataDir: dataDir },
      );
      const services = await ensureServices(plan);
      expect(services.started).toEqual(['dev-fga']);
      const url = `http://localhost:${devFgaPort}`;
      const { stores } = await new OpenFgaClient({ apiUrl: url }).listStores({ name: 'auth0-ai-samples' });
      expect(stores).toHaveLength(1);
      const client = new OpenFgaClient({ apiUrl: url, storeId: stores[0]?.id });
      const { authorization_model } = await client.readLatestAuthorizationModel();
      expect(authorization_model?.type_definitions.map((t) => t.type)).toEqual(['user', 'doc']);

      const second = await ensureServices(plan);
      expect(second).toMatchObject({ started: [], reused: ['dev-fga'] });
      expect((await new OpenFgaClient({ apiUrl: url }).listStores()).stores).toHaveLength(1);
      await second.close();
      await services.close();
      expect(await answersOk(`${url}/healthz`)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('fails clearly when the port is taken by something else', async () => {
    const blocker = createServer((_req, res) => res.writeHead(404).end());
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const plan = planServices(config({ bedrock: { emulatorPort: port }, auth0: { mode: 'tenant' } }));
      await expect(ensureServices(plan, { pacing: 'instant' })).rejects.toThrow();
    } finally {
      blocker.close();
    }
  });
});
