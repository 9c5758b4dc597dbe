import '@repo/ui/styles.css';
import '@repo/ui/documents.css';
import { SampleDocument } from '@repo/ui';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { requestLang } from '@/lib/server/lang.ts';

export const metadata: Metadata = {
  title: 'Assistant0 · Amazon Bedrock · Vercel AI SDK',
  description: 'Auth0 sign-in, a chat on Amazon Bedrock with the Vercel AI SDK, and per-user document search.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  return <SampleDocument lang={await requestLang()}>{children}</SampleDocument>;
}
