// Which model a request names, with the errors Bedrock gives for IDs it cannot invoke in this region.
import { invocability, lifecycleOn, type ModelEntry } from '@repo/config/models';
import { BedrockError, INVALID_MODEL_ID, validation } from '../errors.ts';

export interface ResolvedModel {
  /** The ID as the request gave it (profile ID, base ID or ARN). */
  requested: string;
  /** Catalog entry; undefined for account resources the emulator cannot see (application profiles, provisioned models). */
  entry?: ModelEntry;
}

/**
 * `counting`: CountTokens names "the foundation model" (API reference), so a profile-only model's base ID is
 * fine there: nothing runs on demand.
 */
export function resolveModel(requested: string, region: string, day: string, counting = false): ResolvedModel {
  const result = invocability(requested, region);
  if (counting && result.status === 'needs-profile') return { requested, entry: result.model };
  switch (result.status) {
    case 'ok':
      if (result.model && lifecycleOn(result.model, day, region) === 'end-of-life') {
        throw new BedrockError(
          'ResourceNotFoundException',
          'This model version has reached the end of its life. Please refer to the AWS documentation for more details.',
        );
      }
      return { requested, ...(result.model ? { entry: result.model } : {}) };
    case 'needs-profile':
      throw validation(
        `Invocation of model ID ${result.model.id} with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.`,
      );
    case 'profile-wrong-region':
    case 'not-in-region':
    case 'unknown':
      throw new BedrockError('ValidationException', INVALID_MODEL_ID);
  }
}

/** Converse and ConverseStream only talk to chat models. */
export function requireChatModel(model: ResolvedModel, streaming: boolean): void {
  if (model.entry?.kind === 'embedding') {
    throw validation(
      "This action doesn't support the model that you provided. Try again with a supported text or chat model.",
    );
  }
  if (streaming && model.entry && !model.entry.streaming) {
    throw validation('The model is unsupported for streaming.');
  }
}

/** The model family whose native InvokeModel format a request body uses. */
export type Family = 'anthropic' | 'titan-embed-v1' | 'titan-embed-v2' | 'cohere-embed' | 'nova' | 'unsupported';

export function familyOf(model: ResolvedModel): Family {
  const id = model.entry?.id ?? model.requested;
  if (/anthropic\.claude/.test(id)) return 'anthropic';
  if (/amazon\.titan-embed-text-v1/.test(id)) return 'titan-embed-v1';
  if (/amazon\.titan-embed-text-v2/.test(id)) return 'titan-embed-v2';
  if (/cohere\.embed/.test(id)) return 'cohere-embed';
  if (/amazon\.nova/.test(id)) return 'nova';
  // Application inference profiles and provisioned models hide the model: assume Anthropic, the common case.
  if (!model.entry) return 'anthropic';
  return 'unsupported';
}
