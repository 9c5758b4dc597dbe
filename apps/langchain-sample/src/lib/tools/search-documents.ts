// `search_documents`: passages from the signed-in user's documents (their own and those shared with them).
// @repo/documents' SQL only returns what this user may read.
import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import type { ToolContext } from './index.ts';

export const SEARCH_DOCUMENTS_DESCRIPTION =
  "Search the signed-in user's documents (their own uploads and documents shared with them) for passages relevant to a question. Returns passages with their document titles to cite.";

/** What the tool card shows for a search: where each passage came from. */
export interface Citation {
  n: number;
  title: string;
  documentId: string;
  access: 'owner' | 'shared';
  score: number;
  excerpt: string;
}

export function searchDocumentsTool(context: ToolContext) {
  return tool(
    async ({ query }): Promise<[string, Citation[]]> => {
      const store = await context.documents();
      const hits = await store.search(context.user, query, 5);
      const citations = hits.map((hit, i) => ({
        n: i + 1,
        title: hit.title,
        documentId: hit.documentId,
        access: hit.access,
        score: Math.round(hit.score * 1000) / 1000,
        excerpt: hit.content.length > 280 ? `${hit.content.slice(0, 279)}…` : hit.content,
      }));
      if (hits.length === 0) {
        return ['No passages found: the user has no documents (of their own or shared with them) about this.', []];
      }
      // The model sees whole passages, each labelled with the title to cite.
      const content = hits.map((hit, i) => `[${hit.title}] (passage ${i + 1})\n${hit.content}`).join('\n\n---\n\n');
      return [content, citations];
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
