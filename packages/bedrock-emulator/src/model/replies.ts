// The scripted model's sentences: answers built from tool results (read as a person would say them, in
// the question's language), the reply when no tool is needed, and the reasoning shown with extended thinking.
import type { ToolCall } from './chat.ts';
import type { ReplyLanguage } from './language.ts';

export interface ToolOutcome {
  name: string;
  content: string;
  isError: boolean;
}

export function snippet(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Ends a sentence once: no "this..", no 「…」。。 */
function sentence(text: string, lang: ReplyLanguage): string {
  const trimmed = text.trim();
  if (/[。．.!?！？]$/u.test(trimmed)) return trimmed;
  return `${trimmed}${lang === 'ja' ? '。' : '.'}`;
}

/** Collapses doubled sentence ends a join may leave ("。。", "..", but not "..."). */
function tidy(text: string): string {
  return text
    .replace(/。{2,}/g, '。')
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/\s+([.,])/g, '$1');
}

const humanKey = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

const scalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function pick(record: Record<string, unknown>, pattern: RegExp): string | undefined {
  for (const [k, v] of Object.entries(record)) if (pattern.test(k) && scalar(v) && String(v).trim()) return String(v);
  return undefined;
}

/** A list item (an event, a product, a document) in a few words: its title and when or how much. */
function itemLabel(item: unknown): string {
  if (!item || typeof item !== 'object') return snippet(String(item), 60);
  const record = item as Record<string, unknown>;
  const title = pick(record, /^(?:title|name|summary|subject|label|product)$/i) ?? pick(record, /title|name|summary/i);
  const when = pick(record, /^(?:start|startTime|start_time|time|date|when)$/i);
  const price = pick(record, /^(?:price|amount|total)$/i);
  const parts = [title ?? snippet(JSON.stringify(record), 60), when, price].filter(Boolean);
  return parts.join(' · ');
}

function describeObject(name: string, record: Record<string, unknown>, lang: ReplyLanguage): string {
  // A list in an envelope ({ date, events: [...] }, Google's { items: [...] }): the list itself.
  const list = Object.values(record).find((v): v is unknown[] => Array.isArray(v));
  if (list && !scalar(record.result)) return describeList(name, list, lang);
  // A calculation: "(12 + 30) * 2 = 84".
  if (scalar(record.result)) {
    const expression = pick(record, /^(?:expression|input|formula)$/i);
    if (lang === 'ja')
      return expression ? `${expression} の計算結果は ${record.result} です。` : `結果は ${record.result} です。`;
    return expression ? `${expression} = ${record.result}.` : `The result is ${record.result}.`;
  }
  // A time: the formatted form the tool gives, with its zone.
  const formatted = pick(record, /^(?:formatted|display|text|localTime|local_time)$/i);
  const zone = pick(record, /^(?:timeZone|time_zone|timezone|zone)$/i);
  if (formatted && (zone || pick(record, /^(?:iso|datetime|date_time)$/i))) {
    const where = zone ? ` (${zone})` : '';
    return lang === 'ja' ? `現在の日時は ${formatted}${where} です。` : `It is now ${formatted}${where}.`;
  }
  // A profile: who the user is.
  const email = pick(record, /^e-?mail$/i);
  const person = pick(record, /^(?:name|full_?name|nickname|preferred_username)$/i);
  if (email || (person && pick(record, /^(?:sub|user_?id|locale|picture)$/i))) {
    const who = [person, email && person ? `(${email})` : email].filter(Boolean).join(' ');
    return lang === 'ja' ? `あなたは ${who} としてサインインしています。` : `You are signed in as ${who}.`;
  }
  // Anything else: its fields as a sentence, never as a key dump.
  const fields = Object.entries(record)
    .filter(([, v]) => scalar(v))
    .slice(0, 5);
  if (fields.length === 0) return lang === 'ja' ? `${name} が結果を返しました。` : `${name} returned a result.`;
  if (lang === 'ja') return `${name} によると、${fields.map(([k, v]) => `${humanKey(k)}は ${v}`).join('、')} です。`;
  return `According to ${name}, ${fields.map(([k, v]) => `the ${humanKey(k)} is ${v}`).join(', ')}.`;
}

function describeList(name: string, items: unknown[], lang: ReplyLanguage): string {
  if (items.length === 0)
    return lang === 'ja' ? '該当するものは見つかりませんでした。' : 'I found nothing that matches.';
  const shown = items.slice(0, 5).map(itemLabel);
  if (lang === 'ja') return `${name} で ${items.length} 件見つかりました: ${shown.join('、')}。`;
  return `I found ${items.length} ${items.length === 1 ? 'item' : 'items'} with ${name}: ${shown.join('; ')}.`;
}

/** Passages labelled with their source (`[title] (passage 1)` then the text): the answer cites the title. */
function describePassages(content: string, lang: ReplyLanguage): string | undefined {
  const found = [...content.matchAll(/^\[([^\]\n]+)\][^\n]*\n([^\n]+(?:\n(?!---|\[)[^\n]+)*)/gm)];
  if (found.length === 0) return undefined;
  const [first] = found;
  const titles = [...new Set(found.map((m) => m[1] as string))];
  const passage = snippet(first?.[2] ?? '', 200);
  if (lang === 'ja') return `「${titles.join('」「')}」によると、${sentence(passage, 'ja')}`;
  return `According to ${titles.join(', ')}: ${sentence(passage, 'en')}`;
}

function describe(outcome: ToolOutcome, lang: ReplyLanguage): string {
  const { name, content } = outcome;
  if (outcome.isError) {
    const message = sentence(snippet(content, 200), lang);
    return lang === 'ja'
      ? `${name} でエラーが発生しました: ${message}`
      : `The ${name} tool reported an error: ${message}`;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return describePassages(content, lang) ?? sentence(snippet(content, 200), lang);
  }
  if (Array.isArray(parsed)) return describeList(name, parsed, lang);
  if (parsed && typeof parsed === 'object') return describeObject(name, parsed as Record<string, unknown>, lang);
  return sentence(String(parsed), lang);
}

/** The answer once the tools have run. */
export function answerFromResults(results: ToolOutcome[], lang: ReplyLanguage): string {
  return tidy(results.map((r) => describe(r, lang)).join(lang === 'ja' ? '' : ' '));
}

/** The reply when no tool is needed: says plainly that this is the scripted model. */
export function greeting(question: string, lang: ReplyLanguage): string {
  const q = snippet(question);
  return tidy(
    lang === 'ja'
      ? `こんにちは。「${q}」についてのご質問ですね。これはローカルの Bedrock エミュレーターが決まった規則で作った応答です。実際の回答が必要なときは、Amazon Bedrock のモデルに接続してください。`
      : `Hello! You asked: "${q}". This reply comes from the scripted model of the local Bedrock emulator, so it is the same every time. Connect an Amazon Bedrock model to get a real answer.`,
  );
}

/** The reasoning shown with extended thinking: what was asked and what the model does next. */
export function reasoningText(question: string, next: ToolCall[], results: ToolOutcome[], lang: ReplyLanguage): string {
  const q = snippet(question);
  if (lang === 'ja') {
    const plan = next.length
      ? `${next.map((c) => c.name).join('、')} ツールを呼び出して必要な情報を取得します。`
      : results.length
        ? `${[...new Set(results.map((r) => r.name))].join('、')} の結果がそろったので、それをもとに回答します。`
        : 'ツールは必要ないので、そのまま回答します。';
    return `ユーザーは「${q}」と尋ねています。${plan}`;
  }
  const plan = next.length
    ? `I should call ${next.map((c) => c.name).join(' and ')} to get what I need.`
    : results.length
      ? `I have the results from ${[...new Set(results.map((r) => r.name))].join(' and ')}, so I can answer from them.`
      : 'No tool is needed, so I will answer directly.';
  return `The user asks: "${q}". ${plan}`;
}
