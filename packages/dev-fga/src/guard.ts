// dev-fga answers every question and, by default, asks for no token: it must only be reachable from this machine,
// and never stand in for a real OpenFGA / Auth0 FGA in production.
import { isIP } from 'node:net';

/** A failure the user can fix, explained in both languages. */
export class DevFgaError extends Error {
  constructor(
    readonly code: string,
    readonly localized: { ja: string; en: string },
  ) {
    super(localized.en);
    this.name = 'DevFgaError';
  }
}

/** `localhost`, an IPv4 address in 127.0.0.0/8, or `::1`. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1';
}

export function assertLoopbackHost(host: string): void {
  if (isLoopbackHost(host)) return;
  throw new DevFgaError('dev-fga-not-loopback', {
    ja: `開発用の FGA サーバー (dev-fga) は localhost (127.0.0.1 / ::1) でしか起動できません (指定: "${host}")。認証なしで誰の権限でも答えるため、ほかのマシンから届く場所では動かせません。共有や本番には Auth0 FGA か OpenFGA を使い、FGA_API_URL などを設定してください。`,
    en: `The development FGA server (dev-fga) only listens on localhost (127.0.0.1 / ::1), not on "${host}". It answers anyone without a token, so it must not be reachable from other machines. For a shared or production setup use Auth0 FGA or OpenFGA and set FGA_API_URL and the other FGA_* variables.`,
  });
}

export function assertDevelopment(nodeEnv: string | undefined, allowProduction: boolean): void {
  if (nodeEnv !== 'production' || allowProduction) return;
  throw new DevFgaError('dev-fga-production', {
    ja: 'NODE_ENV=production では開発用の FGA サーバー (dev-fga) を起動しません。本番では Auth0 FGA か OpenFGA を使い、FGA_API_URL、FGA_STORE_ID などを設定してください。どうしても試す場合は --force を付けてください。',
    en: 'dev-fga does not start with NODE_ENV=production. In production use Auth0 FGA or OpenFGA and set FGA_API_URL, FGA_STORE_ID and the other FGA_* variables. To try it anyway, pass --force.',
  });
}

export function portInUseError(port: number): DevFgaError {
  return new DevFgaError('dev-fga-port-in-use', {
    ja: `ポート ${port} はすでに使われています。dev-fga がすでに動いているなら、そのまま使えます (http://localhost:${port}/healthz で確認できます)。別のポートを使うには --port を指定してください。`,
    en: `Port ${port} is already in use. If dev-fga is already running there, just use it (check http://localhost:${port}/healthz). To use another port, pass --port.`,
  });
}
