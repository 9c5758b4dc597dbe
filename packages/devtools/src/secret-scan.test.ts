import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEV_FIXED_SECRETS,
  leaksIn,
  leaksInFiles,
  nextClientFiles,
  nextPrerenderedFiles,
  sentinelBedrockKey,
  sentinelSecret,
} from './secret-scan.ts';

const app = mkdtempSync(join(tmpdir(), 'secret-scan-test-'));
afterAll(() => rmSync(app, { recursive: true, force: true }));

describe('leaksIn', () => {
  it('finds a slice of a generated secret and a fixed one only as a whole', () => {
    const devClientSecret = DEV_FIXED_SECRETS[0] as string;
    const secret = sentinelSecret();
    const secrets = { sliced: [secret], whole: DEV_FIXED_SECRETS };
    expect(leaksIn(`token=${secret.slice(10, 22)}`, secrets)).toHaveLength(1);
    expect(leaksIn(`${devClientSecret.slice(0, 12)} is harmless`, secrets)).toEqual([]);
    const found = leaksIn(`const s = "${devClientSecret}"`, secrets);
    expect(found).toEqual([`${devClientSecret.slice(0, 4)}… (fixed)`]);
    expect(found.join()).not.toContain(devClientSecret);
  });

  it('makes fresh, obviously fake sentinels', () => {
    expect(sentinelSecret()).toMatch(/^fake[\w-]{40}$/);
    expect(sentinelSecret()).not.toBe(sentinelSecret());
    expect(Buffer.from(sentinelBedrockKey().slice(4), 'base64').toString()).toMatch(/^BedrockAPIKey-fake-at-/);
  });
});

describe('built app files', () => {
  it('lists the client files and the prerendered pages, and names the file a secret is in', () => {
    const secret = sentinelSecret();
    mkdirSync(join(app, '.next', 'static', 'chunks'), { recursive: true });
    mkdirSync(join(app, '.next', 'server', 'app'), { recursive: true });
    writeFileSync(join(app, '.next', 'static', 'chunks', 'main.js'), `console.log(${JSON.stringify(secret)})`);
    writeFileSync(join(app, '.next', 'server', 'app', 'index.html'), '<html></html>');
    writeFileSync(join(app, '.next', 'server', 'app', 'page.js'), 'server code');
    const client = nextClientFiles(app);
    expect(client).toEqual([join(app, '.next', 'static', 'chunks', 'main.js')]);
    expect(nextPrerenderedFiles(app)).toEqual([join(app, '.next', 'server', 'app', 'index.html')]);
    const found = leaksInFiles(client, { sliced: [secret], whole: [] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/main\.js: /);
  });
});
