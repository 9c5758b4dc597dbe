// Command-line arguments of `npm run doctor`. Anything unexpected is a usage error (exit code 2).

import type { Lang } from '@repo/config';
import { parseLang } from '@repo/config';

export interface DoctorArgs {
  offline: boolean;
  json: boolean;
  /** Print the least-privilege IAM policy for this configuration instead of checking. */
  policy: boolean;
  help: boolean;
  envFile?: string;
  lang?: Lang;
}

export type ParsedArgs = { ok: true; args: DoctorArgs } | { ok: false; problem: { ja: string; en: string } };

export const USAGE = {
  en: `Usage: npm run doctor -- [--offline] [--env-file FILE] [--lang ja|en] [--json] [--policy]

Checks your .env.local (and, later, your access to Amazon Bedrock) and explains each problem with its fix.
  --offline        only the checks that need no network (the configuration itself)
  --env-file FILE  read FILE instead of the repository's .env files (real environment variables still win)
  --lang ja|en     language of the output (default: from LANG)
  --json           print {"ok": boolean, "findings": [...]} instead of text
  --policy         print the least-privilege IAM policy for this configuration (JSON); online, the
                   inference profiles' destination regions come from your account
  --help           show this help
Exit code: 0 no error, 1 at least one error, 2 usage error.`,
  ja: `使い方: npm run doctor -- [--offline] [--env-file ファイル] [--lang ja|en] [--json] [--policy]

.env.local（今後は Amazon Bedrock への接続も）を確認し、問題ごとに対処方法を説明します。
  --offline            ネットワークを使わない確認（設定そのもの）だけを行います
  --env-file ファイル  リポジトリの .env ファイルの代わりに指定したファイルを読みます（環境変数は引き続き優先）
  --lang ja|en         出力の言語（既定: LANG から判断）
  --json               テキストの代わりに {"ok": boolean, "findings": [...]} を出力します
  --policy             この設定に必要な最小権限の IAM ポリシー（JSON）を出力します。オンラインでは
                       推論プロファイルの転送先リージョンをアカウントに問い合わせます
  --help               このヘルプを表示します
終了コード: 0 エラーなし、1 エラーあり、2 使い方の誤り。`,
};

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: DoctorArgs = { offline: false, json: false, help: false, policy: false };
  const fail = (ja: string, en: string): ParsedArgs => ({ ok: false, problem: { ja, en } });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--offline':
        args.offline = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--policy':
        args.policy = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--env-file': {
        const file = value();
        if (!file || file.startsWith('--'))
          return fail('--env-file にはファイルのパスが必要です。', '--env-file needs a file path.');
        args.envFile = file;
        break;
      }
      case '--lang': {
        const raw = value();
        const lang = parseLang(raw);
        if (!lang)
          return fail(
            `--lang には ja か en を指定してください（指定値: ${raw ?? 'なし'}）。`,
            `--lang takes ja or en (got: ${raw ?? 'nothing'}).`,
          );
        args.lang = lang;
        break;
      }
      default:
        return fail(`不明な引数です: ${arg}`, `Unknown argument: ${arg}`);
    }
  }
  return { ok: true, args };
}
