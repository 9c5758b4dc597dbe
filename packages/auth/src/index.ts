// @repo/auth: Bedrock credentials and AWS SDK clients from a Config. Each framework has its own entry point,
// so an app loads only its SDK: @repo/auth/ai-sdk (Vercel AI SDK), @repo/auth/langchain, @repo/auth/auth0.

export {
  bedrockClient,
  bedrockRuntimeClient,
  type FactoryOptions,
  runtimeEndpoint,
} from './bedrock/aws-sdk.ts';
export {
  type AuthOptions,
  type BearerToken,
  type BedrockAuth,
  bedrockAuth,
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
export { bedrockPolicy, bedrockPolicyForConfig, formatPolicy, type IamPolicy, type PolicyOptions } from './policy.ts';
