// `npm run fga:init`'s work against dev-fga through @openfga/sdk: the store is found or created once, the model is
// written once and left alone while it is unchanged.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelFromDsl } from './dsl.ts';
import { clientFor, devStore, initDevStore, MODEL_FILE, type ModelBody, writeModel } from './model-init.ts';
import { type DevFga, startDevFga } from './server.ts';

describe('fga:init against dev-fga', () => {
  let fga: DevFga;
  beforeAll(async () => {
    fga = await startDevFga({ port: 0 });
  });
  afterAll(() => fga.close());

  it('creates the samples store once and writes the model only when it changed', async () => {
    const config = { mode: 'dev' as const, apiUrl: fga.url, devFgaPort: fga.port };
    const storeId = await devStore(clientFor(config));
    expect(await devStore(clientFor(config))).toBe(storeId);
    const client = clientFor(config, storeId);
    const model = modelFromDsl(readFileSync(MODEL_FILE, 'utf8')) as ModelBody;
    const first = await writeModel(client, model);
    expect(first.written).toBe(true);
    expect(await writeModel(client, model)).toEqual({ id: first.id, written: false });
    const { allowed } = await client.check({
      user: 'user:anne@example.com',
      relation: 'can_view',
      object: 'doc:1',
      contextualTuples: [{ user: 'user:*', relation: 'viewer', object: 'doc:1' }],
    });
    expect(allowed).toBe(true);
  });

  it('initDevStore finds that store and leaves its model alone (what a sample runs at every dev start)', async () => {
    const first = await initDevStore(fga.url);
    expect(await initDevStore(fga.url)).toEqual({ ...first, written: false });
  });
});
