// Everything the server side of the app needs, built once per process from the one .env layout:
// the Config, the Auth0 client (tenant or the local dev issuer) and the Bedrock model (AWS or the emulator).
// No credential code here: @repo/auth turns the Config into clients.
import { bedrockProvider } from '@repo/auth';
import { auth0Client } from '@repo/auth/auth0';
import type { Config } from '@repo/config';
import { loadConfig } from '@repo/config/node';
import type { LanguageModel } from 'ai';

export const APP_NAME = 'vercel-ai-sample';
export const DEFAULT_PORT = 3000;

type Auth0Client = ReturnType<typeof auth0Client>;

export interface ServerContext {
  config: Config;
  auth0: Auth0Client;
  model: LanguageModel;
}

let context: Promise<ServerContext> | undefined;

/** The port this server listens on: `next dev/start --port` and our dev runner set PORT. */
function appPort(): number {
  const port = Number(process.env.PORT);
  return Number.isInteger(port) && port > 0 ? port : DEFAULT_PORT;
}

async function create(): Promise<ServerContext> {
  const config = loadConfig({ app: APP_NAME });
  return {
    config,
    auth0: auth0Client(config, { port: appPort() }),
    model: bedrockProvider(config)(config.bedrock.chatModelId),
  };
}

export function serverContext(): Promise<ServerContext> {
  context ??= create().catch((error) => {
    context = undefined;
    throw error;
  });
  return context;
}
