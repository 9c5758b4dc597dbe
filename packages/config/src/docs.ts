// Links from findings and variables to the docs site. Slugs are locale-free (`troubleshooting/#<code>`);
// the full URL adds the base and the language: `${DOCS_BASE_URL}/<lang>/<slug>`.
import type { Lang } from './types.ts';

/** Where the docs site runs (`pnpm dev` serves it on port 4321). */
export const DOCS_BASE_URL = 'http://localhost:4321';

/** Full URL of a docs page slug in a language, e.g. `docsUrl('aws/api-keys/', 'ja')`. */
export function docsUrl(slug: string, lang: Lang, base: string = DOCS_BASE_URL): string {
  return `${base.replace(/\/+$/, '')}/${lang}/${slug.replace(/^\/+/, '')}`;
}

/** The guide's steps from the offline demo to Amazon Bedrock (the heading's anchor differs by language). */
export const CONNECT_BEDROCK_DOCS: Record<Lang, string> = {
  ja: 'getting-started/#amazon-bedrock-と-auth0-につなぐ',
  en: 'getting-started/#connect-to-amazon-bedrock-and-auth0',
};

/** Anchor of a variable on the reference page: `reference/environment/#aws_region`. */
export function variableDocs(name: string): string {
  return `reference/environment/#${name.toLowerCase()}`;
}

/** Anchor of a finding code on the troubleshooting page. */
export function findingDocs(code: string): string {
  return `troubleshooting/#${code}`;
}
