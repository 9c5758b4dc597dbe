// Tool use by the scripted model: which offered tools the question needs (from the system prompt's
// instructions, the tools' names and descriptions and the question's concepts, in English and Japanese),
// and an input valid against each tool's JSON schema, filled field by field from the question.
import type { JsonSchema, ToolSpec } from './chat.ts';
import { askedConcepts, toolConcepts } from './intents.ts';
import type { ReplyLanguage } from './language.ts';
import { MessageValues, plausibleNumber, plausibleString } from './values.ts';

export { arithmeticExpression, evaluate } from './values.ts';

const STOPWORDS = new Set(
  "a an the is are was be to of in on for and or with what whats what's how me my i you your it this that please can could would get set do does tell give show use using value from by at as tool function return returns list fetch run call".split(
    ' ',
  ),
);
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;

function englishWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9']*/g) ?? [])
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => !STOPWORDS.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** English words and Japanese character pairs of a text. */
function terms(text: string): Set<string> {
  const found = new Set(englishWords(text));
  for (const run of text.match(CJK_RUN) ?? []) for (let i = 0; i + 2 <= run.length; i++) found.add(run.slice(i, i + 2));
  return found;
}

const splitName = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.]/g, ' ');

/** Parts of a question that may each need their own tool ("Compute 6 * 7 and tell me the weather in Paris"). */
function clauses(question: string): string[] {
  return question
    .split(
      /[?!？！。\n]+|\s*,?\s+(?:and|then|also)\s+(?=(?:tell|show|what|who|when|where|how|give|get|find|search|check|look|calculate|compute|buy|order|send|list|add)\b)|、?(?:それから|そして|あと|また)、?/i,
    )
    .map((c) => c.trim())
    .filter(Boolean);
}

interface Scored {
  tool: ToolSpec;
  index: number;
  score: number;
  /** What the tool answers in this clause by its name: asked concepts and question words in its name. */
  claims: string[];
  clause: number;
}

function scoreTool(tool: ToolSpec, index: number, clause: string, clauseIndex: number): Scored {
  const nameTerms = terms(splitName(tool.name));
  const descriptionTerms = terms(tool.description);
  const weights = toolConcepts(nameTerms, descriptionTerms);
  const words = terms(clause);
  let score = 0;
  const claims: string[] = [];
  for (const concept of askedConcepts(clause)) {
    const weight = weights.get(concept) ?? 0;
    score += weight;
    if (weight >= 3) claims.push(concept);
  }
  for (const word of words) {
    if (nameTerms.has(word)) {
      score += 2;
      claims.push(`word:${word}`);
    } else if (descriptionTerms.has(word)) score += 0.5;
  }
  return { tool, index, score, claims, clause: clauseIndex };
}

/**
 * The offered tools the question needs, in the order it asks for them. Each concept or word is answered by
 * the one tool that fits it best ("Tell me my user info" calls get_user_info, not also current_time, whose
 * description mentions the user's time zone).
 */
export function matchTools(tools: readonly ToolSpec[], question: string): ToolSpec[] {
  const winners = new Map<string, Scored>();
  clauses(question).forEach((clause, c) => {
    for (const [i, tool] of tools.entries()) {
      const scored = scoreTool(tool, i, clause, c);
      if (scored.score < 2) continue;
      for (const claim of scored.claims) {
        const best = winners.get(claim);
        if (!best || scored.score > best.score) winners.set(claim, scored);
      }
    }
  });
  const chosen = new Map<string, Scored>();
  for (const scored of winners.values()) {
    const seen = chosen.get(scored.tool.name);
    if (!seen || scored.clause < seen.clause) chosen.set(scored.tool.name, scored);
  }
  return [...chosen.values()]
    .sort((a, b) => a.clause - b.clause || b.score - a.score || a.index - b.index)
    .map((s) => s.tool);
}

/** The offered tool that fits the question best, even weakly (for `toolChoice: any`). */
export function bestTool(tools: readonly ToolSpec[], question: string): ToolSpec | undefined {
  const scored = tools.map((tool, i) => scoreTool(tool, i, question, 0));
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored[0]?.tool;
}

/**
 * Tools the system prompt says to call every time ("You must always call math_addition", "Always use the
 * search_docs tool", 「必ず search_docs を使ってください」), in the order it names them.
 */
export function requiredBySystem(tools: readonly ToolSpec[], system: string): ToolSpec[] {
  if (!system) return [];
  const sentences = system.split(/(?<=[.!?。！？\n])/);
  const required: { tool: ToolSpec; at: number }[] = [];
  for (const tool of tools) {
    const name = tool.name.toLowerCase();
    const at = system.toLowerCase().indexOf(name);
    if (at < 0) continue;
    const sentence = sentences.find((s) => s.toLowerCase().includes(name)) ?? '';
    if (/\b(?:always|must|every time|each time|for every|before answering)\b|必ず|常に|毎回/i.test(sentence)) {
      if (!/\b(?:never|don't|do not|must not)\b|使わない|しないで/i.test(sentence)) required.push({ tool, at });
    }
  }
  return required.sort((a, b) => a.at - b.at).map((r) => r.tool);
}

function typeOf(schema: JsonSchema): string | undefined {
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  if (t) return t;
  if (schema.properties) return 'object';
  if (schema.enum?.length) return typeof schema.enum[0];
  return undefined;
}

const hintOf = (name: string, schema: JsonSchema) => `${name} ${schema.description ?? ''}`.toLowerCase();

function numberRole(hint: string) {
  if (/price|cost|amount|total|budget|fee|payment|金額|価格|値段|予算|円/.test(hint)) return 'money' as const;
  if (/quantity|qty|count|number of|units|pieces|how many|数量|個数|数/.test(hint)) return 'count' as const;
  return undefined;
}

interface Fill {
  values: MessageValues;
  /** Structured output (a forced JSON tool): every field gets a plausible value; lists get a few items. */
  structured: boolean;
}

function enumValue(schema: JsonSchema, values: MessageValues): unknown {
  const options = schema.enum ?? [];
  const text = values.message.toLowerCase();
  const mentioned = options.find((o) => typeof o === 'string' && o.length > 1 && text.includes(o.toLowerCase()));
  return mentioned ?? schema.default ?? options[0];
}

function stringFor(name: string, schema: JsonSchema, fill: Fill, index: number, required: boolean): string | undefined {
  const { values } = fill;
  const hint = hintOf(name, schema);
  if (schema.format === 'date' || /\bdate\b|_date|date_|day\b|日付/.test(hint)) {
    const date = values.date();
    if (date || required || fill.structured) return date ?? values.today.toISOString().slice(0, 10);
  }
  if (schema.format === 'date-time') {
    const date = values.date() ?? values.today.toISOString().slice(0, 10);
    return `${date}T${values.time ?? '09:00'}:00Z`;
  }
  if (schema.format === 'email' || /e-?mail/.test(hint))
    return values.email ?? (required ? plausibleString('email', '', values.lang, index) : undefined);
  if (/\btime\b|_time|time_|時刻/.test(hint) && values.time) return values.time;
  if (/expr|formula|calculation|math|式/.test(hint) && values.expression) return values.expression;
  if (/product|item|goods|merchandise|商品|品名|品物/.test(hint) && values.product) return values.product;
  const quoted = values.quotedText();
  if (quoted) return quoted;
  if (/city|location|place|town|country|region|where|destination|都市|場所|地域/.test(hint)) {
    const place = values.properNoun();
    if (place) return place;
  }
  if (/query|question|search|keyword|topic|term|prompt|検索|質問/.test(hint)) return values.topic;
  if (fill.structured) return plausibleString(name, values.topic, values.lang, index);
  if (!required) return undefined;
  if (/text|input|message|content|body/.test(hint)) return values.message.trim();
  if (values.expression) return values.expression;
  return values.product ?? values.properNoun() ?? values.topic;
}

function valueFor(
  name: string,
  schema: JsonSchema,
  fill: Fill,
  depth: number,
  index: number,
  required: boolean,
): unknown {
  if (schema.const !== undefined) return schema.const;
  const variant = schema.anyOf?.find((s) => s.type !== 'null') ?? schema.oneOf?.[0];
  if (variant && !schema.type) return valueFor(name, variant, fill, depth, index, required);
  if (schema.enum?.length) return enumValue(schema, fill.values);
  const type = typeOf(schema);
  switch (type) {
    case 'number':
    case 'integer': {
      const offered = fill.values.number(numberRole(hintOf(name, schema)));
      if (offered === undefined && !required && !fill.structured) return undefined;
      let n =
        offered ??
        (typeof schema.default === 'number' ? schema.default : undefined) ??
        plausibleNumber(name) ??
        schema.minimum ??
        1;
      if (type === 'integer') n = Math.round(n);
      if (schema.minimum !== undefined) n = Math.max(n, schema.minimum);
      if (schema.maximum !== undefined) n = Math.min(n, schema.maximum);
      return n;
    }
    case 'boolean':
      if (!required && !fill.structured) return undefined;
      return typeof schema.default === 'boolean' ? schema.default : true;
    case 'array': {
      if (!required && !fill.structured) return undefined;
      const wanted = fill.structured ? 3 : 1;
      const count = Math.max(schema.minItems ?? 0, Math.min(wanted, schema.maxItems ?? wanted));
      const items: unknown[] = [];
      for (let i = 0; i < count; i++)
        items.push(valueFor(name, schema.items ?? { type: 'string' }, fill, depth + 1, i, true));
      return items;
    }
    case 'object':
      return depth > 4 ? {} : objectFor(schema, fill, depth + 1, index);
    case 'null':
      return null;
    default:
      return stringFor(name, schema, fill, index, required);
  }
}

function objectFor(schema: JsonSchema, fill: Fill, depth: number, index: number): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    // Optional fields only when the question offers a value (or a default choice, for enums), as a model does.
    const value = valueFor(name, property, fill, depth, index, required.has(name));
    if (value !== undefined) input[name] = value;
  }
  return input;
}

export interface InputOptions {
  lang?: ReplyLanguage;
  /** The day the conversation happens on (relative dates: "tomorrow", 「明日」). */
  today?: Date;
  structured?: boolean;
}

/** A schema-valid input for `tool`, with values taken from `message`. */
export function toolInput(tool: ToolSpec, message: string, options: InputOptions = {}): Record<string, unknown> {
  const values = new MessageValues(message, options.lang ?? 'en', options.today ?? new Date());
  return objectFor(tool.schema, { values, structured: options.structured ?? false }, 0, 0);
}

/** A JSON value for a schema (structured output), filled from the question and plausible per field. */
export function structuredValue(schema: JsonSchema, message: string, options: InputOptions = {}): unknown {
  const values = new MessageValues(message, options.lang ?? 'en', options.today ?? new Date());
  return valueFor('value', schema, { values, structured: true }, 0, 0, true);
}
