// Control plane: ListFoundationModels, GetFoundationModel, ListInferenceProfiles, GetInferenceProfile, answered
// from the shared model catalog for the emulator's region, the way Bedrock answers them: modalities, streaming,
// inference types and lifecycle (status and dates) from the catalog; models past their end of life are gone.
import {
  foundationModelArn,
  foundationModelSummary,
  inferenceProfileArn,
  inferenceProfiles,
  lifecycleOn,
  MODELS,
  type ModelEntry,
} from '@repo/config/models';
import { BedrockError, INVALID_MODEL_ID, validation } from '../errors.ts';

/** The account ID the emulator pretends to be (the AWS documentation's example account). */
export const EMULATOR_ACCOUNT_ID = '123456789012';
/** Catalog entries carry no creation dates; profiles get this fixed one so responses stay deterministic. */
const PROFILE_CREATED_AT = '2025-01-01T00:00:00Z';

/** Listed in the region: callable there on demand or through a profile, and not past its end of life there on `day`. */
function availableIn(model: ModelEntry, region: string, day: string): boolean {
  if (lifecycleOn(model, day, region) === 'end-of-life') return false;
  return model.onDemandRegions.includes(region) || model.profiles.some((p) => p.sourceRegions.includes(region));
}

const summary = foundationModelSummary;

export function listFoundationModels(region: string, day: string, query: URLSearchParams) {
  const provider = query.get('byProvider');
  const output = query.get('byOutputModality');
  const inference = query.get('byInferenceType');
  const customization = query.get('byCustomizationType');
  if (output && !['TEXT', 'IMAGE', 'EMBEDDING'].includes(output)) {
    throw validation(
      `1 validation error detected: Value '${output}' at 'byOutputModality' failed to satisfy constraint: Member must satisfy enum value set: [TEXT, IMAGE, EMBEDDING]`,
    );
  }
  if (inference && !['ON_DEMAND', 'PROVISIONED'].includes(inference)) {
    throw validation(
      `1 validation error detected: Value '${inference}' at 'byInferenceType' failed to satisfy constraint: Member must satisfy enum value set: [ON_DEMAND, PROVISIONED]`,
    );
  }
  const modelSummaries = MODELS.filter((m) => availableIn(m, region, day))
    .map((m) => summary(m, region))
    .filter((s) => !provider || s.providerName.toLowerCase() === provider.toLowerCase())
    .filter((s) => !output || s.outputModalities.includes(output))
    .filter((s) => !inference || (s.inferenceTypesSupported as readonly string[]).includes(inference))
    .filter(() => !customization);
  return { modelSummaries };
}

export function getFoundationModel(region: string, day: string, identifier: string) {
  const id = identifier.startsWith('arn:') ? identifier.slice(identifier.lastIndexOf('/') + 1) : identifier;
  const model = MODELS.find((m) => m.id === id);
  if (!model || !availableIn(model, region, day)) throw new BedrockError('ValidationException', INVALID_MODEL_ID);
  return { modelDetails: summary(model, region) };
}

function profileSummary(profile: ReturnType<typeof inferenceProfiles>[number], region: string) {
  const geography = profile.prefix === 'global' ? 'Global' : profile.prefix.toUpperCase();
  return {
    inferenceProfileName: `${geography} ${profile.model.provider} ${profile.model.name}`,
    description: `Routes requests to ${profile.model.provider} ${profile.model.name} in ${profile.prefix === 'global' ? 'all commercial regions' : profile.destinationRegions.join(', ')}.`,
    createdAt: PROFILE_CREATED_AT,
    updatedAt: PROFILE_CREATED_AT,
    inferenceProfileArn: inferenceProfileArn(region, EMULATOR_ACCOUNT_ID, profile.id),
    models: profile.destinationRegions.map((r) => ({ modelArn: foundationModelArn(r, profile.model.id) })),
    inferenceProfileId: profile.id,
    status: 'ACTIVE',
    type: 'SYSTEM_DEFINED',
  };
}

export function listInferenceProfiles(region: string, day: string, query: URLSearchParams) {
  const type = query.get('type');
  if (type && !['SYSTEM_DEFINED', 'APPLICATION'].includes(type)) {
    throw validation(
      `1 validation error detected: Value '${type}' at 'typeEquals' failed to satisfy constraint: Member must satisfy enum value set: [SYSTEM_DEFINED, APPLICATION]`,
    );
  }
  const all =
    type === 'APPLICATION'
      ? []
      : inferenceProfiles(region)
          .filter((p) => availableIn(p.model, region, day))
          .map((p) => profileSummary(p, region));
  const max = Number(query.get('maxResults') ?? 1000);
  if (!Number.isInteger(max) || max < 1 || max > 1000) {
    throw validation(
      `1 validation error detected: Value '${query.get('maxResults')}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 1000`,
    );
  }
  const start = Number(Buffer.from(query.get('nextToken') ?? '', 'base64url').toString() || 0);
  if (!Number.isInteger(start) || start < 0) throw validation('The nextToken is invalid.');
  const page = all.slice(start, start + max);
  const next = start + max < all.length ? Buffer.from(String(start + max)).toString('base64url') : undefined;
  return { inferenceProfileSummaries: page, ...(next ? { nextToken: next } : {}) };
}

export function getInferenceProfile(region: string, day: string, identifier: string) {
  const id = identifier.startsWith('arn:') ? identifier.slice(identifier.lastIndexOf('/') + 1) : identifier;
  const profile = inferenceProfiles(region).find((p) => p.id === id && availableIn(p.model, region, day));
  if (!profile) {
    throw new BedrockError('ResourceNotFoundException', `Inference profile ${id} does not exist.`);
  }
  return profileSummary(profile, region);
}
