// `pnpm emulator [--port N] [--region R] [--pacing instant|human]`: the Bedrock emulator on its own.
// Port and region default to BEDROCK_EMULATOR_PORT and AWS_REGION from the repository's .env files
// (through @repo/config), so the emulator plays the region the samples are configured for.
import { parseArgs } from 'node:util';
import { inspectConfig } from '@repo/config/node';
import { PACING_PRESETS, type PacingPreset } from './pacing.ts';
import { DEFAULT_PORT, DEFAULT_REGION, EmulatorOptionError, startEmulator } from './server.ts';

const USAGE = `Usage: pnpm emulator [--port N] [--region R] [--pacing instant|human]
  --port     TCP port on 127.0.0.1 (default BEDROCK_EMULATOR_PORT, else ${DEFAULT_PORT}; 0 picks a free one)
  --region   Bedrock region to play (default AWS_REGION, else ${DEFAULT_REGION})
  --pacing   reply speed: instant or human (default human)
使い方: pnpm emulator [--port 番号] [--region リージョン] [--pacing instant|human]`;

function fail(ja: string, en: string): never {
  console.error(`${ja}\n${en}\n\n${USAGE}`);
  process.exit(2);
}

const OPTIONS = {
  port: { type: 'string' },
  region: { type: 'string' },
  pacing: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function readArgs() {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: false }).values;
  } catch (error) {
    fail(`引数を読めません: ${(error as Error).message}`, `Cannot read the arguments: ${(error as Error).message}`);
  }
}

function options() {
  const values = readArgs();
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const configured =
    values.port === undefined || values.region === undefined ? inspectConfig().config?.bedrock : undefined;
  const port = values.port === undefined ? (configured?.emulatorPort ?? DEFAULT_PORT) : Number(values.port);
  if (values.port !== undefined && !/^\d+$/.test(values.port)) {
    fail(
      `--port は 0 から 65535 の数字で指定してください (${values.port})。`,
      `--port must be a number from 0 to 65535 (got ${values.port}).`,
    );
  }
  const pacing = values.pacing ?? 'human';
  if (!(pacing in PACING_PRESETS)) {
    fail(
      `--pacing は instant か human を指定してください (${pacing})。`,
      `--pacing must be instant or human (got ${pacing}).`,
    );
  }
  return { port, region: values.region ?? configured?.region ?? DEFAULT_REGION, pacing: pacing as PacingPreset };
}

const { port, region, pacing } = options();
try {
  const emulator = await startEmulator({ port, region, pacing });
  console.log(`Bedrock emulator: ${emulator.url} (region ${emulator.region}, pacing ${pacing})`);
  console.log(`Bedrock エミュレーター: ${emulator.url} (リージョン ${emulator.region})`);
  console.log(`  AWS_ENDPOINT_URL_BEDROCK_RUNTIME=${emulator.url}  AWS_ENDPOINT_URL_BEDROCK=${emulator.url}`);
  console.log(`  control: ${emulator.url}/_emulator/health`);
  const stop = () => {
    emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof EmulatorOptionError) fail(error.ja, error.en);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    fail(
      `ポート ${port} は使用中です。--port で別の番号を指定するか、BEDROCK_EMULATOR_PORT を変えてください。`,
      `Port ${port} is already in use. Pick another with --port, or change BEDROCK_EMULATOR_PORT.`,
    );
  }
  throw error;
}
