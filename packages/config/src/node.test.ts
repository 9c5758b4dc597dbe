import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leakedSecrets } from '@repo/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.ts';
import { FAKE_AUTH0_SECRET, fakeLongTermKey } from './fake-keys.ts';
import { devSecrets, envFilePaths, findProjectRoot, inspectConfig, langFromEnv, loadConfig } from './node.ts';

let root: string;
const KEY = fakeLongTermKey('BedrockAPIKey-node-test');

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'config-node-'));
  write('pnpm-workspace.yaml', 'packages:\n  - apps/*\n');
  write('.env', 'AWS_REGION=eu-west-1\nBEDROCK_EMBEDDING_DIMENSIONS=512\nAUTH0_SCOPE=read:a\n');
  write('.env.local', `AWS_BEARER_TOKEN_BEDROCK=${KEY}\nAWS_REGION=us-west-2\n`);
  write('apps/sample/.env.local', 'AWS_REGION=ap-northeast-1\n');
  write('apps/sample/src/deep/.keep', '');
  write(
    'broken.env',
    `AWS_BEARER_TOKEN_BEDROCK=XXXXXXXXXXXXXXXX\nAWS_REGION=tokyo\nAUTH0_DOMAIN=https://x.auth0.com/a\nAWS_REGION=us-east-1\n`,
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('findProjectRoot', () => {
  it('walks up to pnpm-workspace.yaml from any folder', () => {
    expect(findProjectRoot(join(root, 'apps/sample/src/deep'))).toBe(root);
    expect(findProjectRoot(root)).toBe(root);
  });
});

describe('file precedence: environment > apps/<sample>/.env.local > .env.local > .env', () => {
  it('root files: .env.local over .env, with sources', () => {
    const config = loadConfig({ cwd: root, env: {} });
    expect(config.bedrock.region).toBe('us-west-2');
    expect(config.bedrock.embeddingDimensions).toBe(512);
    expect(config.bedrock.mode).toBe('aws');
    expect(config.sources).toMatchObject({
      AWS_REGION: '.env.local',
      AWS_BEARER_TOKEN_BEDROCK: '.env.local',
      BEDROCK_EMBEDDING_DIMENSIONS: '.env',
    });
  });

  it("the app's .env.local wins when run inside the app (or with { app })", () => {
    const inside = loadConfig({ cwd: join(root, 'apps/sample/src/deep'), env: {} });
    expect(inside.bedrock.region).toBe('ap-northeast-1');
    expect(inside.sources.AWS_REGION).toBe(join('apps', 'sample', '.env.local'));
    expect(loadConfig({ cwd: root, app: 'sample', env: {} }).bedrock.region).toBe('ap-northeast-1');
  });

  it('the real environment wins over every file, and says so', () => {
    const result = inspectConfig({ cwd: root, env: { AWS_REGION: 'us-east-2' }, app: 'sample' });
    expect(result.config?.bedrock.region).toBe('us-east-2');
    expect(result.config?.sources.AWS_REGION).toBe('environment');
    const note = result.findings.find((f) => f.code === 'overridden-by-environment');
    expect(note).toMatchObject({ variable: 'AWS_REGION', severity: 'info' });
    expect(note?.message.en).toContain(join('apps', 'sample', '.env.local'));
  });

  it('ignores unrelated environment variables but reads every name of the layout', () => {
    const config = loadConfig({ cwd: root, env: { HOME: '/x', AUTH0_SCOPE: 'read:b' } });
    expect(config.auth0.scope).toBe('openid profile email offline_access read:b');
    expect(config.sources.HOME).toBeUndefined();
  });

  it('envFile replaces the repo files; the environment still wins', () => {
    const config = loadConfig({ cwd: root, envFile: '.env', env: { AWS_BEARER_TOKEN_BEDROCK: KEY } });
    expect(config.bedrock.region).toBe('eu-west-1');
    expect(config.sources.AWS_REGION).toBe('.env');
    expect(config.sources.AWS_BEARER_TOKEN_BEDROCK).toBe('environment');
  });

  it('DOTENV_CONFIG_PATH in the environment replaces the repo files like envFile', () => {
    const config = loadConfig({ cwd: root, env: { DOTENV_CONFIG_PATH: '.env', AWS_BEARER_TOKEN_BEDROCK: KEY } });
    expect(config.sources.AWS_REGION).toBe('.env');
    const empty = loadConfig({ cwd: root, env: { DOTENV_CONFIG_PATH: '/dev/null' } });
    expect(empty.sources.AWS_REGION).toBeUndefined();
    expect(empty.bedrock.mode).toBe('emulator');
  });

  it('a missing envFile is a finding, not a crash', () => {
    const result = inspectConfig({ cwd: root, envFile: 'nope.env', env: {} });
    expect(result.config).toBeUndefined();
    expect(result.findings[0]).toMatchObject({ code: 'env-file-not-found', severity: 'error' });
  });
});

describe('the .env files from the app folder up to the project root, without pnpm-workspace.yaml', () => {
  let base: string;
  /** Writes `files` (path -> text) under a fresh folder and returns its path. */
  function layout(files: Record<string, string>): string {
    const dir = mkdtempSync(join(base, 'layout-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'config-layers-'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('a lockfile or .git marks the root; a folder without either is not one', () => {
    const repo = layout({ 'pnpm-lock.yaml': '', 'apps/sample/src/.keep': '', 'other/.git/HEAD': '' });
    expect(findProjectRoot(join(repo, 'apps/sample/src'))).toBe(repo);
    expect(findProjectRoot(join(repo, 'other'))).toBe(join(repo, 'other'));
    const loose = layout({ 'app/.keep': '' });
    expect(findProjectRoot(join(loose, 'app'))).toBeUndefined();
  });

  it('inside the repository: apps/<sample>/.env.local and .env, then the root .env.local and .env', () => {
    const repo = layout({
      'pnpm-lock.yaml': '',
      '.env': 'AWS_REGION=eu-west-1\nBEDROCK_EMBEDDING_DIMENSIONS=512\nAUTH0_SCOPE=read:a\nBEDROCK_MODE=aws\n',
      '.env.local': `AWS_BEARER_TOKEN_BEDROCK=${KEY}\nAWS_REGION=us-west-2\nBEDROCK_EMBEDDING_DIMENSIONS=256\n`,
      'apps/sample/.env': 'AWS_REGION=sa-east-1\nBEDROCK_EMBEDDING_DIMENSIONS=1024\nAUTH0_SCOPE=read:b\n',
      'apps/sample/.env.local': 'AWS_REGION=ap-northeast-1\n',
    });
    const result = inspectConfig({ cwd: join(repo, 'apps/sample'), env: {} });
    expect(result.root).toBe(repo);
    expect(result.files.map((f) => f.label)).toEqual(
      ['apps/sample/.env.local', 'apps/sample/.env', 'apps/.env.local', 'apps/.env', '.env.local', '.env'].map((path) =>
        join(...path.split('/')),
      ),
    );
    const config = result.config;
    expect(config?.bedrock.region).toBe('ap-northeast-1');
    expect(config?.bedrock.embeddingDimensions).toBe(1024); // the app's files over the root's
    expect(config?.auth0.scope).toContain('read:b');
    expect(config?.sources).toMatchObject({
      AWS_REGION: join('apps', 'sample', '.env.local'),
      BEDROCK_EMBEDDING_DIMENSIONS: join('apps', 'sample', '.env'),
      AUTH0_SCOPE: join('apps', 'sample', '.env'),
      AWS_BEARER_TOKEN_BEDROCK: '.env.local',
      BEDROCK_MODE: '.env',
    });
    // The same from the root with { app }, and from the root without it (doctor): the root files alone.
    expect(loadConfig({ cwd: repo, app: 'sample', env: {} }).bedrock.region).toBe('ap-northeast-1');
    const fromRoot = inspectConfig({ cwd: repo, env: {} });
    expect(fromRoot.files.map((f) => f.label)).toEqual(['.env.local', '.env']);
    expect(fromRoot.config?.bedrock.region).toBe('us-west-2');
  });

  it('a deployed copy (its own pnpm-lock.yaml) reads its own files, not those of the folder it sits in', () => {
    const parent = layout({
      '.env.local': 'AWS_REGION=eu-central-1\nBEDROCK_MODEL_ID=unrelated\n',
      '.git/HEAD': '',
      'sample/pnpm-lock.yaml': '',
      'sample/package.json': '{}',
      'sample/.env.local': 'AWS_REGION=ap-northeast-1\n',
    });
    const copy = join(parent, 'sample');
    for (const options of [{ cwd: copy }, { cwd: copy, app: 'vercel-ai-sample' }]) {
      const result = inspectConfig({ ...options, env: {} });
      expect(result.root).toBe(copy);
      expect(result.files.map((f) => f.label)).toEqual(['.env.local', '.env']);
      expect(result.config?.bedrock.region).toBe('ap-northeast-1');
      expect(result.config?.sources.BEDROCK_MODEL_ID).toBeUndefined();
    }
    // Its dev secrets are its own, in the copy's .data/.
    devSecrets(copy);
    expect(existsSync(join(copy, '.data', 'dev-secret'))).toBe(true);
  });

  it('a folder in no project reads only its own files, never a parent’s .env.local', () => {
    const parent = layout({ '.env.local': 'AWS_REGION=eu-central-1\n', 'app/.env.local': 'BEDROCK_MODE=emulator\n' });
    const app = join(parent, 'app');
    const result = inspectConfig({ cwd: app, env: {} });
    expect(result.root).toBeUndefined();
    expect(result.files.map((f) => f.path)).toEqual([join(app, '.env.local'), join(app, '.env')]);
    expect(result.config?.sources.BEDROCK_MODE).toBe(join(app, '.env.local'));
    expect(result.config?.sources.AWS_REGION).toBeUndefined();
    expect(envFilePaths(app, undefined)).toEqual([join(app, '.env.local'), join(app, '.env')]);
  });
});

describe('loadConfig errors', () => {
  const load = (lang: 'ja' | 'en') => {
    try {
      loadConfig({ cwd: root, envFile: 'broken.env', env: { AUTH0_SECRET: FAKE_AUTH0_SECRET }, lang });
    } catch (error) {
      return error;
    }
    throw new Error('loadConfig did not throw');
  };

  it('throws one ConfigError listing every problem, in the chosen language', () => {
    const error = load('en') as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    const codes = error.errors.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['guide-placeholder', 'auth0-domain-invalid']));
    expect(error.findings.map((f) => f.code)).toContain('duplicate-variable');
    expect(error.message).toContain('The configuration has');
    expect(error.message).toContain('http://localhost:4321/en/troubleshooting/#guide-placeholder');
    expect(error.format('ja')).toContain('設定に');
    expect((load('ja') as ConfigError).message).toContain('エラーがあります');
  });

  it('shows no stack trace of the code and no secret', () => {
    const error = load('en') as ConfigError;
    expect(error.stack).toBe(error.message);
    expect(error.stack).not.toMatch(/\bat .*\.ts:\d+/);
    expect(leakedSecrets(error.format('ja') + error.format('en'), [FAKE_AUTH0_SECRET, KEY])).toEqual([]);
  });
});

describe('langFromEnv', () => {
  it('reads LC_ALL, LC_MESSAGES, LANG', () => {
    expect(langFromEnv({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'ja_JP.UTF-8', LANG: 'C' })).toBe('ja');
    expect(langFromEnv({})).toBe('en');
  });
});
