// What tests control through `/_emulator/`: injected faults, queued replies and the request log.
import type { Localized } from '@repo/config';
import type { CallerIdentity } from './auth.ts';
import { type ExceptionName, isExceptionName } from './errors.ts';
import type { QueuedReply } from './model/chat.ts';

export const OPERATIONS = [
  'converse',
  'converse-stream',
  'invoke',
  'invoke-stream',
  'count-tokens',
  'list-foundation-models',
  'get-foundation-model',
  'list-inference-profiles',
  'get-inference-profile',
] as const;
export type Operation = (typeof OPERATIONS)[number];

export const STREAMING_OPERATIONS: ReadonlySet<Operation> = new Set(['converse-stream', 'invoke-stream']);

export interface Fault {
  operation?: Operation;
  model?: string;
  /** How many more matching requests this fault applies to. */
  remaining: number;
  exception?: ExceptionName;
  message?: string;
  afterEvents?: number;
  disconnect?: boolean;
  delayMs?: number;
}

export interface RequestRecord {
  requestId: string;
  time: string;
  operation: Operation;
  model?: string;
  protocol: 'http/1.1' | 'h2';
  auth: CallerIdentity;
  status?: number;
  error?: string;
}

const MAX_RECORDS = 500;
const MAX_QUEUE = 1000;
const MAX_FAULTS = 1000;

/** A bilingual complaint about a control request. */
export type ControlProblem = Localized;

function problem(ja: string, en: string): ControlProblem {
  return { ja, en };
}

const UNKNOWN_OPERATION = problem(
  `operation が不正です。次のいずれかを指定してください: ${OPERATIONS.join(', ')}`,
  `"operation" must be one of: ${OPERATIONS.join(', ')}.`,
);

export function parseFault(input: unknown): Fault | ControlProblem {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return problem('フォルトは JSON オブジェクトで指定してください。', 'Send the fault as a JSON object.');
  }
  const f = input as Record<string, unknown>;
  const known = new Set([
    'operation',
    'model',
    'count',
    'exception',
    'message',
    'afterEvents',
    'disconnect',
    'delayMs',
  ]);
  const unknown = Object.keys(f).filter((k) => !known.has(k));
  if (unknown.length) {
    return problem(
      `不明なフィールドがあります: ${unknown.join(', ')}。使えるのは ${[...known].join(', ')} です。`,
      `Unknown field(s): ${unknown.join(', ')}. Allowed: ${[...known].join(', ')}.`,
    );
  }
  if (f.operation !== undefined && !OPERATIONS.includes(f.operation as Operation)) {
    return UNKNOWN_OPERATION;
  }
  if (f.model !== undefined && (typeof f.model !== 'string' || !f.model)) {
    return problem('model はモデル ID か "*" の文字列で指定してください。', '"model" must be a model ID or "*".');
  }
  if (f.exception !== undefined && (typeof f.exception !== 'string' || !isExceptionName(f.exception))) {
    return problem(
      'exception は ThrottlingException などの Bedrock の例外名で指定してください。',
      '"exception" must be a Bedrock exception name such as ThrottlingException.',
    );
  }
  for (const key of ['count', 'afterEvents', 'delayMs'] as const) {
    const v = f[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 3_600_000)) {
      return problem(`${key} は 0 以上の整数で指定してください。`, `"${key}" must be a non-negative integer.`);
    }
  }
  if (f.message !== undefined && typeof f.message !== 'string') {
    return problem('message は文字列で指定してください。', '"message" must be a string.');
  }
  if (f.disconnect !== undefined && typeof f.disconnect !== 'boolean') {
    return problem('disconnect は true か false で指定してください。', '"disconnect" must be true or false.');
  }
  if (f.exception === undefined && !f.disconnect && f.delayMs === undefined) {
    return problem(
      'exception、disconnect、delayMs のどれかを指定してください。',
      'Give at least one of "exception", "disconnect" or "delayMs".',
    );
  }
  return {
    ...(f.operation !== undefined ? { operation: f.operation as Operation } : {}),
    ...(f.model !== undefined && f.model !== '*' ? { model: f.model as string } : {}),
    remaining: (f.count as number | undefined) ?? 1,
    ...(f.exception !== undefined ? { exception: f.exception as ExceptionName } : {}),
    ...(f.message !== undefined ? { message: f.message as string } : {}),
    ...(f.afterEvents !== undefined ? { afterEvents: f.afterEvents as number } : {}),
    ...(f.disconnect ? { disconnect: true } : {}),
    ...(f.delayMs !== undefined ? { delayMs: f.delayMs as number } : {}),
  };
}

export function parseQueuedReply(input: unknown): QueuedReply | ControlProblem {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return problem('応答は JSON オブジェクトで指定してください。', 'Send the reply as a JSON object.');
  }
  const r = input as Record<string, unknown>;
  if (r.text !== undefined && typeof r.text !== 'string') {
    return problem('text は文字列で指定してください。', '"text" must be a string.');
  }
  if (r.model !== undefined && typeof r.model !== 'string') {
    return problem('model は文字列で指定してください。', '"model" must be a string.');
  }
  if (r.operation !== undefined && !OPERATIONS.includes(r.operation as Operation)) {
    return UNKNOWN_OPERATION;
  }
  const calls = r.toolCalls;
  const validCalls =
    calls === undefined ||
    (Array.isArray(calls) &&
      calls.every(
        (c) =>
          typeof c === 'object' &&
          c !== null &&
          typeof (c as { name?: unknown }).name === 'string' &&
          ((c as { input?: unknown }).input === undefined ||
            (typeof (c as { input?: unknown }).input === 'object' && (c as { input?: unknown }).input !== null)),
      ));
  if (!validCalls) {
    return problem(
      'toolCalls は { "name": 文字列, "input": オブジェクト } の配列で指定してください。',
      '"toolCalls" must be an array of { "name": string, "input": object }.',
    );
  }
  if (r.text === undefined && calls === undefined) {
    return problem('text か toolCalls を指定してください。', 'Give "text", "toolCalls" or both.');
  }
  return {
    ...(typeof r.model === 'string' && r.model !== '*' ? { model: r.model } : {}),
    ...(r.operation !== undefined ? { operation: r.operation as string } : {}),
    ...(r.text !== undefined ? { text: r.text as string } : {}),
    ...(calls !== undefined ? { toolCalls: calls as QueuedReply['toolCalls'] } : {}),
  };
}

export function isProblem(value: unknown): value is ControlProblem {
  return typeof value === 'object' && value !== null && 'ja' in value && 'en' in value;
}

export class EmulatorState {
  private faults: Fault[] = [];
  private queue: QueuedReply[] = [];
  private records: RequestRecord[] = [];

  addFault(fault: Fault): void {
    if (this.faults.length >= MAX_FAULTS) this.faults.shift();
    this.faults.push(fault);
  }
  clearFaults(): void {
    this.faults = [];
  }
  listFaults(): readonly Fault[] {
    return this.faults;
  }

  /** The first fault matching this request, counted as used. */
  takeFault(operation: Operation, model: string | undefined): Fault | undefined {
    const index = this.faults.findIndex(
      (f) =>
        f.remaining > 0 &&
        (f.operation === undefined || f.operation === operation) &&
        (f.model === undefined || f.model === model) &&
        // A fault that acts inside a stream only makes sense for streaming operations.
        (f.afterEvents === undefined || STREAMING_OPERATIONS.has(operation)),
    );
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault;
  }

  enqueue(reply: QueuedReply): void {
    if (this.queue.length >= MAX_QUEUE) this.queue.shift();
    this.queue.push(reply);
  }
  queued(): readonly QueuedReply[] {
    return this.queue;
  }
  takeReply(operation: Operation, model: string): QueuedReply | undefined {
    const index = this.queue.findIndex(
      (r) => (r.model === undefined || r.model === model) && (r.operation === undefined || r.operation === operation),
    );
    if (index < 0) return undefined;
    return this.queue.splice(index, 1)[0];
  }

  record(entry: RequestRecord): void {
    if (this.records.length >= MAX_RECORDS) this.records.shift();
    this.records.push(entry);
  }
  requests(): readonly RequestRecord[] {
    return this.records;
  }

  reset(): void {
    this.faults = [];
    this.queue = [];
    this.records = [];
  }
}
