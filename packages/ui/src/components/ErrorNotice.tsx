import { CHAT_ERRORS, type ChatErrorPayload } from '@repo/chat/errors';
import { type Lang, strings } from '../i18n/strings.ts';

export interface ErrorNoticeProps {
  error: ChatErrorPayload;
  lang: Lang;
  /** `DOCS_BASE_URL`: links go to `<docsBaseUrl>/<lang>/<slug>`. */
  docsBaseUrl: string;
  onRetry?: () => void;
  /** Where to sign in again when the session has ended. */
  loginHref?: string;
  /** The failure cut an answer short: its beginning is shown above this notice. */
  interrupted?: boolean;
}

/** What went wrong and what to do about it, in the user's language, with the guide's page when it helps. */
export function ErrorNotice({ error, lang, docsBaseUrl, onRetry, loginHref, interrupted }: ErrorNoticeProps) {
  const t = strings(lang);
  const info = CHAT_ERRORS[error.code];
  const text = info[lang];
  return (
    <div className="a0-error" role="alert" data-error-code={error.code} data-interrupted={interrupted || undefined}>
      <strong className="a0-error-heading">{interrupted ? t.interruptedHeading : t.errorHeading}</strong>
      <p>{text.message}</p>
      {error.detail && <p className="a0-error-detail">{error.detail[lang]}</p>}
      <p>{text.action}</p>
      {error.retryAfterSeconds !== undefined && <p>{t.retryIn(error.retryAfterSeconds)}</p>}
      <div className="a0-error-actions">
        {info.docs && (
          <a href={`${docsBaseUrl.replace(/\/$/, '')}/${lang}/${info.docs}`} target="_blank" rel="noopener noreferrer">
            {t.openGuide}
          </a>
        )}
        {loginHref && error.code === 'unauthenticated' && (
          <a className="a0-button" href={loginHref}>
            {t.logIn}
          </a>
        )}
        {onRetry && info.retryable && (
          <button type="button" className="a0-button" onClick={onRetry}>
            {t.retry}
          </button>
        )}
      </div>
    </div>
  );
}
