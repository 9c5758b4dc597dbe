// The full connection check against the emulator and the dev issuer, and every classification reproduced
// with Bedrock's real answer (the emulator's own behaviour, or its fault API with Bedrock's wording).

import { createServer, type Server } from 'node:http';
import {
  fakeLongTermKey,
  fakeShortTermKey,
  injectFault,
  isolateAwsEnv,
  resetEmulator,
  testConfig,
} from '@repo/auth/testing';
import { type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import { type BedrockCredentials, type Config, EMULATOR_API_KEY, FINDING_CODES, type FindingCode } from '@repo/config';
import { type DevIdp, startDevIdp } from '@repo/dev-idp';
import { freePort, leakedSecrets } from '@repo/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runOnlineChecks } from './checks.ts';
import { ONLINE_FINDINGS } from './findings.ts';
import { formatStep } from './render.ts';

const SONNET = 'anthropic.claude-sonnet-4-6';
const ACCOUNT = '123456789012';
const KEY = fakeLongTermKey('BedrockAPIKey-doctor', ACCOUNT);
const FAKE_IAM = { accessKeyId: 'AKIAFAKEFAKEFAKE0077', secretAccessKey: 'fake/secret/for/tests/only/0000000000077' };

let emulator: RunningEmulator;
let idp: DevIdp;
let restoreEnv: () => void;

beforeAll(async () => {
  restoreEnv = isolateAwsEnv().restore;
  [emulator, idp] = await Promise.all([startEmulator({ port: 0, region: 'us-east-1' }), startDevIdp({ port: 0 })]);
});
afterAll(async () => {
  await Promise.all([emulator?.close(), idp?.close()]);
  restoreEnv?.();
});
beforeEach(async () => {
  await resetEmulator(emulator.url);
});

function config(
  options: { credentials?: BedrockCredentials; chatModelId?: string; endpoint?: string; region?: string } = {},
): Config {
  return testConfig({
    endpoint: options.endpoint ?? emulator.url,
    region: options.region ?? 'us-east-1',
    credentials: options.credentials ?? { source: 'api-key', apiKey: KEY, keyKind: 'long-term' },
    chatModelId: options.chatModelId ?? `us.${SONNET}`,
    auth0: { mode: 'dev', issuerBaseUrl: idp.issuer, domain: new URL(idp.issuer).host, devIdpPort: idp.port },
  });
}

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

/** Everything a run can show: the JSON report and each step line, in both languages. */
function everythingShown(result: Awaited<ReturnType<typeof runOnlineChecks>>): string {
  const lines = result.steps.flatMap((s) => [formatStep(s, 'ja'), formatStep(s, 'en')]);
  return `${JSON.stringify(result)}\n${lines.join('\n')}`;
}

describe('runOnlineChecks: a healthy setup', () => {
  it('passes every step against the emulator and the dev issuer, live step by step', async () => {
    const events: string[] = [];
    const result = await runOnlineChecks(config(), { lang: 'en', onStep: (s) => events.push(`${s.id}:${s.status}`) });
    console.log(`[doctor online] full run against the emulator: ${result.durationMs} ms`);
    for (const step of result.steps) console.log(`  ${formatStep(step, 'en')}`);
    expect(result.steps.map((s) => [s.id, s.status])).toEqual([
      ['credentials', 'ok'],
      ['key', 'ok'],
      ['control-plane', 'ok'],
      ['models', 'ok'],
      ['converse', 'ok'],
      ['embedding', 'ok'],
      ['auth0', 'ok'],
      ['backchannel', 'ok'],
      ['token-vault', 'ok'],
    ]);
    // The only finding is the advice about long-term keys.
    expect(codes(result)).toEqual(['api-key-long-term']);
    expect(events[0]).toBe('credentials:running');
    expect(events).toContain('auth0:ok');
    expect(result.steps.find((s) => s.id === 'key')?.detail?.en).toContain(`account ${ACCOUNT}`);
    expect(result.steps.find((s) => s.id === 'embedding')?.detail?.en).toContain('1024-dimension');
    expect(result.steps.find((s) => s.id === 'credentials')?.detail?.ja).toContain('理由');
  });

  it('works in emulator mode, with generated keys and with IAM signing', async () => {
    for (const credentials of [
      { source: 'emulator', apiKey: EMULATOR_API_KEY },
      { source: 'generated-api-key', iam: FAKE_IAM },
      { source: 'iam', iam: FAKE_IAM },
    ] as BedrockCredentials[]) {
      const result = await runOnlineChecks(config({ credentials }));
      expect(
        result.steps.filter((s) => s.status !== 'ok' && s.status !== 'skipped'),
        credentials.source,
      ).toEqual([]);
      expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
});

interface Case {
  name: string;
  fault?: { operation: string; exception: string; message: string };
  config?: Parameters<typeof config>[0];
  code: string;
  /** Text the fix must contain (in English). */
  fix?: string;
}

const notAuthorized = (action: string, resource: string) =>
  `User: arn:aws:iam::${ACCOUNT}:user/BedrockAPIKey-doctor is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;

const CASES: Case[] = [
  {
    name: 'invalid or unrecognised API key',
    fault: {
      operation: 'list-foundation-models',
      exception: 'UnrecognizedClientException',
      message: 'Authentication failed: Please make sure your API Key is valid.',
    },
    code: 'bedrock-key-invalid',
    fix: 'deactivated or deleted',
  },
  {
    name: 'API key refused with a bare 403 (no exception name, capitalised Message), as Bedrock answers',
    // Readable for the key inspection, refused by the emulator: signed an hour ahead of its clock (beyond SigV4's
    // 15-minute skew). The inspector and the emulator share one decoder, so a malformed key would not get this far.
    config: {
      credentials: {
        source: 'api-key',
        apiKey: fakeShortTermKey({ region: 'us-east-1', issuedAt: new Date(Date.now() + 3_600_000) }),
        keyKind: 'short-term',
      },
    },
    code: 'bedrock-key-invalid',
  },
  {
    name: 'expired API key (as Bedrock answers)',
    fault: {
      operation: 'list-foundation-models',
      exception: 'UnrecognizedClientException',
      message: 'Authentication failed: Bearer Token has expired.',
    },
    code: 'bedrock-key-expired',
    fix: 'BEDROCK_AUTH=generated-api-key',
  },
  {
    name: 'short-term key from another region (the emulator rejects it as Bedrock does)',
    config: {
      credentials: {
        source: 'api-key',
        apiKey: fakeShortTermKey({ region: 'us-west-2' }),
        keyKind: 'short-term',
      },
    },
    code: 'api-key-wrong-region',
    fix: 'AWS_REGION=us-west-2',
  },
  {
    name: 'missing bedrock:CallWithBearerToken',
    fault: {
      operation: 'list-foundation-models',
      exception: 'AccessDeniedException',
      message: notAuthorized('bedrock:CallWithBearerToken', '*'),
    },
    code: 'bedrock-missing-call-with-bearer-token',
    fix: 'bedrock:CallWithBearerToken',
  },
  {
    name: 'missing bedrock:InvokeModel',
    fault: {
      operation: 'converse',
      exception: 'AccessDeniedException',
      message: notAuthorized(
        'bedrock:InvokeModel',
        `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/us.${SONNET}`,
      ),
    },
    code: 'bedrock-missing-invoke-permission',
    fix: 'npm run doctor -- --policy',
  },
  {
    name: 'missing bedrock:InvokeModelWithResponseStream',
    fault: {
      operation: 'converse',
      exception: 'AccessDeniedException',
      message: notAuthorized(
        'bedrock:InvokeModelWithResponseStream',
        `arn:aws:bedrock:us-east-2::foundation-model/${SONNET}`,
      ),
    },
    code: 'bedrock-missing-invoke-permission',
    fix: 'destination regions',
  },
  {
    name: 'model access not granted',
    fault: {
      operation: 'converse',
      exception: 'AccessDeniedException',
      message: "You don't have access to the model with the specified model ID.",
    },
    code: 'bedrock-model-access-denied',
    fix: 'Bedrock console',
  },
  {
    name: 'terms not accepted (Marketplace subscription)',
    fault: {
      operation: 'converse',
      exception: 'AccessDeniedException',
      message:
        'Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to this model. Refer to the Amazon Bedrock documentation for further details. Your AWS Marketplace subscription for this model cannot be completed at this time. If you recently fixed this issue, try again after 15 minutes.',
    },
    code: 'bedrock-model-subscription-required',
    fix: 'aws-marketplace:Subscribe',
  },
  {
    name: 'Anthropic use case form not submitted',
    fault: {
      operation: 'converse',
      exception: 'ResourceNotFoundException',
      message:
        'Model use case details have not been submitted for this account. Fill out the Anthropic use case details form before using the model. If you have already filled out the form, try again in 15 minutes.',
    },
    code: 'bedrock-model-use-case-required',
    fix: 'use case form',
  },
  {
    name: 'invalid model ID (the emulator answers as Bedrock does)',
    config: { chatModelId: 'anthropic.claude-sonnet-9-9-20990101-v1:0' },
    code: 'bedrock-model-id-invalid',
    fix: 'spelling',
  },
  {
    name: 'invalid model ID: a jp. profile called from us-east-1 gets the right ID',
    config: { chatModelId: `jp.${SONNET}` },
    code: 'bedrock-model-id-invalid',
    fix: `BEDROCK_MODEL_ID=us.${SONNET}`,
  },
  {
    name: 'on-demand throughput not supported (the emulator answers as Bedrock does)',
    config: { chatModelId: SONNET },
    code: 'bedrock-on-demand-not-supported',
    fix: `BEDROCK_MODEL_ID=us.${SONNET}`,
  },
  {
    name: 'on-demand throughput not supported (Bedrock wording, with the curly apostrophe)',
    fault: {
      operation: 'converse',
      exception: 'ValidationException',
      message: `Invocation of model ID ${SONNET} with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.`,
    },
    code: 'bedrock-on-demand-not-supported',
    fix: `BEDROCK_MODEL_ID=us.${SONNET}`,
  },
  {
    name: 'legacy model',
    config: { chatModelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0' },
    fault: {
      operation: 'converse',
      exception: 'ResourceNotFoundException',
      message:
        'Access denied. This Model is marked by provider as Legacy and you have not been actively using the model in the last 30 days. Please upgrade to an active model on Amazon Bedrock',
    },
    code: 'bedrock-model-legacy',
    fix: 'us.anthropic.claude-sonnet-4-6',
  },
  {
    name: 'end-of-life model',
    fault: {
      operation: 'converse',
      exception: 'ResourceNotFoundException',
      message:
        'This model version has reached the end of its life. Please refer to the AWS documentation for more details.',
    },
    code: 'bedrock-model-end-of-life',
  },
  {
    name: 'throttled',
    fault: {
      operation: 'converse',
      exception: 'ThrottlingException',
      message: 'Too many requests, please wait before trying again.',
    },
    code: 'bedrock-throttled',
    fix: 'Service Quotas',
  },
  {
    name: 'service unavailable',
    fault: {
      operation: 'invoke',
      exception: 'ServiceUnavailableException',
      message: 'Bedrock is unable to process your request.',
    },
    code: 'bedrock-service-unavailable',
  },
  {
    name: 'missing read permission does not stop the calls that matter',
    fault: {
      operation: 'list-foundation-models',
      exception: 'AccessDeniedException',
      message: `User: arn:aws:iam::${ACCOUNT}:user/BedrockAPIKey-doctor is not authorized to perform: bedrock:ListFoundationModels because no identity-based policy allows the bedrock:ListFoundationModels action`,
    },
    code: 'bedrock-missing-read-permission',
    fix: 'bedrock:ListFoundationModels',
  },
  {
    name: 'expired temporary IAM credentials',
    config: { credentials: { source: 'iam', iam: FAKE_IAM } },
    fault: {
      operation: 'list-foundation-models',
      exception: 'UnrecognizedClientException',
      message: 'The security token included in the request is expired',
    },
    code: 'iam-credentials-expired',
    fix: 'aws sso login',
  },
  {
    name: 'generated key refused as expired: the fix is about the signing session',
    config: { credentials: { source: 'generated-api-key', iam: FAKE_IAM } },
    fault: {
      operation: 'list-foundation-models',
      exception: 'UnrecognizedClientException',
      message: 'Authentication failed: Bearer Token has expired.',
    },
    code: 'bedrock-key-expired',
    fix: 'aws sso login',
  },
  {
    name: 'IAM credentials not recognised',
    config: { credentials: { source: 'iam', iam: FAKE_IAM } },
    fault: {
      operation: 'list-foundation-models',
      exception: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    },
    code: 'iam-credentials-invalid',
    fix: 'AWS_SECRET_ACCESS_KEY',
  },
];

describe('runOnlineChecks: every failure classified by what Bedrock answered', () => {
  it.each(CASES)('$name', async (c) => {
    if (c.fault) await injectFault(emulator.url, { ...c.fault, count: 5 });
    const result = await runOnlineChecks(config(c.config));
    const finding = result.findings.find((f) => f.code === c.code);
    expect(finding, `${c.code} not in ${codes(result).join(', ')}`).toBeDefined();
    expect(finding?.docs).toBe(`troubleshooting/#${c.code}`);
    // Online codes are in ONLINE_FINDINGS; the key inspection's (api-key-*) in @repo/config's registry.
    const registered = ONLINE_FINDINGS[c.code] ?? FINDING_CODES[c.code as FindingCode];
    expect(registered?.severity).toBe(finding?.severity);
    if (c.fix) expect(finding?.fix.en).toContain(c.fix);
    expect(finding?.message.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    expect(finding?.fix.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    // One cause, one finding.
    expect(codes(result).filter((code) => code === c.code)).toHaveLength(1);
    // And no secret anywhere in what doctor shows.
    const secrets = [KEY, FAKE_IAM.secretAccessKey, FAKE_IAM.accessKeyId];
    const credentials = c.config?.credentials;
    if (credentials?.source === 'api-key') secrets.push(credentials.apiKey);
    expect(leakedSecrets(everythingShown(result), secrets)).toEqual([]);
  });

  it('after a blocking failure the later Bedrock steps are skipped, not failed again', async () => {
    await injectFault(emulator.url, {
      operation: 'list-foundation-models',
      exception: 'UnrecognizedClientException',
      message: 'Authentication failed: Please make sure your API Key is valid.',
    });
    const result = await runOnlineChecks(config());
    expect(result.steps.map((s) => s.status)).toEqual([
      'ok',
      'ok',
      'failed',
      'skipped',
      'skipped',
      'skipped',
      'ok',
      'ok',
      'ok',
    ]);
  });

  it('an expired key is reported once (read from the key), even though Bedrock also refuses it', async () => {
    const apiKey = fakeShortTermKey({ issuedAt: new Date(Date.now() - 13 * 3600_000) });
    const result = await runOnlineChecks(config({ credentials: { source: 'api-key', apiKey, keyKind: 'short-term' } }));
    expect(codes(result).filter((c) => c.includes('expired'))).toEqual(['api-key-expired']);
  });

  it('endpoint unreachable', async () => {
    const port = await freePort();
    const result = await runOnlineChecks(config({ endpoint: `http://127.0.0.1:${port}` }));
    expect(codes(result)).toContain('bedrock-endpoint-unreachable');
  });

  it('endpoint name does not resolve', async () => {
    const result = await runOnlineChecks(config({ endpoint: 'http://bedrock-runtime.doctor-check.invalid:4010' }));
    expect(codes(result)).toContain('bedrock-endpoint-dns');
  });
});

describe('runOnlineChecks: credentials that cannot be produced', () => {
  it('a missing profile, in generated-key and IAM mode: a clear finding, later steps skipped, no secret', async () => {
    for (const source of ['generated-api-key', 'iam'] as const) {
      const result = await runOnlineChecks(
        config({ credentials: { source, iam: { profile: 'profile-that-does-not-exist' } } }),
      );
      const finding = result.findings[0];
      expect(finding?.code).toBe('iam-credentials-unavailable');
      expect(finding?.message.en).toContain('profile-that-does-not-exist');
      expect(result.steps.map((s) => s.status)).toEqual([
        'failed',
        'skipped',
        'skipped',
        'skipped',
        'skipped',
        'skipped',
        'ok',
        'ok',
        'ok',
      ]);
      expect(leakedSecrets(everythingShown(result), [FAKE_IAM.secretAccessKey])).toEqual([]);
    }
  });
});

describe('runOnlineChecks: Auth0 issuer', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.statusCode = 404;
      res.end('not here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('dev issuer not running', async () => {
    const cfg = config();
    const closed = await freePort();
    cfg.auth0 = { ...cfg.auth0, issuerBaseUrl: `http://localhost:${closed}`, devIdpPort: closed };
    const result = await runOnlineChecks(cfg);
    expect(result.findings.find((f) => f.code === 'auth0-dev-issuer-not-running')?.fix.en).toContain('pnpm dev');
  });

  it('tenant unreachable', async () => {
    const cfg = config();
    const closed = await freePort();
    cfg.auth0 = {
      ...cfg.auth0,
      mode: 'tenant',
      domain: `127.0.0.1:${closed}`,
      issuerBaseUrl: `http://127.0.0.1:${closed}`,
    };
    expect(codes(await runOnlineChecks(cfg))).toContain('auth0-issuer-unreachable');
  });

  it('tenant answers without an OpenID configuration', async () => {
    const cfg = config();
    cfg.auth0 = {
      ...cfg.auth0,
      mode: 'tenant',
      domain: `127.0.0.1:${port}`,
      issuerBaseUrl: `http://127.0.0.1:${port}`,
    };
    expect(codes(await runOnlineChecks(cfg))).toContain('auth0-discovery-invalid');
  });
});

describe('runOnlineChecks: no repeats of what @repo/config already said', () => {
  it('a long-term key is not announced twice when the config loader reported it', async () => {
    const cfg = config();
    cfg.findings = [
      {
        code: 'api-key-long-term',
        severity: 'info',
        variable: 'AWS_BEARER_TOKEN_BEDROCK',
        message: { ja: '長期キー', en: 'long-term key' },
        fix: { ja: '-', en: '-' },
        docs: 'troubleshooting/#api-key-long-term',
      },
    ];
    const result = await runOnlineChecks(cfg);
    expect(codes(result)).toEqual([]);
  });
});
