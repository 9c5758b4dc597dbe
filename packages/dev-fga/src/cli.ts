// `pnpm fga [--port N] [--data-dir DIR | --memory] [--issuer URL --audience AUD] [--force]`: dev-fga on its own.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { inspectConfig } from '@repo/config/node';
import type { AuthOptions } from './auth.ts';
import { DEFAULT_DATA_DIR } from './data-dir.ts';
import { DevFgaError } from './guard.ts';
import { DEFAULT_DEV_FGA_PORT, startDevFga } from './server.ts';

const USAGE = `Usage: pnpm fga [--port N] [--data-dir DIR | --memory] [--issuer URL --audience AUD] [--force]
  --port      TCP port on 127.0.0.1 (default DEV_FGA_PORT, else ${DEFAULT_DEV_FGA_PORT}; 0 picks a free one)
  --data-dir  where stores, models and tuples are kept (default .data/fga)
  --memory    keep nothing on disk
  --issuer    require client-credentials tokens from this issuer (FGA_API_TOKEN_ISSUER), with --audience
  --force     start even with NODE_ENV=production
使い方: pnpm fga [--port 番号] [--data-dir フォルダ | --memory] [--issuer URL --audience 値] [--force]`;

function fail(ja: string, en: string): never {
  console.error(`${ja}\n${en}\n\n${USAGE}`);
  process.exit(2);
}

const OPTIONS = {
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  memory: { type: 'boolean' },
  issuer: { type: 'string' },
  audience: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function readArgs() {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: false }).values;
  } catch (error) {
    fail(`引数を読めません: ${(error as Error).message}`, `Cannot read the arguments: ${(error as Error).message}`);
  }
}

const values = readArgs();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.port !== undefined && (!/^\d+$/.test(values.port) || Number(values.port) > 65535)) {
  fail(
    `--port は 0 から 65535 の数字で指定してください (${values.port})。`,
    `--port must be a number from 0 to 65535 (got ${values.port}).`,
  );
}
if (values.issuer && !values.audience) {
  fail(
    '--issuer を使うときは --audience (FGA_API_AUDIENCE) も指定してください。',
    '--issuer needs --audience (FGA_API_AUDIENCE) too.',
  );
}
const auth: AuthOptions = values.issuer
  ? { method: 'oidc', issuer: values.issuer, audience: values.audience as string }
  : { method: 'none' };
const dataDir = values.memory ? undefined : resolve(values['data-dir'] ?? DEFAULT_DATA_DIR);

try {
  const fga = await startDevFga({
    port:
      values.port === undefined
        ? (inspectConfig().config?.fga?.devFgaPort ?? DEFAULT_DEV_FGA_PORT)
        : Number(values.port),
    dataDir,
    auth,
    allowProduction: values.force ?? false,
  });
  console.log(`dev-fga (OpenFGA HTTP API): ${fga.url}  state: ${fga.dataFile ?? 'memory only'}`);
  console.log(`開発用 FGA サーバー: ${fga.url}  保存先: ${fga.dataFile ?? 'メモリーのみ'}`);
  console.log(`  FGA_API_URL=${fga.url}  ${auth.method === 'oidc' ? `tokens from ${auth.issuer}` : 'no token needed'}`);
  const stop = () => {
    fga.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof DevFgaError) fail(error.localized.ja, error.localized.en);
  throw error;
}
