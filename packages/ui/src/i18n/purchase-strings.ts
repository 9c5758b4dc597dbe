// The purchase card's strings (asynchronous authorization), in Japanese and English.
import type { Lang } from './strings.ts';

export interface PurchaseStrings {
  title: string;
  waiting: string;
  bindingLabel: string;
  waitingHint: (minutes: number) => string;
  openDevice: string;
  purchased: string;
  orderLabel: string;
  declined: string;
  expired: string;
  failed: string;
}

export const PURCHASE_STRINGS = {
  ja: {
    title: '購入',
    waiting: 'お使いのデバイスで承認を待っています',
    bindingLabel: 'デバイスに表示される内容',
    waitingHint: (minutes) =>
      `承認すると購入が続きます。拒否した場合や ${minutes} 分以内に応答がない場合は、何も購入しません。`,
    openDevice: 'ローカルの開発用 ID プロバイダーのデバイス画面で承認する',
    purchased: '承認されたので購入しました',
    orderLabel: '注文',
    declined: 'デバイスで購入が拒否されました。何も購入していません。',
    expired: '時間内にデバイスで応答がなかったため、購入しませんでした。もう一度依頼すると、改めて承認を求めます。',
    failed: '購入できませんでした',
  },
  en: {
    title: 'Purchase',
    waiting: 'Waiting for your approval on your device',
    bindingLabel: 'Shown on your device',
    waitingHint: (minutes) =>
      `The purchase goes ahead once you approve. If you deny it or do not answer within ${minutes} minutes, nothing is bought.`,
    openDevice: "Approve on the local issuer's device page",
    purchased: 'Approved and purchased',
    orderLabel: 'Order',
    declined: 'You declined the purchase on your device. Nothing was bought.',
    expired: 'No answer on your device in time, so nothing was bought. Ask again to get a new approval request.',
    failed: 'The purchase failed',
  },
} satisfies Record<Lang, PurchaseStrings>;
