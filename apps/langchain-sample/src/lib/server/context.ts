// Everything the server side of the app needs, built once per process from the one .env layout:
// the Config, the Auth0 client (tenant or the local dev issuer), the Bedrock chat model (AWS or the
// emulator) and the document store. No credential code here: @repo/auth turns the Config into clients.
import 'server-only';
import type { Auth0Client } from '@auth0/nextjs-auth0/server';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { chatModel } from '@repo/auth';
import { auth0Client } from '@repo/auth/auth0';
import type { Config } from '@repo/config';
import { loadConfig } from '@repo/config/node';
import type { DocumentStore } from '@repo/documents';
import { documentStore } from '../documents.ts';

export const APP_NAME = 'langchain-sample';
export const DEFAULT_PORT = 3001;

export interface ServerContext {
  config: Config;
  auth0: Auth0Client;
  model: BaseChatModel;
  /** Opened on first use (PGlite takes a moment to start; a DATABASE_URL server may be down). */
  documents: () => Promise<DocumentStore>;
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
    model: chatModel(config),
    documents: () => documentStore(config),
  };
}

export function serverContext(): Promise<ServerContext> {
  context ??= create().catch((error) => {
    context = undefined;
    throw error;
  });
  return context;
}
