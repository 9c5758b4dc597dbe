// This sample's own strings (the shared chat UI's are in @repo/ui). Both languages are required by the
// type, and strings.test.ts fails on an empty one.
import type { Lang } from '@repo/ui';

export interface AppStrings {
  landingLead: string;
  landingPoints: readonly string[];
  suggestions: readonly string[];
  navLabel: string;
  navChat: string;
  navDocuments: string;
  documentsHeading: string;
  documentsIntro: string;
  uploadLabel: string;
  uploadHint: string;
  uploadButton: string;
  uploading: string;
  uploaded: (title: string, chunks: number) => string;
  listHeading: string;
  listEmpty: string;
  yours: string;
  sharedBy: (email: string) => string;
  sharedWith: string;
  notShared: string;
  shareLabel: (title: string) => string;
  sharePlaceholder: string;
  shareButton: string;
  unshareButton: (email: string) => string;
  deleteButton: (title: string) => string;
  deleteLabel: string;
  deleteConfirm: (title: string) => string;
  deleted: (title: string) => string;
  loading: string;
  errorHeading: string;
}

export const APP_STRINGS = {
  ja: {
    landingLead:
      'LangChain.js のエージェントで作ったチャットのサンプルです。サインインしたユーザーに代わってツールが API を呼び出し、アップロードした文書から、本人に見る権限がある部分だけを引用して答えます。',
    landingPoints: [
      'Auth0 のサインイン（アカウントがなければローカルの開発用 ID プロバイダー）',
      'Amazon Bedrock のモデル（認証情報がなければローカルのエミュレーター）',
      'ツール: ユーザー情報の取得・計算・現在時刻・文書検索',
      '文書ごとのアクセス制御（RAG の認可）: 所有者と、共有されたユーザーだけが検索できます',
    ],
    suggestions: [
      '私の文書から予算について調べてください',
      '(12 + 30) * 2 を計算してください',
      '私のユーザー情報を教えてください',
    ],
    navLabel: 'ページ',
    navChat: 'チャット',
    navDocuments: '文書',
    documentsHeading: '文書',
    documentsIntro:
      'アップロードした文書は、チャットのアシスタントが回答に引用します。検索されるのは、あなたの文書と、あなたのメールアドレスに共有された文書だけです。',
    uploadLabel: 'アップロードするファイル',
    uploadHint: 'テキスト (.txt)、Markdown (.md)、PDF (.pdf)、10 MB まで',
    uploadButton: 'アップロード',
    uploading: 'アップロードしています…',
    uploaded: (title, chunks) => `「${title}」を登録しました（${chunks} 個の断片）。`,
    listHeading: '利用できる文書',
    listEmpty: 'まだ文書がありません。ファイルをアップロードしてください。',
    yours: 'あなたの文書',
    sharedBy: (email) => `${email} さんから共有`,
    sharedWith: '共有先',
    notShared: '共有していません',
    shareLabel: (title) => `「${title}」を共有するメールアドレス`,
    sharePlaceholder: 'someone@example.com',
    shareButton: '共有',
    unshareButton: (email) => `${email} との共有を解除`,
    deleteButton: (title) => `「${title}」を削除`,
    deleteLabel: '削除',
    deleteConfirm: (title) => `「${title}」を削除しますか？共有先のユーザーも使えなくなります。`,
    deleted: (title) => `「${title}」を削除しました。`,
    loading: '読み込んでいます…',
    errorHeading: '操作できませんでした',
  },
  en: {
    landingLead:
      'A chat sample built with a LangChain.js agent. Tools call APIs on behalf of the signed-in user, and answers cite the uploaded documents the user is allowed to read, and nothing else.',
    landingPoints: [
      'Auth0 sign-in (a local development issuer when you have no tenant yet)',
      'Models on Amazon Bedrock (a local emulator when you have no credentials yet)',
      'Tools: your user profile, a calculator, the current time, document search',
      'Per-document access (authorization for RAG): only the owner and the people it is shared with can search it',
    ],
    suggestions: ['Search my documents for the budget', 'Calculate (12 + 30) * 2', 'Show me my user info'],
    navLabel: 'Pages',
    navChat: 'Chat',
    navDocuments: 'Documents',
    documentsHeading: 'Documents',
    documentsIntro:
      'The assistant cites your uploaded documents in its answers. Searches only ever see your own documents and the ones shared with your e-mail address.',
    uploadLabel: 'File to upload',
    uploadHint: 'Text (.txt), Markdown (.md) or PDF (.pdf), up to 10 MB',
    uploadButton: 'Upload',
    uploading: 'Uploading…',
    uploaded: (title, chunks) => `Added "${title}" (${chunks} passages).`,
    listHeading: 'Documents you can use',
    listEmpty: 'No documents yet. Upload a file to start.',
    yours: 'Yours',
    sharedBy: (email) => `Shared by ${email}`,
    sharedWith: 'Shared with',
    notShared: 'Not shared',
    shareLabel: (title) => `E-mail address to share "${title}" with`,
    sharePlaceholder: 'someone@example.com',
    shareButton: 'Share',
    unshareButton: (email) => `Stop sharing with ${email}`,
    deleteButton: (title) => `Delete "${title}"`,
    deleteLabel: 'Delete',
    deleteConfirm: (title) => `Delete "${title}"? People it is shared with lose it too.`,
    deleted: (title) => `Deleted "${title}".`,
    loading: 'Loading…',
    errorHeading: 'That did not work',
  },
} satisfies Record<Lang, AppStrings>;

export function appStrings(lang: Lang): AppStrings {
  return APP_STRINGS[lang];
}
