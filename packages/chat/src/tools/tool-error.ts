// The errors our tools throw on purpose: written to be read by the model and by the user on the tool's card.

export class ToolError extends Error {
  override name = 'ToolError';
  /** A mark rather than `instanceof`, which fails when a bundle or a test holds two copies of this module. */
  readonly toolError = true;
}

export function isToolError(error: unknown): error is ToolError {
  return error instanceof Error && (error as { toolError?: unknown }).toolError === true;
}
