// Tool use by the scripted model: which offered tool the user's message asks for, and an input that
// is valid against the tool's JSON schema, filled with values taken from the message.
import type { JsonSchema, ToolSpec } from './chat.ts';

const STOPWORDS = new Set(
  "a an the is are was be to of in on for and or with what whats what's how me my i you your it this that please can could would get set do does tell give show use using current value from by at as".split(
    ' ',
  ),
);

/** Japanese words mapped to the English words tool names and descriptions usually use. */
const GLOSSARY: Record<string, string[]> = {
  天気: ['weather', 'forecast'],
  気温: ['weather', 'temperature'],
  計算: ['calculate', 'calculator', 'math', 'arithmetic', 'expression'],
  時間: ['time', 'clock'],
  時刻: ['time', 'clock'],
  日付: ['date'],
  検索: ['search', 'find', 'lookup'],
  調べ: ['search', 'lookup'],
  予定: ['calendar', 'event', 'schedule'],
  カレンダー: ['calendar'],
  メール: ['email', 'mail'],
  送信: ['send'],
  ユーザー: ['user', 'profile'],
  プロフィール: ['profile', 'user'],
  翻訳: ['translate'],
  在庫: ['stock', 'inventory'],
  注文: ['order'],
  株価: ['stock', 'price'],
  為替: ['exchange', 'currency'],
  ドキュメント: ['document', 'docs'],
  文書: ['document', 'docs'],
};

const ARITHMETIC = /[-(]?\s*\d+(?:\.\d+)?(?:\s*[-+*/×÷^%]\s*[(-]?\s*\d+(?:\.\d+)?\s*\)?)+/;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;

function englishWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9']*/g) ?? [])
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => !STOPWORDS.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/** Words of a tool name (`get_weather`, `getWeather`) and description. */
function toolTerms(tool: ToolSpec): Set<string> {
  const name = tool.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.]/g, ' ');
  const terms = new Set(englishWords(`${name} ${tool.description}`));
  for (const run of `${tool.name} ${tool.description}`.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) terms.add(run.slice(i, i + 2));
  }
  return terms;
}

function messageTerms(message: string): Set<string> {
  const terms = new Set(englishWords(message));
  for (const run of message.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) terms.add(run.slice(i, i + 2));
    for (const [ja, en] of Object.entries(GLOSSARY)) if (run.includes(ja)) for (const w of en) terms.add(w);
  }
  return terms;
}

export function arithmeticExpression(message: string): string | undefined {
  const found = ARITHMETIC.exec(message)?.[0];
  return found?.trim().replace(/×/g, '*').replace(/÷/g, '/');
}

function isCalculatorTool(terms: Set<string>): boolean {
  return ['calculate', 'calculator', 'calc', 'math', 'arithmetic', 'expression', 'evaluate', 'compute'].some((w) =>
    terms.has(w),
  );
}

/** How strongly the message asks for this tool (0: not at all). */
export function toolScore(tool: ToolSpec, message: string): number {
  const terms = toolTerms(tool);
  let score = 0;
  for (const term of messageTerms(message)) if (terms.has(term)) score++;
  if (arithmeticExpression(message) && isCalculatorTool(terms)) score += 2;
  return score;
}

/** The offered tools the message asks for, best first. */
export function matchTools(tools: readonly ToolSpec[], message: string): ToolSpec[] {
  return tools
    .map((tool, index) => ({ tool, index, score: toolScore(tool, message) }))
    .filter((t) => t.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((t) => t.tool);
}

/** Values the message offers, consumed in order as the schema asks for them. */
class MessageValues {
  private numbers: number[];
  private quoted: string[];
  private readonly expression: string | undefined;
  private readonly place: string | undefined;
  constructor(private readonly message: string) {
    this.expression = arithmeticExpression(message);
    const withoutExpression = this.expression ? message.replace(ARITHMETIC, ' ') : message;
    this.numbers = (withoutExpression.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    this.quoted = [...message.matchAll(/"([^"]+)"|「([^」]+)」|“([^”]+)”|'([^']{2,})'/g)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '',
    );
    this.place = placeName(message);
  }
  number(): number | undefined {
    return this.numbers.shift() ?? (this.expression ? evaluate(this.expression) : undefined);
  }
  string(name: string, schema: JsonSchema): string {
    const hint = `${name} ${schema.description ?? ''}`.toLowerCase();
    if (this.expression && /expr|formula|calculation|math|式/.test(hint)) return this.expression;
    const quoted = this.quoted.shift();
    if (quoted) return quoted;
    if (this.place && /city|location|place|town|country|region|where|都市|場所|地域/.test(hint)) return this.place;
    if (this.expression) return this.expression;
    if (/query|question|text|prompt|input|message|keyword|search/.test(hint)) return this.message.trim();
    return this.place ?? this.message.trim();
  }
}

/** A place or proper noun: a capitalised English word not at the start, or the Japanese noun before 「の」. */
function placeName(message: string): string | undefined {
  const inPlace = /\b(?:in|at|for|of)\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)/u.exec(message)?.[1];
  if (inPlace) return inPlace;
  const ja = /([\p{Script=Han}\p{Script=Katakana}ー]+)(?:の|で|に)/u.exec(message)?.[1];
  if (ja) return ja;
  return /(?<=\S\s)([A-Z][\p{L}-]+)/u.exec(message)?.[1];
}

/** Evaluates + - * / ^ % and parentheses, or undefined for anything else. Never uses eval. */
export function evaluate(expression: string): number | undefined {
  const tokens = expression
    .replace(/×/g, '*')
    .replace(/÷/g, '/')
    .match(/\d+(?:\.\d+)?|[-+*/^%()]/g);
  if (!tokens) return undefined;
  let pos = 0;
  const peek = () => tokens[pos];
  const primary = (): number => {
    const t = tokens[pos++];
    if (t === '(') {
      const v = sum();
      if (tokens[pos++] !== ')') throw new Error('paren');
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t !== undefined && /^\d/.test(t)) return Number(t);
    throw new Error('token');
  };
  const power = (): number => {
    const base = primary();
    if (peek() === '^') {
      pos++;
      return base ** power();
    }
    return base;
  };
  const product = (): number => {
    let v = power();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = tokens[pos++];
      const r = power();
      v = op === '*' ? v * r : op === '/' ? v / r : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[pos++];
      const r = product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  try {
    const v = sum();
    return pos === tokens.length && Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function typeOf(schema: JsonSchema): string | undefined {
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  if (t) return t;
  if (schema.properties) return 'object';
  if (schema.enum?.length) return typeof schema.enum[0];
  return undefined;
}

function valueFor(name: string, schema: JsonSchema, values: MessageValues, depth: number): unknown {
  if (schema.const !== undefined) return schema.const;
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant && !schema.type) return valueFor(name, variant, values, depth);
  if (schema.enum?.length) return schema.enum[0];
  switch (typeOf(schema)) {
    case 'number':
    case 'integer': {
      let n = values.number() ?? (typeof schema.default === 'number' ? schema.default : (schema.minimum ?? 1));
      if (typeOf(schema) === 'integer') n = Math.round(n);
      if (schema.minimum !== undefined) n = Math.max(n, schema.minimum);
      if (schema.maximum !== undefined) n = Math.min(n, schema.maximum);
      return n;
    }
    case 'boolean':
      return typeof schema.default === 'boolean' ? schema.default : true;
    case 'array': {
      const count = schema.minItems ?? 1;
      return Array.from({ length: count }, () => valueFor(name, schema.items ?? { type: 'string' }, values, depth + 1));
    }
    case 'object':
      return depth > 4 ? {} : objectFor(schema, values, depth + 1);
    case 'null':
      return null;
    default:
      return values.string(name, schema);
  }
}

function objectFor(schema: JsonSchema, values: MessageValues, depth: number): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const properties = schema.properties ?? {};
  // Required properties always; optional ones too, so the call carries what the message offers.
  for (const [name, property] of Object.entries(properties)) {
    input[name] = valueFor(name, property, values, depth);
  }
  return input;
}

/** A schema-valid input for `tool`, with values taken from `message`. */
export function toolInput(tool: ToolSpec, message: string): Record<string, unknown> {
  return objectFor(tool.schema, new MessageValues(message), 0);
}
