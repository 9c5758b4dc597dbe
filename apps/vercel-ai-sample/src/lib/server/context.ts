// Everything the server side of the app needs, built once per process from the one .env layout:
// the Config, the Auth0 client (tenant or the local dev issuer) and the Bedrock model (AWS or the emulator).
// No credential code here: @repo/auth turns the Config into clients.
import { bedrockProvider } from '@repo/auth/ai-sdk';
import { auth0Client } from '@repo/auth/auth0';
import type { Config } from '@repo/config';
import { loadConfig } from '@repo/config/node';
import { appPort, oncePerProcess } from '@repo/ui/server';
import type { LanguageModel } from 'ai';

export const APP_NAME = 'vercel-ai-sample';
export const DEFAULT_PORT = 3000;

type Auth0Client = ReturnType<typeof auth0Client>;

export interface ServerContext {
  config: Config;
  auth0: Auth0Client;
  model: LanguageModel;
}

async function create(): Promise<ServerContext> {
  const config = loadConfig({ app: APP_NAME });
  return {
    config,
    auth0: auth0Client(config, { port: appPort(DEFAULT_PORT) }),
    model: bedrockProvider(config)(config.bedrock.chatModelId),
  };
}

/** Built on first use and shared; a failure (a .env mistake) is retried on the next request. */
export const serverContext: () => Promise<ServerContext> = oncePerProcess(create);
