import '@repo/ui/styles.css';
import '@repo/ui/documents.css';
import { SampleDocument } from '@repo/ui';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { requestLang } from '@/lib/server/lang.ts';

export const metadata: Metadata = {
  title: 'Assistant0 · Amazon Bedrock · LangChain.js',
  description: 'Auth0 sign-in, a LangChain.js agent on Amazon Bedrock, and per-user document search.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  return <SampleDocument lang={await requestLang()}>{children}</SampleDocument>;
}
