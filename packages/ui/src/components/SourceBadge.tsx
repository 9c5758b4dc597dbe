import type { SourceInfo } from '@repo/chat/errors';
import { type Lang, strings } from '../i18n/strings.ts';

/** Always says where answers come from (Amazon Bedrock or the local emulator) and which sign-in is in use. */
export function SourceBadge({ source, lang }: { source: SourceInfo; lang: Lang }) {
  const t = strings(lang);
  const bedrock =
    source.bedrock.mode === 'aws' ? t.sourceBedrock(source.bedrock.region, source.bedrock.model) : t.sourceEmulator;
  const signIn = source.signIn.mode === 'tenant' ? t.signInTenant(source.signIn.domain) : t.signInDev;
  return (
    <section
      className="a0-badge"
      aria-label={t.sourceLabel}
      data-bedrock={source.bedrock.mode}
      data-signin={source.signIn.mode}
    >
      <span className={`a0-badge-part a0-badge-${source.bedrock.mode}`}>{bedrock}</span>
      <span className={`a0-badge-part a0-badge-${source.signIn.mode}`}>{signIn}</span>
    </section>
  );
}
