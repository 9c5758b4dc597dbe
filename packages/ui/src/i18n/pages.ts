// Strings of the pages around the chat: a failed sign-in and a page that does not exist. Both languages are
// required by the type; strings.test.ts fails on an empty one.
import type { Lang } from './strings.ts';

/** What a failed sign-in means, by the issuer's or the SDK's error code; anything else is `other`. */
export type SignInErrorKind = 'access_denied' | 'expired' | 'unreachable' | 'other';

export interface PageStrings {
  signInErrorTitle: string;
  signInError: Record<SignInErrorKind, { message: string; action: string }>;
  /** Shown with the code, so a user can search for it or quote it when asking for help. */
  errorCode: string;
  signInAgain: string;
  backToStart: string;
  notFoundTitle: string;
  notFoundMessage: string;
}

export const PAGE_STRINGS = {
  ja: {
    signInErrorTitle: 'サインインできませんでした',
    signInError: {
      access_denied: {
        message: 'サインインがキャンセルされたか、アプリへのアクセスが許可されませんでした。',
        action: 'もう一度サインインし、アクセスを許可してください。',
      },
      expired: {
        message: 'サインインの途中で期限が切れたか、別のタブやブラウザーで始めたサインインでした。',
        action: 'このタブでもう一度サインインしてください。',
      },
      unreachable: {
        message: 'サインイン先（Auth0 のテナントまたはローカルの開発用 ID プロバイダー）に接続できませんでした。',
        action: 'AUTH0_DOMAIN を確認し、npm run doctor で接続を確かめてから、もう一度サインインしてください。',
      },
      other: {
        message: 'サインインを完了できませんでした。',
        action:
          'もう一度サインインしてください。繰り返し起きる場合は、Auth0 のアプリケーション設定（Allowed Callback URLs など）を確認し、npm run doctor を実行してください。',
      },
    },
    errorCode: 'エラーコード',
    signInAgain: 'もう一度サインイン',
    backToStart: '最初のページに戻る',
    notFoundTitle: 'ページが見つかりません',
    notFoundMessage: 'このアドレスのページはありません。URL を確認するか、最初のページに戻ってください。',
  },
  en: {
    signInErrorTitle: 'Sign-in did not complete',
    signInError: {
      access_denied: {
        message: 'Sign-in was cancelled, or access to the app was not allowed.',
        action: 'Sign in again and allow access.',
      },
      expired: {
        message: 'The sign-in expired before it finished, or it was started in another tab or browser.',
        action: 'Sign in again from this tab.',
      },
      unreachable: {
        message: 'The app could not reach the sign-in server (your Auth0 tenant or the local development issuer).',
        action: 'Check AUTH0_DOMAIN, run npm run doctor to test the connection, then sign in again.',
      },
      other: {
        message: 'Sign-in could not be completed.',
        action:
          "Sign in again. If it keeps happening, check your Auth0 application's settings (Allowed Callback URLs and the like) and run npm run doctor.",
      },
    },
    errorCode: 'Error code',
    signInAgain: 'Sign in again',
    backToStart: 'Back to start',
    notFoundTitle: 'Page not found',
    notFoundMessage: 'There is no page at this address. Check the URL, or go back to the start.',
  },
} satisfies Record<Lang, PageStrings>;

export function pageStrings(lang: Lang): PageStrings {
  return PAGE_STRINGS[lang];
}

/** The kind of a sign-in error code (OAuth codes from the issuer, the SDK's own codes). */
export function signInErrorKind(code: string | undefined): SignInErrorKind {
  switch (code) {
    case 'access_denied':
      return 'access_denied';
    case 'invalid_state':
    case 'missing_state':
    case 'login_required':
      return 'expired';
    case 'discovery_error':
      return 'unreachable';
    default:
      return 'other';
  }
}
