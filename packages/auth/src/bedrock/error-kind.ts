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
  | 'unknown';

interface Signals {
  status?: number;
  exception: string;
  message: string;
  network: boolean;
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
  const out: Signals = { exception: '', message: '', network: false };
  for (const item of chain(error)) {
    const status = item.statusCode ?? record(item.$metadata)?.httpStatusCode ?? item.status;
    if (out.status === undefined && typeof status === 'number') out.status = status;
    const headers = record(item.responseHeaders);
    const type = headers?.['x-amzn-errortype'] ?? item.type ?? (item.$fault ? item.name : undefined);
    if (!out.exception && typeof type === 'string') out.exception = type.split(':')[0] ?? '';
    for (const text of [item.message, item.responseBody]) if (typeof text === 'string') out.message += ` ${text}`;
    if (typeof item.code === 'string' && (NETWORK_ERROR_CODES.has(item.code) || DNS_ERROR_CODES.has(item.code)))
      out.network = true;
  }
  if (/fetch failed|socket hang up|other side closed|getaddrinfo/i.test(out.message)) out.network = true;
  return out;
}

export function bedrockErrorKind(error: unknown): BedrockErrorKind {
  const { status, exception, message, network } = signals(error);
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
  if (network && status === undefined) return 'unreachable';
  if (status !== undefined && status >= 500) return 'unavailable';
  if (/serviceunavailable|internalserver|modelstreamerror/.test(name)) return 'unavailable';
  return 'unknown';
}
