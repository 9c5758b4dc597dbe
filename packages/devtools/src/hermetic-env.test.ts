import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@repo/config/node';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyEnvFile, hermeticEnv } from './hermetic-env.ts';

// A repository of its own with a developer's .env.local pointing at a real-looking Auth0 tenant.
const repo = mkdtempSync(join(tmpdir(), 'hermetic-env-test-'));
writeFileSync(join(repo, 'pnpm-workspace.yaml'), 'packages: []\n');
mkdirSync(join(repo, 'apps', 'vercel-ai-sample'), { recursive: true });
writeFileSync(join(repo, '.env.local'), 'AUTH0_DOMAIN=developer-tenant.example.com\n');
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('hermeticEnv', () => {
  it('points DOTENV_CONFIG_PATH at one empty file, with the given values on top', () => {
    const env = hermeticEnv({ BEDROCK_MODE: 'emulator' }, { PATH: '/bin', DOTENV_CONFIG_PATH: '/home/dev/.env' });
    expect(env).toEqual({ PATH: '/bin', DOTENV_CONFIG_PATH: emptyEnvFile(), BEDROCK_MODE: 'emulator' });
    expect(readFileSync(emptyEnvFile(), 'utf8')).toBe('');
    expect(hermeticEnv({ DOTENV_CONFIG_PATH: '/tmp/own.env' }).DOTENV_CONFIG_PATH).toBe('/tmp/own.env');
  });

  it("keeps a developer's .env.local out of the config an app under test loads", () => {
    // Without it the tenant's domain is read (and its missing client settings are reported).
    expect(() => loadConfig({ cwd: repo, app: 'vercel-ai-sample', env: { LANG: 'en_US.UTF-8' } })).toThrow(
      /AUTH0_DOMAIN is set/,
    );
    const hermetic = loadConfig({ cwd: repo, app: 'vercel-ai-sample', env: hermeticEnv({}, {}) });
    expect(hermetic.auth0.mode).toBe('dev');
  });
});
