// Auth0 for AI Agents interrupts as the browser receives them. The AI SDK sample's route sends an interrupted
// tool call's error as `AUTH0_AI_INTERRUPTION:<json>` (the prefix of Auth0's errorSerializer); the LangChain
// sample's events carry the same JSON. Either way the chat shows a card instead of an error.
import type { ToolInterrupt } from './types.ts';

/** The prefix of Auth0's `errorSerializer` (@auth0/ai-vercel), kept as it is so the wire stays theirs. */
export const INTERRUPTION_PREFIX = 'AUTH0_AI_INTERRUPTION:';

/** The interrupt in an `@auth0/ai` interrupt's JSON (`toJSON()`), or undefined when it is something else. */
export function toToolInterrupt(value: unknown): ToolInterrupt | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { code, message, connection, requiredScopes } = value as Record<string, unknown>;
  if (typeof code !== 'string' || typeof message !== 'string') return undefined;
  const scopes = Array.isArray(requiredScopes) ? requiredScopes.filter((s) => typeof s === 'string') : undefined;
  return {
    code,
    message,
    ...(typeof connection === 'string' ? { connection } : {}),
    ...(scopes ? { requiredScopes: scopes } : {}),
  };
}

/** The interrupt in a tool error's text (`AUTH0_AI_INTERRUPTION:<json>`), or undefined. */
export function parseInterruption(errorText: string | undefined): ToolInterrupt | undefined {
  if (!errorText?.startsWith(INTERRUPTION_PREFIX)) return undefined;
  try {
    return toToolInterrupt(JSON.parse(errorText.slice(INTERRUPTION_PREFIX.length)));
  } catch {
    return undefined;
  }
}
