// Every string the issuer shows, in both languages. `Localized` makes a missing translation a type error.

import type { Localized } from './i18n.ts';

export const MESSAGES = {
  signInTitle: { ja: 'サインイン', en: 'Sign in' },
  signInLead: { ja: '{client} を使うにはサインインしてください。', en: 'Sign in to continue to {client}.' },
  email: { ja: 'メールアドレス', en: 'Email' },
  password: { ja: 'パスワード', en: 'Password' },
  signInButton: { ja: 'サインイン', en: 'Sign in' },
  cancel: { ja: 'キャンセル', en: 'Cancel' },
  wrongCredentials: {
    ja: 'メールアドレスまたはパスワードが正しくありません。下のデモユーザーの値を使ってください。',
    en: 'The email or password is not correct. Use one of the demo users below.',
  },
  signUpLink: { ja: 'アカウントを作成 (サインアップ)', en: 'Create an account (sign up)' },
  signUpUnavailable: {
    ja: 'このローカルの開発用 ID プロバイダーではアカウントを作成 (サインアップ) できません。下のデモユーザーのどれかでサインインしてください。新規登録を試すには Auth0 のテナントを用意して AUTH0_DOMAIN を設定してください (Auth0 のログイン画面からサインアップできます)。',
    en: 'You cannot create an account (sign up) on this development server. Sign in as one of the demo users below. To try sign-up, use an Auth0 tenant and set AUTH0_DOMAIN (its login page offers sign-up).',
  },
  demoUsersTitle: { ja: 'デモユーザー', en: 'Demo users' },
  demoUsersLead: {
    ja: 'このサーバーにはデモユーザーしかいません。パスワードも公開されています。',
    en: 'This server only knows demo users, and their passwords are public.',
  },
  signInAs: { ja: '{name} としてサインイン', en: 'Sign in as {name}' },
  name: { ja: '名前', en: 'Name' },
  language: { ja: '言語', en: 'Language' },
  consentTitle: { ja: 'アクセスの許可', en: 'Allow access' },
  consentLead: {
    ja: '{client} が、{user} さんのアカウントについて次のアクセスを求めています。',
    en: '{client} is asking for the following access to the account of {user}.',
  },
  allow: { ja: '許可する', en: 'Allow' },
  deny: { ja: '許可しない', en: 'Deny' },
  scopeOpenid: { ja: 'あなたのユーザー ID', en: 'Your user ID' },
  scopeProfile: { ja: 'プロフィール (名前、言語、画像)', en: 'Your profile (name, language, picture)' },
  scopeEmail: { ja: 'メールアドレス', en: 'Your email address' },
  scopeOfflineAccess: {
    ja: 'サインインし直さずに利用を続ける (リフレッシュトークン)',
    en: 'Keep access without signing in again (refresh token)',
  },
  scopeApi: { ja: 'API {audience} の呼び出し', en: 'Call the API {audience}' },
  scopeOther: { ja: '権限 {scope}', en: 'Permission {scope}' },
  logoutTitle: { ja: 'サインアウト', en: 'Sign out' },
  logoutLead: {
    ja: 'ローカルの開発用 ID プロバイダーからサインアウトしますか?',
    en: 'Do you want to sign out of the development server?',
  },
  logoutYes: { ja: 'サインアウトする', en: 'Sign out' },
  logoutNo: { ja: 'サインインしたままにする', en: 'Stay signed in' },
  logoutAutomatic: { ja: 'サインアウトしています…', en: 'Signing you out…' },
  signedOutTitle: { ja: 'サインアウトしました', en: 'You are signed out' },
  signedOutLead: {
    ja: 'アプリに戻って、もう一度サインインできます。',
    en: 'You can go back to the app and sign in again.',
  },
  errorTitle: { ja: 'サインインできませんでした', en: 'Sign-in failed' },
  errorLead: {
    ja: 'アプリからの要求を処理できませんでした。アプリに戻って、もう一度やり直してください。',
    en: 'The request from the app could not be processed. Go back to the app and try again.',
  },
  errorRedirectHint: {
    ja: 'このローカルの開発用 ID プロバイダーが受け付けるリダイレクト先は http://localhost:<ポート>/auth/callback だけです。',
    en: 'This development server only accepts redirects to http://localhost:<port>/auth/callback.',
  },
  interactionExpired: {
    ja: 'サインインの手続きの有効期限が切れたか、見つかりません。アプリに戻って、もう一度サインインしてください。',
    en: 'This sign-in attempt has expired or cannot be found. Go back to the app and sign in again.',
  },
  homeTitle: { ja: 'ローカルの開発用 ID プロバイダー', en: 'Development OpenID Connect issuer' },
  homeLead: {
    ja: 'Auth0 のテナントがなくてもサンプルのサインインを試せるよう、ローカルで動く OpenID Connect の ID プロバイダーです。',
    en: 'A local OpenID Connect issuer, so the samples can sign you in without an Auth0 tenant.',
  },
  issuer: { ja: '発行者 (issuer)', en: 'Issuer' },
  discovery: { ja: 'ディスカバリー', en: 'Discovery' },
  clientId: { ja: 'クライアント ID', en: 'Client ID' },
  deviceTitle: { ja: '承認リクエスト', en: 'Approval requests' },
  deviceSignInLead: {
    ja: 'このページは Auth0 Guardian のプッシュ通知の代わりです。アプリが承認を求めているユーザーとしてサインインしてください。',
    en: 'This page stands in for Auth0 Guardian push notifications. Sign in as the user the app asks for approval.',
  },
  deviceLead: {
    ja: 'アプリが {user} さんに次の操作の承認を求めています。内容を確かめてから、承認するか拒否してください。',
    en: 'Apps are asking {user} to approve the following. Check each request, then approve or deny it.',
  },
  deviceEmpty: {
    ja: '承認を待っているリクエストはありません。このページは自動で更新されます。',
    en: 'No requests are waiting for you. This page refreshes by itself.',
  },
  deviceSignedInAs: { ja: '{user} としてサインインしています。', en: 'Signed in as {user}.' },
  deviceSignOut: { ja: 'サインアウト', en: 'Sign out' },
  bindingMessage: { ja: 'メッセージ', en: 'Message' },
  requestingApp: { ja: 'アプリ', en: 'App' },
  requestedAccess: { ja: '求められている権限', en: 'Access asked for' },
  timeLeft: { ja: '残り時間', en: 'Time left' },
  timeLeftValue: { ja: '{minutes} 分 {seconds} 秒', en: '{minutes} min {seconds} s' },
  approve: { ja: '承認する', en: 'Approve' },
  denyRequest: { ja: '拒否する', en: 'Deny' },
  approvedNotice: { ja: '承認しました。アプリに戻ってください。', en: 'Approved. You can go back to the app.' },
  deniedNotice: { ja: '拒否しました。アプリにはそのことが伝わります。', en: 'Denied. The app is told so.' },
  goneNotice: {
    ja: 'このリクエストにはもう答えられません (期限が切れたか、すでに答えています)。',
    en: 'This request can no longer be answered (it expired or was already answered).',
  },
  connectTitle: { ja: 'アカウントの連携', en: 'Connect an account' },
  connectLead: {
    ja: 'アプリが、{user} さんの {provider} アカウントを連携し、次の権限で使えるようにすることを求めています。',
    en: 'An app asks to connect the {provider} account of {user} and use it with the following access.',
  },
  connectDemoNote: {
    ja: 'これは開発用のデモです。本物の {provider} ではなく、このサーバーのデモカレンダーにつながります。',
    en: 'This is a development demo: it connects the demo calendar of this server, not the real {provider}.',
  },
  connectExpired: {
    ja: 'この連携の手続きは期限が切れたか、見つかりません。アプリに戻って、もう一度やり直してください。',
    en: 'This connection attempt has expired or cannot be found. Go back to the app and try again.',
  },
  scopeCalendarRead: { ja: 'カレンダーの予定を見る', en: 'See the events on your calendars' },
  scopeCalendarFull: {
    ja: 'カレンダーの予定を見る・作成・変更・削除する',
    en: 'See, create, change and delete your calendar events',
  },
  crossSiteRefused: {
    ja: 'ほかのサイトから送られたフォームは受け付けません。このページから操作してください。',
    en: 'Forms sent from another site are refused. Use this page itself.',
  },
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

/** A message with `{name}` placeholders filled in (values are inserted as text, escaping happens later). */
export function format(message: Localized, lang: keyof Localized, values: Record<string, string> = {}): string {
  return message[lang].replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
