// No secret anyone can read signs a session: dev secrets are random per checkout, and under
// NODE_ENV=production the loader refuses the dev issuer and missing, guessable or public secrets.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isPublicDevSecret } from './checks/production.ts';
import { ConfigError } from './config-error.ts';
import { DEV_SECRET_FILE, deriveDevSecrets } from './dev-secrets.ts';
import { FAKE_AUTH0_SECRET } from './fake-keys.ts';
import { devSecrets, inspectConfig, loadConfig, refuseToStartOnConfigErrors } from './node.ts';

let root: string;
const RANDOM_SECRET = '9c1e5a7f3b2d8e0a4c6f1b3d5e7a9c2e4f6a8b0d1c3e5f7a9b2d4c6e8f0a1b3d';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'config-production-'));
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n');
  mkdirSync(join(root, 'apps', 'sample'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const tenant = {
  AUTH0_DOMAIN: 'example.jp.auth0.com',
  AUTH0_CLIENT_ID: 'AbCdEf0123456789',
  AUTH0_CLIENT_SECRET: 'tenant-client-secret-0123456789abcdefABCDEF',
};

describe('dev secrets', () => {
  it('are random per checkout, kept in the git-ignored .data folder, readable by the owner only', () => {
    const secrets = devSecrets(join(root, 'apps', 'sample'));
    const file = join(root, DEV_SECRET_FILE);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
    expect(secrets).toEqual(deriveDevSecrets(readFileSync(file, 'utf8').trim()));
    expect(secrets.sessionSecret).not.toBe(secrets.clientSecret);
    expect(DEV_SECRET_FILE.split(/[\\/]/)[0]).toBe('.data');
    const gitignore = readFileSync(join(import.meta.dirname, '..', '..', '..', '.gitignore'), 'utf8');
    expect(gitignore.split('\n')).toContain('.data/');

    const other = mkdtempSync(join(tmpdir(), 'config-production-other-'));
    writeFileSync(join(other, 'pnpm-workspace.yaml'), '');
    try {
      expect(devSecrets(other).sessionSecret).not.toBe(secrets.sessionSecret);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('sign dev sessions when AUTH0_SECRET is unset; the dev issuer client gets the derived client secret', () => {
    const config = loadConfig({ cwd: root, env: {} });
    const secrets = devSecrets(root);
    expect(config.auth0).toMatchObject({
      mode: 'dev',
      secret: secrets.sessionSecret,
      clientSecret: secrets.clientSecret,
    });
    expect(isPublicDevSecret(config.auth0.secret)).toBe(false);
  });

  it('are never shown in findings or the summary', () => {
    const result = inspectConfig({ cwd: root, env: {} });
    const text = JSON.stringify([result.findings, result.summary]);
    const secrets = devSecrets(root);
    expect(text).not.toContain(secrets.sessionSecret.slice(0, 12));
    expect(text).not.toContain(secrets.clientSecret.slice(0, 12));
  });
});

describe('NODE_ENV=production', () => {
  const production = (env: Record<string, string>) =>
    inspectConfig({ cwd: root, env: { NODE_ENV: 'production', ...env } });
  const errors = (env: Record<string, string>) =>
    production(env)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => [f.code, f.variable]);

  it('refuses sign-in through the dev issuer, and a missing AUTH0_SECRET', () => {
    expect(errors({})).toEqual(
      expect.arrayContaining([
        ['production-dev-issuer', 'AUTH0_DOMAIN'],
        ['production-secret-missing', 'AUTH0_SECRET'],
      ]),
    );
    expect(() => loadConfig({ cwd: root, env: { NODE_ENV: 'production' } })).toThrow(ConfigError);
  });

  it('refuses a guessable or public AUTH0_SECRET and a public client secret with a tenant', () => {
    expect(errors({ ...tenant, AUTH0_SECRET: FAKE_AUTH0_SECRET })).toEqual([
      ['production-secret-known', 'AUTH0_SECRET'],
    ]);
    expect(errors({ ...tenant, AUTH0_SECRET: 'dev-session-secret-not-for-production-0000000000000000' })).toEqual([
      ['production-secret-known', 'AUTH0_SECRET'],
    ]);
    expect(errors({ ...tenant, AUTH0_SECRET: 'a'.repeat(64) })).toEqual([['production-secret-weak', 'AUTH0_SECRET']]);
    expect(
      errors({
        ...tenant,
        AUTH0_SECRET: RANDOM_SECRET,
        AUTH0_CLIENT_SECRET: 'dev-idp-client-secret-not-for-production',
      }),
    ).toEqual([['production-secret-known', 'AUTH0_CLIENT_SECRET']]);
  });

  it('accepts a tenant with a random secret; the same values are fine in development', () => {
    expect(production({ ...tenant, AUTH0_SECRET: RANDOM_SECRET }).config?.auth0.mode).toBe('tenant');
    expect(inspectConfig({ cwd: root, env: { ...tenant, AUTH0_SECRET: FAKE_AUTH0_SECRET } }).config).toBeDefined();
  });

  it('allows the dev issuer only when told to, with a warning, and still wants a real AUTH0_SECRET', () => {
    const allowed = production({ ALLOW_DEV_ISSUER_IN_PRODUCTION: 'true', AUTH0_SECRET: RANDOM_SECRET });
    expect(allowed.config?.auth0.mode).toBe('dev');
    expect(allowed.findings.map((f) => f.code)).toContain('production-dev-issuer-allowed');
    expect(errors({ ALLOW_DEV_ISSUER_IN_PRODUCTION: 'true' })).toEqual([['production-secret-missing', 'AUTH0_SECRET']]);
  });

  it('refuseToStartOnConfigErrors stops the process with every problem in Japanese and English', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((text: string) => void printed.push(text));
    expect(() => refuseToStartOnConfigErrors({ cwd: root, env: { NODE_ENV: 'production' } })).toThrow('exit 1');
    expect(exit).toHaveBeenCalledWith(1);
    const output = printed.join('\n');
    expect(output).toContain('AUTH0_DOMAIN: NODE_ENV=production ですが');
    expect(output).toContain('AUTH0_DOMAIN: NODE_ENV=production, but AUTH0_DOMAIN is not set');
    expect(output).toContain('AUTH0_SECRET');

    exit.mockClear();
    refuseToStartOnConfigErrors({ cwd: root, env: {} });
    refuseToStartOnConfigErrors({ cwd: root, env: { NODE_ENV: 'production', ...tenant, AUTH0_SECRET: RANDOM_SECRET } });
    expect(exit).not.toHaveBeenCalled();
  });
});
