// Tiny DOM helpers shared by the live tools: no framework, so each tool page ships a few KB of script.
import { type Finding, type Lang, langFromLocale } from '@repo/config';
import { SEVERITY_LABEL } from '../data/severity.ts';

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** The page's language, from `<html lang>` (Starlight sets it per locale). */
export function pageLang(): Lang {
  return langFromLocale(document.documentElement.lang);
}

/** A definition list of label/value rows (values rendered as text, never HTML). */
export function definitionList(rows: readonly (readonly [string, string])[]): HTMLDListElement {
  const dl = h('dl', { class: 'kv' });
  for (const [label, value] of rows) dl.append(h('dt', {}, label), h('dd', {}, value));
  return dl;
}

/** One finding as the doctor prints it: severity, code, message, fix and the docs link (same site, same language). */
export function findingCard(finding: Finding, lang: Lang): HTMLElement {
  const link = h('a', { href: `/${lang}/${finding.docs}` }, lang === 'ja' ? '詳しい説明' : 'Details');
  return h(
    'div',
    { class: 'finding', 'data-severity': finding.severity, 'data-code': finding.code },
    h(
      'p',
      {},
      h('strong', {}, `${SEVERITY_LABEL[finding.severity][lang]} · `),
      h('code', {}, finding.code),
      finding.variable ? ` · ${finding.variable}` : '',
    ),
    h('p', {}, finding.message[lang]),
    h('p', {}, `${lang === 'ja' ? '直し方: ' : 'Fix: '}${finding.fix[lang]} `, link),
  );
}
