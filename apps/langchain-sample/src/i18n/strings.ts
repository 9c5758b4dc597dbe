// This sample's own strings (the shared chat UI's are in @repo/ui). Both languages are required by the
// type, and strings.test.ts fails on an empty one.
import type { Lang } from '@repo/ui';

export interface AppStrings {
  landingLead: string;
  landingPoints: readonly string[];
}

export const APP_STRINGS = {
  ja: {
    landingLead:
      'LangChain.js のエージェントで作ったチャットのサンプルです。サインインしたユーザーに代わってツールが API を呼び出し、アップロードした文書から、本人に見る権限がある部分だけを引用して答えます。',
    landingPoints: [
      'Auth0 のサインイン（アカウントがなければローカルの開発用 ID プロバイダー）',
      'Amazon Bedrock のモデル（認証情報がなければローカルのエミュレーター）',
      'ツール: ユーザー情報の取得・計算・現在時刻・文書検索・カレンダー（Token Vault）・購入（本人の承認つき）',
      '文書ごとのアクセス制御（RAG の認可）: 所有者と、共有されたユーザーだけが検索できます',
    ],
  },
  en: {
    landingLead:
      'A chat sample built with a LangChain.js agent. Tools call APIs on behalf of the signed-in user, and answers cite the uploaded documents the user is allowed to read, and nothing else.',
    landingPoints: [
      'Auth0 sign-in (a local development issuer when you have no tenant yet)',
      'Models on Amazon Bedrock (a local emulator when you have no credentials yet)',
      'Tools: your user profile, a calculator, the current time, document search, your calendar (Token Vault), a purchase (with your approval)',
      'Per-document access (authorization for RAG): only the owner and the people it is shared with can search it',
    ],
  },
} satisfies Record<Lang, AppStrings>;

export function appStrings(lang: Lang): AppStrings {
  return APP_STRINGS[lang];
}
