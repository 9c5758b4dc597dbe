import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { envReferencePlugin } from './src/markdown/env-reference.ts';
import { findingEntries } from './src/markdown/finding-entries.ts';

// One group per question a reader has; the page titles come from each page (so both languages).
const group = (ja: string, en: string, slugs: string[]) => ({
  label: ja,
  translations: { en },
  items: slugs.map((slug) => ({ slug })),
});

export default defineConfig({
  site: 'http://localhost:4321',
  server: { port: 4321 },
  markdown: {
    // `## Title {#id}` fixes a heading's anchor (the troubleshooting topics); the two generated pages get their
    // entries from our registries at build time (src/markdown/), as real headings for "On this page".
    processor: satteri({ features: { headingAttributes: true }, mdastPlugins: [findingEntries, envReferencePlugin] }),
  },
  // The Node packages (@repo/auth's SDK clients) are never bundled for the browser: islands import
  // only the isomorphic entry points (@repo/config, @repo/config/models, @repo/auth/policy).
  vite: {
    build: {
      rollupOptions: {
        // The workspace packages are plain modules without import-time side effects: telling the bundler
        // lets an island that imports one helper from a package barrel (e.g. `fingerprint` from
        // @repo/config) skip the rest of it (the zod schema, the variable table), which keeps the live
        // tools within their JavaScript budget.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.test(id) },
      },
    },
  },
  integrations: [
    starlight({
      title: { ja: 'Auth0 AI × Amazon Bedrock', en: 'Auth0 AI × Amazon Bedrock' },
      description: 'Auth0 AI sample apps on Amazon Bedrock: setup guide in Japanese and English.',
      defaultLocale: 'ja',
      locales: {
        ja: { label: '日本語', lang: 'ja' },
        en: { label: 'English', lang: 'en' },
      },
      customCss: ['./src/styles/custom.css'],
      routeMiddleware: './src/tool-csp-middleware.ts',
      sidebar: [
        group('はじめに', 'Start here', ['getting-started']),
        group('AWS の準備', 'Set up AWS', [
          'aws/prerequisites',
          'aws/api-keys',
          'aws/using-api-keys',
          'aws/iam-permissions',
          'aws/regions-and-models',
          'aws/connection-check',
          'aws/security-and-cost',
          'aws/iam-alternative',
        ]),
        group('サンプルアプリ', 'Sample apps', [
          'samples/vercel-ai',
          'samples/langchain',
          'samples/fga',
          'samples/async-authorization',
          'samples/token-vault',
        ]),
        group('ローカル環境', 'Running locally', ['local/emulator', 'local/dev-idp']),
        group('ブラウザーで試す', 'Live tools', [
          'tools/env-checker',
          'tools/key-inspector',
          'tools/policy-builder',
          'tools/model-id',
        ]),
        group('リファレンス', 'Reference', ['reference/environment', 'troubleshooting']),
      ],
    }),
  ],
});
