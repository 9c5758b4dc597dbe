// `npm start [-- --port <app>=<port> ...]`: see start.ts. First the offline checks of `npm run doctor`, shown
// only when they find something (errors stop here); mistakes are answered in the user's language.
import { parseArgs } from 'node:util';
import { findProjectRoot, langFromEnv } from '@repo/config/node';
import { COLOR, PLAIN, renderText, runDoctor } from '@repo/doctor';
import { APPS, type AppName } from './apps.ts';
import { STOPPING, StartError, start } from './start.ts';

const lang = langFromEnv();
const USAGE = {
  ja: `使い方: npm start -- [--port アプリ=ポート ...] [--no-build]（アプリ: ${APPS.map((a) => a.name).join('、')}。--no-build は前回のビルドをそのまま配信します）`,
  en: `Usage: npm start -- [--port app=port ...] [--no-build] (apps: ${APPS.map((a) => a.name).join(', ')}; --no-build serves the last build as it is)`,
};

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function parsePorts(values: string[]): Partial<Record<AppName, number>> {
  const ports: Partial<Record<AppName, number>> = {};
  for (const value of values) {
    const [name, port] = value.split('=', 2);
    const app = APPS.find((a) => a.name === name);
    const n = Number(port);
    if (!app || !Number.isInteger(n) || n < 1 || n > 65535) {
      fail(
        lang === 'ja'
          ? `--port ${value} は読めません。アプリ名=ポート番号 の形で書いてください（例: --port vercel-ai-sample=3100）。\n${USAGE.ja}`
          : `Cannot read --port ${value}: write app=port (for example --port vercel-ai-sample=3100).\n${USAGE.en}`,
        2,
      );
    }
    ports[app.name] = n;
  }
  return ports;
}

async function main() {
  let args: ReturnType<
    typeof parseArgs<{ options: { port: { type: 'string'; multiple: true }; 'no-build': { type: 'boolean' } } }>
  >;
  try {
    args = parseArgs({ options: { port: { type: 'string', multiple: true }, 'no-build': { type: 'boolean' } } });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE[lang]}`, 2);
  }
  const root = findProjectRoot() ?? process.cwd();
  const report = await runDoctor({ offline: true, cwd: root, lang });
  const config = report.inspection.config;
  if (!config || report.findings.some((f) => f.severity !== 'info')) {
    const color = process.stdout.isTTY && !process.env.NO_COLOR;
    console.log(renderText(report, true, color ? COLOR : PLAIN));
  }
  if (!config || !report.ok) process.exit(1);
  try {
    const ports = parsePorts(args.values.port ?? []);
    const started = await start({ root, config, lang, ports, skipBuild: args.values['no-build'] === true });
    const stop = async () => {
      console.log(STOPPING[lang]);
      await started.stop();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    fail(error instanceof StartError ? error.message : String((error as Error)?.stack ?? error));
  }
}

await main();
