// Everything the server side of the app needs, built once per process from the one .env layout:
// the Config, the Auth0 client (tenant or the local dev issuer), the Bedrock chat model (AWS or the
// emulator) and the document store. No credential code here: @repo/auth turns the Config into clients.
import 'server-only';
import type { Auth0Client } from '@auth0/nextjs-auth0/server';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { auth0Client } from '@repo/auth/auth0';
import { chatModel } from '@repo/auth/langchain';
import type { Config } from '@repo/config';
import { loadConfig } from '@repo/config/node';
import type { DocumentStore } from '@repo/documents';
import { appPort, oncePerProcess } from '@repo/ui/server';
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

async function create(): Promise<ServerContext> {
  const config = loadConfig({ app: APP_NAME });
  return {
    config,
    auth0: auth0Client(config, { port: appPort(DEFAULT_PORT) }),
    model: chatModel(config),
    documents: () => documentStore(config),
  };
}

/** Built on first use and shared; a failure (a .env mistake) is retried on the next request. */
export const serverContext: () => Promise<ServerContext> = oncePerProcess(create);
