// `search_documents`' shared logic: what the model reads (whole passages labelled with the title to cite) and what
// the tool card shows (where each passage came from). Each sample runs the search itself: FGA's filter and the store.
import type { SearchHit } from '@repo/documents';

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

export function citationsOf(hits: SearchHit[]): Citation[] {
  return hits.map((hit, i) => ({
    n: i + 1,
    title: hit.title,
    documentId: hit.documentId,
    access: hit.access,
    score: Math.round(hit.score * 1000) / 1000,
    excerpt: hit.content.length > 280 ? `${hit.content.slice(0, 279)}…` : hit.content,
  }));
}

/** The passages as the model reads them, or a sentence saying there are none. */
export function passagesText(hits: Pick<SearchHit, 'title' | 'content'>[]): string {
  if (hits.length === 0) {
    return 'No passages found: the user has no documents (of their own or shared with them) about this.';
  }
  return hits.map((hit, i) => `[${hit.title}] (passage ${i + 1})\n${hit.content}`).join('\n\n---\n\n');
}
