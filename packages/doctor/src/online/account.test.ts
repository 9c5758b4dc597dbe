// The account is the final word: doctor asks Bedrock (real @aws-sdk/client-bedrock against the emulator in Tokyo,
// which answers from the catalog as Bedrock would) and reports where the account and the catalog differ.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeLongTermKey, isolateAwsEnv, resetEmulator, testConfig } from '@repo/auth/testing';
import { type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import type { Config } from '@repo/config';
import { CATALOG_DATE, findModel } from '@repo/config/models';
import { type DevIdp, startDevIdp } from '@repo/dev-idp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDoctor } from '../run.ts';
import {
  compareFoundationModel,
  compareProfileDestinations,
  compareProfileList,
  destinationRegions,
} from './account.ts';
import { runOnlineChecks } from './checks.ts';

const ACCOUNT = '123456789012';
const KEY = fakeLongTermKey('BedrockAPIKey-doctor', ACCOUNT);
const SONNET_4_6 = 'anthropic.claude-sonnet-4-6';
const SONNET_4_5 = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const HAIKU_4_5 = 'anthropic.claude-haiku-4-5-20251001-v1:0';

let emulator: RunningEmulator;
let idp: DevIdp;
let restoreEnv: () => void;

beforeAll(async () => {
  restoreEnv = isolateAwsEnv().restore;
  [emulator, idp] = await Promise.all([startEmulator({ port: 0, region: 'ap-northeast-1' }), startDevIdp({ port: 0 })]);
});
afterAll(async () => {
  await Promise.all([emulator?.close(), idp?.close()]);
  restoreEnv?.();
});
beforeEach(async () => {
  await resetEmulator(emulator.url);
});

function tokyo(chatModelId: string): Config {
  return testConfig({
    endpoint: emulator.url,
    region: 'ap-northeast-1',
    credentials: { source: 'api-key', apiKey: KEY, keyKind: 'long-term' },
    chatModelId,
    auth0: { mode: 'dev', issuerBaseUrl: idp.issuer, domain: new URL(idp.issuer).host, devIdpPort: idp.port },
  });
}

const modelsStep = (result: Awaited<ReturnType<typeof runOnlineChecks>>) => result.steps.find((s) => s.id === 'models');

describe('doctor asks the account about the configured models (real SDK, emulator in Tokyo)', () => {
  it('a current model through jp.: profile destinations from GetInferenceProfile, nothing stale', async () => {
    const result = await runOnlineChecks(tokyo(`jp.${SONNET_4_6}`));
    const step = modelsStep(result);
    expect(step?.status).toBe('ok');
    // GetInferenceProfile's models[].modelArn: Tokyo and Osaka, nothing outside Japan.
    expect(step?.detail?.en).toContain(`jp.${SONNET_4_6} (ACTIVE → ap-northeast-1 ap-northeast-3)`);
    expect(step?.detail?.en).toContain('amazon.titan-embed-text-v2:0 (ACTIVE)');
    expect(result.findings.map((f) => f.code)).not.toContain('bedrock-catalog-stale');
  });

  it('a legacy model: the account says LEGACY with its end-of-life date, and names the successor for Tokyo', async () => {
    const result = await runOnlineChecks(tokyo(`jp.${SONNET_4_5}`));
    const legacy = result.findings.find((f) => f.code === 'bedrock-model-legacy');
    expect(legacy?.severity).toBe('warning');
    expect(legacy?.message.en).toContain('2027-04-08');
    expect(legacy?.fix.en).toContain(`BEDROCK_MODEL_ID=jp.${SONNET_4_6}`);
    expect(legacy?.message.ja).toContain('レガシー');
  });

  it('global. in Tokyo when the account lists a jp. profile: suggests it and says where data is processed', async () => {
    const result = await runOnlineChecks(tokyo(`global.${HAIKU_4_5}`));
    const local = result.findings.find((f) => f.code === 'bedrock-geographic-profile-available');
    expect(local?.severity).toBe('info');
    expect(local?.fix.en).toBe(
      `To keep processing in your country or geography, set BEDROCK_MODEL_ID=jp.${HAIKU_4_5}.`,
    );
    expect(local?.message.en).toMatch(/any commercial AWS Region worldwide/);
    expect(local?.message.ja).toMatch(/日本国内/);
  });
});

describe('where the account and the catalog differ, the account wins and the stale entry is named', () => {
  it('lifecycle: the account still lists a model the catalog has as end of life', () => {
    const findings = compareFoundationModel(
      { modelLifecycle: { status: 'ACTIVE' }, inferenceTypesSupported: ['ON_DEMAND'] },
      'anthropic.claude-3-haiku-20240307-v1:0',
      'ap-northeast-1',
      'BEDROCK_MODEL_ID',
    );
    expect(findings.map((f) => f.code)).toEqual(['bedrock-catalog-stale']);
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0]?.message.en).toContain('end-of-life');
    expect(findings[0]?.message.en).toContain(CATALOG_DATE);
    expect(findings[0]?.message.en).toContain("Doctor takes the account's answer as the truth.");
    expect(findings[0]?.fix.en).toContain('models-catalog.ts: anthropic.claude-3-haiku-20240307-v1:0');
  });

  it('lifecycle and on-demand: LEGACY for a model the catalog has as active, on demand where it says profile only', () => {
    const findings = compareFoundationModel(
      {
        modelLifecycle: { status: 'LEGACY', endOfLifeTime: new Date('2027-09-01T00:00:00Z') },
        inferenceTypesSupported: ['ON_DEMAND'],
      },
      SONNET_4_6,
      'ap-northeast-1',
      'BEDROCK_MODEL_ID',
    );
    const text = findings.map((f) => f.message.en).join('\n');
    expect(findings).toHaveLength(3);
    expect(text).toContain('your account answers LEGACY');
    expect(text).toContain('2027-09-01 in your account');
    expect(text).toContain('on-demand calls in ap-northeast-1 are not supported in the catalog and supported');
  });

  it('profile destinations: GetInferenceProfile lists regions the catalog does not', () => {
    const arns = ['ap-northeast-1', 'ap-northeast-3', 'ap-east-2'].map((r) => ({
      modelArn: `arn:aws:bedrock:${r}::foundation-model/${HAIKU_4_5}`,
    }));
    const destinations = destinationRegions(arns);
    expect(destinations).toEqual(['ap-east-2', 'ap-northeast-1', 'ap-northeast-3']);
    const findings = compareProfileDestinations(`jp.${HAIKU_4_5}`, destinations, 'BEDROCK_MODEL_ID');
    expect(findings.map((f) => f.code)).toEqual(['bedrock-catalog-stale']);
    expect(findings[0]?.message.en).toContain('ap-east-2, ap-northeast-1, ap-northeast-3 in your account');
    expect(findings[0]?.message.en).toContain('--policy');
    // Same set: nothing to say.
    const same = findModel(HAIKU_4_5)?.profiles.find((p) => p.prefix === 'jp')?.destinationRegions ?? [];
    expect(compareProfileDestinations(`jp.${HAIKU_4_5}`, [...same].sort(), 'BEDROCK_MODEL_ID')).toEqual([]);
  });

  it('profile list: a profile the account has and the catalog lacks', () => {
    const findings = compareProfileList(
      [`jp.${HAIKU_4_5}`, `global.${HAIKU_4_5}`, `apac.${HAIKU_4_5}`],
      `jp.${HAIKU_4_5}`,
      'ap-northeast-1',
      'BEDROCK_MODEL_ID',
    );
    expect(findings.map((f) => f.code)).toEqual(['bedrock-catalog-stale']);
    expect(findings[0]?.message.en).toContain('apac., jp., global. in your account and jp., global. in the catalog');
  });
});

describe("the catalog's errors give way when the account answers (real SDK, emulators pinned to a day)", () => {
  // The catalog has Claude Sonnet 4 at end of life from 2026-10-14. Doctor checks as of 2026-11-01; one emulator
  // plays an account that still serves it (2026-06-01), the other one that no longer does (2026-11-01).
  const CHECKED_ON = new Date('2026-11-01T00:00:00Z');
  const SONNET_4 = 'apac.anthropic.claude-sonnet-4-20250514-v1:0';
  let repo: string;
  let stillServes: RunningEmulator;
  let gone: RunningEmulator;

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'doctor-overrule-'));
    writeFileSync(join(repo, 'pnpm-workspace.yaml'), 'packages: []\n');
    [stillServes, gone] = await Promise.all([
      startEmulator({ port: 0, region: 'ap-northeast-1', today: '2026-06-01' }),
      startEmulator({ port: 0, region: 'ap-northeast-1', today: '2026-11-01' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([stillServes?.close(), gone?.close()]);
    rmSync(repo, { recursive: true, force: true });
  });

  function envFile(emulatorUrl: string): string {
    const name = `${new URL(emulatorUrl).port}.env`;
    writeFileSync(
      join(repo, name),
      [
        `AWS_BEARER_TOKEN_BEDROCK=${KEY}`,
        'AWS_REGION=ap-northeast-1',
        `BEDROCK_MODEL_ID=${SONNET_4}`,
        `AWS_ENDPOINT_URL_BEDROCK_RUNTIME=${emulatorUrl}`,
        `AWS_ENDPOINT_URL_BEDROCK=${emulatorUrl}`,
        `DEV_IDP_PORT=${idp.port}`,
      ].join('\n'),
    );
    return name;
  }

  it('offline, the catalog alone decides: end of life is an error', async () => {
    const report = await runDoctor({
      cwd: repo,
      env: {},
      envFile: envFile(stillServes.url),
      now: CHECKED_ON,
      offline: true,
    });
    expect(report.findings.find((f) => f.code === 'model-end-of-life')?.variable).toBe('BEDROCK_MODEL_ID');
    expect(report.ok).toBe(false);
  });

  it('online, an account that still serves the model wins: no error, the stale catalog entry is named', async () => {
    const report = await runDoctor({ cwd: repo, env: {}, envFile: envFile(stillServes.url), now: CHECKED_ON });
    expect(report.online.ran).toContain('connection-check');
    expect(report.findings.map((f) => f.code)).not.toContain('model-end-of-life');
    const stale = report.findings.find((f) => f.code === 'bedrock-catalog-stale' && f.variable === 'BEDROCK_MODEL_ID');
    expect(stale?.message.en).toContain('reached its end of life');
    expect(stale?.message.en).toContain('Your account answered calls to this model');
    expect(stale?.message.ja).toContain('アカウントはこのモデルの呼び出しに応えました');
    const modelErrors = report.findings.filter((f) => f.severity === 'error' && f.variable === 'BEDROCK_MODEL_ID');
    expect(modelErrors).toEqual([]);
  });

  it('online, an account that agrees keeps the error', async () => {
    const report = await runDoctor({ cwd: repo, env: {}, envFile: envFile(gone.url), now: CHECKED_ON });
    expect(report.online.ran).toContain('connection-check');
    expect(report.findings.map((f) => f.code)).toContain('model-end-of-life');
    // The account lists no profile of a model past its end of life, and neither does the catalog: nothing stale.
    expect(report.findings.map((f) => f.code)).not.toContain('bedrock-catalog-stale');
    expect(report.ok).toBe(false);
  });
});
