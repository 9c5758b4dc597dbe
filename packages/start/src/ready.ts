// The one block `npm start` prints when every app answers: each URL, which mode, what to try first.
import type { Lang } from '@repo/config';
import { type AppSpec, entryPath } from './apps.ts';

export interface ReadyInfo {
  lang: Lang;
  apps: Array<{ spec: AppSpec; url: string }>;
  bedrock: { mode: 'aws' | 'emulator'; region: string; chatModelId: string; emulatorUrl?: string };
  auth0: { mode: 'tenant' | 'dev'; domain: string; issuer?: string };
  /** Who decides document permissions: the local dev-fga at `devFgaUrl`, or the configured FGA API. */
  fga?: { mode: 'dev' | 'remote'; apiUrl: string; devFgaUrl?: string };
  /** Seconds from the start of `npm start` to ready. */
  seconds: number;
}

const TEXT = {
  ja: {
    ready: (s: number) => `準備ができました（${s} 秒）。ブラウザーで開いてください。`,
    answers: '回答',
    signIn: 'サインイン',
    emulator: (url: string) =>
      `オフラインデモ: ローカルの Bedrock エミュレーター（${url}）が Amazon Bedrock の代わりに答えます`,
    bedrock: (region: string, model: string) => `Amazon Bedrock（${region}、${model}）`,
    devIssuer: (url: string) =>
      `ローカルの開発用 ID プロバイダー（${url}）。デモユーザーとパスワードはサインイン画面に表示されます`,
    tenant: (domain: string) => `Auth0 テナント（${domain}）`,
    permissions: '文書の権限',
    devFga: (url: string) => `ローカルの開発用 FGA サーバー dev-fga（${url}）`,
    remoteFga: (url: string) => `FGA（${url}）`,
    connect: 'Amazon Bedrock や Auth0 につなぐには: ガイドの「はじめに」の最後の節、設定の確認は npm run doctor',
    stop: '止めるには Ctrl+C を押します。',
  },
  en: {
    ready: (s: number) => `Ready in ${s} s. Open these in your browser:`,
    answers: 'Answers',
    signIn: 'Sign-in',
    emulator: (url: string) => `offline demo: the local Bedrock emulator (${url}) answers in place of Amazon Bedrock`,
    bedrock: (region: string, model: string) => `Amazon Bedrock (${region}, ${model})`,
    devIssuer: (url: string) =>
      `the local development identity provider (${url}); its demo users and passwords are on the sign-in page`,
    tenant: (domain: string) => `Auth0 tenant (${domain})`,
    permissions: 'Document permissions',
    devFga: (url: string) => `the local development FGA server dev-fga (${url})`,
    remoteFga: (url: string) => `FGA (${url})`,
    connect:
      'To connect Amazon Bedrock and Auth0: the last section of "Getting started" in the guide; check with npm run doctor',
    stop: 'Press Ctrl+C to stop.',
  },
} as const;

export function readyBlock(info: ReadyInfo): string {
  const t = TEXT[info.lang];
  const rows = info.apps.map(
    ({ spec, url }) =>
      `  ${spec.title[info.lang]}: ${url}${entryPath(spec, info.lang)}\n    → ${spec.tryFirst[info.lang]}`,
  );
  const answers =
    info.bedrock.mode === 'emulator'
      ? t.emulator(info.bedrock.emulatorUrl ?? '')
      : t.bedrock(info.bedrock.region, info.bedrock.chatModelId);
  const signIn = info.auth0.mode === 'dev' ? t.devIssuer(info.auth0.issuer ?? '') : t.tenant(info.auth0.domain);
  return [
    '',
    `  ✔ ${t.ready(Math.round(info.seconds))}`,
    '',
    ...rows,
    '',
    `  ${t.answers}: ${answers}`,
    `  ${t.signIn}: ${signIn}`,
    ...(info.fga
      ? [
          `  ${t.permissions}: ${info.fga.mode === 'dev' ? t.devFga(info.fga.devFgaUrl ?? info.fga.apiUrl) : t.remoteFga(info.fga.apiUrl)}`,
        ]
      : []),
    '',
    `  ${t.connect}`,
    `  ${t.stop}`,
    '',
  ].join('\n');
}
