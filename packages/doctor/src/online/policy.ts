// `npm run doctor -- --policy`: the least-privilege IAM policy for this configuration, ready to paste. Online, the
// destination regions of the configured inference profiles come from the account (GetInferenceProfile).
import { GetInferenceProfileCommand } from '@aws-sdk/client-bedrock';
import { bedrockClient } from '@repo/auth';
import { bedrockPolicyForConfig, formatPolicy } from '@repo/auth/policy';
import type { Config, Lang, Localized } from '@repo/config';
import { parseModelId } from '@repo/config/models';
import { destinationRegions } from './account.ts';

export interface PolicyOptions {
  lang?: Lang;
  accountId?: string;
  withNotes?: boolean;
  /** Destination regions by profile ID, as the account reports them (see `askAccountDestinations`). */
  destinations?: Record<string, string[]>;
  /** Extra notes to print after the policy's own (e.g. why the account could not be asked). */
  notes?: Localized[];
}

/**
 * The policy JSON on stdout-ready text. With `withNotes`, the notes follow as `//` lines after the JSON
 * (kept out of the JSON itself, so `--policy > policy.json` stays valid when notes are off).
 */
export function printPolicy(config: Config, options: PolicyOptions = {}): string {
  const { policy, notes } = bedrockPolicyForConfig(config, {
    ...(options.accountId ? { accountId: options.accountId } : {}),
    ...(options.destinations ? { destinations: options.destinations } : {}),
  });
  const json = formatPolicy(policy);
  const all = [...notes, ...(options.notes ?? [])];
  if (!options.withNotes || all.length === 0) return json;
  const lang = options.lang ?? 'en';
  return `${json}${all.map((note) => `// ${note[lang]}`).join('\n')}\n`;
}

/** The configured geographic profiles (`global.` has no destination list; it may run in any commercial region). */
function configuredProfiles(config: Config): string[] {
  const ids = [config.bedrock.chatModelId, config.bedrock.embeddingModelId].flatMap((id) => {
    const parsed = parseModelId(id);
    if (parsed?.form === 'profile' && parsed.prefix !== 'global') return [id];
    if (
      parsed?.form === 'arn' &&
      parsed.resource === 'inference-profile' &&
      parsed.prefix &&
      parsed.prefix !== 'global'
    )
      return [`${parsed.prefix}.${parsed.modelId}`];
    return [];
  });
  return [...new Set(ids)];
}

/**
 * Asks the account for each configured profile's destination regions. What cannot be asked (no network, no
 * permission) falls back to the catalog, with a note saying so.
 */
export async function askAccountDestinations(
  config: Config,
  timeoutMs = 10_000,
): Promise<{ destinations: Record<string, string[]>; notes: Localized[] }> {
  const destinations: Record<string, string[]> = {};
  const notes: Localized[] = [];
  const profiles = configuredProfiles(config);
  if (profiles.length === 0) return { destinations, notes };
  const control = bedrockClient(config, { maxAttempts: 1 });
  try {
    for (const id of profiles) {
      try {
        const answer = await control.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: id }), {
          abortSignal: AbortSignal.timeout(timeoutMs),
        });
        const regions = destinationRegions(answer.models);
        if (regions.length > 0) destinations[id] = regions;
      } catch (error) {
        const why = (error as { name?: string }).name ?? 'Error';
        notes.push({
          ja: `${id} の転送先リージョンをアカウントに問い合わせられなかったため（${why}）、モデルカタログの一覧を使っています。--offline を付けると問い合わせません。`,
          en: `Could not ask your account for the destination regions of ${id} (${why}), so the model catalog's list is used. With --offline, doctor does not ask.`,
        });
      }
    }
  } finally {
    control.destroy();
  }
  return { destinations, notes };
}
