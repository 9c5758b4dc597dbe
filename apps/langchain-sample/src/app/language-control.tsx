'use client';
import { type Lang, LanguageSwitch } from '@repo/ui';
import { useRouter } from 'next/navigation';

/** The shared switch; a refresh re-renders the server parts in the new language and keeps client state. */
export function LanguageControl({ lang }: { lang: Lang }) {
  const router = useRouter();
  return <LanguageSwitch lang={lang} onChange={() => router.refresh()} />;
}
