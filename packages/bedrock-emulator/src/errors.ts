// Bedrock's error answers: status, `x-amzn-errortype` header and JSON body, as the SDKs parse them.

/** Exceptions the emulator can raise (from requests or from injected faults), with Bedrock's status codes. */
export const EXCEPTION_STATUS = {
  ValidationException: 400,
  AccessDeniedException: 403,
  ResourceNotFoundException: 404,
  ThrottlingException: 429,
  ModelNotReadyException: 429,
  ServiceQuotaExceededException: 400,
  ModelTimeoutException: 408,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
  ModelErrorException: 424,
  ModelStreamErrorException: 424,
  MissingAuthenticationTokenException: 403,
  UnrecognizedClientException: 403,
  InvalidSignatureException: 403,
  IncompleteSignatureException: 400,
  UnknownOperationException: 404,
} as const;

export type ExceptionName = keyof typeof EXCEPTION_STATUS;

export function isExceptionName(name: string): name is ExceptionName {
  return Object.hasOwn(EXCEPTION_STATUS, name);
}

const MALFORMED_INPUT = 'Malformed input request, please reformat your input and try again.';

/** Default messages, close to what Bedrock says, for faults injected without a message. */
export const DEFAULT_MESSAGES: Record<ExceptionName, string> = {
  ValidationException: MALFORMED_INPUT,
  AccessDeniedException: "You don't have access to the model with the specified model ID.",
  ResourceNotFoundException: 'The requested resource could not be found.',
  ThrottlingException: 'Too many requests, please wait before trying again.',
  ModelNotReadyException: 'Model is not ready for inference. Wait and try your request again.',
  ServiceQuotaExceededException: 'Your request exceeds the service quota for your account.',
  ModelTimeoutException: 'Model has timed out in processing the request. Try your request again.',
  InternalServerException: 'The system encountered an unexpected error during processing. Try your request again.',
  ServiceUnavailableException: 'Bedrock is unable to process your request.',
  ModelErrorException: 'The model returned an error while processing the request.',
  ModelStreamErrorException: 'The model stream failed while processing the request.',
  MissingAuthenticationTokenException: 'Missing Authentication Token',
  UnrecognizedClientException: 'The security token included in the request is invalid.',
  InvalidSignatureException: 'The request signature we calculated does not match the signature you provided.',
  IncompleteSignatureException: 'Authorization header requires existence of either a X-Amz-Date or a Date header.',
  UnknownOperationException: 'The requested operation is not recognized by the service.',
};

/**
 * An error answer. `name` becomes `x-amzn-errortype` unless `bareAuthFailure` is set: Bedrock's
 * API-key authentication failures come back as a 403 with only a capitalised `Message` field.
 */
export class BedrockError extends Error {
  readonly status: number;
  constructor(
    readonly exception: ExceptionName,
    message: string = DEFAULT_MESSAGES[exception],
    readonly bareAuthFailure = false,
  ) {
    super(message);
    this.status = EXCEPTION_STATUS[exception];
  }

  headers(): Record<string, string> {
    return this.bareAuthFailure
      ? {}
      : { 'x-amzn-errortype': `${this.exception}:http://internal.amazon.com/coral/com.amazon.bedrock/` };
  }

  body(): string {
    return JSON.stringify(this.bareAuthFailure ? { Message: this.message } : { message: this.message });
  }
}

export const validation = (message: string) => new BedrockError('ValidationException', message);

/** Bedrock's answer to a body it cannot read; `detail` says where, as its schema validator does for native bodies. */
export const malformed = (detail?: string) =>
  validation(
    detail ? `Malformed input request: ${detail}, please reformat your input and try again.` : MALFORMED_INPUT,
  );

export const INVALID_MODEL_ID = 'The provided model identifier is invalid.';
