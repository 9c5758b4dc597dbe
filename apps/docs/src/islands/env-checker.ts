// Live .env.local checker: the same @repo/config checks `npm run doctor -- --offline` runs, in the page.
// The pasted text stays in the (masked) textarea: never stored, sent, logged or put in the URL.
import { checkEnvText, type Lang, maskEnvSecrets, parseEnv, resolveConfig } from '@repo/config';
import { definitionList, findingCard, h, pageLang } from './dom.ts';

const T = {
  ja: {
    summary: '読み取った設定',
    mode: 'Bedrock の接続先',
    aws: 'Amazon Bedrock',
    emulator: 'ローカルのエミュレーター',
    credential: '認証情報',
    region: 'リージョン',
    chat: 'チャットモデル',
    embedding: '埋め込みモデル',
    auth0: 'サインイン',
    tenant: 'Auth0 テナント',
    dev: 'ローカルの開発用 ID プロバイダー',
    ok: '問題は見つかりませんでした。',
    count: (e: number, w: number) => `エラー ${e} 件、警告 ${w} 件`,
  },
  en: {
    summary: 'What was read',
    mode: 'Bedrock requests go to',
    aws: 'Amazon Bedrock',
    emulator: 'the local emulator',
    credential: 'Credential',
    region: 'Region',
    chat: 'Chat model',
    embedding: 'Embedding model',
    auth0: 'Sign-in',
    tenant: 'Auth0 tenant',
    dev: 'local dev issuer',
    ok: 'No problems found.',
    count: (e: number, w: number) => `${e} error(s), ${w} warning(s)`,
  },
};

// An example with the usual mistakes; every value is fake.
const EXAMPLE = [
  'AWS_BEARER_TOKEN_BEDROCK=XXXXXXXXXXXXXXXXXXXXXXXX',
  'AWS_REGION=ap-northeast-1',
  'BEDROCK_MODEL_ID=anthropic.claude-3-sonnet-20240229-v1:0',
  'BEDROCK_EMBEDING_MODEL_ID=amazon.titan-embed-text-v1',
  'AUTH0_DOMAIN=https://example-tenant.jp.auth0.com/',
  '',
].join('\n');

function check(text: string, lang: Lang): HTMLElement {
  const t = T[lang];
  const out = h('div', { class: 'tool-output' });
  const findings = checkEnvText(text);
  const { values } = parseEnv(text);
  const { summary } = resolveConfig(values);
  const b = summary.bedrock;
  // A value the checks reject has no resolved value: show what was written, so the finding below makes sense.
  const written = (...names: string[]) => names.map((name) => values[name]).find((v) => v !== undefined) ?? '-';
  out.append(
    h('h3', {}, t.summary),
    definitionList([
      [t.mode, b.mode === 'aws' ? t.aws : t.emulator],
      [t.credential, b.credential[lang]],
      [t.region, b.region ?? written('AWS_REGION', 'BEDROCK_REGION', 'AWS_DEFAULT_REGION')],
      [t.chat, b.chatModelId ?? written('BEDROCK_MODEL_ID', 'BEDROCK_CHAT_MODEL_ID')],
      [t.embedding, b.embeddingModelId ?? written('BEDROCK_EMBEDDING_MODEL_ID')],
      [t.auth0, summary.auth0.mode === 'tenant' ? `${t.tenant} (${summary.auth0.issuerBaseUrl})` : t.dev],
    ]),
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  out.append(
    h('p', { 'data-count': `${errors}:${warnings}` }, errors + warnings === 0 ? t.ok : t.count(errors, warnings)),
  );
  for (const f of findings) out.append(findingCard(f, lang));
  return out;
}

function mount(root: HTMLElement): void {
  const lang = pageLang();
  const textarea = root.querySelector<HTMLTextAreaElement>('textarea[data-env]')!;
  const show = root.querySelector<HTMLInputElement>('input[data-show]')!;
  const example = root.querySelector<HTMLButtonElement>('button[data-example]')!;
  const output = root.querySelector<HTMLElement>('[data-output]')!;
  const backdrop = root.querySelector<HTMLElement>('[data-backdrop]')!;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // The backdrop shows the text with secret values as `*`; the textarea grows with its text so both wrap alike.
  const redraw = () => {
    backdrop.textContent = `${maskEnvSecrets(textarea.value)}\n`;
    textarea.style.height = 'auto';
    textarea.style.height = `${textarea.scrollHeight}px`;
  };
  const update = () => {
    output.replaceChildren();
    if (textarea.value.trim()) output.append(check(textarea.value, lang));
  };
  textarea.addEventListener('input', () => {
    redraw();
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  show.addEventListener('change', () => textarea.classList.toggle('masked', !show.checked));
  example.addEventListener('click', () => {
    textarea.value = EXAMPLE;
    redraw();
    update();
  });
  redraw();
  update();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-tool="env-checker"]')) mount(root);
