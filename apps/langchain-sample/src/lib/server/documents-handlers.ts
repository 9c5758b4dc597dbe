import 'server-only';
import { createDocumentsHandlers } from '../documents-api/handlers.ts';
import { serverContext } from './context.ts';
import { signedInUser } from './session.ts';

export const documentsHandlers = createDocumentsHandlers({
  user: signedInUser,
  documents: async () => (await serverContext()).documents(),
});
