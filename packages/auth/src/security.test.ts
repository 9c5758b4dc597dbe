// Known secrets through every failure path of every factory: no error, log line or output may contain them.
import { inspect } from 'node:util';
import { ListFoundationModelsCommand } from '@aws-sdk/client-bedrock';
import { ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import type { BedrockCredentials, Config } from '@repo/config';
import { inspectApiKey } from '@repo/config';
import { freePort, leakedSecrets } from '@repo/testing';
import { embed, generateText, streamText } from 'ai';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bedrockProvider } from './bedrock/ai-sdk.ts';
import { bedrockClient, bedrockRuntimeClient } from './bedrock/aws-sdk.ts';
import { bedrockAuth } from './bedrock/credentials.ts';
import { chatModel, embeddings } from './bedrock/langchain.ts';
import { bedrockPolicyForConfig } from './policy.ts';
import { isolateAwsEnv } from './testing/aws-env.ts';
import { testConfig } from './testing/config.ts';
import { injectFault, resetEmulator } from './testing/emulator.ts';
import { fakeLongTermKey, fakeShortTermKey } from './testing/fake-keys.ts';

const LONG_TERM = fakeLongTermKey('BedrockAPIKey-leak', '123456789012', 'Zp4Xq8Lm2Vt6Rk9Wn3Hs7Jd1Fb5Gc0Ya');
const SHORT_TERM = fakeShortTermKey({ region: 'us-east-1', salt: 'beef' });
const BROKEN = `ABSK${btoa('Xv8Qm3Lz7Kp2Wr9Tn4Hb6Jc1Fd5Gs0Ya')}`;
const IAM = {
  accessKeyId: 'AKIALEAKCANARY000001',
  // Random-looking on purpose: a canary made of words would match innocent text ("secretAccessKey").
  secretAccessKey: 'Qz7vK2mX9pL4wR8tY1nB6cJ3hF5gD0sA/eU+iO7q',
  sessionToken: 'FQoGZXIvYXdzEXAMPLEqz7vK2mX9pL4wR8tY1nB6cJ3hF5gD0sAeU',
};
const SECRETS = [LONG_TERM, SHORT_TERM, BROKEN, IAM.secretAccessKey, IAM.sessionToken, IAM.accessKeyId];

let emulator: RunningEmulator;
let restoreEnv: () => void;
const output: string[] = [];

beforeAll(async () => {
  restoreEnv = isolateAwsEnv().restore;
  emulator = await startEmulator({ port: 0 });
  // Everything the code under test prints goes through these.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      output.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 8 }))).join(' '));
    });
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await emulator?.close();
  restoreEnv?.();
  expect(leakedSecrets(output.join('\n'), SECRETS)).toEqual([]);
});
afterEach(async () => {
  await resetEmulator(emulator.url);
});

/** Every way an error can end up in a log: message, stack, inspect (with hidden fields), JSON, causes. */
function everythingAbout(error: unknown): string {
  const parts = [String(error), inspect(error, { depth: 10, showHidden: true })];
  if (error && typeof error === 'object') {
    const e = error as Record<string, unknown>;
    parts.push(String(e.stack ?? ''));
    try {
      parts.push(JSON.stringify(error, Object.getOwnPropertyNames(error)));
    } catch {}
    if (e.cause) parts.push(everythingAbout(e.cause));
  }
  return parts.join('\n');
}

async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return everythingAbout(error);
  }
  throw new Error('expected a failure');
}

/** Every SDK call that can fail, for one config. */
function calls(cfg: Config): [string, () => Promise<unknown>][] {
  const message = [{ role: 'user' as const, content: [{ text: 'Hello' }] }];
  return [
    [
      'runtime Converse',
      () =>
        bedrockRuntimeClient(cfg, { maxAttempts: 1 }).send(
          new ConverseCommand({ modelId: cfg.bedrock.chatModelId, messages: message }),
        ),
    ],
    ['control plane', () => bedrockClient(cfg, { maxAttempts: 1 }).send(new ListFoundationModelsCommand({}))],
    [
      'AI SDK generateText',
      () => generateText({ model: bedrockProvider(cfg)(cfg.bedrock.chatModelId), prompt: 'Hello', maxRetries: 0 }),
    ],
    [
      'AI SDK embed',
      () => embed({ model: bedrockProvider(cfg).embedding(cfg.bedrock.embeddingModelId), value: 'x', maxRetries: 0 }),
    ],
    [
      'runtime ConverseStream',
      async () => {
        const out = await bedrockRuntimeClient(cfg, { maxAttempts: 1 }).send(
          new ConverseStreamCommand({ modelId: cfg.bedrock.chatModelId, messages: message }),
        );
        for await (const _event of out.stream ?? []);
      },
    ],
    [
      'AI SDK streamText',
      async () => {
        let failure: unknown;
        const result = streamText({
          model: bedrockProvider(cfg)(cfg.bedrock.chatModelId),
          prompt: 'Hello',
          maxRetries: 0,
          onError: ({ error }) => {
            failure = error;
          },
        });
        await result.consumeStream();
        if (failure) throw failure;
      },
    ],
    ['LangChain chat', () => chatModel(cfg, { maxRetries: 0 }).invoke('Hello')],
    [
      'LangChain stream',
      async () => {
        for await (const _chunk of await chatModel(cfg, { maxRetries: 0 }).stream('Hello'));
      },
    ],
    ['LangChain embeddings', () => embeddings(cfg, { maxRetries: 0 }).embedQuery('x')],
  ];
}

const credentialModes: [string, BedrockCredentials][] = [
  ['long-term key', { source: 'api-key', apiKey: LONG_TERM, keyKind: 'long-term' }],
  ['short-term key', { source: 'api-key', apiKey: SHORT_TERM, keyKind: 'short-term' }],
  ['generated key', { source: 'generated-api-key', iam: IAM }],
  ['IAM', { source: 'iam', iam: IAM }],
];

describe('no secret in any failure', () => {
  const faults = [
    { exception: 'AccessDeniedException', message: "You don't have access to the model with the specified model ID." },
    { exception: 'ThrottlingException', message: 'Too many requests, please wait before trying again.' },
    { exception: 'ServiceUnavailableException', message: 'Bedrock is unable to process your request.' },
    { exception: 'ValidationException', message: 'The provided model identifier is invalid.' },
    {
      exception: 'UnrecognizedClientException',
      message: 'Authentication failed: Please make sure your API Key is valid.',
    },
  ];
  for (const [mode, credentials] of credentialModes) {
    it(`${mode}: Bedrock errors from every SDK`, async () => {
      const cfg = testConfig({ endpoint: emulator.url, credentials });
      for (const fault of faults) {
        for (const [name, run] of calls(cfg)) {
          await injectFault(emulator.url, { ...fault, count: 10 });
          const text = await failure(run);
          expect(leakedSecrets(text, SECRETS), `${mode} / ${fault.exception} / ${name}`).toEqual([]);
          // It failed for the right reason (not, say, a bug in the redaction itself).
          expect(text, `${mode} / ${fault.exception} / ${name}`).toContain(fault.message.slice(0, 20));
          await resetEmulator(emulator.url);
        }
      }
    }, 60_000);

    it(`${mode}: a stream that fails midway`, async () => {
      const cfg = testConfig({ endpoint: emulator.url, credentials });
      const streaming = calls(cfg).filter(([name]) => /stream/i.test(name));
      expect(streaming).toHaveLength(3);
      for (const [name, run] of streaming) {
        await injectFault(emulator.url, {
          operation: 'converse-stream',
          exception: 'ThrottlingException',
          message: 'Too many tokens, please wait before trying again.',
          afterEvents: 2,
          count: 10,
        });
        const text = await failure(run);
        expect(leakedSecrets(text, SECRETS), `${mode} / ${name}`).toEqual([]);
        await resetEmulator(emulator.url);
      }
    }, 60_000);

    it(`${mode}: endpoint unreachable`, async () => {
      const cfg = testConfig({ endpoint: `http://127.0.0.1:${await freePort()}`, credentials });
      for (const [name, run] of calls(cfg)) {
        expect(leakedSecrets(await failure(run), SECRETS), `${mode} / ${name}`).toEqual([]);
      }
    }, 60_000);
  }

  it('a key the emulator rejects as malformed', async () => {
    const cfg = testConfig({
      endpoint: emulator.url,
      credentials: { source: 'api-key', apiKey: BROKEN, keyKind: 'long-term' },
    });
    for (const [name, run] of calls(cfg)) expect(leakedSecrets(await failure(run), SECRETS), name).toEqual([]);
  }, 60_000);

  it('IAM credentials that cannot be loaded, in generated-key and IAM mode', async () => {
    for (const source of ['generated-api-key', 'iam'] as const) {
      const cfg = testConfig({ endpoint: emulator.url, credentials: { source, iam: { profile: 'no-such-profile' } } });
      for (const [name, run] of calls(cfg))
        expect(leakedSecrets(await failure(run), SECRETS), `${source} / ${name}`).toEqual([]);
    }
  }, 60_000);

  it('the objects themselves: clients, providers, models, auth, inspection and policy', () => {
    for (const [, credentials] of credentialModes) {
      const cfg = testConfig({ endpoint: emulator.url, credentials });
      const texts = [
        inspect(bedrockRuntimeClient(cfg), { depth: 4 }),
        inspect(bedrockClient(cfg), { depth: 4 }),
        inspect(bedrockAuth(cfg), { depth: 6 }),
        inspect(chatModel(cfg), { depth: 3 }),
        inspect(embeddings(cfg), { depth: 3 }),
        JSON.stringify(bedrockPolicyForConfig(cfg)),
      ];
      expect(leakedSecrets(texts.join('\n'), SECRETS)).toEqual([]);
    }
    for (const key of [LONG_TERM, SHORT_TERM, BROKEN]) {
      expect(leakedSecrets(JSON.stringify(inspectApiKey(key, { region: 'us-west-2' })), SECRETS)).toEqual([]);
    }
  });
});
