import type { SourceInfo } from '@repo/chat/errors';
import { CONNECT_BEDROCK_DOCS, docsUrl } from '@repo/config';
import { type Lang, strings } from '../i18n/strings.ts';

/**
 * Always says where answers come from (Amazon Bedrock or the local emulator) and which sign-in is in use.
 * Offline, it also names the model and region the emulator stands in for, and links to the guide's way to AWS.
 */
export function SourceBadge({ source, lang }: { source: SourceInfo; lang: Lang }) {
  const t = strings(lang);
  const { mode, region, model } = source.bedrock;
  const signIn = source.signIn.mode === 'tenant' ? t.signInTenant(source.signIn.domain) : t.signInDev;
  return (
    <section className="a0-badge" aria-label={t.sourceLabel} data-bedrock={mode} data-signin={source.signIn.mode}>
      {mode === 'aws' ? (
        <span className="a0-badge-part a0-badge-aws">{t.sourceBedrock(region, model)}</span>
      ) : (
        <span className="a0-badge-part a0-badge-emulator">
          {t.sourceEmulator} <span className="a0-badge-stands-in">· {t.sourceStandsIn(region, model)}</span>{' '}
          <a href={docsUrl(CONNECT_BEDROCK_DOCS[lang], lang)} target="_blank" rel="noopener noreferrer">
            {t.connectBedrock}
          </a>
        </span>
      )}
      <span className={`a0-badge-part a0-badge-${source.signIn.mode}`}>{signIn}</span>
    </section>
  );
}
