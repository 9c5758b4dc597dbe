// Online checks for `npm run doctor`: the guide's section 4 connection check, classified findings, --policy.
export { checkIssuer, type IssuerCheck } from './auth0.ts';
export {
  type OnlineCheckOptions,
  type OnlineCheckResult,
  type OnlineStep,
  type OnlineStepId,
  type OnlineStepStatus,
  runOnlineChecks,
} from './checks.ts';
export { type BedrockOperation, type ClassifyContext, classifyBedrockError, errorFacts } from './classify.ts';
export { type ConnectionCheckOptions, connectionCheckStep } from './doctor-steps.ts';
export { type FindingInfo, ONLINE_FINDINGS, type OnlineFindingCode, onlineFinding } from './findings.ts';
export { printPolicy } from './policy.ts';
export { formatStep } from './render.ts';
export { STEP_TITLES } from './titles.ts';
export { checkTokenVault, type TokenVaultCheck } from './token-vault.ts';
