// The one Bedrock error classifier: whatever a Bedrock client threw, mapped to what went wrong, by what Bedrock
// answered (status, exception name, message). Duck-typed so it reads the AI SDK's APICallError / stream errors,
// the AWS SDK's service exceptions (LangChain passes them through) and Node's network errors alike. Both
// samples' chat routes report these kinds as their error codes; doctor uses the same network code sets.

/** What went wrong with a Bedrock call, coarse enough to tell a chat user what to do. */
export type BedrockErrorKind =
  | 'throttled'
  | 'access-denied'
  | 'model-not-enabled'
  | 'invalid-model'
  | 'expired-key'
  | 'invalid-key'
  | 'unreachable'
  | 'unavailable'
  | 'invalid-request'
  | 'disconnected'
  | 'stalled'
  | 'unknown';

interface Signals {
  status?: number;
  exception: string;
  message: string;
  network: boolean;
  /** A connection that was made, then broke (as opposed to one never made). */
  broken: boolean;
  /** A client's idle watchdog gave up waiting for the next part of the answer. */
  stalled: boolean;
}

/** Node and undici codes of a connection that failed or broke (the endpoint was never answered). */
export const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_HTTP2_ERROR',
  'ERR_HTTP2_STREAM_ERROR',
  'ERR_HTTP2_SESSION_ERROR',
  'ERR_HTTP2_GOAWAY_SESSION',
]);

/** Of those, the codes of a connection that was open and then broke (mid-answer, typically). */
const BROKEN_CONNECTION_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'ERR_HTTP2_STREAM_ERROR',
  'ERR_HTTP2_SESSION_ERROR',
  'ERR_HTTP2_GOAWAY_SESSION',
]);

/**
 * Bedrock's stream ended without its closing `messageStop` event: the connection went away between two events
 * (an HTTP/2 session whose socket closes ends its streams without an error, so the client sees a short answer).
 */
export class IncompleteStreamError extends Error {
  override readonly name = 'IncompleteStreamError';
  constructor() {
    super("Amazon Bedrock's answer stream ended before its messageStop event (the connection went away).");
  }
}

/** Codes of a host name that did not resolve. */
export const DNS_ERROR_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

/** Errors wrap errors (RetryError.lastError, cause, AggregateError.errors): collect the chain. */
function chain(error: unknown): Record<string, unknown>[] {
  const seen: Record<string, unknown>[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.length < 10) {
    const item = record(queue.shift());
    if (!item || seen.includes(item)) continue;
    seen.push(item);
    queue.push(item.lastError, item.cause);
    if (Array.isArray(item.errors)) queue.push(...item.errors.slice(-3));
  }
  return seen;
}

function signals(error: unknown): Signals {
  const out: Signals = { exception: '', message: '', network: false, broken: false, stalled: false };
  for (const item of chain(error)) {
    const status = item.statusCode ?? record(item.$metadata)?.httpStatusCode ?? item.status;
    if (out.status === undefined && typeof status === 'number') out.status = status;
    const headers = record(item.responseHeaders);
    const type = headers?.['x-amzn-errortype'] ?? item.type ?? (item.$fault ? item.name : undefined);
    if (!out.exception && typeof type === 'string') out.exception = type.split(':')[0] ?? '';
    for (const text of [item.message, item.responseBody]) if (typeof text === 'string') out.message += ` ${text}`;
    if (!out.exception && typeof item.name === 'string' && /^[A-Z]\w+Exception$/.test(item.name))
      out.exception = item.name;
    if (typeof item.code === 'string' && (NETWORK_ERROR_CODES.has(item.code) || DNS_ERROR_CODES.has(item.code)))
      out.network = true;
    if (typeof item.code === 'string' && BROKEN_CONNECTION_CODES.has(item.code)) out.broken = true;
    // undici's TypeError('terminated'): the response body's connection closed before its end.
    if (item.name === 'IncompleteStreamError' || (item.name === 'TypeError' && item.message === 'terminated'))
      out.broken = true;
    // LangChain's streamIdleTimeout (lc_error_code) and the AI SDK's chunk timeouts (a TimeoutError abort reason).
    if (item.lc_error_code === 'MODEL_STREAM_TIMEOUT' || item.name === 'TimeoutError') out.stalled = true;
  }
  if (/fetch failed|socket hang up|other side closed|getaddrinfo/i.test(out.message)) out.network = true;
  if (/socket hang up|other side closed|stream closed with error code/i.test(out.message)) out.broken = true;
  return out;
}

export function bedrockErrorKind(error: unknown): BedrockErrorKind {
  const { status, exception, message, network, broken, stalled } = signals(error);
  const name = exception.toLowerCase();
  if (
    /throttling|modelnotready|toomanyrequests/.test(name) ||
    status === 429 ||
    /too many (requests|tokens)/i.test(message)
  )
    return 'throttled';
  if (/expired/i.test(message) && (status === 403 || status === 401 || /accessdenied|expired/.test(name)))
    return 'expired-key';
  if (/don't have access to the model|do not have access to the model|access to the model|model access/i.test(message))
    return 'model-not-enabled';
  if (
    /invalid api key|invalid bearer|security token included in the request is invalid|unrecognizedclient|invalidsignature|signature.*does not match|authentication failed/i.test(
      `${name} ${message}`,
    )
  )
    return 'invalid-key';
  if (status === 403 || status === 401 || /accessdenied/.test(name) || /not authorized to perform/i.test(message))
    return 'access-denied';
  if (/model identifier is invalid|on-demand throughput|inference profile|resourcenotfound/i.test(`${name} ${message}`))
    return 'invalid-model';
  if (stalled) return 'stalled';
  if (broken && status === undefined) return 'disconnected';
  if (network && status === undefined) return 'unreachable';
  if (status !== undefined && status >= 500) return 'unavailable';
  if (/serviceunavailable|internalserver|modelstreamerror/.test(name)) return 'unavailable';
  if (/validationexception/.test(name)) return 'invalid-request';
  return 'unknown';
}
