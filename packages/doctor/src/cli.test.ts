// `npm run doctor` as a real process: exit codes, --json shape, --env-file, --lang, and no secret in the output.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { leakedSecrets } from '@repo/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, 'cli.ts');
const TSX = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
// Obviously fake values with real shapes.
const LONG_KEY = `ABSK${btoa('BedrockAPIKey-cli-test-at-123456789012:fake-secret-for-cli-tests-0000')}`;
const AUTH0_SECRET = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
const CLIENT_SECRET = 'fake-client-secret-for-cli-tests-0123456789';
let repo: string;

function doctor(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(TSX, [CLI, ...args], {
    cwd: options.cwd ?? repo,
    encoding: 'utf8',
    env: {
      PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
      HOME: repo,
      LANG: 'en_US.UTF-8',
      ...options.env,
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'doctor-cli-'));
  writeFileSync(join(repo, 'pnpm-workspace.yaml'), 'packages: []\n');
  mkdirSync(join(repo, 'sub'));
  writeFileSync(
    join(repo, 'sub', 'broken.env'),
    [
      'AWS_BEARER_TOKEN_BEDROCK=XXXXXXXXXXXXXXXXXXXXXXXX',
      'AWS_REGION=us-east-1',
      'BEDROCK_MODEL_ID=us.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'AUTH0_DOMAIN=https://example.jp.auth0.com/',
      'AUTH0_CLIENT_ID=AbCdEf0123456789',
      `AUTH0_CLIENT_SECRET=${CLIENT_SECRET}`,
      'AUTH0_SECRET=too-short',
    ].join('\n'),
  );
  writeFileSync(
    join(repo, 'good.env'),
    `AWS_BEARER_TOKEN_BEDROCK=${LONG_KEY}\nAWS_REGION=ap-northeast-1\nAUTH0_DOMAIN=example.jp.auth0.com\nAUTH0_CLIENT_ID=AbCdEf0123456789\nAUTH0_CLIENT_SECRET=${CLIENT_SECRET}\nAUTH0_SECRET=${AUTH0_SECRET}\n`,
  );
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run doctor -- --offline', () => {
  it('exit 0 on a fresh clone: the emulator and the dev issuer, no colours when not a TTY', () => {
    const { code, stdout } = doctor(['--offline']);
    expect(code).toBe(0);
    expect(stdout).toContain('local emulator');
    expect(stdout).toContain('local development issuer (http://localhost:4455)');
    expect(stdout).toContain('0 error(s)');
    expect(stdout).not.toContain('\x1b[');
  });

  it('exit 1 with --env-file (relative to the cwd): errors first, each with fix and docs', () => {
    const { code, stdout } = doctor(['--offline', '--env-file', 'broken.env'], { cwd: join(repo, 'sub') });
    expect(code).toBe(1);
    const first = stdout.indexOf('✖ error');
    expect(first).toBeGreaterThan(0);
    expect(stdout.indexOf('▲ warning')).toBeGreaterThan(first);
    expect(stdout).toContain('[guide-placeholder]');
    expect(stdout).toContain('[auth0-secret-too-short]');
    expect(stdout).toContain('Docs: http://localhost:4321/en/troubleshooting/#guide-placeholder');
    expect(stdout).toContain('← sub/broken.env');
  });

  it('--json prints exactly { ok, findings[{ code, severity, variable, message, fix, docs }] }', () => {
    const { code, stdout } = doctor(['--offline', '--json', '--env-file', 'sub/broken.env', '--lang', 'en']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report).sort()).toEqual(['findings', 'ok']);
    expect(report.ok).toBe(false);
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(['code', 'docs', 'fix', 'message', 'severity', 'variable']);
      expect(f.docs).toBe(`http://localhost:4321/en/troubleshooting/#${f.code}`);
    }
    const severities = report.findings.map((f: { severity: string }) => f.severity);
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
    expect(report.findings[0]).toMatchObject({ severity: 'error' });
    expect(report.findings.map((f: { code: string }) => f.code)).toContain('model-legacy');
  });

  it('--json ok:true and exit 0 when there is no error', () => {
    const { code, stdout } = doctor(['--offline', '--json', '--env-file', 'good.env']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).ok).toBe(true);
  });

  it('--lang ja, and LANG=ja_JP without --lang, print Japanese', () => {
    const flag = doctor(['--offline', '--env-file', 'sub/broken.env', '--lang', 'ja']);
    expect(flag.stdout).toContain('エラー');
    expect(flag.stdout).toContain('対処:');
    expect(flag.stdout).toContain('http://localhost:4321/ja/troubleshooting/#guide-placeholder');
    const env = doctor(['--offline', '--json'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(JSON.parse(env.stdout).findings[0].message).toMatch(/[ぁ-んァ-ン]/);
  });

  it('real environment variables win over --env-file and are shown as such', () => {
    const { stdout } = doctor(['--offline', '--env-file', 'good.env'], { env: { AWS_REGION: 'us-west-2' } });
    expect(stdout).toMatch(/AWS_REGION\s+us-west-2\s+← environment/);
    expect(stdout).toContain('[overridden-by-environment]');
  });

  it('never prints a secret: kind, length and fingerprint only', () => {
    const env = { AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjFAKEFAKEFAKEFAKE0123' };
    const runs = [
      doctor(['--offline', '--env-file', 'good.env'], { env }),
      doctor(['--offline', '--env-file', 'good.env', '--json'], { env }),
      doctor(['--offline', '--env-file', 'sub/broken.env', '--lang', 'ja']),
    ];
    const output = runs.map((r) => r.stdout + r.stderr).join('\n');
    expect(leakedSecrets(output, [LONG_KEY, AUTH0_SECRET, CLIENT_SECRET, env.AWS_SESSION_TOKEN])).toEqual([]);
    expect(runs[0]?.stdout).toMatch(/long-term API key ABSK… \(\d+ chars, #[0-9a-f]{6}\)/);
  });
});

describe('usage errors exit 2 with a bilingual message', () => {
  it.each([[['--bogus']], [['--lang', 'fr']], [['--env-file']]])('%j', (args) => {
    const { code, stdout, stderr } = doctor(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: npm run doctor');
    expect(stderr).toContain('使い方: npm run doctor');
  });

  it('--help exits 0', () => {
    const { code, stdout } = doctor(['--help', '--lang', 'ja']);
    expect(code).toBe(0);
    expect(stdout).toContain('使い方');
  });
});
