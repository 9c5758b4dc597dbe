// `search_documents`: passages from the signed-in user's documents (their own and those shared with them).
// FGA decides which documents the user `can_view`, with Auth0's `FGAFilter` (one batch-check per round of
// candidates); @repo/documents fetches further candidates until 5 authorized passages are found.
// (Auth0's `FGARetriever` in @auth0/ai-langchain targets LangChain 0.3; the framework-neutral filter fits 1.x.)
import { FGAFilter } from '@auth0/ai';
import { tool } from '@langchain/core/tools';
import { fgaDocument, fgaProblem, fgaUser } from '@repo/auth/fga';
import { type Citation, citationsOf, passagesText, SEARCH_DOCUMENTS_DESCRIPTION } from '@repo/chat/tools';
import { z } from 'zod';
import type { ToolContext } from './index.ts';

export function searchDocumentsTool(context: ToolContext) {
  return tool(
    async ({ query }): Promise<[string, Citation[]]> => {
      const store = await context.documents();
      const filter = FGAFilter.create<{ documentId: string }>(
        {
          buildQuery: ({ documentId }) => ({
            user: fgaUser(context.user),
            object: fgaDocument(documentId),
            relation: 'can_view',
          }),
        },
        await context.fga.params(),
      );
      const canView = async (documentIds: string[]) =>
        (await filter.filter(documentIds.map((documentId) => ({ documentId })))).map((d) => d.documentId);
      const hits = await store.retrieve(context.user, query, 5, canView).catch((error: unknown) => {
        throw fgaProblem(error, context.fga.settings);
      });
      // The model reads whole passages, each labelled with the title to cite; the card shows the citations.
      return [passagesText(hits), citationsOf(hits)];
    },
    {
      name: 'search_documents',
      description: SEARCH_DOCUMENTS_DESCRIPTION,
      schema: z.object({
        query: z.string().min(1).max(500).describe('What to look for, in the words of the question'),
      }),
      responseFormat: 'content_and_artifact',
    },
  );
}
