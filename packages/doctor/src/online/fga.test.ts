// The doctor's FGA step against dev-fga over a socket, through @openfga/sdk as the samples use it: every way the
// samples' FGA can be wrong gets its own finding, in both languages, naming the variable.
import { type DevFga, initDevStore, startDevFga } from '@repo/dev-fga';
import { freePort } from '@repo/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFga } from './fga.ts';

let fga: DevFga;
let guarded: DevFga;
beforeAll(async () => {
  fga = await startDevFga({ port: 0 });
  guarded = await startDevFga({ port: 0, auth: { method: 'preshared', keys: ['doctor-test-key'] } });
});
afterAll(async () => {
  await fga?.close();
  await guarded?.close();
});

const dev = (apiUrl: string, devFgaPort = 0) => ({ fga: { mode: 'dev' as const, apiUrl, devFgaPort } });
const remote = (apiUrl: string, storeId: string) => ({
  fga: { mode: 'remote' as const, apiUrl, storeId, devFgaPort: 0 },
});

describe('doctor: FGA', () => {
  it('warns that dev-fga is not running, and names the store and model when they are missing', async () => {
    const [down] = await checkFga(dev(`http://localhost:${await freePort()}`));
    expect(down).toMatchObject({ code: 'fga-dev-not-running', severity: 'warning' });
    expect(down?.fix.ja).toContain('pnpm dev');
    expect(down?.fix.en).toContain('pnpm dev');

    expect((await checkFga(dev(fga.url)))[0]).toMatchObject({ code: 'fga-store-not-found', variable: 'FGA_STORE_ID' });
    const { storeId } = await initDevStore(fga.url);
    expect(await checkFga(dev(fga.url))).toEqual([]);

    const { id: empty } = await (await fetch(`${fga.url}/stores`, { method: 'POST', body: '{"name":"empty"}' })).json();
    const [missing] = await checkFga(remote(fga.url, empty));
    expect(missing).toMatchObject({ code: 'fga-model-missing', severity: 'error' });
    expect(missing?.fix.en).toContain('npm run fga:init');
    expect(await checkFga(remote(fga.url, storeId))).toEqual([]);
  }, 30_000);

  it('names the store and the credentials when the configured FGA refuses them', async () => {
    expect((await checkFga(remote(fga.url, '01JA1B2C3D4E5F6G7H8J9K0M1N')))[0]).toMatchObject({
      code: 'fga-store-not-found',
      message: { en: expect.stringContaining('01JA1B2C3D4E5F6G7H8J9K0M1N') },
    });
    const [refused] = await checkFga(remote(guarded.url, '01JA1B2C3D4E5F6G7H8J9K0M1N'));
    expect(refused).toMatchObject({ code: 'fga-credentials-refused', variable: 'FGA_CLIENT_ID' });
    expect(refused?.message.ja).toMatch(/FGA/);
  }, 30_000);
});
