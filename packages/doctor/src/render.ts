// Output of `npm run doctor`: a short summary, then the findings (errors first) with fix and docs link.
// Secrets appear only as kind + length + fingerprint (from @repo/config's summary).
import { type Finding, type Lang, localizeFinding, type Severity } from '@repo/config';
import type { DoctorReport } from './run.ts';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  severity(sev: Severity, s: string): string;
}

const ANSI = (code: number, s: string) => `\x1b[${code}m${s}\x1b[0m`;
export const COLOR: Style = {
  bold: (s) => ANSI(1, s),
  dim: (s) => ANSI(2, s),
  severity: (sev, s) => ANSI(sev === 'error' ? 31 : sev === 'warning' ? 33 : 36, s),
};
export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, severity: (_sev, s) => s };

const L = {
  title: { ja: 'npm run doctor: 設定の診断', en: 'npm run doctor: configuration check' },
  offline: { ja: '（オフライン）', en: ' (offline)' },
  mode: { ja: '接続先', en: 'Mode' },
  aws: { ja: 'Amazon Bedrock', en: 'Amazon Bedrock' },
  emulator: { ja: 'ローカルのエミュレーター', en: 'local emulator' },
  why: { ja: '理由', en: 'Why' },
  region: { ja: 'リージョン', en: 'Region' },
  chat: { ja: 'チャットモデル', en: 'Chat model' },
  embedding: { ja: '埋め込みモデル', en: 'Embedding model' },
  dims: { ja: '次元', en: 'dimensions' },
  credential: { ja: '認証情報', en: 'Credential' },
  endpoint: { ja: 'エンドポイント', en: 'Endpoint' },
  awsDefault: { ja: 'AWS の標準', en: 'AWS default' },
  tenant: { ja: 'Auth0 テナント', en: 'Auth0 tenant' },
  dev: { ja: 'ローカルの開発用 ID プロバイダー', en: 'local development issuer' },
  values: { ja: '読み込んだ値（出どころ）', en: 'Values (and where they came from)' },
  noValues: { ja: '（設定された値はありません。すべて既定値です）', en: '(nothing set: all defaults)' },
  files: { ja: '読み込むファイル', en: 'Files' },
  found: { ja: 'あり', en: 'found' },
  missing: { ja: 'なし', en: 'not found' },
  unknown: { ja: '（未確定）', en: '(undetermined)' },
  fix: { ja: '対処', en: 'Fix' },
  docs: { ja: '詳細', en: 'Docs' },
  error: { ja: 'エラー', en: 'error' },
  warning: { ja: '警告', en: 'warning' },
  info: { ja: '情報', en: 'info' },
  noFindings: { ja: '問題は見つかりませんでした。', en: 'No problems found.' },
} as const;

const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

export function renderText(report: DoctorReport, offline: boolean, style: Style): string {
  const lang = report.lang;
  const t = (k: keyof typeof L) => L[k][lang];
  const { summary, files } = report.inspection;
  const b = summary.bedrock;
  const row = (label: string, value: string) => `  ${style.dim(padEnd(label, 16))} ${value}`;
  const out: string[] = [style.bold(`${t('title')}${offline ? t('offline') : ''}`), ''];

  out.push(style.bold('Amazon Bedrock'));
  out.push(row(t('mode'), b.mode === 'aws' ? t('aws') : t('emulator')));
  out.push(row(t('why'), b.reason[lang]));
  out.push(row(t('region'), b.region ?? t('unknown')));
  out.push(row(t('chat'), b.chatModelId ?? t('unknown')));
  out.push(
    row(
      t('embedding'),
      b.embeddingModelId
        ? `${b.embeddingModelId}${b.embeddingDimensions ? ` (${b.embeddingDimensions} ${t('dims')})` : ''}`
        : t('unknown'),
    ),
  );
  out.push(row(t('credential'), b.credential[lang]));
  out.push(row(t('endpoint'), b.endpoints.runtime ?? t('awsDefault')));
  out.push('', style.bold('Auth0'));
  out.push(
    row(
      t('mode'),
      `${summary.auth0.mode === 'tenant' ? t('tenant') : t('dev')} (${summary.auth0.issuerBaseUrl || t('unknown')})`,
    ),
  );

  out.push('', style.bold(t('values')));
  if (summary.values.length === 0) out.push(`  ${t('noValues')}`);
  const width = Math.max(0, ...summary.values.map((v) => v.name.length));
  const valueWidth = Math.min(48, Math.max(0, ...summary.values.map((v) => displayWidth(v.display[lang]))));
  for (const v of summary.values)
    out.push(`  ${v.name.padEnd(width)}  ${padEnd(v.display[lang], valueWidth)}  ${style.dim(`← ${v.source}`)}`);
  out.push(
    '',
    `${style.dim(`${t('files')}:`)} ${files.map((f) => `${f.label} (${f.found ? t('found') : t('missing')})`).join(', ')}`,
  );

  out.push('', style.bold(counts(report.findings, lang)));
  if (report.findings.length === 0) out.push(t('noFindings'));
  for (const f of report.findings) out.push('', ...renderFinding(f, lang, style));
  return `${out.join('\n')}\n`;
}

/** Terminal columns of a string: CJK and full-width characters take two. */
function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return width;
}

function padEnd(s: string, columns: number): string {
  return s + ' '.repeat(Math.max(0, columns - displayWidth(s)));
}

function renderFinding(f: Finding, lang: Lang, style: Style): string[] {
  const l = localizeFinding(f, lang);
  const head = `${ICON[f.severity]} ${L[f.severity][lang]}`;
  return [
    `${style.severity(f.severity, style.bold(head))}  ${f.variable ? `${style.bold(f.variable)}  ` : ''}${style.dim(`[${f.code}]`)}`,
    `  ${l.message}`,
    `  ${L.fix[lang]}: ${l.fix}`,
    `  ${L.docs[lang]}: ${l.docs}`,
  ];
}

function counts(findings: readonly Finding[], lang: Lang): string {
  const n = (sev: Severity) => findings.filter((f) => f.severity === sev).length;
  return lang === 'ja'
    ? `エラー ${n('error')} 件、警告 ${n('warning')} 件、情報 ${n('info')} 件`
    : `${n('error')} error(s), ${n('warning')} warning(s), ${n('info')} info`;
}

/** The --json document: exactly `{ ok, findings: [{ code, severity, variable, message, fix, docs }] }`. */
export function renderJson(report: DoctorReport): string {
  const findings = report.findings.map((f) => {
    const l = localizeFinding(f, report.lang);
    return {
      code: l.code,
      severity: l.severity,
      variable: l.variable ?? null,
      message: l.message,
      fix: l.fix,
      docs: l.docs,
    };
  });
  return `${JSON.stringify({ ok: report.ok, findings }, null, 2)}\n`;
}

export const ONLINE_NOTE = {
  'not-available': {
    ja: 'オンラインの確認（Amazon Bedrock と Auth0 への接続）はまだ利用できません。オフラインの確認のみ実行しました。',
    en: 'Online checks (connecting to Amazon Bedrock and Auth0) are not available yet; only the offline checks ran.',
  },
  'config-errors': {
    ja: '設定にエラーがあるため、オンラインの確認は行いませんでした。上のエラーを直してから再実行してください。',
    en: 'Online checks were skipped because the configuration has errors. Fix them and run again.',
  },
} as const;
