// Auth0 for AI Agents on LangChain 1.x: @auth0/ai's authorizers wrapped around LangChain tools, interrupts raised
// as LangGraph interrupts. A thin port of Auth0's @auth0/ai-langchain (whose registry versions target
// LangChain 0.3 / LangGraph 0.4): same names, same behaviour.

import { AsyncAuthorizerBase } from '@auth0/ai/AsyncAuthorization';
import type { Auth0Interrupt } from '@auth0/ai/interrupts';
import { TokenVaultAuthorizerBase } from '@auth0/ai/TokenVault';
import type { RunnableConfig } from '@langchain/core/runnables';
import { type StructuredToolInterface, tool } from '@langchain/core/tools';
import { GraphInterrupt } from '@langchain/langgraph';
import { Auth0AIBase } from './base.ts';

export { getAsyncAuthorizationCredentials } from '@auth0/ai/AsyncAuthorization';
export { getAccessTokenFromTokenVault, getCredentialsFromTokenVault } from '@auth0/ai/TokenVault';

type InvokeArgs = [input: unknown, config?: RunnableConfig];
type AsyncAuthorizationParams = Omit<ConstructorParameters<typeof AsyncAuthorizerBase<InvokeArgs>>[1], 'store'>;
type TokenVaultParams = Omit<ConstructorParameters<typeof TokenVaultAuthorizerBase<InvokeArgs>>[1], 'store'>;

/** An Auth0 interrupt as LangGraph's own interrupt, so the graph stops and the app can show it. */
export function toGraphInterrupt(interrupt: Auth0Interrupt): GraphInterrupt {
  return new GraphInterrupt([{ value: interrupt }]);
}

class AsyncAuthorizer extends AsyncAuthorizerBase<InvokeArgs> {
  protected override async handleAuthorizationInterrupts(error: Auth0Interrupt): Promise<never> {
    throw toGraphInterrupt(error);
  }
}

class TokenVaultAuthorizer extends TokenVaultAuthorizerBase<InvokeArgs> {
  protected override handleAuthorizationInterrupts(error: Auth0Interrupt): never {
    throw toGraphInterrupt(error);
  }
}

/** The thread (LangGraph's `thread_id`), the tool and the call, as Auth0's adapter reads them from the run config. */
function toolContext(t: StructuredToolInterface) {
  return (_input: unknown, config?: RunnableConfig) => {
    const configurable = (config?.configurable ?? {}) as { thread_id?: string };
    const toolCall = (config as { toolCall?: { id?: string } } | undefined)?.toolCall;
    return { threadID: configurable.thread_id ?? '', toolCallID: toolCall?.id ?? '', toolName: t.name };
  };
}

function protectTool<T extends StructuredToolInterface>(
  authorizer: { protect: AsyncAuthorizerBase<InvokeArgs>['protect'] },
  t: T,
): T {
  // The wrapped tool answers the call (a ToolMessage when LangGraph passes `toolCall`); the inner one only computes.
  const protectedInvoke = authorizer.protect(toolContext(t), (input, config) =>
    t.invoke(input, { ...config, toolCall: undefined } as RunnableConfig),
  );
  return tool(protectedInvoke as (input: unknown, config?: RunnableConfig) => Promise<unknown>, {
    name: t.name,
    description: t.description,
    schema: t.schema,
  }) as unknown as T;
}

export class Auth0AI extends Auth0AIBase {
  /** Holds the tool until the user approves on their device (CIBA); the tool reads the token with getAsyncAuthorizationCredentials(). */
  withAsyncAuthorization(params: AsyncAuthorizationParams): <T extends StructuredToolInterface>(t: T) => T {
    const authorizer = new AsyncAuthorizer(this.auth0, {
      store: this.storeFor('AUTH0_AI_CIBA'),
      ...params,
    });
    return (t) => protectTool(authorizer, t);
  }

  /** Gives the tool the user's token for a connection (getAccessTokenFromTokenVault()), or interrupts the graph. */
  withTokenVault(params: TokenVaultParams): <T extends StructuredToolInterface>(t: T) => T {
    const authorizer = new TokenVaultAuthorizer(this.auth0, {
      store: this.storeFor('AUTH0_AI_TOKEN_VAULT'),
      ...params,
    });
    return (t) => protectTool(authorizer, t);
  }
}
