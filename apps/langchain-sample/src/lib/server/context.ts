// Everything the server side of the app needs, built once per process from the one .env layout: the Config,
// the Auth0 client (tenant or the local dev issuer), Auth0 for AI Agents, LangChain's ChatBedrockConverse (AWS
// or the emulator), the document store and FGA (Auth0 FGA, or the local dev-fga). No credential code here:
// @repo/auth turns the Config into the framework's own objects.
import 'server-only';
import { auth0Client, resolveAppBaseUrl } from '@repo/auth/auth0';
import { Auth0AI } from '@repo/auth/auth0-ai/langchain';
import { auth0AIReady, auth0AISettings } from '@repo/auth/auth0-ai/settings';
import { documentTuples, fgaConnection } from '@repo/auth/fga';
import { chatModel } from '@repo/auth/langchain';
import { appPort, CHAT_LIMITS, oncePerProcess } from '@repo/chat';
import { calendarApiUrl, shopSettings } from '@repo/chat/tools';
import { DEFAULT_GOOGLE_CONNECTION } from '@repo/config';
import { loadConfig } from '@repo/config/node';
import { openAppDocumentStore } from '../documents.ts';

export const APP_NAME = 'langchain-sample';
export const DEFAULT_PORT = 3001;

/** Built on first use and shared; a failure (a .env mistake) is retried on the next request. */
export const serverContext = oncePerProcess(async () => {
  const config = loadConfig({ app: APP_NAME });
  const fga = fgaConnection(config);
  const tuples = documentTuples(fga);
  const port = appPort(DEFAULT_PORT);
  // With the local dev issuer, @auth0/ai's https calls need its certificate trusted (a tenant needs nothing).
  await auth0AIReady(config);
  return {
    config,
    auth0: auth0Client(config, { port }),
    /**
     * Auth0 for AI Agents (@auth0/ai) with this app's Auth0 application, one for both of its tools: asynchronous
     * authorization (the purchase tool) and Token Vault, the user's tokens at other services (the calendar tool).
     */
    auth0AI: new Auth0AI({ auth0: auth0AISettings(config) }),
    /** Where the purchase tool orders: SHOP_API_URL, else this app's own /api/shop. */
    shop: shopSettings(config, resolveAppBaseUrl(config.auth0, { port })),
    /** Which Token Vault connection the calendar tool asks for, and where it reads the calendar. */
    tokenVault: {
      connection: config.tokenVault?.connection ?? DEFAULT_GOOGLE_CONNECTION,
      calendarApiUrl: calendarApiUrl(config.auth0),
    },
    /** `new ChatBedrockConverse(...)` with this .env's credentials and chat model; a silent Bedrock is `stalled`. */
    model: chatModel(config, { streamIdleTimeout: CHAT_LIMITS.stallMs }),
    /** Opened on first use (PGlite takes a moment to start; a DATABASE_URL server may be down). */
    documents: oncePerProcess(() => openAppDocumentStore(config, tuples), { globalKey: `${APP_NAME}.documents` }),
    /** The FGA store's client settings (for Auth0's `FGAFilter`) and the documents' tuples (owner, viewer). */
    fga,
    tuples,
  };
});
