// The dev issuer has public credentials and demo passwords: it must never be reachable from another machine.

import { isIP } from 'node:net';
import type { Localized } from './i18n.ts';

/** A failure the user can fix, with the explanation in both languages. */
export class DevIdpError extends Error {
  constructor(
    readonly code: string,
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = 'DevIdpError';
  }
}

/** `localhost`, an IPv4 address in 127.0.0.0/8, or `::1`. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
}

export function assertLoopbackHost(host: string): void {
  if (isLoopbackHost(host)) return;
  throw new DevIdpError('dev-idp-not-loopback', {
    ja: `ローカルの開発用 ID プロバイダーは localhost (127.0.0.1 / ::1) にしか公開できません。指定されたホスト "${host}" では起動しません。デモユーザーのパスワードとクライアントシークレットが公開されているため、ほかのマシンから届く場所で動かさないでください。本番やチームでの共有には Auth0 のテナントを使い、AUTH0_DOMAIN を設定してください。`,
    en: `The development sign-in server only listens on localhost (127.0.0.1 / ::1), not on "${host}". Its demo passwords and client secret are public, so it must not be reachable from other machines. For production or a shared setup, use an Auth0 tenant and set AUTH0_DOMAIN.`,
  });
}

export function portInUseError(port: number): DevIdpError {
  return new DevIdpError('dev-idp-port-in-use', {
    ja: `ポート ${port} はすでに使われています。ローカルの開発用 ID プロバイダーがすでに動いているなら、そのまま使えます (http://localhost:${port}/.well-known/openid-configuration で確認できます)。別のポートを使うには DEV_IDP_PORT を設定するか、--port を指定してください。`,
    en: `Port ${port} is already in use. If a development sign-in server is already running there, just use it (check http://localhost:${port}/.well-known/openid-configuration). To use another port, set DEV_IDP_PORT or pass --port.`,
  });
}

/** The `Host` values a browser or client on this machine sends; anything else is a rebound DNS name. */
export function allowedHosts(port: number): Set<string> {
  return new Set(['localhost', '127.0.0.1', '[::1]'].map((host) => `${host}:${port}`));
}

export function wrongHostBody(host: string | undefined, port: number): string {
  return [
    `ローカルの開発用 ID プロバイダーは Host: localhost:${port} (または 127.0.0.1:${port}, [::1]:${port}) 宛てのリクエストにしか答えません (受け取った Host: ${host ?? 'なし'})。ブラウザーでは http://localhost:${port} を開いてください。`,
    `The development sign-in server only answers requests for Host: localhost:${port} (or 127.0.0.1:${port}, [::1]:${port}); this one was for ${host ?? 'no host'}. Open http://localhost:${port} in the browser.`,
  ].join('\n');
}

/** The dev issuer hands out tokens for public demo passwords: never part of a production deployment. */
export function assertNotProduction(nodeEnv: string | undefined, allowProduction: boolean): void {
  if (nodeEnv !== 'production' || allowProduction) return;
  throw new DevIdpError('dev-idp-production', {
    ja: 'NODE_ENV=production なので、ローカルの開発用 ID プロバイダーは起動しません。デモユーザーのパスワードとクライアントシークレットが公開されているためです。本番では Auth0 のテナントを使い、AUTH0_DOMAIN を設定してください。本番ビルドを手元で試すだけなら、--allow-production (コードからは allowProduction: true) を指定すると起動できます。',
    en: 'NODE_ENV is production, so the development sign-in server does not start: its demo passwords and client secrets are public. In production, use an Auth0 tenant and set AUTH0_DOMAIN. To try a production build on your own machine only, pass --allow-production (allowProduction: true from code).',
  });
}
