// Findings about the .env text itself (duplicates, stray lines), and the docs widget's one-call check.
import { keyMistakeFinding } from './api-key.ts';
import { finding, type LocalizedFinding, localizeFinding, sortFindings } from './findings.ts';
import { type ParsedEnv, parseEnv } from './parse-env.ts';
import { type ResolveOptions, resolveConfig } from './resolve.ts';
import type { Finding, Lang } from './types.ts';
import { findVariable } from './variables.ts';

/** Duplicate keys and lines that are not assignments; `file` names the file in messages. */
export function envTextFindings(parsed: ParsedEnv, file: string): Finding[] {
  const findings: Finding[] = [];
  for (const { key, lines } of parsed.duplicates) {
    const last = lines[lines.length - 1];
    findings.push(
      finding(
        'duplicate-variable',
        key,
        {
          ja: `${file} で ${key} が ${lines.length} 回設定されています（${lines.join('、')} 行目）。最後の ${last} 行目の値が使われます。`,
          en: `${key} is set ${lines.length} times in ${file} (lines ${lines.join(', ')}); the last one, line ${last}, wins.`,
        },
        {
          ja: `使わない ${key} の行を削除し、1 つだけにしてください。`,
          en: `Delete the ${key} lines you do not mean, keeping one.`,
        },
      ),
    );
  }
  for (const line of parsed.strayLines) {
    const previous = [...parsed.entries].reverse().find((e) => e.line < line);
    if (previous?.key === 'AWS_BEARER_TOKEN_BEDROCK' && isContinuation(parsed, previous.line, line)) {
      findings.push(keyMistakeFinding('multiline', ''));
      continue;
    }
    // The line's content is never shown: it may be part of a secret.
    findings.push(
      finding(
        'stray-line',
        undefined,
        {
          ja: `${file} の ${line} 行目は KEY=VALUE の形式ではないため、無視されます。`,
          en: `Line ${line} of ${file} is not KEY=VALUE, so it is ignored.`,
        },
        {
          ja: `${line} 行目を KEY=VALUE の形にするか、先頭に # を付けてコメントにしてください。前の行の値の続きであれば、前の行とつなげて 1 行にしてください。`,
          en: `Make line ${line} KEY=VALUE, or start it with # to make it a comment. If it continues the value above, join the two lines.`,
        },
      ),
    );
  }
  return findings;
}

/** Every line after the key's line up to `line` is a stray line (a value broken over lines). */
function isContinuation(parsed: ParsedEnv, keyLine: number, line: number): boolean {
  for (let l = keyLine + 1; l < line; l++) if (!parsed.strayLines.includes(l)) return false;
  return true;
}

/**
 * Text findings + resolution findings, errors first, each reported once. When the API key is split
 * over lines, the first part alone looks damaged: that follow-on finding is dropped.
 */
export function mergeFindings(textFindings: Finding[], resolved: Finding[]): Finding[] {
  const split = textFindings.some((f) => f.code === 'api-key-multiline');
  const followOn = new Set(['api-key-damaged-short-term', 'api-key-damaged-long-term', 'api-key-unrecognized']);
  const kept = resolved.filter((f) => !(split && f.variable === 'AWS_BEARER_TOKEN_BEDROCK' && followOn.has(f.code)));
  const seen = new Set<string>();
  return sortFindings([...textFindings, ...kept]).filter((f) => {
    const key = `${f.code}|${f.variable ?? ''}|${f.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Parse .env text and check it as the samples would see it (no real environment): the docs site's
 * live checker. Without `lang`: the bilingual findings; with it: findings in that language, errors first.
 * A key split over lines is reported once.
 */
export function checkEnvText(text: string, lang?: undefined, options?: ResolveOptions): Finding[];
export function checkEnvText(text: string, lang: Lang, options?: ResolveOptions): LocalizedFinding[];
export function checkEnvText(text: string, lang?: Lang, options: ResolveOptions = {}): Finding[] | LocalizedFinding[] {
  const parsed = parseEnv(text);
  const textFindings = envTextFindings(parsed, '.env');
  const sources = Object.fromEntries(parsed.entries.map((e) => [e.key, `.env:${e.line}`]));
  const { findings } = resolveConfig(parsed.values, sources, options);
  const all = mergeFindings(textFindings, findings);
  return lang ? all.map((f) => localizeFinding(f, lang)) : all;
}

/** Names that hold a secret: the known secret variables, and any other name that says it is one. */
function isSecretName(name: string): boolean {
  return findVariable(name)?.secret ?? /SECRET|TOKEN|PASSWORD|PRIVATE/i.test(name);
}

/**
 * The .env text as a masked view shows it: every character of a secret value, and of any line that is not an
 * assignment or a comment (it may continue a secret), becomes `*`; names, other values and comments stay, so a
 * reader can still see which line is which. Same length line for line, for an overlay on the text.
 */
export function maskEnvSecrets(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(#|$)/.test(line)) return line;
      // Upper-case names only: the rest of a key broken over lines may look like `chunk=` (base64 padding).
      const assignment = /^(\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)\s*=)(.*)$/.exec(line);
      if (!assignment) return line.replace(/\S/g, '*');
      const [, head = '', name = '', value = ''] = assignment;
      return isSecretName(name) ? head + value.replace(/\S/g, '*') : line;
    })
    .join('\n');
}
