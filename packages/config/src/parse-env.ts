// A .env parser with dotenv's semantics that also keeps what diagnostics need: the line of every
// assignment, keys assigned twice, and lines that are not assignments at all.
// dotenv's own `parse` cannot be bundled for the browser (its module imports fs, path, os and crypto),
// so this file reproduces its grammar: the same line expression, quote stripping and escapes.
// parse-env.test.ts runs a corpus through both and expects identical key/values.

/**
 * dotenv's line grammar (dotenv 16-18): optional `export `, a key of word characters, `.` and `-`,
 * `=` (or `: `), then a single-, double- or back-quoted value (may span lines) or an unquoted one
 * that ends at `#` or the end of the line, then an optional comment. `d` gives group positions.
 */
const LINE =
  /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;

export interface EnvEntry {
  key: string;
  value: string;
  /** 1-based line of the key. */
  line: number;
  /** The value was written in quotes (`'`, `"` or `` ` ``). */
  quote?: "'" | '"' | '`';
}

export interface ParsedEnv {
  /** Key/values exactly as dotenv's `parse` returns them (last assignment wins). */
  values: Record<string, string>;
  /** Every assignment in file order, including the ones a later duplicate overrides. */
  entries: EnvEntry[];
  /** Keys assigned more than once, with all their lines. */
  duplicates: { key: string; lines: number[] }[];
  /** 1-based lines that are neither blank, a comment nor part of an assignment. */
  strayLines: number[];
}

/** Parse .env text (string, with or without BOM and CRLF line ends). */
export function parseEnv(text: string): ParsedEnv {
  // dotenv turns CRLF and lone CR into LF before matching; a BOM is matched by `\s`.
  const source = text.replace(/\r\n?/g, '\n');
  const lineStarts = computeLineStarts(source);
  const covered = new Array<boolean>(lineStarts.length).fill(false);
  const entries: EnvEntry[] = [];
  const values: Record<string, string> = {};

  for (const match of source.matchAll(LINE)) {
    const key = match[1] as string;
    const [keyStart] = match.indices?.[1] ?? [match.index];
    const end = match.index + match[0].length;
    const raw = (match[2] ?? '').trim();
    const quote = raw[0];
    let value = raw.replace(/^(['"`])([\s\S]*)\1$/gm, '$2');
    if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    const line = lineOf(lineStarts, keyStart);
    for (let l = line; l <= lineOf(lineStarts, Math.max(keyStart, end - 1)); l++) covered[l - 1] = true;
    const isQuoted = raw.length >= 2 && (quote === "'" || quote === '"' || quote === '`') && raw.endsWith(quote);
    entries.push({ key, value, line, ...(isQuoted ? { quote: quote as EnvEntry['quote'] } : {}) });
    values[key] = value;
  }

  const linesByKey = new Map<string, number[]>();
  for (const { key, line } of entries) linesByKey.set(key, [...(linesByKey.get(key) ?? []), line]);
  const duplicates = [...linesByKey].filter(([, lines]) => lines.length > 1).map(([key, lines]) => ({ key, lines }));

  const strayLines: number[] = [];
  source.split('\n').forEach((content, index) => {
    const trimmed = content.replace(/^\uFEFF/, '').trim();
    if (!covered[index] && trimmed !== '' && !trimmed.startsWith('#')) strayLines.push(index + 1);
  });

  return { values, entries, duplicates, strayLines };
}

function computeLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line containing character `offset` (binary search over line starts). */
function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
