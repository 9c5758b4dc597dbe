// `pnpm --filter @repo/dev-idp start [--port N] [--host 127.0.0.1]`: run the development issuer until Ctrl+C.
// The port is --port, else DEV_IDP_PORT from the repository's .env files (through @repo/config), else 4455.

import { parseArgs } from 'node:util';
import { inspectConfig } from '@repo/config/node';
import { DEFAULT_DEV_IDP_PORT, DEV_CLIENT_ID } from './client.ts';
import { DevIdpError } from './loopback.ts';
import { startDevIdp } from './server.ts';
import { DEMO_USERS } from './users.ts';

function usageError(detail: string): DevIdpError {
  return new DevIdpError('dev-idp-usage', {
    ja: `${detail}: 使い方は dev-idp [--port <ポート番号>] [--host <ループバックアドレス>] [--allow-production] です (ポートの既定値は 4455)。`,
    en: `${detail}: usage is dev-idp [--port <number>] [--host <loopback address>] [--allow-production] (the port defaults to 4455).`,
  });
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw usageError(`--port ${value}`);
  return port;
}

async function main(): Promise<void> {
  let values: { port?: string; host?: string; 'allow-production'?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, host: { type: 'string' }, 'allow-production': { type: 'boolean' } },
    }));
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
  const port = parsePort(values.port) ?? inspectConfig().config?.auth0.devIdpPort ?? DEFAULT_DEV_IDP_PORT;
  const idp = await startDevIdp({ port, host: values.host, allowProduction: values['allow-production'] });
  const lines = [
    `dev-idp: ${idp.issuer}`,
    '  開発専用の認証サーバーです。本番環境では使わないでください。',
    '  Development-only sign-in server. Do not use it in production.',
    `  discovery:     ${idp.issuer}/.well-known/openid-configuration`,
    `  client id:     ${DEV_CLIENT_ID}`,
    '  client secret: random for this checkout, in .data/dev-secret (the samples read the same)',
    ...DEMO_USERS.map((user) => `  demo user:     ${user.email} / ${user.password} (${user.name}, ${user.locale})`),
  ];
  console.log(lines.join('\n'));

  const stop = () => {
    idp.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof DevIdpError) {
    console.error(`dev-idp: ${error.localized.ja}\ndev-idp: ${error.localized.en}`);
  } else {
    console.error(`dev-idp: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
