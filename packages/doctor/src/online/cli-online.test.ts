// `npm run doctor` online and `--policy` as real processes, against a running emulator and dev issuer.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fakeLongTermKey } from '@repo/auth/testing';
import { type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import { type DevIdp, startDevIdp } from '@repo/dev-idp';
import { leakedSecrets } from '@repo/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '..', 'cli.ts');
const TSX = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const KEY = fakeLongTermKey('BedrockAPIKey-cli-online', '210987654321', 'zQ8vL3mK7xP2wT9rN4bJ6cH1fG5dS0aY');
let repo: string;
let emulator: RunningEmulator;
let idp: DevIdp;

function env(): NodeJS.ProcessEnv {
  return { PATH: [dirname(process.execPath), process.env.PATH].join(delimiter), HOME: repo, LANG: 'en_US.UTF-8' };
}

/** Async, so the emulator and issuer in this process keep answering while the CLI runs. */
function doctor(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [CLI, ...args], { cwd: repo, env: env() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'doctor-online-'));
  writeFileSync(join(repo, 'pnpm-workspace.yaml'), 'packages: []\n');
  [emulator, idp] = await Promise.all([startEmulator({ port: 0, region: 'ap-northeast-1' }), startDevIdp({ port: 0 })]);
  writeFileSync(
    join(repo, 'online.env'),
    [
      `AWS_BEARER_TOKEN_BEDROCK=${KEY}`,
      'AWS_REGION=ap-northeast-1',
      'BEDROCK_MODEL_ID=jp.anthropic.claude-sonnet-4-5-20250929-v1:0',
      `AWS_ENDPOINT_URL_BEDROCK_RUNTIME=${emulator.url}`,
      `AWS_ENDPOINT_URL_BEDROCK=${emulator.url}`,
      `DEV_IDP_PORT=${idp.port}`,
    ].join('\n'),
  );
});
afterAll(async () => {
  await Promise.all([emulator?.close(), idp?.close()]);
  rmSync(repo, { recursive: true, force: true });
});

describe('npm run doctor (online)', () => {
  it('runs every online check, prints them as lines on stderr, exits 0, shows no secret', async () => {
    const { code, stdout, stderr } = await doctor(['--env-file', 'online.env', '--lang', 'en']);
    expect(stderr).toMatch(/✓ Credentials resolved/);
    expect(stderr).toMatch(/✓ Minimal Converse call/);
    expect(stderr).toMatch(/✓ Auth0 issuer discovery .*dev issuer running/);
    expect(code, stdout + stderr).toBe(0);
    expect(leakedSecrets(stdout + stderr, [KEY])).toEqual([]);
  }, 60_000);

  it('--json keeps the shape, repeats nothing, prints no progress lines', async () => {
    const { stdout, stderr } = await doctor(['--env-file', 'online.env', '--json']);
    const report = JSON.parse(stdout);
    expect(Object.keys(report).sort()).toEqual(['findings', 'ok']);
    const found = report.findings.map((f: { code: string }) => f.code);
    expect(report.ok).toBe(true);
    // The long-term key is announced once, by the configuration check, not again by the key inspection.
    expect(found.filter((code: string) => code === 'api-key-long-term')).toEqual(['api-key-long-term']);
    expect(stderr).not.toMatch(/✓/);
  }, 60_000);

  it('--policy prints valid IAM JSON for the configured region, models and account', async () => {
    const { code, stdout } = await doctor(['--env-file', 'online.env', '--policy', '--json']);
    expect(code).toBe(0);
    const policy = JSON.parse(stdout);
    expect(policy.Version).toBe('2012-10-17');
    const resources = JSON.stringify(policy.Statement);
    expect(resources).toContain(
      'arn:aws:bedrock:ap-northeast-1:210987654321:inference-profile/jp.anthropic.claude-sonnet-4-5-20250929-v1:0',
    );
    expect(resources).toContain(
      'arn:aws:bedrock:ap-northeast-3::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
    );
    expect(resources).toContain('bedrock:CallWithBearerToken');
    expect(leakedSecrets(stdout, [KEY])).toEqual([]);
  }, 60_000);

  it('--policy asks the account for the profile destinations online, and only the catalog with --offline', async () => {
    const asked = async (args: string[]) => {
      await fetch(`${emulator.url}/_emulator/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const { code } = await doctor(args);
      expect(code).toBe(0);
      const log = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as {
        requests: { operation?: string; model?: string }[];
      };
      return log.requests.filter((r) => r.operation === 'get-inference-profile').map((r) => r.model);
    };
    expect(await asked(['--env-file', 'online.env', '--policy', '--json'])).toEqual([
      'jp.anthropic.claude-sonnet-4-5-20250929-v1:0',
    ]);
    expect(await asked(['--env-file', 'online.env', '--policy', '--json', '--offline'])).toEqual([]);
  }, 60_000);
});
