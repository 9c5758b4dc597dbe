import 'server-only';
import { createDocumentsHandlers } from '../documents-api/handlers.ts';
import { serverContext } from './context.ts';
import { signedInUser } from './session.ts';

let handlers: ReturnType<typeof createDocumentsHandlers> | undefined;

export function documentsHandlers() {
  handlers ??= createDocumentsHandlers({
    user: signedInUser,
    documents: async () => (await serverContext()).documents(),
  });
  return handlers;
}
