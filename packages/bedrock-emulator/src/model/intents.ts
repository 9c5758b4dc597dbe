// What a question asks for, as concepts shared by questions and tool definitions. A tool "is for" a concept
// when the concept's words appear in its name (strongly) or description (weakly); a question "asks for" it
// when one of the concept's English or Japanese phrasings appears. This lets the scripted model pick
// `get_user_info` for "Who am I?" / 「私は誰？」 without knowing any tool by name.

export interface Concept {
  name: string;
  /** Words a tool's name or description uses for it (lower case, singular). */
  toolWords: string[];
  /** Phrasings in a question (matched case-insensitively on the whole question). */
  asks: RegExp[];
}

export const CONCEPTS: readonly Concept[] = [
  {
    name: 'user',
    toolWords: ['user', 'userinfo', 'profile', 'whoami', 'identity', 'account', 'me'],
    asks: [
      /\bwho am i\b/i,
      /\babout me\b/i,
      /\bmy (?:own )?(?:name|e-?mail(?: address)?|profile|account|user ?info(?:rmation)?|user details|details|identity|locale)\b/i,
      /\buser ?info/i,
      /\bam i (?:signed|logged) in\b/i,
      /私は誰|わたしは誰|自分は誰|私の(?:名前|メール|プロフィール|情報|ユーザー|アカウント)|自分の(?:名前|メール|プロフィール|情報|アカウント)|ユーザー情報|プロフィール/,
    ],
  },
  {
    name: 'time',
    toolWords: ['time', 'clock', 'date', 'now', 'today', 'datetime', 'timezone'],
    asks: [
      /\bwhat time\b/i,
      /\btime is it\b/i,
      /\bcurrent (?:date|time)\b/i,
      /\b(?:today'?s|the) date\b/i,
      /\bwhat day\b/i,
      /\bwhat(?:'s| is) today\b/i,
      /何時|時刻|今日は何日|何曜日|日付|現在の(?:時間|日時)|今の(?:時間|日時)/,
    ],
  },
  {
    name: 'calculate',
    toolWords: [
      'calculate',
      'calculator',
      'calc',
      'math',
      'arithmetic',
      'compute',
      'evaluate',
      'expression',
      'add',
      'addition',
      'sum',
      'subtract',
      'subtraction',
      'multiply',
      'multiplication',
      'divide',
      'division',
    ],
    asks: [
      /\d\s*[-+*/×÷^%]\s*[(-]?\s*\d/,
      /\b(?:calculate|compute|sum|plus|minus|times|multiplied|divided|add|subtract|product of|square root|to the power of)\b/i,
      /\d\s*%\s*of\s*\d/i,
      /計算|足し|足す|引く|引き算|掛け|かけ算|割る|割り算|合計|平方根|\d\s*乗/,
    ],
  },
  {
    name: 'documents',
    toolWords: ['document', 'doc', 'docs', 'knowledge', 'file', 'passage', 'retrieve', 'retrieval', 'rag', 'note'],
    asks: [
      /\b(?:my|our|the team'?s|company) (?:documents?|docs|files?|notes?|uploads?|knowledge base|wiki)\b/i,
      /\b(?:search|look up|find)\b.*\b(?:documents?|docs|files?|notes?)\b/i,
      /\b(?:budget|quarter|q[1-4]|roadmap|policy|policies|handbook|guideline|proposal|contract|minutes|revenue|sales target|spec(?:ification)?|launch|deadline|project)\b/i,
      /文書|ドキュメント|資料|ファイル|議事録|予算|四半期|計画|方針|規定|規程|社内|売上|契約|報告書|仕様|提案書|プロジェクト|発売日|締め切り|マニュアル/,
    ],
  },
  {
    name: 'search',
    toolWords: ['search', 'find', 'lookup', 'query'],
    asks: [/\b(?:search|look up|find|look for)\b/i, /検索|探して|調べて/],
  },
  {
    name: 'calendar',
    toolWords: ['calendar', 'event', 'schedule', 'meeting', 'appointment', 'agenda'],
    asks: [
      /\b(?:calendar|schedule|agenda|meetings?|appointments?|events?)\b/i,
      /\bam i (?:free|busy)\b/i,
      /予定|カレンダー|会議|打ち合わせ|ミーティング|スケジュール|空いて/,
    ],
  },
  {
    name: 'purchase',
    toolWords: ['buy', 'purchase', 'order', 'shop', 'checkout', 'cart', 'store'],
    asks: [
      /\b(?:buy|purchase|order|get me|add to (?:my )?cart|check ?out)\b/i,
      /買って|買いたい|買う|購入|注文|カートに/,
    ],
  },
  {
    name: 'weather',
    toolWords: ['weather', 'forecast', 'temperature'],
    asks: [/\b(?:weather|forecast|temperature|rain|sunny)\b/i, /天気|気温|天候|雨|晴れ/],
  },
  {
    name: 'email',
    toolWords: ['email', 'mail', 'inbox'],
    asks: [/\be-?mails?\b|\binbox\b/i, /メール/],
  },
  {
    name: 'translate',
    toolWords: ['translate', 'translation'],
    asks: [/\btranslat/i, /翻訳|訳して/],
  },
  {
    name: 'stock',
    toolWords: ['stock', 'ticker', 'share', 'quote'],
    asks: [/\bstock|share price|ticker\b/i, /株価/],
  },
];

/** The concepts a question asks for. */
export function askedConcepts(question: string): Set<string> {
  const asked = new Set<string>();
  for (const concept of CONCEPTS) if (concept.asks.some((re) => re.test(question))) asked.add(concept.name);
  return asked;
}

/** How strongly a tool is for each concept: 3 when its name says so, 1 when only its description does. */
export function toolConcepts(nameWords: ReadonlySet<string>, descriptionWords: ReadonlySet<string>) {
  const weights = new Map<string, number>();
  for (const concept of CONCEPTS) {
    if (concept.toolWords.some((w) => nameWords.has(w))) weights.set(concept.name, 3);
    else if (concept.toolWords.some((w) => descriptionWords.has(w))) weights.set(concept.name, 1);
  }
  return weights;
}
