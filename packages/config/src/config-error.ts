// The one error loadConfig throws for user mistakes: every problem, readable, in the chosen language.
import { docsUrl } from './docs.ts';
import { sortFindings } from './findings.ts';
import type { Finding, Lang } from './types.ts';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** Every finding (errors, warnings, infos), errors first. */
  readonly findings: Finding[];
  readonly lang: Lang;

  constructor(findings: Finding[], lang: Lang = 'en') {
    const sorted = sortFindings(findings);
    super(formatConfigProblems(sorted, lang));
    this.findings = sorted;
    this.lang = lang;
    // Shown as-is when uncaught: the list of problems, not a stack trace of our code.
    this.stack = this.message;
  }

  /** The problems (errors, then warnings) as plain text in `lang`. */
  format(lang: Lang = this.lang): string {
    return formatConfigProblems(this.findings, lang);
  }

  get errors(): Finding[] {
    return this.findings.filter((f) => f.severity === 'error');
  }
}

export function formatConfigProblems(findings: readonly Finding[], lang: Lang): string {
  const shown = sortFindings(findings.filter((f) => f.severity !== 'info'));
  const errors = shown.filter((f) => f.severity === 'error').length;
  const head =
    lang === 'ja'
      ? `設定に ${errors} 件のエラーがあります（.env.local を確認してください）:`
      : `The configuration has ${errors} error${errors === 1 ? '' : 's'} (check your .env.local):`;
  const label = { error: { ja: 'エラー', en: 'error' }, warning: { ja: '警告', en: 'warning' } } as const;
  const lines = shown.map((f, i) => {
    const sev = label[f.severity as 'error' | 'warning'][lang];
    const where = f.variable ? `${f.variable}: ` : '';
    return [
      `${i + 1}. [${sev}] ${where}${f.message[lang]}`,
      `   ${lang === 'ja' ? '対処' : 'Fix'}: ${f.fix[lang]}`,
      `   ${lang === 'ja' ? '詳細' : 'More'}: ${docsUrl(f.docs, lang)}`,
    ].join('\n');
  });
  return [head, ...lines].join('\n');
}
