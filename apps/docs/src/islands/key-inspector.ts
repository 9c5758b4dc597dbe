// Live key inspector: reads a Bedrock API key with @repo/auth's isomorphic inspector, entirely in the
// page. The key stays in the (masked) input: it is never stored, sent, logged or put in the URL.

import type { Lang } from '@repo/config';
import { formatDuration, inspectApiKey, type KeyInspection } from '@repo/config';
import { definitionList, findingCard, h, pageLang } from './dom.ts';

const T = {
  ja: {
    kind: '種類',
    shortTerm: '短期キー',
    longTerm: '長期キー',
    notAKey: 'API キーではありません',
    region: 'リージョン',
    issued: '発行時刻',
    expires: '期限',
    remaining: '残り時間',
    expired: '期限切れ',
    ago: '前',
    signer: '署名した認証情報',
    iamUser: 'IAM ユーザーのアクセスキー（AKIA…）',
    temporary: '一時的な認証情報（ASIA…、ロールや SSO）',
    unknown: '不明',
    user: 'IAM ユーザー名',
    account: 'AWS アカウント',
    fingerprint: 'フィンガープリント',
    longTermNote: '長期キーには期限やリージョンの情報が含まれていません。期限は IAM コンソールで確認してください。',
  },
  en: {
    kind: 'Kind',
    shortTerm: 'Short-term key',
    longTerm: 'Long-term key',
    notAKey: 'Not an API key',
    region: 'Region',
    issued: 'Issued',
    expires: 'Expires',
    remaining: 'Time left',
    expired: 'expired',
    ago: 'ago',
    signer: 'Signed with',
    iamUser: "an IAM user's access key (AKIA...)",
    temporary: 'temporary credentials (ASIA..., a role or SSO)',
    unknown: 'unknown',
    user: 'IAM user name',
    account: 'AWS account',
    fingerprint: 'Fingerprint',
    longTermNote: 'A long-term key carries no expiry or region. Check its expiry in the IAM console.',
  },
};

const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

function remainingText(expiresAt: string, lang: Lang): string {
  const t = T[lang];
  const seconds = Math.floor((Date.parse(expiresAt) - Date.now()) / 1000);
  const span = formatDuration(seconds)[lang];
  return seconds > 0 ? span : lang === 'ja' ? `${t.expired}（${span}${t.ago}）` : `${t.expired} (${span} ${t.ago})`;
}

function render(result: KeyInspection, lang: Lang): HTMLElement {
  const t = T[lang];
  const out = h('div', { class: 'tool-output', 'data-kind': result.kind });
  if (result.kind === 'short-term') {
    const k = result.shortTerm;
    const signer = k.signer === 'iam-user' ? t.iamUser : k.signer === 'temporary-credentials' ? t.temporary : t.unknown;
    out.append(
      definitionList([
        [t.kind, t.shortTerm],
        [t.region, k.region],
        [t.issued, utc(k.issuedAt)],
        [t.expires, utc(k.expiresAt)],
        [t.remaining, remainingText(k.expiresAt, lang)],
        [t.signer, signer],
        [t.fingerprint, result.fingerprint],
      ]),
    );
    out.querySelectorAll('dd')[4]?.setAttribute('data-countdown', k.expiresAt);
  } else if (result.kind === 'long-term') {
    out.append(
      definitionList([
        [t.kind, t.longTerm],
        [t.user, result.longTerm.iamUserName],
        [t.account, result.longTerm.accountId],
        [t.fingerprint, result.fingerprint],
      ]),
      h('p', {}, t.longTermNote),
    );
  } else {
    out.append(definitionList([[t.kind, t.notAKey]]));
  }
  for (const f of result.findings) out.append(findingCard(f, lang));
  return out;
}

function mount(root: HTMLElement): void {
  const lang = pageLang();
  const input = root.querySelector<HTMLInputElement>('input[data-key]')!;
  const region = root.querySelector<HTMLSelectElement>('select[data-region]')!;
  const output = root.querySelector<HTMLElement>('[data-output]')!;
  let expiredShown = false;

  const update = () => {
    output.replaceChildren();
    if (!input.value) return;
    const result = inspectApiKey(input.value, region.value ? { region: region.value } : {});
    expiredShown = result.kind === 'short-term' && result.shortTerm.remainingSeconds <= 0;
    output.append(render(result, lang));
  };

  // The live countdown: refresh the "time left" cell every second, and re-inspect once the key expires
  // so the expiry finding appears without any input.
  setInterval(() => {
    const cell = output.querySelector<HTMLElement>('[data-countdown]');
    if (!cell) return;
    const expiresAt = cell.dataset.countdown!;
    if (!expiredShown && Date.parse(expiresAt) <= Date.now()) return update();
    cell.textContent = remainingText(expiresAt, lang);
  }, 1000);

  input.addEventListener('input', update);
  region.addEventListener('change', update);
  update();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-tool="key-inspector"]')) mount(root);
