// @repo/auth: Bedrock credentials and clients from a Config (this file's Bedrock part), Auth0 sign-in (./auth0).

export {
  bedrockClient,
  bedrockProvider,
  bedrockRuntimeClient,
  chatModel,
  controlPlaneEndpoint,
  embeddings,
  type FactoryOptions,
  runtimeEndpoint,
} from './bedrock/clients.ts';
export {
  type AuthOptions,
  type BearerToken,
  type BedrockAuth,
  bedrockAuth,
  iamCredentialProvider,
} from './bedrock/credentials.ts';
export { BedrockCredentialError, type BedrockCredentialErrorCode, redact } from './bedrock/errors.ts';
export {
  type AwsCredentialIdentity,
  type AwsCredentialIdentityProvider,
  createKeyRefresher,
  type GeneratedKey,
  type KeyRefresher,
  type KeyRefresherOptions,
} from './bedrock/key-refresher.ts';
export { type InspectOptions, inspectApiKey, type KeyInspection, type KeyMistake } from './keys.ts';
export { bedrockPolicy, bedrockPolicyForConfig, formatPolicy, type IamPolicy, type PolicyOptions } from './policy.ts';
