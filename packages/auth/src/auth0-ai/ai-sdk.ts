// Auth0 for AI Agents on the Vercel AI SDK 7: @auth0/ai's authorizers wrapped around AI SDK tools. A thin port
// of Auth0's @auth0/ai-vercel (whose registry versions target `ai` 5): same names, same behaviour.

import { AsyncLocalStorage } from 'node:async_hooks';
import { AsyncAuthorizerBase } from '@auth0/ai/AsyncAuthorization';
import { Auth0Interrupt } from '@auth0/ai/interrupts';
import { TokenVaultAuthorizerBase } from '@auth0/ai/TokenVault';
import { AISDKError, type StopCondition, type Tool, type ToolExecutionOptions, type ToolSet, type UIMessage } from 'ai';
import { Auth0AIBase } from './base.ts';

export { getAsyncAuthorizationCredentials } from '@auth0/ai/AsyncAuthorization';
export { getAccessTokenFromTokenVault, getCredentialsFromTokenVault } from '@auth0/ai/TokenVault';

type ExecuteArgs = [input: unknown, options: ToolExecutionOptions<unknown>];
type AsyncAuthorizationParams = Omit<ConstructorParameters<typeof AsyncAuthorizerBase<ExecuteArgs>>[1], 'store'>;
type TokenVaultParams = Omit<ConstructorParameters<typeof TokenVaultAuthorizerBase<ExecuteArgs>>[1], 'store'>;

const aiContext = new AsyncLocalStorage<{ threadID: string }>();

/** The conversation the following tool calls belong to (credentials and pending requests are kept per thread). */
export function setAIContext(context: { threadID: string }): void {
  aiContext.enterWith(context);
}

export function getAIContext(): { threadID: string } {
  const context = aiContext.getStore();
  if (!context) throw new Error('Call setAIContext({ threadID }) before running tools protected by Auth0AI.');
  return context;
}

/** AI SDK tools have no name of their own: the description stands for the tool, the call ID for the call. */
function toolContext(tool: Tool) {
  return (_input: unknown, options: ToolExecutionOptions<unknown>) => ({
    threadID: getAIContext().threadID,
    toolCallID: options.toolCallId,
    toolName: typeof tool.description === 'string' ? tool.description : 'tool',
  });
}

function protectTool<T extends Tool>(authorizer: { protect: AsyncAuthorizerBase<ExecuteArgs>['protect'] }, tool: T): T {
  const execute = tool.execute;
  if (!execute) throw new Error('Auth0AI can only protect tools that have an execute function.');
  return { ...tool, execute: authorizer.protect(toolContext(tool), execute as (...args: ExecuteArgs) => unknown) };
}

export class Auth0AI extends Auth0AIBase {
  /** Holds the tool until the user approves on their device (CIBA); the tool reads the token with getAsyncAuthorizationCredentials(). */
  withAsyncAuthorization(params: AsyncAuthorizationParams): <T extends Tool>(tool: T) => T {
    const authorizer = new AsyncAuthorizerBase<ExecuteArgs>(this.auth0, {
      store: this.storeFor('AUTH0_AI_CIBA'),
      ...params,
    });
    return (tool) => protectTool(authorizer, tool);
  }

  /** Gives the tool the user's token for a connection (getAccessTokenFromTokenVault()), or a TokenVaultInterrupt. */
  withTokenVault(params: TokenVaultParams): <T extends Tool>(tool: T) => T {
    const authorizer = new TokenVaultAuthorizerBase<ExecuteArgs>(this.auth0, {
      store: this.storeFor('AUTH0_AI_TOKEN_VAULT'),
      ...params,
    });
    return (tool) => protectTool(authorizer, tool);
  }
}

export const InterruptionPrefix = 'AUTH0_AI_INTERRUPTION:';

/** The interrupt behind a tool error (AI SDK 7 passes the thrown value; older versions wrapped it as `cause`). */
export function interruptOf(error: unknown): Auth0Interrupt | undefined {
  if (error instanceof Auth0Interrupt) return error;
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return cause instanceof Auth0Interrupt ? cause : undefined;
}

/**
 * For `streamText({ stopWhen })`: ends the answer at a step whose tool call was interrupted, so the interrupted
 * call is the last part of the message (the UI shows it as a card, and the model does not answer around it).
 */
export const interrupted: StopCondition<ToolSet> = ({ steps }) =>
  steps.at(-1)?.content.some((part) => part.type === 'tool-error' && interruptOf(part.error) !== undefined) ?? false;

/**
 * For `toUIMessageStreamResponse({ onError })`: an interrupt travels to the browser as
 * `AUTH0_AI_INTERRUPTION:<json>` (what the UI turns into a card); other errors go to `handler`.
 */
export function errorSerializer(handler?: (error: unknown) => string): (error: unknown) => string {
  return (error) => {
    const interrupt = interruptOf(error);
    if (!interrupt) return handler ? handler(error) : 'An error occurred.';
    const { toolCallId, toolName, toolInput } = error as {
      toolCallId?: string;
      toolName?: string;
      toolInput?: unknown;
    };
    return `${InterruptionPrefix}${JSON.stringify({ ...interrupt.toJSON(), toolCall: { id: toolCallId, args: toolInput, name: toolName } })}`;
  };
}

type ToolPart = {
  type: string;
  state?: string;
  toolCallId?: string;
  input?: unknown;
  output?: { continueInterruption?: boolean; toolName?: string } & Record<string, unknown>;
  errorText?: string;
};

/**
 * Runs the tool the user just unblocked (the UI sends the tool part back with `output.continueInterruption`), so
 * the conversation continues where it was interrupted. Changes `messages` in place, as @auth0/ai-vercel does.
 */
export async function invokeTools({ messages, tools }: { messages: UIMessage[]; tools: Record<string, Tool> }) {
  const last = messages.at(-1);
  const part = last?.parts.at(-1) as ToolPart | undefined;
  if (!part?.type.startsWith('tool-') || part.state !== 'output-available' || !part.output?.continueInterruption) {
    return;
  }
  const toolName = String(part.output.toolName ?? part.type.slice('tool-'.length));
  const execute = tools[toolName]?.execute;
  if (!execute) return;
  try {
    const result = await execute(part.input, { toolCallId: part.toolCallId ?? '', messages: [], context: {} });
    part.output = { toolName, state: 'output-available', result };
    part.errorText = undefined;
  } catch (error) {
    throw new AISDKError({ name: (error as Error).name, message: (error as Error).message, cause: error });
  }
}

/** Wraps the UI stream's `execute`: first resumes an interrupted tool call, then runs the model as usual. */
export function withInterruptions<W>(
  fn: (stream: { writer: W }) => Promise<void> | void,
  config: { messages: UIMessage[]; tools: Record<string, Tool> },
): (stream: { writer: W }) => Promise<void> {
  return async (stream) => {
    await invokeTools(config);
    await fn(stream);
  };
}
