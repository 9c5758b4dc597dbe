// Escaping and the page frame every screen shares, with the development-only notice at the top.

import type { Lang, Localized } from './i18n.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Tagged template whose interpolations are escaped unless they are `SafeHtml`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = string | number | SafeHtml | readonly SafeHtml[] | undefined | false;

export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0] ?? '';
  parts.forEach((part, index) => {
    out += render(part) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

function render(part: Part): string {
  if (part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map((p) => p.value).join('');
  return escapeHtml(String(part));
}

export const DEV_ONLY_NOTICE: Localized = {
  ja: '開発専用の認証サーバーです。本番環境では使わないでください。',
  en: 'Development-only sign-in server. Do not use it in production.',
};

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Hiragino Sans", "Noto Sans JP", "Segoe UI", sans-serif; }
  body { margin: 0; background: #f4f5f7; color: #1d1f23; line-height: 1.6; }
  :lang(ja) { word-break: auto-phrase; }
  .notice { background: #8a1c1c; color: #fff; padding: 10px 16px; text-align: center; font-size: 14px; }
  .notice strong { display: block; font-size: 15px; }
  main { max-width: 460px; margin: 32px auto; background: #fff; border-radius: 10px; padding: 28px 32px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
  h1 { font-size: 22px; margin: 0 0 8px; }
  label { display: block; font-weight: 600; margin: 14px 0 4px; }
  input[type=email], input[type=password] { width: 100%; box-sizing: border-box; padding: 9px 10px; font-size: 15px; border: 1px solid #b7bcc5; border-radius: 6px; }
  button { font: inherit; font-weight: 600; padding: 9px 16px; border-radius: 6px; border: 1px solid #1f4fd1; background: #2558e8; color: #fff; cursor: pointer; }
  button.secondary, a.secondary { background: #fff; color: #1f4fd1; }
  a.secondary { display: inline-block; font-weight: 600; padding: 9px 16px; border-radius: 6px; border: 1px solid #1f4fd1; text-decoration: none; }
  .actions { display: flex; gap: 10px; margin-top: 20px; flex-wrap: wrap; }
  .error { background: #fdecec; color: #8a1c1c; border-radius: 6px; padding: 8px 12px; }
  .users { margin-top: 24px; border-top: 1px solid #e3e5e8; padding-top: 12px; font-size: 14px; }
  .users table { width: 100%; border-collapse: collapse; }
  .users td, .users th { text-align: left; padding: 4px 6px 4px 0; vertical-align: top; }
  code { background: #f0f1f3; padding: 1px 4px; border-radius: 4px; word-break: break-all; }
  .langs { text-align: right; font-size: 13px; }
  ul.scopes li { margin: 4px 0; }
  .request { border: 1px solid #d5d9e0; border-radius: 8px; padding: 12px 14px; margin: 14px 0; }
  .request dl { margin: 0; display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 12px; }
  .request dt { font-weight: 600; color: #4a505a; }
  .request dd { margin: 0; overflow-wrap: anywhere; }
  .request ul.scopes { margin: 0; padding-left: 18px; }
  .request .binding { font-size: 18px; font-weight: 700; }
  .request .actions button { flex: 1; min-height: 44px; }
  .ok { background: #e8f5ec; color: #1d5e33; border-radius: 6px; padding: 8px 12px; }
  @media (max-width: 500px) {
    main { margin: 0; border-radius: 0; padding: 20px 16px; box-shadow: none; }
    .request dl { grid-template-columns: minmax(0, 1fr); }
  }
  footer { text-align: center; color: #5d636d; font-size: 12px; margin-bottom: 24px; }
`;

export interface PageOptions {
  lang: Lang;
  title: Localized;
  body: SafeHtml;
  /** Links to the same page in each language (omitted where a language switch makes no sense). */
  langLinks?: Record<Lang, string>;
}

export function page({ lang, title, body, langLinks }: PageOptions): string {
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  const switcher = langLinks
    ? html`<p class="langs"><a href="${langLinks[other]}" hreflang="${other}" lang="${other}">${other === 'ja' ? '日本語' : 'English'}</a></p>`
    : undefined;
  return `<!doctype html>${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title[lang]} · dev-idp</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<div class="notice" role="alert" data-testid="dev-only-notice"><strong lang="${lang}">${DEV_ONLY_NOTICE[lang]}</strong><span lang="${other}">${DEV_ONLY_NOTICE[other]}</span></div>
<main>
${switcher}
<h1>${title[lang]}</h1>
${body}
</main>
<footer>@repo/dev-idp · OpenID Connect · ${lang === 'ja' ? 'ローカル開発用' : 'for local development'}</footer>
</body>
</html>`}`;
}
