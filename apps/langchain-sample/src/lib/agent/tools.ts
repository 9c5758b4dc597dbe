// The agent's tools as LangChain tools. The logic of get_user_info, calculator and current_time lives in
// @repo/ui/tools (shared with the Vercel AI SDK sample); search_documents asks @repo/documents, whose SQL
// only returns passages the signed-in user may read.
import { tool } from '@langchain/core/tools';
import type { DocumentStore, DocumentUser } from '@repo/documents';
import {
  calculate,
  currentTime,
  fetchUserInfo,
  type ToolContext as SharedToolContext,
  TOOL_DESCRIPTIONS,
} from '@repo/ui/tools';
import { z } from 'zod';

export interface ToolContext extends SharedToolContext {
  /** Who is asking: the search runs with these access rules. */
  user: DocumentUser;
  documents: () => Promise<DocumentStore>;
}

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

export function createTools(context: ToolContext) {
  const getUserInfo = tool(async () => fetchUserInfo(context.issuerBaseUrl, await context.getAccessToken()), {
    name: 'get_user_info',
    description: TOOL_DESCRIPTIONS.get_user_info,
    schema: z.object({}),
  });

  const calculator = tool(async ({ expression }) => calculate(expression), {
    name: 'calculator',
    description: TOOL_DESCRIPTIONS.calculator,
    schema: z.object({
      expression: z.string().min(1).max(200).describe('The arithmetic expression, e.g. (12 + 30) * 2'),
    }),
  });

  const currentTimeTool = tool(async () => currentTime(context.timeZone, context.lang), {
    name: 'current_time',
    description: TOOL_DESCRIPTIONS.current_time,
    schema: z.object({}),
  });

  const searchDocuments = tool(
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

  return [getUserInfo, calculator, currentTimeTool, searchDocuments];
}
