import { pageStrings, signInErrorKind } from '../i18n/pages.ts';
import type { Lang } from '../i18n/strings.ts';

export interface SignInErrorProps {
  lang: Lang;
  /** The error code from the callback (`access_denied`, `invalid_state`, ...), if any. */
  code?: string;
  loginHref: string;
  homeHref: string;
}

/** Codes are lower-case words (`access_denied`); anything else in the URL is not shown as one. */
const CODE_SHAPE = /^[a-z][a-z0-9_.-]{0,63}$/;

/** After a failed sign-in: what happened, what to do, and the way back (sign in again, or the start page). */
export function SignInError({ lang, code, loginHref, homeHref }: SignInErrorProps) {
  const t = pageStrings(lang);
  const shown = code && CODE_SHAPE.test(code) ? code : undefined;
  const text = t.signInError[signInErrorKind(shown)];
  return (
    <main className="a0-landing" id="main" data-testid="sign-in-error">
      <h1>{t.signInErrorTitle}</h1>
      <p className="a0-lead">{text.message}</p>
      <p>{text.action}</p>
      {shown && (
        <p>
          {t.errorCode}: <code>{shown}</code>
        </p>
      )}
      <div className="a0-landing-actions">
        <a className="a0-button" href={loginHref}>
          {t.signInAgain}
        </a>
        <a className="a0-button a0-button-secondary" href={homeHref}>
          {t.backToStart}
        </a>
      </div>
    </main>
  );
}
