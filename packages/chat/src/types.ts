// The message shape the components render. Each sample maps its framework's messages to it
// (the AI SDK's UIMessage parts, LangChain's messages and tool calls), so the UI stays framework-neutral.

export type ToolState = 'running' | 'done' | 'error';

/**
 * Auth0 for AI Agents stopped the tool until the user acts (the JSON of an `@auth0/ai` interrupt). `TOKEN_VAULT_ERROR`:
 * the user has not connected `connection` (or not with `requiredScopes`).
 */
export interface ToolInterrupt {
  code: string;
  message: string;
  connection?: string;
  requiredScopes?: string[];
}

export type ChatPart =
  | { type: 'text'; text: string }
  | {
      type: 'tool';
      id: string;
      name: string;
      state: ToolState;
      input?: unknown;
      output?: unknown;
      errorText?: string;
      interrupt?: ToolInterrupt;
    };

export interface ChatMessage {
  id: string;
  role: 'user' | 'assistant';
  parts: ChatPart[];
}

/** `submitted`: waiting for the first token; `streaming`: tokens arriving. */
export type ChatStatus = 'ready' | 'submitted' | 'streaming' | 'error';

/** What the source badge shows: where answers come from and which sign-in is used. Never a secret. */
export interface SourceInfo {
  /** Offline, `region` and `model` are the ones the emulator stands in for (what .env.local would call on AWS). */
  bedrock: { mode: 'aws' | 'emulator'; region: string; model: string };
  signIn: { mode: 'tenant'; domain: string } | { mode: 'dev' };
}

export interface UserInfo {
  name?: string;
  email?: string;
  picture?: string;
}
