// The startup banner: where answers come from and who signs users in, loudly when it is the offline demo.
import type { ServicesConfig } from './services.ts';

interface BannerConfig extends ServicesConfig {
  bedrock: ServicesConfig['bedrock'] & { region: string; chatModelId: string };
  auth0: ServicesConfig['auth0'] & { domain: string };
}

export function banner(config: BannerConfig, { app, port }: { app: string; port: number }): string {
  const bedrock =
    config.bedrock.mode === 'emulator'
      ? 'OFFLINE DEMO: local Bedrock emulator / オフラインデモ: ローカルの Bedrock エミュレーター'
      : `Amazon Bedrock · ${config.bedrock.region} · ${config.bedrock.chatModelId}`;
  const signIn =
    config.auth0.mode === 'dev'
      ? `local dev issuer (demo users) / ローカルの開発用 ID プロバイダー: http://localhost:${config.auth0.devIdpPort}`
      : `Auth0 tenant · ${config.auth0.domain}`;
  const permissions =
    config.fga?.mode === 'dev'
      ? `local dev-fga / ローカルの開発用 FGA サーバー: http://localhost:${config.fga.devFgaPort}`
      : 'FGA_STORE_ID (Auth0 FGA / OpenFGA)';
  return [
    '',
    `  ${app}  →  http://localhost:${port}`,
    `  answers / 回答:     ${bedrock}`,
    `  sign-in / サインイン: ${signIn}`,
    ...(config.fga ? [`  documents / 文書の権限: ${permissions}`] : []),
    '',
  ].join('\n');
}
