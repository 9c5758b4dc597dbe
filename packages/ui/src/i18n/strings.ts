// Every string the chat UI shows, in Japanese and English. `satisfies Record<Lang, UiStrings>` makes a
// missing translation a type error, and strings.test.ts fails on an empty one.

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

export interface UiStrings {
  appTitle: string;
  /** The first link on every page, for keyboard users: jumps past the header to `#main`. */
  skipToContent: string;
  landingHeading: string;
  landingLead: string;
  landingPoints: readonly string[];
  logIn: string;
  signUp: string;
  logOut: string;
  userMenu: string;
  language: string;
  languageName: Record<Lang, string>;
  sourceLabel: string;
  sourceBedrock: (region: string, model: string) => string;
  sourceEmulator: string;
  /** Offline: the model and region the emulator answers for, and the guide's way to the real thing. */
  sourceStandsIn: (region: string, model: string) => string;
  connectBedrock: string;
  signInTenant: (domain: string) => string;
  signInDev: string;
  chatLabel: string;
  emptyChat: string;
  inputLabel: string;
  inputPlaceholder: string;
  inputHint: string;
  send: string;
  stop: string;
  retry: string;
  newConversation: string;
  you: string;
  assistant: string;
  thinking: string;
  toolInput: string;
  toolResult: string;
  toolStatus: Record<'running' | 'done' | 'error', string>;
  toolNames: Record<string, string>;
  errorHeading: string;
  /** Heading of an error that cut an answer short (the partial answer stays above it). */
  interruptedHeading: string;
  openGuide: string;
  retryIn: (seconds: number) => string;
  /** The card shown when Token Vault has no token for the user at another service (Google) yet. */
  connectAccount: {
    heading: (provider: string) => string;
    lead: (provider: string) => string;
    scopes: string;
    button: (provider: string) => string;
    waiting: string;
  };
  /** The small page the connect window ends on. */
  connected: { heading: string; body: string; close: string };
}

export const STRINGS = {
  ja: {
    appTitle: 'Assistant0 · Amazon Bedrock',
    skipToContent: '本文へ移動',
    landingHeading: 'Auth0 でサインインして、Amazon Bedrock のモデルと話す',
    landingLead:
      'Vercel AI SDK で作ったチャットのサンプルです。サインインしたユーザーに代わってツールが API を呼び出し、回答はストリーミングで表示されます。',
    landingPoints: [
      'Auth0 のサインイン（アカウントがなければローカルの開発用 ID プロバイダー）',
      'Amazon Bedrock のモデル（認証情報がなければローカルのエミュレーター）',
      'ツール: ユーザー情報の取得・計算・現在時刻・文書検索・カレンダー（Token Vault）・購入（本人の承認つき）',
    ],
    logIn: 'ログイン',
    signUp: 'サインアップ',
    logOut: 'ログアウト',
    userMenu: 'ユーザーメニュー',
    language: '言語',
    languageName: { ja: '日本語', en: 'English' },
    sourceLabel: '回答の出どころ',
    sourceBedrock: (region, model) => `Amazon Bedrock · ${region} · ${model}`,
    sourceEmulator: 'オフラインデモ · ローカルの Bedrock エミュレーター',
    sourceStandsIn: (region, model) => `${model}（${region}）の代わりに応答`,
    connectBedrock: 'Amazon Bedrock につなぐ',
    signInTenant: (domain) => `Auth0 テナント · ${domain}`,
    signInDev: 'ローカルの開発用 ID プロバイダー',
    chatLabel: 'チャット',
    emptyChat: '質問を入力してください。たとえば次のように聞けます。',
    inputLabel: 'メッセージ',
    inputPlaceholder: 'メッセージを入力…',
    inputHint: 'Enter で送信、Shift+Enter で改行、Esc で停止',
    send: '送信',
    stop: '停止',
    retry: '再試行',
    newConversation: '新しい会話',
    you: 'あなた',
    assistant: 'アシスタント',
    thinking: '考えています…',
    toolInput: '入力',
    toolResult: '結果',
    toolStatus: { running: '実行中', done: '完了', error: 'エラー' },
    toolNames: {
      get_user_info: 'ユーザー情報',
      calculator: '計算機',
      current_time: '現在時刻',
      search_documents: '文書検索',
      get_calendar_events: 'カレンダー',
    },
    errorHeading: '回答できませんでした',
    interruptedHeading: '回答が途中で止まりました',
    openGuide: 'ガイドを開く',
    retryIn: (seconds) => `${seconds} 秒後に再試行できます。`,
    connectAccount: {
      heading: (provider) => `${provider} アカウントの連携が必要です`,
      lead: (provider) =>
        `この質問に答えるには、あなたの ${provider} アカウントへのアクセスが必要です。連携すると、Auth0 の Token Vault がアシスタントに代わってアクセストークンを取得します。連携が終わると、同じ質問にそのまま答えます。`,
      scopes: '求めるアクセス権（スコープ）',
      button: (provider) => `${provider} アカウントを連携する`,
      waiting: '連携の画面で操作してください…',
    },
    connected: {
      heading: '連携が完了しました',
      body: 'このウィンドウを閉じて、チャットに戻ってください。',
      close: 'ウィンドウを閉じる',
    },
  },
  en: {
    appTitle: 'Assistant0 · Amazon Bedrock',
    skipToContent: 'Skip to content',
    landingHeading: 'Sign in with Auth0 and talk to a model on Amazon Bedrock',
    landingLead:
      'A chat sample built with the Vercel AI SDK. Tools call APIs on behalf of the signed-in user, and answers stream in as they are written.',
    landingPoints: [
      'Auth0 sign-in (a local development issuer when you have no tenant yet)',
      'Models on Amazon Bedrock (a local emulator when you have no credentials yet)',
      'Tools: your user profile, a calculator, the current time, document search, your calendar (Token Vault), a purchase (with your approval)',
    ],
    logIn: 'Log in',
    signUp: 'Sign up',
    logOut: 'Log out',
    userMenu: 'User menu',
    language: 'Language',
    languageName: { ja: '日本語', en: 'English' },
    sourceLabel: 'Where answers come from',
    sourceBedrock: (region, model) => `Amazon Bedrock · ${region} · ${model}`,
    sourceEmulator: 'Offline demo · local Bedrock emulator',
    sourceStandsIn: (region, model) => `standing in for ${model} (${region})`,
    connectBedrock: 'Connect to Amazon Bedrock',
    signInTenant: (domain) => `Auth0 tenant · ${domain}`,
    signInDev: 'Local development issuer',
    chatLabel: 'Chat',
    emptyChat: 'Ask something. For example:',
    inputLabel: 'Message',
    inputPlaceholder: 'Type a message…',
    inputHint: 'Enter to send, Shift+Enter for a new line, Esc to stop',
    send: 'Send',
    stop: 'Stop',
    retry: 'Retry',
    newConversation: 'New conversation',
    you: 'You',
    assistant: 'Assistant',
    thinking: 'Thinking…',
    toolInput: 'Input',
    toolResult: 'Result',
    toolStatus: { running: 'Running', done: 'Done', error: 'Error' },
    toolNames: {
      get_user_info: 'User info',
      calculator: 'Calculator',
      current_time: 'Current time',
      search_documents: 'Document search',
      get_calendar_events: 'Calendar',
    },
    errorHeading: 'No answer this time',
    interruptedHeading: 'The answer was interrupted',
    openGuide: 'Open the guide',
    retryIn: (seconds) => `You can retry in ${seconds} s.`,
    connectAccount: {
      heading: (provider) => `Connect your ${provider} account`,
      lead: (provider) =>
        `To answer this, the assistant needs access to your ${provider} account. Once you connect it, Auth0 Token Vault gets access tokens for the assistant on your behalf, and the same question is answered right away.`,
      scopes: 'Access asked for (scopes)',
      button: (provider) => `Connect ${provider}`,
      waiting: 'Continue in the connect window…',
    },
    connected: {
      heading: 'Account connected',
      body: 'Close this window to go back to the chat.',
      close: 'Close this window',
    },
  },
} satisfies Record<Lang, UiStrings>;

export function strings(lang: Lang): UiStrings {
  return STRINGS[lang];
}
