// `npm run doctor -- --policy`: the least-privilege IAM policy for this configuration, ready to paste.
import { bedrockPolicyForConfig, formatPolicy } from '@repo/auth/policy';
import type { Config, Lang } from '@repo/config';

/**
 * The policy JSON on stdout-ready text. With `withNotes`, the notes follow as `//` lines after the JSON
 * (kept out of the JSON itself, so `--policy > policy.json` stays valid when notes are off).
 */
export function printPolicy(
  config: Config,
  options: { lang?: Lang; accountId?: string; withNotes?: boolean } = {},
): string {
  const { policy, notes } = bedrockPolicyForConfig(config, options.accountId ? { accountId: options.accountId } : {});
  const json = formatPolicy(policy);
  if (!options.withNotes || notes.length === 0) return json;
  const lang = options.lang ?? 'en';
  return `${json}${notes.map((note) => `// ${note[lang]}`).join('\n')}\n`;
}
