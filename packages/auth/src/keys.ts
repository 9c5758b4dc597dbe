// Reads what a Bedrock API key says about itself, without the network and without ever returning
// its secret part. Isomorphic: no Node built-ins (the docs' key inspector runs this in the browser).
//
// Short-term key: `bedrock-api-key-` + base64 of a SigV4 presigned URL (`bedrock.amazonaws.com/?Action=
// CallWithBearerToken&X-Amz-Credential=<AKID>/<date>/<region>/bedrock/aws4_request&X-Amz-Date=...&X-Amz-Expires=...`).
// Long-term key: `ABSK` + base64 of `<IAM user name>-at-<account id>:<secret>`.

import { type Finding, fingerprint, type Localized } from '@repo/config';

export const API_KEY_VARIABLE = 'AWS_BEARER_TOKEN_BEDROCK';
const SHORT_TERM_PREFIX = 'bedrock-api-key-';
const LONG_TERM_PREFIX = 'ABSK';

/** The usual things people paste instead of a key. */
export type KeyMistake =
  | 'empty'
  | 'placeholder'
  | 'access-key-id'
  | 'secret-access-key'
  | 'quoted'
  | 'whitespace'
  | 'multiline'
  | 'bearer-prefix'
  | 'assignment'
  | 'damaged-short-term'
  | 'damaged-long-term'
  | 'unrecognized';

export interface ShortTermKeyDetails {
  region: string;
  /** ISO 8601, UTC. */
  issuedAt: string;
  expiresAt: string;
  lifetimeSeconds: number;
  /** Negative once expired. */
  remainingSeconds: number;
  /** `iam-user`: signed with long-lived access keys (AKIA); `temporary-credentials`: a role/SSO session (ASIA). */
  signer: 'iam-user' | 'temporary-credentials' | 'unknown';
}

export interface LongTermKeyDetails {
  iamUserName: string;
  accountId: string;
}

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
  const mistake = findMistake(value);
  if (mistake) return notAKey(keyFingerprint, mistake);

  if (value.startsWith(SHORT_TERM_PREFIX)) {
    const shortTerm = decodeShortTerm(value.slice(SHORT_TERM_PREFIX.length), now);
    if (!shortTerm) return notAKey(keyFingerprint, 'damaged-short-term');
    return {
      kind: 'short-term',
      fingerprint: keyFingerprint,
      shortTerm,
      findings: shortTermFindings(shortTerm, options.region),
    };
  }
  if (value.startsWith(LONG_TERM_PREFIX)) {
    const longTerm = decodeLongTerm(value.slice(LONG_TERM_PREFIX.length));
    if (!longTerm) return notAKey(keyFingerprint, 'damaged-long-term');
    return { kind: 'long-term', fingerprint: keyFingerprint, longTerm, findings: [longTermFinding(longTerm)] };
  }
  return notAKey(keyFingerprint, 'unrecognized');
}

function notAKey(fingerprint: string, mistake: KeyMistake): KeyInspection {
  return { kind: 'not-a-key', fingerprint, mistake, findings: [mistakeFinding(mistake)] };
}

function findMistake(value: string): KeyMistake | undefined {
  if (value.trim() === '') return 'empty';
  const trimmed = value.trim();
  if (/^(["'`]).*\1$/s.test(trimmed)) return 'quoted';
  if (/[\r\n]/.test(trimmed)) return 'multiline';
  if (trimmed !== value) return 'whitespace';
  if (/^bearer\s/i.test(value)) return 'bearer-prefix';
  if (/^(export\s+)?[A-Z_][A-Z0-9_]*\s*=/.test(value)) return 'assignment';
  if (/^x{8,}$/i.test(value) || /^[<{[].*[>}\]]$/.test(value) || /^\$\{.*\}$/.test(value)) return 'placeholder';
  if (/^(your|my)[-_ ]?(api[-_ ]?)?key|^changeme$|^\.\.\.$|^todo$/i.test(value)) return 'placeholder';
  if (/^(AKIA|ASIA)[A-Z0-9]{16}$/.test(value)) return 'access-key-id';
  if (/^[A-Za-z0-9/+]{40}$/.test(value) && !value.startsWith(LONG_TERM_PREFIX)) return 'secret-access-key';
  return undefined;
}

function decodeBase64(text: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined;
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = standard.padEnd(Math.ceil(standard.length / 4) * 4, '=');
  try {
    return atob(padded);
  } catch {
    return undefined;
  }
}

function decodeShortTerm(encoded: string, now: Date): ShortTermKeyDetails | undefined {
  const url = decodeBase64(encoded);
  if (!url || !/^bedrock\.[a-z0-9.-]*amazonaws\.com\/\?/.test(url)) return undefined;
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
  if (params.get('Action') !== 'CallWithBearerToken') return undefined;
  const credential = params.get('X-Amz-Credential')?.split('/');
  const date = params.get('X-Amz-Date');
  const expires = Number(params.get('X-Amz-Expires'));
  if (credential?.length !== 5 || !date || !Number.isFinite(expires) || expires <= 0) return undefined;
  if (!params.get('X-Amz-Signature')) return undefined;
  const [accessKeyId, , region] = credential as [string, string, string];
  const issued = parseAmzDate(date);
  if (!issued || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) return undefined;
  const expiresAt = new Date(issued.getTime() + expires * 1000);
  return {
    region,
    issuedAt: issued.toISOString(),
    expiresAt: expiresAt.toISOString(),
    lifetimeSeconds: expires,
    remainingSeconds: Math.floor((expiresAt.getTime() - now.getTime()) / 1000),
    signer: accessKeyId.startsWith('ASIA')
      ? 'temporary-credentials'
      : accessKeyId.startsWith('AKIA')
        ? 'iam-user'
        : 'unknown',
  };
}

function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function decodeLongTerm(encoded: string): LongTermKeyDetails | undefined {
  const text = decodeBase64(encoded);
  if (!text) return undefined;
  const colon = text.indexOf(':');
  if (colon < 0 || colon === text.length - 1) return undefined;
  const m = /^(.+)-at-(\d{12})$/.exec(text.slice(0, colon));
  if (!m) return undefined;
  return { iamUserName: m[1]!, accountId: m[2]! };
}

// ---- findings -------------------------------------------------------------------------------------

function finding(code: string, severity: Finding['severity'], message: Localized, fix: Localized): Finding {
  return { code, severity, variable: API_KEY_VARIABLE, message, fix, docs: `troubleshooting/#${code}` };
}

/** "2026-11-24 21:07 UTC": the same in both languages, unambiguous. */
function utc(iso: string): string {
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
        'error',
        {
          ja: `短期 API キーの有効期限が切れています（${utc(key.expiresAt)} に失効、${left.ja}前）。`,
          en: `The short-term API key expired at ${utc(key.expiresAt)} (${left.en} ago).`,
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
        'warning',
        {
          ja: `短期 API キーはあと ${left.ja}で失効します（${utc(key.expiresAt)}）。`,
          en: `The short-term API key expires in ${left.en} (${utc(key.expiresAt)}).`,
        },
        {
          ja: '長く作業する場合は新しい短期キーを発行するか、BEDROCK_AUTH=generated-api-key で自動更新してください。',
          en: 'For a longer session, generate a fresh short-term key, or let BEDROCK_AUTH=generated-api-key refresh keys for you.',
        },
      ),
    );
  }
  if (region && key.region !== region) {
    findings.push(
      finding(
        'api-key-wrong-region',
        'error',
        {
          ja: `この短期 API キーは ${key.region} 用に発行されていますが、AWS_REGION は ${region} です。短期キーは発行したリージョンでしか使えません。`,
          en: `This short-term API key was issued for ${key.region}, but AWS_REGION is ${region}. A short-term key only works in the region it was issued for.`,
        },
        {
          ja: `AWS_REGION=${key.region} にするか、${region} を選んだ状態で Bedrock コンソールから短期キーを発行し直してください。`,
          en: `Set AWS_REGION=${key.region}, or generate a new short-term key with ${region} selected in the Bedrock console.`,
        },
      ),
    );
  }
  if (key.signer === 'temporary-credentials' && key.remainingSeconds > 0) {
    findings.push(
      finding(
        'api-key-temporary-signer',
        'info',
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

function longTermFinding(key: LongTermKeyDetails): Finding {
  return finding(
    'api-key-long-term',
    'info',
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

const MISTAKES: Record<KeyMistake, { message: Localized; fix: Localized }> = {
  empty: {
    message: { ja: 'AWS_BEARER_TOKEN_BEDROCK が空です。', en: 'AWS_BEARER_TOKEN_BEDROCK is empty.' },
    fix: {
      ja: 'Bedrock コンソールの「API keys」で発行したキーを設定するか、行ごと削除してください（削除するとエミュレーターか IAM 認証情報が使われます）。',
      en: 'Set the key you generated under "API keys" in the Bedrock console, or remove the line (then the emulator or your IAM credentials are used).',
    },
  },
  placeholder: {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK がプレースホルダー（XXXX... や <...> など）のままです。',
      en: 'AWS_BEARER_TOKEN_BEDROCK still holds a placeholder (XXXX..., <...> or similar).',
    },
    fix: {
      ja: 'Bedrock コンソールの「API keys」で発行した実際のキーに置き換えてください。',
      en: 'Replace it with the real key generated under "API keys" in the Bedrock console.',
    },
  },
  'access-key-id': {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK に IAM のアクセスキー ID（AKIA.../ASIA...）が入っています。これは API キーではありません。',
      en: 'AWS_BEARER_TOKEN_BEDROCK holds an IAM access key ID (AKIA.../ASIA...), which is not an API key.',
    },
    fix: {
      ja: 'アクセスキーを使う場合は AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY に設定し、AWS_BEARER_TOKEN_BEDROCK は削除してください。',
      en: 'To use access keys, put them in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY and remove AWS_BEARER_TOKEN_BEDROCK.',
    },
  },
  'secret-access-key': {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK に IAM のシークレットアクセスキーらしき値が入っています。これは API キーではありません。',
      en: 'AWS_BEARER_TOKEN_BEDROCK appears to hold an IAM secret access key, which is not an API key.',
    },
    fix: {
      ja: 'シークレットアクセスキーは AWS_SECRET_ACCESS_KEY に設定し（AWS_ACCESS_KEY_ID とペアで）、AWS_BEARER_TOKEN_BEDROCK は削除してください。',
      en: 'Put the secret access key in AWS_SECRET_ACCESS_KEY (with its AWS_ACCESS_KEY_ID) and remove AWS_BEARER_TOKEN_BEDROCK.',
    },
  },
  quoted: {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK の値が引用符ごと設定されています。',
      en: 'AWS_BEARER_TOKEN_BEDROCK includes its surrounding quotes.',
    },
    fix: {
      ja: '値の前後の引用符を外してください（シェルの export で二重に囲んでいないかも確認してください）。',
      en: 'Remove the quotes around the value (and check that a shell export did not quote it twice).',
    },
  },
  whitespace: {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK の前後に空白があります。',
      en: 'AWS_BEARER_TOKEN_BEDROCK has spaces before or after the key.',
    },
    fix: { ja: '前後の空白を削除してください。', en: 'Remove the surrounding spaces.' },
  },
  multiline: {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK が複数行に分かれています（コピー時に改行が入った可能性があります）。',
      en: 'AWS_BEARER_TOKEN_BEDROCK is split over several lines (a line break crept in while copying).',
    },
    fix: {
      ja: 'キーを 1 行につなげて設定し直してください。',
      en: 'Join the key back into one line.',
    },
  },
  'bearer-prefix': {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK が "Bearer " で始まっています。',
      en: 'AWS_BEARER_TOKEN_BEDROCK starts with "Bearer ".',
    },
    fix: {
      ja: '"Bearer " を外し、キーだけを設定してください（ヘッダーへの付与は SDK が行います）。',
      en: 'Remove "Bearer " and keep only the key (the SDK adds the header).',
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
      ja: 'AWS_BEARER_TOKEN_BEDROCK は短期キー（bedrock-api-key-...）の形をしていますが、中身を読み取れません。途中で切れている可能性があります。',
      en: 'AWS_BEARER_TOKEN_BEDROCK looks like a short-term key (bedrock-api-key-...) but cannot be read; it may be cut off.',
    },
    fix: {
      ja: 'キー全体をもう一度コピーするか、新しい短期キーを発行してください。',
      en: 'Copy the whole key again, or generate a new short-term key.',
    },
  },
  'damaged-long-term': {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK は長期キー（ABSK...）の形をしていますが、中身を読み取れません。途中で切れている可能性があります。',
      en: 'AWS_BEARER_TOKEN_BEDROCK looks like a long-term key (ABSK...) but cannot be read; it may be cut off.',
    },
    fix: {
      ja: '長期キーは再表示できないため、新しいキーを発行して設定してください。',
      en: 'Long-term keys cannot be shown again: generate a new one and set it.',
    },
  },
  unrecognized: {
    message: {
      ja: 'AWS_BEARER_TOKEN_BEDROCK は Bedrock の API キーの形式（短期: bedrock-api-key-...、長期: ABSK...）ではありません。',
      en: 'AWS_BEARER_TOKEN_BEDROCK is not in a Bedrock API key format (short-term: bedrock-api-key-..., long-term: ABSK...).',
    },
    fix: {
      ja: 'Bedrock コンソールの「API keys」で発行したキーをそのまま設定してください。',
      en: 'Set the key exactly as generated under "API keys" in the Bedrock console.',
    },
  },
};

function mistakeFinding(mistake: KeyMistake): Finding {
  const text = MISTAKES[mistake];
  return finding(`api-key-${mistake}`, 'error', text.message, text.fix);
}

/** Every finding code `inspectApiKey` can return, for the docs' troubleshooting anchors. */
export const KEY_FINDING_CODES: readonly string[] = [
  'api-key-expired',
  'api-key-expiring-soon',
  'api-key-wrong-region',
  'api-key-temporary-signer',
  'api-key-long-term',
  ...Object.keys(MISTAKES).map((m) => `api-key-${m}`),
];

/** Title and severity of each key finding, for the registry. */
export const KEY_FINDING_TITLES: Record<string, { severity: Finding['severity']; title: Localized }> = {
  'api-key-expired': { severity: 'error', title: { ja: '短期 API キーの期限切れ', en: 'Short-term API key expired' } },
  'api-key-expiring-soon': {
    severity: 'warning',
    title: { ja: '短期 API キーの期限が間近', en: 'Short-term API key about to expire' },
  },
  'api-key-wrong-region': {
    severity: 'error',
    title: { ja: '別リージョンの短期 API キー', en: 'Short-term API key from another region' },
  },
  'api-key-temporary-signer': {
    severity: 'info',
    title: { ja: '一時的な認証情報で署名された短期キー', en: 'Short-term key signed by temporary credentials' },
  },
  'api-key-long-term': { severity: 'info', title: { ja: '長期 API キーの利用', en: 'Long-term API key in use' } },
  'api-key-empty': { severity: 'error', title: { ja: 'API キーが空', en: 'API key is empty' } },
  'api-key-placeholder': {
    severity: 'error',
    title: { ja: 'API キーがプレースホルダーのまま', en: 'API key is still a placeholder' },
  },
  'api-key-access-key-id': {
    severity: 'error',
    title: { ja: 'API キーの代わりにアクセスキー ID', en: 'Access key ID instead of an API key' },
  },
  'api-key-secret-access-key': {
    severity: 'error',
    title: { ja: 'API キーの代わりにシークレットアクセスキー', en: 'Secret access key instead of an API key' },
  },
  'api-key-quoted': { severity: 'error', title: { ja: 'API キーに引用符が残っている', en: 'API key includes quotes' } },
  'api-key-whitespace': {
    severity: 'error',
    title: { ja: 'API キーの前後に空白', en: 'Spaces around the API key' },
  },
  'api-key-multiline': {
    severity: 'error',
    title: { ja: 'API キーが複数行に分かれている', en: 'API key split over lines' },
  },
  'api-key-bearer-prefix': {
    severity: 'error',
    title: { ja: 'API キーに "Bearer " が付いている', en: 'API key starts with "Bearer "' },
  },
  'api-key-assignment': {
    severity: 'error',
    title: { ja: 'API キーに「変数名=」が含まれている', en: 'API key contains "NAME="' },
  },
  'api-key-damaged-short-term': {
    severity: 'error',
    title: { ja: '読み取れない短期 API キー', en: 'Unreadable short-term API key' },
  },
  'api-key-damaged-long-term': {
    severity: 'error',
    title: { ja: '読み取れない長期 API キー', en: 'Unreadable long-term API key' },
  },
  'api-key-unrecognized': {
    severity: 'error',
    title: { ja: 'API キーの形式ではない値', en: 'Not an API key format' },
  },
};
