// The Documents page's strings and the samples' page navigation (both samples have Chat and Documents). Both
// languages are required by the type; documents.test.ts fails on an empty one.
import type { Lang } from './strings.ts';

export interface DocumentsStrings {
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
  sharing: string;
  shared: (title: string, email: string) => string;
  unshareButton: (email: string) => string;
  unshared: (title: string, email: string) => string;
  deleteButton: (title: string) => string;
  deleteLabel: string;
  deleting: string;
  deleteConfirm: (title: string) => string;
  deleted: (title: string) => string;
  loading: string;
  errorHeading: string;
}

export const DOCUMENTS_STRINGS = {
  ja: {
    navLabel: 'ページ',
    navChat: 'チャット',
    navDocuments: '文書',
    documentsHeading: '文書',
    documentsIntro:
      'アップロードした文書は、チャットのアシスタントが回答に引用します。検索されるのは、あなたの文書と、あなたのメールアドレスに共有された文書だけです（誰が読めるかは FGA が判断します）。',
    uploadLabel: 'アップロードするファイル',
    uploadHint: 'テキスト (.txt)、Markdown (.md)、PDF (.pdf)、10 MB まで',
    uploadButton: 'アップロード',
    uploading: 'アップロードしています…',
    uploaded: (title, chunks) => `「${title}」を登録しました（${chunks} 個のチャンク）。`,
    listHeading: '利用できる文書',
    listEmpty: 'まだ文書がありません。ファイルをアップロードしてください。',
    yours: 'あなたの文書',
    sharedBy: (email) => `${email} さんから共有`,
    sharedWith: '共有先',
    notShared: '共有していません',
    shareLabel: (title) => `「${title}」を共有するメールアドレス`,
    sharePlaceholder: 'someone@example.com',
    shareButton: '共有',
    sharing: '共有しています…',
    shared: (title, email) => `「${title}」を ${email} と共有しました。`,
    unshareButton: (email) => `${email} との共有を解除`,
    unshared: (title, email) => `「${title}」の ${email} との共有を解除しました。`,
    deleteButton: (title) => `「${title}」を削除`,
    deleteLabel: '削除',
    deleting: '削除しています…',
    deleteConfirm: (title) => `「${title}」を削除しますか？共有先のユーザーも使えなくなります。`,
    deleted: (title) => `「${title}」を削除しました。`,
    loading: '読み込んでいます…',
    errorHeading: '操作できませんでした',
  },
  en: {
    navLabel: 'Pages',
    navChat: 'Chat',
    navDocuments: 'Documents',
    documentsHeading: 'Documents',
    documentsIntro:
      'The assistant cites your uploaded documents in its answers. Searches only ever see your own documents and the ones shared with your e-mail address (FGA decides who may read what).',
    uploadLabel: 'File to upload',
    uploadHint: 'Text (.txt), Markdown (.md) or PDF (.pdf), up to 10 MB',
    uploadButton: 'Upload',
    uploading: 'Uploading…',
    uploaded: (title, chunks) => `Added "${title}" (${chunks} chunks).`,
    listHeading: 'Documents you can use',
    listEmpty: 'No documents yet. Upload a file to start.',
    yours: 'Yours',
    sharedBy: (email) => `Shared by ${email}`,
    sharedWith: 'Shared with',
    notShared: 'Not shared',
    shareLabel: (title) => `E-mail address to share "${title}" with`,
    sharePlaceholder: 'someone@example.com',
    shareButton: 'Share',
    sharing: 'Sharing…',
    shared: (title, email) => `Shared "${title}" with ${email}.`,
    unshareButton: (email) => `Stop sharing with ${email}`,
    unshared: (title, email) => `Stopped sharing "${title}" with ${email}.`,
    deleteButton: (title) => `Delete "${title}"`,
    deleteLabel: 'Delete',
    deleting: 'Deleting…',
    deleteConfirm: (title) => `Delete "${title}"? People it is shared with lose it too.`,
    deleted: (title) => `Deleted "${title}".`,
    loading: 'Loading…',
    errorHeading: 'That did not work',
  },
} satisfies Record<Lang, DocumentsStrings>;

export function documentsStrings(lang: Lang): DocumentsStrings {
  return DOCUMENTS_STRINGS[lang];
}
