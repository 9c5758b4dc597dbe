// OpenFGA's error answers: `{ code, message }` with the code's name from openfga/api's errors_ignore.proto and the
// HTTP status OpenFGA's encoded errors give its number range (1xxx 401, 2xxx 400, 4xxx 500, 5xxx 404).

/** The codes dev-fga answers with, and their numbers in openfga/api (the conformance suite asserts the numbers). */
export const ERROR_CODES = {
  auth_failed_invalid_bearer_token: 1005,
  auth_failed_invalid_audience: 1002,
  auth_failed_invalid_issuer: 1003,
  unauthenticated: 1500,
  bearer_token_missing: 1010,
  validation_error: 2000,
  authorization_model_not_found: 2001,
  authorization_model_resolution_too_complex: 2002,
  invalid_write_input: 2003,
  cannot_allow_duplicate_tuples_in_one_request: 2004,
  invalid_continuation_token: 2007,
  write_failed_due_to_invalid_input: 2017,
  latest_authorization_model_not_found: 2020,
  type_not_found: 2021,
  relation_not_found: 2022,
  invalid_tuple: 2027,
  page_size_invalid: 2039,
  exceeded_entity_limit: 2053,
  invalid_authorization_model: 2056,
  unsupported_schema_version: 2057,
  internal_error: 4000,
  undefined_endpoint: 5000,
  store_id_not_found: 5002,
  unimplemented: 5004,
} as const;

export type ErrorCodeName = keyof typeof ERROR_CODES;

export class FgaError extends Error {
  constructor(
    readonly code: ErrorCodeName,
    message: string,
  ) {
    super(message);
    this.name = 'FgaError';
  }

  get number(): number {
    return ERROR_CODES[this.code];
  }

  get status(): number {
    const n = this.number;
    if (n < 2000) return 401;
    if (n < 3000) return 400;
    if (n < 5000) return 500;
    return 404;
  }

  toJSON(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

export const validation = (message: string) => new FgaError('validation_error', message);

export const typeNotFound = (type: string) => new FgaError('type_not_found', `type '${type}' not found`);

export const relationNotFound = (type: string, relation: string, tuple?: string) =>
  new FgaError('relation_not_found', `relation '${type}#${relation}' not found${tuple ? ` for tuple '${tuple}'` : ''}`);

export const invalidTuple = (tuple: string, reason: string) =>
  new FgaError('invalid_tuple', `Invalid tuple '${tuple}'. Reason: ${reason}`);

export const tooComplex = () =>
  new FgaError(
    'authorization_model_resolution_too_complex',
    'Authorization Model resolution required too many rewrite rules to be resolved. Check your authorization model for infinite recursion or too much nesting',
  );
