// Starts an emulator for a test file and gives the test the ways each client authenticates.
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { BedrockRuntimeClient, type BedrockRuntimeClientConfig } from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll } from 'vitest';
import { type EmulatorOptions, type RunningEmulator, startEmulator } from '../server.ts';
import type { Fault, RequestRecord } from '../state.ts';
import { IAM_USER_CREDENTIALS, LONG_TERM_KEY, shortTermKey } from './keys.ts';

/** The union of what `/_emulator/` endpoints answer. */
export interface ControlAnswer {
  status?: string;
  region?: string;
  requests: RequestRecord[];
  faults: Fault[];
  replies: unknown[];
  error?: { ja: string; en: string };
}

export type AuthMode = 'short-term key' | 'long-term key' | 'SigV4';
export const AUTH_MODES: readonly AuthMode[] = ['short-term key', 'long-term key', 'SigV4'];

export interface Harness {
  emulator: RunningEmulator;
  region: string;
  /** A valid short-term key for the emulator's region, generated for this run. */
  shortTermKey: string;
  secrets: string[];
  bearerFor(mode: AuthMode): string | undefined;
  runtime(mode: AuthMode, config?: Partial<BedrockRuntimeClientConfig>): BedrockRuntimeClient;
  control(mode: AuthMode): BedrockClient;
  api(path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; json: ControlAnswer }>;
}

/** Registers beforeAll/afterAll hooks; the returned object is filled once the emulator runs. */
export function useEmulator(options: EmulatorOptions = {}): Harness {
  const clients: { destroy(): void }[] = [];
  const harness = { secrets: [IAM_USER_CREDENTIALS.secretAccessKey, LONG_TERM_KEY] } as unknown as Harness;
  beforeAll(async () => {
    harness.emulator = await startEmulator({ port: 0, ...options });
    harness.region = harness.emulator.region;
    harness.shortTermKey = await shortTermKey(harness.region);
    harness.secrets.push(harness.shortTermKey);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await harness.emulator?.close();
  });
  harness.bearerFor = (mode) =>
    mode === 'short-term key' ? harness.shortTermKey : mode === 'long-term key' ? LONG_TERM_KEY : undefined;
  const auth = (mode: AuthMode) => {
    const token = harness.bearerFor(mode);
    return token
      ? { token: { token }, authSchemePreference: ['httpBearerAuth'] }
      : { credentials: IAM_USER_CREDENTIALS };
  };
  harness.runtime = (mode, config = {}) => {
    const client = new BedrockRuntimeClient({
      endpoint: harness.emulator.url,
      region: harness.region,
      ...auth(mode),
      ...config,
    });
    clients.push(client);
    return client;
  };
  harness.control = (mode) => {
    const client = new BedrockClient({ endpoint: harness.emulator.url, region: harness.region, ...auth(mode) });
    clients.push(client);
    return client;
  };
  harness.api = async (path, init = {}) => {
    const res = await fetch(`${harness.emulator.url}/_emulator/${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      ...(init.body !== undefined
        ? { body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } }
        : {}),
    });
    return { status: res.status, json: (await res.json()) as ControlAnswer };
  };
  return harness;
}

export const CLAUDE_PROFILE = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
/** Amazon Nova Lite runs on demand in us-east-1. */
export const NOVA_ON_DEMAND = 'amazon.nova-lite-v1:0';
/** Claude 3 Haiku reached its end of life on Bedrock (catalog: 2026-09-10). */
export const CLAUDE_END_OF_LIFE = 'anthropic.claude-3-haiku-20240307-v1:0';
export const TITAN_V1 = 'amazon.titan-embed-text-v1';
export const TITAN_V2 = 'amazon.titan-embed-text-v2:0';
export const COHERE_V3 = 'cohere.embed-multilingual-v3';

export const calculatorTool = {
  toolSpec: {
    name: 'calculator',
    description: 'Evaluate an arithmetic expression and return the number',
    inputSchema: {
      json: { type: 'object', properties: { expression: { type: 'string' } }, required: ['expression'] },
    },
  },
};
