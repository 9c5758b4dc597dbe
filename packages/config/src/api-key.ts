// Inspect a Bedrock API key without the network and without ever returning its secret part: what it is
// (read by readApiKey), how long it has left, and the findings for it. The one source of the `api-key-*`
// findings: the offline diagnostics, doctor's online key step and the docs' key inspector all use it.
import { placeholderFinding, quoteFinding } from './checks/values.ts';
import { type FindingCode, finding } from './findings.ts';
import { fingerprint } from './fingerprint.ts';
import { type KeyMistake, type LongTermKeyFields, readApiKey, type ShortTermKeyFields } from './key-shapes.ts';
import type { Finding, Localized } from './types.ts';
import { findVariable } from './variables.ts';

export const API_KEY_VARIABLE = 'AWS_BEARER_TOKEN_BEDROCK';

export interface ShortTermKeyDetails extends ShortTermKeyFields {
  /** Negative once expired. */
  remainingSeconds: number;
}

export type LongTermKeyDetails = LongTermKeyFields;

export type KeyInspection =
  | { kind: 'short-term'; fingerprint: string; shortTerm: ShortTermKeyDetails; findings: Finding[] }
  | { kind: 'long-term'; fingerprint: string; longTerm: LongTermKeyDetails; findings: Finding[] }
  | { kind: 'not-a-key'; fingerprint: string; mistake: KeyMistake; findings: Finding[] };

export interface InspectOptions {
  /** Clock for expiry checks (tests, and the docs page's "as of" time). Defaults to now. */
  now?: Date;
  /** The configured AWS_REGION: a short-term key from another region is an error. */
  region?: string;
}

const ONE_HOUR = 3600;

/** Inspect a Bedrock API key. The result holds no secret: only kind, non-secret fields and a fingerprint. */
export function inspectApiKey(value: string, options: InspectOptions = {}): KeyInspection {
  const now = options.now ?? new Date();
  const keyFingerprint = fingerprint(value);
  const reading = readApiKey(value);
  if (reading.kind === 'long-term')
    return {
      kind: 'long-term',
      fingerprint: keyFingerprint,
      longTerm: reading.longTerm,
      findings: [longTermKeyFinding(reading.longTerm)],
    };
  if (reading.kind === 'not-a-key')
    return {
      kind: 'not-a-key',
      fingerprint: keyFingerprint,
      mistake: reading.mistake,
      findings: [keyMistakeFinding(reading.mistake, value)],
    };
  const remainingSeconds = Math.floor((Date.parse(reading.shortTerm.expiresAt) - now.getTime()) / 1000);
  const shortTerm = { ...reading.shortTerm, remainingSeconds };
  return {
    kind: 'short-term',
    fingerprint: keyFingerprint,
    shortTerm,
    findings: shortTermFindings(shortTerm, options.region),
  };
}

/** "2026-11-24 21:07 UTC": the same in both languages, unambiguous. */
export function formatUtc(time: Date | string): string {
  const iso = typeof time === 'string' ? time : time.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function formatDuration(seconds: number): Localized {
  const s = Math.abs(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h >= 48) return { ja: `${Math.floor(h / 24)} 日`, en: `${Math.floor(h / 24)} days` };
  if (h > 0) return { ja: `${h} 時間 ${m} 分`, en: `${h} h ${m} min` };
  if (m > 0) return { ja: `${m} 分`, en: `${m} min` };
  return { ja: `${s} 秒`, en: `${s} s` };
}

function shortTermFindings(key: ShortTermKeyDetails, region: string | undefined): Finding[] {
  const findings: Finding[] = [];
  const left = formatDuration(key.remainingSeconds);
  if (key.remainingSeconds <= 0) {
    findings.push(
      finding(
        'api-key-expired',
        API_KEY_VARIABLE,
        {
          ja: `短期 API キーの有効期限が切れています（${formatUtc(key.expiresAt)} に失効、${left.ja}前）。短期キーは最長 12 時間で失効します。`,
          en: `The short-term API key expired at ${formatUtc(key.expiresAt)} (${left.en} ago). Short-term keys last 12 hours at most.`,
        },
        {
          ja: 'Bedrock コンソールの「API keys」で短期キーを発行し直し、AWS_BEARER_TOKEN_BEDROCK に設定してください。継続的に使う場合は BEDROCK_AUTH=generated-api-key で IAM 認証情報から自動生成できます。',
          en: 'Generate a new short-term key under "API keys" in the Bedrock console and set it in AWS_BEARER_TOKEN_BEDROCK. For continuous use, BEDROCK_AUTH=generated-api-key generates and refreshes keys from your IAM credentials.',
        },
      ),
    );
  } else if (key.remainingSeconds < ONE_HOUR) {
    findings.push(
      finding(
        'api-key-expiring-soon',
        API_KEY_VARIABLE,
        {
          ja: `短期 API キーはあと ${left.ja}で失効します（${formatUtc(key.expiresAt)}）。`,
          en: `The short-term API key expires in ${left.en} (${formatUtc(key.expiresAt)}).`,
        },
        {
          ja: '長く作業する場合は新しい短期キーを発行するか、BEDROCK_AUTH=generated-api-key で自動更新してください。',
          en: 'For a longer session, generate a fresh short-term key, or let BEDROCK_AUTH=generated-api-key refresh keys for you.',
        },
      ),
    );
  }
  if (region && key.region !== region) findings.push(wrongRegionFinding(key.region, region));
  if (key.signer === 'temporary-credentials' && key.remainingSeconds > 0) {
    findings.push(
      finding(
        'api-key-temporary-signer',
        API_KEY_VARIABLE,
        {
          ja: 'この短期キーは一時的な認証情報（ロールや SSO のセッション）で署名されています。そのセッションが切れた時点で、表示の有効期限より前でも使えなくなります。',
          en: 'This short-term key was signed with temporary credentials (a role or SSO session). It stops working when that session ends, even before the expiry shown.',
        },
        {
          ja: '途中で 403 になった場合は、セッションを更新してからキーを発行し直してください。',
          en: 'If it starts failing with 403, renew the session and generate a new key.',
        },
      ),
    );
  }
  return findings;
}

/** A short-term key used against another region than it was issued for. */
export function wrongRegionFinding(keyRegion: string, region: string, regionVariable = 'AWS_REGION'): Finding {
  return finding(
    'api-key-wrong-region',
    API_KEY_VARIABLE,
    {
      ja: `この短期 API キーは ${keyRegion} 用に発行されていますが、${regionVariable} は ${region} です。短期キーは発行したリージョンでしか使えません。`,
      en: `This short-term API key was issued for ${keyRegion}, but ${regionVariable} is ${region}. A short-term key only works in the region it was issued for.`,
    },
    {
      ja: `${regionVariable}=${keyRegion} にするか、${region} を選んだ状態で Bedrock コンソールから短期キーを発行し直してください。`,
      en: `Set ${regionVariable}=${keyRegion}, or generate a new short-term key with ${region} selected in the Bedrock console.`,
    },
  );
}

function longTermKeyFinding(key: LongTermKeyDetails): Finding {
  return finding(
    'api-key-long-term',
    API_KEY_VARIABLE,
    {
      ja: `長期 API キーです（IAM ユーザー ${key.iamUserName}、アカウント ${key.accountId}）。有効期限は IAM 側で管理され、キー自体からは分かりません。`,
      en: `This is a long-term API key (IAM user ${key.iamUserName}, account ${key.accountId}). Its expiry lives in IAM and cannot be read from the key.`,
    },
    {
      ja: '長期キーは検証用に限り、期限前にローテーションしてください。本番では短期キーの自動更新（BEDROCK_AUTH=generated-api-key）か IAM ロールを使ってください。',
      en: 'Keep long-term keys for evaluation and rotate them before they expire. In production use auto-refreshed short-term keys (BEDROCK_AUTH=generated-api-key) or an IAM role.',
    },
  );
}

type KeyOnlyMistake = Exclude<KeyMistake, 'placeholder' | 'quoted' | 'whitespace'>;

/** Placeholders and stray quotes or spaces get the findings every variable gets; the rest are key-specific. */
export function keyMistakeFinding(mistake: KeyMistake, value: string): Finding {
  const variable = findVariable(API_KEY_VARIABLE);
  const general =
    (mistake === 'placeholder' && variable && placeholderFinding(variable, API_KEY_VARIABLE, value)) ||
    ((mistake === 'quoted' || mistake === 'whitespace') && quoteFinding(API_KEY_VARIABLE, value));
  if (general) return general;
  const text = MISTAKES[mistake as KeyOnlyMistake];
  return finding(`api-key-${mistake as KeyOnlyMistake}` as const, API_KEY_VARIABLE, text.message, text.fix);
}

const MISTAKES: Record<KeyOnlyMistake, { message: Localized; fix: Localized }> = {
  empty: {
    message: { ja: 'AWS_BEARER_TOKEN_BEDROCK が空です。', en: 'AWS_BEARER_TOKEN_BEDROCK is empty.' },
    fix: {
      ja: 'Bedrock コンソールの「API keys」で発行したキーを設定するか、行ごと削除してください（削除するとエミュレーターか IAM 認証情報が使われます）。',
      en: 'Set the key you generated under "API keys" in the Bedrock console, or remove the line (then the emulator or your IAM credentials are used).',
    },
  },
  'access-key-id': {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK に IAM のアクセスキー ID（AKIA…/ASIA…）が入っています。これは Bedrock の API キーではありません。',
      en: 'AWS_BEARER_TOKEN_BEDROCK holds an IAM access key ID (AKIA.../ASIA...), which is not a Bedrock API key.',
    },
    fix: {
      ja: 'Bedrock コンソールの「API keys」で発行したキーを設定してください。IAM の認証情報を使う場合は、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY に設定し、この行は削除してください。',
      en: 'Set the key generated under "API keys" in the Bedrock console. To use IAM credentials instead, put them in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY and delete this line.',
    },
  },
  'secret-access-key': {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK に IAM のシークレットアクセスキー（40 文字）と思われる値が入っています。これは Bedrock の API キーではありません。',
      en: 'AWS_BEARER_TOKEN_BEDROCK holds what looks like an IAM secret access key (40 characters), which is not a Bedrock API key.',
    },
    fix: {
      ja: 'Bedrock コンソールの「API keys」で発行したキーを設定してください。IAM を使う場合は AWS_SECRET_ACCESS_KEY に（AWS_ACCESS_KEY_ID とペアで）設定し、この行は削除してください。',
      en: 'Set the key generated under "API keys" in the Bedrock console. To use IAM, put it in AWS_SECRET_ACCESS_KEY (with its AWS_ACCESS_KEY_ID) and delete this line.',
    },
  },
  multiline: {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK が複数行に分かれています。キーの一部しか読み込まれていません（コピー時に改行が入った可能性があります）。',
      en: 'AWS_BEARER_TOKEN_BEDROCK is split over several lines, so only part of the key is read (a line break crept in while copying).',
    },
    fix: {
      ja: '改行を取り除き、AWS_BEARER_TOKEN_BEDROCK=キー を 1 行で書いてください。',
      en: 'Remove the line breaks and write AWS_BEARER_TOKEN_BEDROCK=key on a single line.',
    },
  },
  'bearer-prefix': {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK が "Bearer " で始まっています。これは HTTP ヘッダーに付ける語で、キーの一部ではありません。',
      en: 'AWS_BEARER_TOKEN_BEDROCK starts with "Bearer ". That word belongs in the HTTP header, not in the key.',
    },
    fix: {
      ja: '"Bearer " を削除し、キーだけ（bedrock-api-key-… または ABSK…）を残してください（ヘッダーへの付与は SDK が行います）。',
      en: 'Delete "Bearer " and keep only the key (bedrock-api-key-... or ABSK...); the SDK adds the header.',
    },
  },
  assignment: {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK の値に「変数名=」まで含まれています。',
      en: 'The value of AWS_BEARER_TOKEN_BEDROCK contains a "NAME=" assignment.',
    },
    fix: {
      ja: '= より右側のキーだけを値として設定してください。',
      en: 'Keep only the key to the right of "=" as the value.',
    },
  },
  'damaged-short-term': {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK は短期キーのように始まっていますが、中身を読み取れません。コピーの途中で切れたか、一部が欠けている可能性があります。',
      en: 'AWS_BEARER_TOKEN_BEDROCK starts like a short-term key, but its content cannot be read: it was probably cut off or damaged while copying.',
    },
    fix: {
      ja: 'キーをもう一度、最初から最後まで 1 行でコピーするか、新しい短期キーを発行してください。',
      en: 'Copy the key again, whole and on one line, or generate a new short-term key.',
    },
  },
  'damaged-long-term': {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK は長期キーのように始まっていますが、中身を読み取れません。コピーの途中で切れたか、一部が欠けている可能性があります。',
      en: 'AWS_BEARER_TOKEN_BEDROCK starts like a long-term key, but its content cannot be read: it was probably cut off or damaged while copying.',
    },
    fix: {
      ja: '控えからキー全体を 1 行でコピーし直してください。長期キーは再表示できないため、控えがなければ新しいキーを発行してください。',
      en: 'Copy the whole key again, on one line, from where you saved it. Long-term keys cannot be shown again: without a copy, generate a new one.',
    },
  },
  unrecognized: {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK の値は Bedrock の API キーの形式ではありません（短期キーは bedrock-api-key-、長期キーは ABSK で始まります）。',
      en: 'AWS_BEARER_TOKEN_BEDROCK is not shaped like a Bedrock API key (short-term keys start with bedrock-api-key-, long-term keys with ABSK).',
    },
    fix: {
      ja: 'Bedrock コンソールの「API keys」でキーを発行し、そのまま貼り付けてください。',
      en: 'Generate a key under "API keys" in the Bedrock console and paste it as shown.',
    },
  },
};

/** Every finding code `inspectApiKey` can return (all registered in FINDING_CODES). */
export const KEY_FINDING_CODES: readonly FindingCode[] = [
  'api-key-expired',
  'api-key-expiring-soon',
  'api-key-wrong-region',
  'api-key-temporary-signer',
  'api-key-long-term',
  ...(Object.keys(MISTAKES) as KeyOnlyMistake[]).map((m) => `api-key-${m}` as const),
  'guide-placeholder',
  'placeholder-value',
  'value-quotes-or-spaces',
];
