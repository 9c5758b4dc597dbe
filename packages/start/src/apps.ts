// What `npm start` serves: the two samples (built with `next build`, served by `next start`) and the guide
// (built with `astro build`, served by `astro preview`, so its search index exists), each on its own port, and
// the requests a person makes first, which are made once before "ready" so that nobody waits for them.
import type { Localized } from '@repo/config';

export type AppName = 'vercel-ai-sample' | 'langchain-sample' | 'docs';

/** One request made before "ready". `signedIn` sends a session cookie of a demo user. */
export interface WarmUpRequest {
  method: 'GET' | 'POST';
  path: string;
  signedIn?: boolean;
  body?: unknown;
  /** What it warms, for the progress line. */
  what: string;
}

export interface AppSpec {
  name: AppName;
  /** Folder under the repository root. */
  dir: string;
  /** The workspace package name (for `turbo run build --filter`). */
  packageName: string;
  defaultPort: number;
  kind: 'next' | 'astro';
  title: Localized;
  /** The first thing to try, shown in the ready block. */
  tryFirst: Localized;
  warmUp: WarmUpRequest[];
}

const SIGN_IN: WarmUpRequest[] = [
  { method: 'GET', path: '/', what: 'page' },
  { method: 'GET', path: '/auth/login', what: 'sign-in' },
];

export const APPS: readonly AppSpec[] = [
  {
    name: 'vercel-ai-sample',
    dir: 'apps/vercel-ai-sample',
    packageName: '@repo/vercel-ai-sample',
    defaultPort: 3000,
    kind: 'next',
    title: { ja: 'Vercel AI SDK サンプル', en: 'Vercel AI SDK sample' },
    tryFirst: {
      ja: 'サインインして「今何時ですか？」を選ぶと、ツールの呼び出しが見えます',
      en: 'sign in and pick "What time is it?" to see a tool call',
    },
    warmUp: [
      ...SIGN_IN,
      {
        method: 'POST',
        path: '/api/chat',
        signedIn: true,
        what: 'chat',
        body: {
          id: 'warm-up',
          messages: [{ id: 'warm-up-1', role: 'user', parts: [{ type: 'text', text: 'Hello' }] }],
          lang: 'en',
        },
      },
      { method: 'GET', path: '/documents', signedIn: true, what: 'documents page' },
      { method: 'GET', path: '/api/documents', signedIn: true, what: 'documents API and database' },
    ],
  },
  {
    name: 'langchain-sample',
    dir: 'apps/langchain-sample',
    packageName: '@repo/langchain-sample',
    defaultPort: 3001,
    kind: 'next',
    title: { ja: 'LangChain サンプル', en: 'LangChain sample' },
    tryFirst: {
      ja: 'サインインしてドキュメントのページで文書を追加し、その内容をチャットで聞いてみてください',
      en: 'sign in, add a document on the Documents page, then ask the chat about it',
    },
    warmUp: [
      ...SIGN_IN,
      { method: 'GET', path: '/documents', signedIn: true, what: 'documents page' },
      { method: 'GET', path: '/api/documents', signedIn: true, what: 'documents API and database' },
      {
        method: 'POST',
        path: '/api/chat',
        signedIn: true,
        what: 'chat',
        body: { messages: [{ role: 'user', text: 'Hello' }], lang: 'en' },
      },
    ],
  },
  {
    name: 'docs',
    dir: 'apps/docs',
    packageName: '@repo/docs',
    defaultPort: 4321,
    kind: 'astro',
    title: { ja: 'セットアップガイド', en: 'setup guide' },
    tryFirst: {
      ja: '「はじめに」から読み、右上の検索も使えます',
      en: 'start at "Getting started"; the search box works too',
    },
    warmUp: [
      { method: 'GET', path: '/ja/', what: 'page' },
      { method: 'GET', path: '/en/', what: 'page' },
      { method: 'GET', path: '/pagefind/pagefind.js', what: 'search index' },
    ],
  },
];

/** The page a person opens first: the guide in their language, the samples at their root. */
export function entryPath(app: AppSpec, lang: 'ja' | 'en'): string {
  return app.kind === 'astro' ? `/${lang}/` : '/';
}
