// Live IAM policy builder: @repo/auth's isomorphic generator, the same one `npm run doctor -- --policy` uses.
import { bedrockPolicy, formatPolicy } from '@repo/auth/policy';
import { invocableIdFor } from '@repo/config/models';
import { copyButton } from './copy.ts';
import { h, pageLang } from './dom.ts';

const T = {
  ja: {
    copy: 'コピー',
    copied: 'コピーしました',
    badAccount: 'アカウント ID は 12 桁の数字です。空欄なら * を使います。',
  },
  en: { copy: 'Copy', copied: 'Copied', badAccount: 'An account ID is 12 digits. Leave it empty to use *.' },
};

function mount(root: HTMLElement): void {
  const lang = pageLang();
  const t = T[lang];
  const region = root.querySelector<HTMLSelectElement>('[data-region]')!;
  const chat = root.querySelector<HTMLSelectElement>('[data-chat]')!;
  const embedding = root.querySelector<HTMLSelectElement>('[data-embedding]')!;
  const account = root.querySelector<HTMLInputElement>('[data-account]')!;
  const doctorReads = root.querySelector<HTMLInputElement>('[data-doctor-reads]')!;
  const output = root.querySelector<HTMLElement>('[data-output]')!;

  let shown = '';
  const update = () => {
    const auth =
      root.querySelector<HTMLInputElement>('input[name="policy-auth"]:checked')?.value === 'iam' ? 'iam' : 'api-key';
    // A blur fires "change" without a new value: keep the output (and the copy button the user is clicking).
    const state = [region.value, chat.value, embedding.value, auth, account.value.trim(), doctorReads.checked].join(
      '|',
    );
    if (state === shown) return;
    shown = state;
    output.replaceChildren();
    const accountId = account.value.trim();
    if (accountId && !/^\d{12}$/.test(accountId)) {
      output.append(h('p', { class: 'finding', 'data-severity': 'error' }, t.badAccount));
      return;
    }
    const { policy, notes } = bedrockPolicy({
      region: region.value,
      // The ID the samples would really call in this region (a profile where one is needed).
      chatModelId: invocableIdFor(chat.value, region.value) ?? chat.value,
      embeddingModelId: invocableIdFor(embedding.value, region.value) ?? embedding.value,
      auth,
      ...(accountId ? { accountId } : {}),
      includeDoctorReads: doctorReads.checked,
    });
    const json = formatPolicy(policy);
    output.append(
      h('pre', { 'data-policy': '' }, h('code', {}, json)),
      copyButton({ idle: t.copy, done: t.copied }, () => json),
      ...notes.map((note) => h('p', { class: 'finding', 'data-severity': 'info' }, note[lang])),
    );
  };

  root.addEventListener('input', update);
  root.addEventListener('change', update);
  update();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-tool="policy-builder"]')) mount(root);
