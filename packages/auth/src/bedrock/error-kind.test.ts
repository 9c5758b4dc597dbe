// What Bedrock answers, as the AI SDK and the AWS SDK surface it (shapes taken from their error classes and
// the messages in Bedrock's documentation); the integration tests drive the same paths through the emulator.
import { describe, expect, it } from 'vitest';
import { bedrockErrorKind, IncompleteStreamError } from './error-kind.ts';

function apiCallError(statusCode: number, errorType: string, message: string) {
  return Object.assign(new Error(message), {
    name: 'AI_APICallError',
    statusCode,
    responseHeaders: { 'x-amzn-errortype': `${errorType}:http://internal.amazon.com/coral/com.amazon.bedrock/` },
    responseBody: JSON.stringify({ message }),
  });
}

function awsSdkError(name: string, status: number, message: string) {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: status } });
}

describe('bedrockErrorKind', () => {
  it('throttling, also after the AI SDK gave up retrying', () => {
    const throttled = apiCallError(429, 'ThrottlingException', 'Too many requests, please wait before trying again.');
    expect(bedrockErrorKind(throttled)).toBe('throttled');
    const retryError = Object.assign(new Error('Failed after 3 attempts.'), {
      name: 'AI_RetryError',
      lastError: throttled,
      errors: [throttled, throttled, throttled],
    });
    expect(bedrockErrorKind(retryError)).toBe('throttled');
    expect(bedrockErrorKind(awsSdkError('ThrottlingException', 429, 'Rate exceeded'))).toBe('throttled');
  });

  it('a throttling exception inside the stream', () => {
    const streamError = Object.assign(new Error('Too many tokens'), { type: 'throttlingException', statusCode: 429 });
    expect(bedrockErrorKind(streamError)).toBe('throttled');
  });

  it('model access not granted', () => {
    const error = apiCallError(
      403,
      'AccessDeniedException',
      "You don't have access to the model with the specified model ID.",
    );
    expect(bedrockErrorKind(error)).toBe('model-not-enabled');
  });

  it('missing permission', () => {
    const error = apiCallError(
      403,
      'AccessDeniedException',
      'User: arn:aws:iam::123456789012:user/BedrockAPIKey-demo is not authorized to perform: bedrock:CallWithBearerToken on resource: *',
    );
    expect(bedrockErrorKind(error)).toBe('access-denied');
  });

  it('expired key', () => {
    expect(bedrockErrorKind(apiCallError(403, 'AccessDeniedException', 'Bearer Token has expired'))).toBe(
      'expired-key',
    );
    expect(
      bedrockErrorKind(
        awsSdkError('ExpiredTokenException', 403, 'The security token included in the request is expired'),
      ),
    ).toBe('expired-key');
  });

  it('invalid key', () => {
    expect(
      bedrockErrorKind(
        awsSdkError('UnrecognizedClientException', 403, 'The security token included in the request is invalid.'),
      ),
    ).toBe('invalid-key');
  });

  it('invalid model ID and on-demand throughput', () => {
    expect(
      bedrockErrorKind(apiCallError(400, 'ValidationException', 'The provided model identifier is invalid.')),
    ).toBe('invalid-model');
    expect(
      bedrockErrorKind(
        apiCallError(
          400,
          'ValidationException',
          "Invocation of model ID anthropic.claude-sonnet-4-5-20250929-v1:0 with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.",
        ),
      ),
    ).toBe('invalid-model');
  });

  it('service errors and an unreachable endpoint', () => {
    expect(bedrockErrorKind(apiCallError(503, 'ServiceUnavailableException', 'Service unavailable'))).toBe(
      'unavailable',
    );
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4010'), { code: 'ECONNREFUSED' }),
    });
    expect(bedrockErrorKind(refused)).toBe('unreachable');
    const dns = Object.assign(
      new Error('Cannot connect to API: getaddrinfo ENOTFOUND bedrock-runtime.xx-east-9.amazonaws.com'),
      {
        name: 'AI_APICallError',
        cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
      },
    );
    expect(bedrockErrorKind(dns)).toBe('unreachable');
  });

  it('a request Bedrock refuses as invalid, before or inside the stream', () => {
    const malformed = 'Malformed input request, please reformat your input and try again.';
    expect(bedrockErrorKind(apiCallError(400, 'ValidationException', malformed))).toBe('invalid-request');
    expect(bedrockErrorKind(awsSdkError('ValidationException', 400, malformed))).toBe('invalid-request');
    // The AI SDK's StreamProviderError for an exception event; the AWS SDK's exception from the event stream.
    const inStream = Object.assign(new Error(malformed), {
      name: 'AI_StreamProviderError',
      type: 'validationException',
    });
    expect(bedrockErrorKind(inStream)).toBe('invalid-request');
    expect(bedrockErrorKind(Object.assign(new Error(malformed), { name: 'ValidationException' }))).toBe(
      'invalid-request',
    );
  });

  it('a connection that breaks mid-answer is disconnected, not unreachable', () => {
    // undici (the AI SDK's fetch) when the socket closes inside the body.
    const terminated = Object.assign(new TypeError('terminated'), {
      cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
    });
    expect(bedrockErrorKind(terminated)).toBe('disconnected');
    // The AWS SDK's HTTP/2 handler when the stream is reset.
    const reset = Object.assign(new Error('Stream closed with error code NGHTTP2_INTERNAL_ERROR'), {
      code: 'ERR_HTTP2_STREAM_ERROR',
    });
    expect(bedrockErrorKind(reset)).toBe('disconnected');
    expect(bedrockErrorKind(new IncompleteStreamError())).toBe('disconnected');
    expect(bedrockErrorKind(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe('disconnected');
  });

  it("a client's idle watchdog giving up is stalled", () => {
    // @langchain/aws streamIdleTimeout.
    const langchain = Object.assign(
      new Error('Bedrock Converse timed out after 30000 ms while waiting for the next chunk.'),
      { lc_error_code: 'MODEL_STREAM_TIMEOUT' },
    );
    expect(bedrockErrorKind(langchain)).toBe('stalled');
    // The AI SDK's firstChunkMs / chunkMs abort reason.
    expect(bedrockErrorKind(new DOMException('Chunk timeout of 30000ms exceeded', 'TimeoutError'))).toBe('stalled');
  });

  it('anything else is unknown', () => {
    expect(bedrockErrorKind(new Error('boom'))).toBe('unknown');
    expect(bedrockErrorKind('a string')).toBe('unknown');
    expect(bedrockErrorKind(undefined)).toBe('unknown');
  });
});
