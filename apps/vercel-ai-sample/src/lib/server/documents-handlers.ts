import 'server-only';
import { createDocumentsHandlers } from '@repo/chat/documents';
import { documentUser } from '../documents.ts';
import { serverContext } from './context.ts';
import { signedInUser } from './session.ts';

export const documentsHandlers = createDocumentsHandlers({
  user: async () => {
    const user = await signedInUser();
    return user && documentUser(user);
  },
  documents: async () => (await serverContext()).documents(),
  tuples: async () => (await serverContext()).tuples,
});
