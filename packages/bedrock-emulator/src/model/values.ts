// Values a question offers for a tool's input (numbers with their role, dates, quoted text, places,
// products, e-mail addresses), and plausible stand-ins for fields the question says nothing about.
import type { ReplyLanguage } from './language.ts';

type NumberRole = 'money' | 'count' | 'plain';
interface Found {
  value: number;
  role: NumberRole;
}

const ARITHMETIC = /[-(]?\s*\d+(?:\.\d+)?(?:\s*[-+*/×÷^%]\s*[(-]?\s*\d+(?:\.\d+)?\s*\)?)+/;
const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const WEEKDAYS_EN = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');
const WEEKDAYS_JA = '日月火水木金土';
/** Counter words after a number: "3 bottles", 「3本」. */
const COUNTER =
  /^\s*(?:個|本|枚|つ|台|冊|杯|袋|箱|点|人|x\b|pcs?\b|pieces?\b|units?\b|items?\b|bottles?\b|boxes?\b|packs?\b|bags?\b|cans?\b|cups?\b|copies\b|pairs?\b|tickets?\b)/i;
const MONEY_AFTER = /^\s*(?:円|ドル|yen\b|dollars?\b|usd\b|jpy\b|eur\b|euros?\b)/i;
const MONEY_BEFORE = /(?:[$¥￥€£]|usd|jpy)\s*$/i;

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

/** The arithmetic a message contains: written as symbols ("12 * (3 + 4)"), or in words ("the sum of 3 and 4", 「3と4を足して」). */
export function arithmeticExpression(message: string): string | undefined {
  const text = message.normalize('NFKC').replace(/(\d),(?=\d{3}\b)/g, '$1');
  const percent = /(\d+(?:\.\d+)?)\s*%\s*of\s*(\d+(?:\.\d+)?)/i.exec(text);
  if (percent) return `${percent[2]} * ${percent[1]} / 100`;
  const power =
    /(\d+(?:\.\d+)?)\s*to the power of\s*(\d+)/i.exec(text) ?? /(\d+(?:\.\d+)?)\s*の\s*(\d+)\s*乗/.exec(text);
  if (power) return `${power[1]} ^ ${power[2]}`;
  const found = ARITHMETIC.exec(text)?.[0];
  if (found) return found.trim().replace(/×/g, '*').replace(/÷/g, '/');
  const numbers = text.match(/\d+(?:\.\d+)?/g);
  if (!numbers || numbers.length < 2) return undefined;
  const op = /\b(?:sum|plus|add|added|total)\b|足|合計/i.test(text)
    ? '+'
    : /\b(?:minus|subtract|difference|less)\b|引/i.test(text)
      ? '-'
      : /\b(?:times|product|multipl\w*)\b|掛け|かけ/i.test(text)
        ? '*'
        : /\b(?:divided|divide|quotient|over)\b|割/i.test(text)
          ? '/'
          : undefined;
  return op ? numbers.join(` ${op} `) : undefined;
}

/** "2026-12-03" for a date, from the day the conversation happens on. */
function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date the message names (absolute or relative to `today`), as YYYY-MM-DD. */
export function dateIn(message: string, today: Date): string | undefined {
  const text = message.normalize('NFKC');
  const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (isoDate) return isoDate[0];
  const shift = (days: number) => iso(new Date(today.getTime() + days * 86_400_000));
  const ja = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(text);
  const year = today.getUTCFullYear();
  if (ja) return iso(new Date(Date.UTC(Number(ja[1] ?? year), Number(ja[2]) - 1, Number(ja[3]))));
  const en = new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, 'i').exec(text);
  if (en) {
    const month = MONTHS.indexOf((en[1] ?? '').toLowerCase());
    return iso(new Date(Date.UTC(Number(en[3] ?? year), month, Number(en[2]))));
  }
  if (/\bday after tomorrow\b|明後日|あさって/i.test(text)) return shift(2);
  if (/\btomorrow\b|明日|あした/i.test(text)) return shift(1);
  if (/\byesterday\b|昨日|きのう/i.test(text)) return shift(-1);
  if (/\btoday\b|\btonight\b|今日|本日|今夜/i.test(text)) return shift(0);
  const weekday =
    new RegExp(`\\b(${WEEKDAYS_EN.join('|')})\\b`, 'i').exec(text)?.[1]?.toLowerCase() ??
    /([日月火水木金土])曜/.exec(text)?.[1];
  if (weekday) {
    const target = weekday.length === 1 ? WEEKDAYS_JA.indexOf(weekday) : WEEKDAYS_EN.indexOf(weekday);
    const ahead = (target - today.getUTCDay() + 7) % 7 || 7;
    return shift(ahead);
  }
  return undefined;
}

/** A time of day the message names ("3pm", "15:30", 「15時」), as HH:MM. */
function timeIn(message: string): string | undefined {
  const text = message.normalize('NFKC');
  const clock = /\b(\d{1,2}):(\d{2})\b/.exec(text);
  if (clock) return `${clock[1]?.padStart(2, '0')}:${clock[2]}`;
  const ampm = /\b(\d{1,2})\s*(am|pm)\b/i.exec(text);
  if (ampm) {
    const h = (Number(ampm[1]) % 12) + (ampm[2]?.toLowerCase() === 'pm' ? 12 : 0);
    return `${String(h).padStart(2, '0')}:00`;
  }
  const ja = /(午後)?(\d{1,2})時(?:(\d{1,2})分|半)?/.exec(text);
  if (ja) {
    const h = Number(ja[2]) + (ja[1] && Number(ja[2]) < 12 ? 12 : 0);
    const m = ja[3] ?? (ja[0].endsWith('半') ? '30' : '00');
    return `${String(h).padStart(2, '0')}:${m.padStart(2, '0')}`;
  }
  return undefined;
}

/** A place or proper noun: after "in/at/for/of" in English, or the Japanese noun before 「の」「で」「に」. */
function placeName(message: string): string | undefined {
  const inPlace = /\b(?:in|at|for|of)\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)/u.exec(message)?.[1];
  if (inPlace) return inPlace;
  const ja = /([\p{Script=Han}\p{Script=Katakana}ー]{2,})(?:の|で|に|へ)/u.exec(message)?.[1];
  if (ja && !/予定|天気|気温|時間|文書|予算/.test(ja)) return ja;
  return /(?<=\S\s)([A-Z][\p{L}-]+)/u.exec(message)?.[1];
}

/** What is to be bought: 「USBケーブルを3本買って」 -> USBケーブル, "Buy 2 bottles of olive oil for $8" -> olive oil. */
function productIn(message: string): string | undefined {
  const text = message.normalize('NFKC');
  const ja = /買|購入|注文|カートに/.test(text) ? /([^、。\s「」を]+?)を/u.exec(text)?.[1] : undefined;
  if (ja) return ja;
  const en =
    /\b(?:buy|purchase|order|get me)\s+(?:me\s+)?(?:an?\s+|the\s+|some\s+)?(?:\d+\s+)?(?:(?:bottles?|boxes?|packs?|bags?|cans?|cups?|pairs?|pieces?|units?)\s+of\s+)?([\p{L}\p{N}][\p{L}\p{N}' -]*?)(?=\s+(?:for|at|from|with|on|to|each|under|by)\b|[,.!?]|$)/iu.exec(
      message,
    )?.[1];
  return en?.trim() || undefined;
}

/** The subject of a question, without the request around it: what a search tool should look for. */
export function topicOf(message: string): string {
  const text = message
    .trim()
    .replace(
      /^(?:please\s+)?(?:search|look\s+up|find|look\s+for)(?:\s+(?:in\s+)?(?:my|our|the)\s+(?:documents?|docs|files|notes)(?:\s+for)?)?\s*[:,]?\s*/i,
      '',
    )
    .replace(/^(?:私|わたし|自分)の(?:文書|ドキュメント|資料|ファイル)(?:で|から|の中で|を)/, '')
    .replace(/(?:を|について)?(?:検索|調べ|探し)(?:して(?:ください|下さい)?|てください)?[。.!?！？]*$/u, '')
    .replace(/^(?:please\s+)?(?:tell me|show me|give me)\s+/i, '')
    .replace(/^(?:generate|create|write|make|invent|suggest)\s+(?:me\s+)?(?:an?\s+|the\s+|some\s+)?/i, '')
    .trim();
  return text || message.trim();
}

function firstCapitalised(message: string): string | undefined {
  return /(?<=\S\s)([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)/u.exec(message)?.[1];
}

/** Numbers with the role the words around them give: money ($8, 1200円), a count (3 bottles, 3本) or plain. */
function numbersIn(message: string): Found[] {
  const text = message
    .normalize('NFKC')
    .replace(/\b\d{4}-\d{2}-\d{2}\b|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\b\d{1,2}:\d{2}\b/g, ' ')
    .replace(/第\d+|\bq[1-4]\b/gi, ' ');
  const found: Found[] = [];
  for (const m of text.matchAll(/-?\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 4), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 10);
    const role: NumberRole =
      MONEY_BEFORE.test(before) || MONEY_AFTER.test(after) ? 'money' : COUNTER.test(after) ? 'count' : 'plain';
    found.push({ value: Number(m[0].replace(/,/g, '')), role });
  }
  return found;
}

/** Values the message offers, handed out once each as the schema asks for them. */
export class MessageValues {
  private readonly numbers: Found[];
  private readonly quoted: string[];
  readonly expression: string | undefined;
  readonly place: string | undefined;
  readonly product: string | undefined;
  readonly email: string | undefined;
  readonly time: string | undefined;
  readonly topic: string;

  constructor(
    readonly message: string,
    readonly lang: ReplyLanguage,
    readonly today: Date,
  ) {
    this.expression = arithmeticExpression(message);
    this.numbers = numbersIn(message);
    this.quoted = [...message.matchAll(/"([^"]+)"|「([^」]+)」|“([^”]+)”|'([^']{2,})'/g)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '',
    );
    this.place = placeName(message);
    this.product = productIn(message);
    this.email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(message)?.[0];
    this.time = timeIn(message);
    this.topic = topicOf(message);
  }

  /** The next number for a field: one with the role the field wants first, then any plain one. */
  number(role: NumberRole | undefined): number | undefined {
    const pick = (test: (f: Found) => boolean) => {
      const i = this.numbers.findIndex(test);
      return i < 0 ? undefined : this.numbers.splice(i, 1)[0]?.value;
    };
    if (role === 'money') return pick((f) => f.role === 'money') ?? pick((f) => f.role === 'plain');
    if (role === 'count') return pick((f) => f.role === 'count') ?? pick((f) => f.role === 'plain');
    return pick((f) => f.role === 'plain') ?? pick(() => true);
  }

  quotedText(): string | undefined {
    return this.quoted.shift();
  }

  date(): string | undefined {
    return dateIn(this.message, this.today);
  }

  properNoun(): string | undefined {
    return this.place ?? firstCapitalised(this.message);
  }
}

const PLAUSIBLE: [RegExp, (lang: ReplyLanguage, i: number) => string][] = [
  [/e-?mail/, (_l, i) => ['alex@example.com', 'sam@example.com', 'kim@example.com'][i % 3] as string],
  [/url|link|website|homepage/, () => 'https://example.com'],
  [/phone|tel/, () => '+81-3-1234-5678'],
  [/first_?name|given/, (l, i) => (l === 'ja' ? ['太郎', '花子', '健'] : ['Alex', 'Sam', 'Kim'])[i % 3] as string],
  [
    /last_?name|family|surname/,
    (l, i) => (l === 'ja' ? ['山田', '佐藤', '鈴木'] : ['Smith', 'Lee', 'Tanaka'])[i % 3] as string,
  ],
  [
    /author|person|user_?name|full_?name|customer|owner|assignee/,
    (l, i) =>
      (l === 'ja' ? ['山田 太郎', '佐藤 花子', '鈴木 健'] : ['Alex Smith', 'Sam Lee', 'Kim Tanaka'])[i % 3] as string,
  ],
  [/country/, (l) => (l === 'ja' ? '日本' : 'Japan')],
  [
    /city|location|place|town|address/,
    (l, i) => (l === 'ja' ? ['東京', '大阪', '福岡'] : ['Tokyo', 'Osaka', 'Fukuoka'])[i % 3] as string,
  ],
  [/colou?r/, (l, i) => (l === 'ja' ? ['青', '緑', '赤'] : ['blue', 'green', 'red'])[i % 3] as string],
  [/currency/, () => 'JPY'],
  [/lang(uage)?|locale/, (l) => l],
  [/status|state/, () => 'active'],
  [/\bid$|_id$|identifier|sku|code/, (_l, i) => `item-${i + 1}`],
];

/** A plausible value for a string field the question says nothing about, from the field's name. */
export function plausibleString(field: string, topic: string, lang: ReplyLanguage, index: number): string {
  const key = field.toLowerCase();
  for (const [pattern, make] of PLAUSIBLE) if (pattern.test(key)) return make(lang, index);
  const subject = topic.replace(/[。.!?！？]+$/u, '').slice(0, 60);
  if (
    /^name$/.test(key) &&
    /\b(?:person|user|character|customer|employee|people|someone)\b|人物|ユーザー|社員|顧客/i.test(topic)
  ) {
    return (lang === 'ja' ? ['山田 太郎', '佐藤 花子', '鈴木 健'] : ['Alex Smith', 'Sam Lee', 'Kim Tanaka'])[
      index % 3
    ] as string;
  }
  if (/title|name|heading|subject|label/.test(key)) {
    const title = subject.charAt(0).toUpperCase() + subject.slice(1);
    return index ? `${title} (${index + 1})` : title;
  }
  if (/desc|summary|content|body|text|detail|note|comment|reason|explanation|answer|message/.test(key)) {
    return lang === 'ja' ? `${subject}についての説明です。` : `A short description of ${subject}.`;
  }
  const label = key.replace(/[_-]+/g, ' ').replace(/(?<=[a-z])s$/, '');
  return index ? `${label} ${index + 1}` : label || subject;
}

/** A plausible number for a field the question gives no number for. */
export function plausibleNumber(field: string): number | undefined {
  const key = field.toLowerCase();
  if (/age/.test(key)) return 30;
  if (/year/.test(key)) return 2026;
  if (/rating|score|stars/.test(key)) return 4;
  if (/price|cost|amount|total/.test(key)) return 1200;
  if (/percent|ratio|probability|confidence/.test(key)) return 0.8;
  if (/minutes|duration/.test(key)) return 30;
  return undefined;
}
