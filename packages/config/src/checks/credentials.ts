// Bedrock credentials: the API key's shape, the IAM key pair, and which mode and credential source
// win, with the reason in both languages.
import { inspectApiKey, type KeyInspection } from '../api-key.ts';
import { EMULATOR_API_KEY } from '../emulator-key.ts';
import { finding, hasErrors } from '../findings.ts';
import { describeSecret, looksLikeAccessKeyId, looksLikeSecretAccessKey } from '../key-shapes.ts';
import type { BedrockCredentials, BedrockMode, IamSettings, Localized } from '../types.ts';
import type { CheckContext } from './context.ts';

const TOKEN = 'AWS_BEARER_TOKEN_BEDROCK';

/**
 * Check AWS_BEARER_TOKEN_BEDROCK with the key inspector (the same findings doctor and the docs show).
 * Returns the inspection when the key is usable; its region is checked against AWS_REGION in checkRegion.
 */
export function checkBearerToken(ctx: CheckContext): UsableKey | undefined {
  const value = ctx.values.get(TOKEN)?.value;
  if (value === undefined) return undefined;
  const inspection = inspectApiKey(value, { now: ctx.now });
  for (const f of inspection.findings) ctx.add(f);
  if (inspection.kind === 'not-a-key' || hasErrors(inspection.findings)) {
    ctx.unusable.add(TOKEN);
    return undefined;
  }
  return inspection;
}

export type UsableKey = Exclude<KeyInspection, { kind: 'not-a-key' }>;

/** Check the IAM variables; returns the explicit settings that are usable. */
export function checkIam(ctx: CheckContext): IamSettings {
  const idName = 'AWS_ACCESS_KEY_ID';
  const secretName = 'AWS_SECRET_ACCESS_KEY';
  const id = ctx.get(idName);
  const secret = ctx.get(secretName);
  const token = ctx.get('AWS_SESSION_TOKEN');
  const profile = ctx.get('AWS_PROFILE');

  if (ctx.has(idName) !== ctx.has(secretName)) {
    const missing = ctx.has(idName) ? secretName : idName;
    const present = ctx.has(idName) ? idName : secretName;
    ctx.add(
      finding(
        'aws-access-key-pair-incomplete',
        missing,
        {
          ja: `${present} は設定されていますが、${missing} がありません。アクセスキーは ID とシークレットの組で使います。`,
          en: `${present} is set but ${missing} is not. Access keys work only as a pair (ID and secret).`,
        },
        {
          ja: `IAM でアクセスキーを作成したときに表示された ${missing} を追加してください。API キーを使う場合は、${present} の行を削除してください。`,
          en: `Add the ${missing} shown when the access key was created in IAM. If you use an API key instead, delete the ${present} line.`,
        },
      ),
    );
  }

  let swapped = false;
  if (id && secret && !looksLikeAccessKeyId(id) && looksLikeAccessKeyId(secret)) {
    swapped = true;
    ctx.unusable.add(idName).add(secretName);
    ctx.add(
      finding(
        'aws-access-keys-swapped',
        idName,
        {
          ja: 'AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY の値が入れ替わっているようです。',
          en: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY look swapped.',
        },
        {
          ja: 'AKIA/ASIA で始まる 20 文字を AWS_ACCESS_KEY_ID に、40 文字のほうを AWS_SECRET_ACCESS_KEY に設定してください。',
          en: 'Put the 20 characters starting with AKIA/ASIA in AWS_ACCESS_KEY_ID and the 40-character value in AWS_SECRET_ACCESS_KEY.',
        },
      ),
    );
  }
  if (!swapped && id && !looksLikeAccessKeyId(id)) {
    ctx.unusable.add(idName);
    ctx.add(
      finding(
        'aws-access-key-id-malformed',
        idName,
        {
          ja: `AWS_ACCESS_KEY_ID は AKIA または ASIA で始まる英大文字と数字 20 文字のはずですが、この値（${id.length} 文字）は違います。`,
          en: `AWS_ACCESS_KEY_ID should be 20 capital letters and digits starting with AKIA or ASIA; this value (${id.length} characters) is not.`,
        },
        {
          ja: 'IAM の「セキュリティ認証情報」でアクセスキー ID を確認し、そのまま貼り付けてください。',
          en: 'Check the access key ID under "Security credentials" in IAM and paste it exactly.',
        },
      ),
    );
  }
  if (!swapped && secret && !looksLikeSecretAccessKey(secret)) {
    ctx.unusable.add(secretName);
    ctx.add(
      finding(
        'aws-secret-access-key-malformed',
        secretName,
        {
          ja: `AWS_SECRET_ACCESS_KEY は 40 文字（英数字と / +）のはずですが、この値は ${secret.length} 文字です。`,
          en: `AWS_SECRET_ACCESS_KEY should be 40 characters (letters, digits, / and +); this value has ${secret.length}.`,
        },
        {
          ja: 'シークレットは作成時にしか表示されません。手元の控えから正確にコピーするか、新しいアクセスキーを作成してください。',
          en: 'The secret is shown only when the key is created: copy it exactly from where you saved it, or create a new access key.',
        },
      ),
    );
  }
  const usableId = ctx.get(idName);
  if (usableId?.startsWith('ASIA') && !ctx.has('AWS_SESSION_TOKEN')) {
    ctx.add(
      finding(
        'aws-session-token-missing',
        'AWS_SESSION_TOKEN',
        {
          ja: 'アクセスキー ID が ASIA で始まる一時的な認証情報ですが、AWS_SESSION_TOKEN がありません。',
          en: 'The access key ID starts with ASIA (temporary credentials), but AWS_SESSION_TOKEN is missing.',
        },
        {
          ja: '一時的な認証情報と一緒に発行されたセッショントークンを AWS_SESSION_TOKEN に設定してください。',
          en: 'Set AWS_SESSION_TOKEN to the session token issued with these temporary credentials.',
        },
      ),
    );
  }
  if (usableId?.startsWith('AKIA') && token) {
    ctx.add(
      finding(
        'aws-session-token-unexpected',
        'AWS_SESSION_TOKEN',
        {
          ja: 'アクセスキー ID が AKIA で始まる長期キーなのに、AWS_SESSION_TOKEN が設定されています。古い一時的な認証情報の残りと思われ、AWS に拒否されます。',
          en: 'The access key ID starts with AKIA (a long-term key), yet AWS_SESSION_TOKEN is set: probably left over from temporary credentials, and AWS rejects the pair.',
        },
        { ja: 'AWS_SESSION_TOKEN の行を削除してください。', en: 'Delete the AWS_SESSION_TOKEN line.' },
      ),
    );
  }
  if (profile && (ctx.has(idName) || ctx.has(secretName)))
    ctx.add(
      finding(
        'aws-profile-ignored',
        'AWS_PROFILE',
        {
          ja: `AWS_PROFILE=${profile} が設定されていますが、アクセスキーが優先されるためプロファイルは使われません。`,
          en: `AWS_PROFILE=${profile} is set, but the access keys take precedence, so the profile is not used.`,
        },
        {
          ja: 'プロファイルを使う場合はアクセスキーの行を削除し、アクセスキーを使う場合は AWS_PROFILE の行を削除してください。',
          en: 'To use the profile, delete the access key lines; to use the access keys, delete the AWS_PROFILE line.',
        },
      ),
    );

  return {
    ...(ctx.get(idName) ? { accessKeyId: ctx.get(idName) } : {}),
    ...(ctx.get(secretName) ? { secretAccessKey: ctx.get(secretName) } : {}),
    ...(token ? { sessionToken: token } : {}),
    ...(profile ? { profile } : {}),
  };
}

export interface BedrockAccess {
  mode: BedrockMode;
  reason: Localized;
  /** Undefined when the chosen source lacks what it needs (an error was reported). */
  credentials?: BedrockCredentials;
  /** Human description of the credential, secret-free. */
  credentialLabel: Localized;
}

/** Decide the Bedrock mode and credential source from BEDROCK_MODE, BEDROCK_AUTH and what is set. */
export function resolveBedrockAccess(
  ctx: CheckContext,
  token: UsableKey | undefined,
  iam: IamSettings,
  emulatorEndpoint: string,
): BedrockAccess {
  const modeSetting = ctx.get('BEDROCK_MODE') ?? 'auto';
  const authSetting = ctx.get('BEDROCK_AUTH') ?? 'auto';
  const hasToken = ctx.has(TOKEN);
  const hasKeys = ctx.has('AWS_ACCESS_KEY_ID') || ctx.has('AWS_SECRET_ACCESS_KEY');
  const hasProfile = ctx.has('AWS_PROFILE');
  const explicitAuth = authSetting === 'iam' || authSetting === 'generated-api-key';
  const configured = hasToken || hasKeys || hasProfile || explicitAuth;

  const mode: BedrockMode = modeSetting === 'auto' ? (configured ? 'aws' : 'emulator') : (modeSetting as BedrockMode);
  const names = configuredNames(ctx, explicitAuth);
  const modeReason: Localized =
    modeSetting !== 'auto'
      ? { ja: `BEDROCK_MODE=${modeSetting} の指定により`, en: `BEDROCK_MODE=${modeSetting} is set, so` }
      : configured
        ? {
            ja: `Bedrock の認証情報（${names.join('、')}）が設定されているので`,
            en: `a Bedrock credential (${names.join(', ')}) is configured, so`,
          }
        : { ja: 'Bedrock の認証情報が設定されていないので', en: 'no Bedrock credential is configured, so' };

  const iamLabel = iamDescription(ctx, iam);
  let credentials: BedrockCredentials | undefined;
  let credentialLabel: Localized;
  const useApiKey = authSetting === 'api-key' || (authSetting === 'auto' && hasToken);

  if (useApiKey && hasToken) {
    const value = ctx.get(TOKEN);
    credentials =
      value && token && (token.kind === 'short-term' || token.kind === 'long-term')
        ? { source: 'api-key', apiKey: value, keyKind: token.kind }
        : undefined;
    credentialLabel = value
      ? describeSecret(TOKEN, value)
      : { ja: 'API キー（下のエラーを参照）', en: 'the API key (see the errors below)' };
    if (hasKeys || hasProfile) ctx.add(iamIgnoredFinding(ctx));
  } else if (useApiKey && mode === 'aws') {
    credentialLabel = { ja: 'なし', en: 'none' };
    ctx.add(
      finding(
        'bedrock-auth-missing-api-key',
        'BEDROCK_AUTH',
        {
          ja: `BEDROCK_AUTH=api-key ですが、${TOKEN} が設定されていません。`,
          en: `BEDROCK_AUTH=api-key, but ${TOKEN} is not set.`,
        },
        {
          ja: `${TOKEN} に API キーを設定するか、BEDROCK_AUTH の行を削除して自動選択にしてください。`,
          en: `Set ${TOKEN} to your API key, or delete the BEDROCK_AUTH line to choose automatically.`,
        },
      ),
    );
  } else if (explicitAuth || (mode === 'aws' && (hasKeys || hasProfile || !hasToken))) {
    const source = authSetting === 'generated-api-key' ? 'generated-api-key' : 'iam';
    credentials = { source, iam };
    credentialLabel =
      source === 'generated-api-key'
        ? {
            ja: `${iamLabel.ja} から自動発行する短期 API キー`,
            en: `short-term API keys generated from ${iamLabel.en}`,
          }
        : iamLabel;
    if (hasToken)
      ctx.add(
        finding(
          'bedrock-auth-ignores-api-key',
          TOKEN,
          {
            ja: `BEDROCK_AUTH=${authSetting} のため、${TOKEN} は使われません。`,
            en: `BEDROCK_AUTH=${authSetting}, so ${TOKEN} is not used.`,
          },
          {
            ja: `API キーを使う場合は BEDROCK_AUTH の行を削除し、使わない場合は ${TOKEN} の行を削除してください。`,
            en: `To use the API key, delete the BEDROCK_AUTH line; otherwise delete the ${TOKEN} line.`,
          },
        ),
      );
    if (mode === 'aws' && !hasKeys && !hasProfile)
      ctx.add(
        finding(
          'aws-credentials-from-chain',
          undefined,
          {
            ja: 'Amazon Bedrock を使う設定ですが、API キーもアクセスキーもプロファイルも設定されていません。AWS の標準の探索（~/.aws の default プロファイル、SSO、実行環境のロールなど）で見つかる認証情報に頼ります。',
            en: 'Amazon Bedrock is selected, but no API key, access key or profile is set. Credentials must come from the standard AWS chain (the default profile in ~/.aws, SSO, the role of the machine, ...).',
          },
          {
            ja: `${TOKEN} に API キーを設定するのが一番簡単です。SSO などを使う場合は AWS_PROFILE を設定し、\`npm run doctor\` で接続を確認してください。`,
            en: `Setting ${TOKEN} to an API key is the simplest. With SSO and the like, set AWS_PROFILE and verify with \`npm run doctor\`.`,
          },
        ),
      );
  } else {
    credentials = { source: 'emulator', apiKey: EMULATOR_API_KEY };
    credentialLabel = { ja: 'エミュレーター用のデモキー', en: 'the emulator’s demo key' };
  }

  const target: Localized =
    mode === 'aws'
      ? {
          ja: `Amazon Bedrock に${credentialLabel.ja}で接続します。`,
          en: `Amazon Bedrock is used with ${credentialLabel.en}.`,
        }
      : {
          ja: `ローカルのエミュレーター（${emulatorEndpoint}）を${credentialLabel.ja}で使います。`,
          en: `the local emulator (${emulatorEndpoint}) is used with ${credentialLabel.en}.`,
        };
  const reason = { ja: `${modeReason.ja}、${target.ja}`, en: `${capitalize(modeReason.en)} ${target.en}` };
  if (mode === 'emulator')
    ctx.add(
      finding(
        'bedrock-mode-emulator',
        'BEDROCK_MODE',
        {
          ja: `${reason.ja}応答はエミュレーターが作るもので、実際のモデルの回答ではありません。`,
          en: `${reason.en} Its answers are generated locally, not by a real model.`,
        },
        {
          ja: `Amazon Bedrock を使うには ${TOKEN} と AWS_REGION を設定してください。`,
          en: `To use Amazon Bedrock, set ${TOKEN} and AWS_REGION.`,
        },
      ),
    );
  return { mode, reason, ...(credentials ? { credentials } : {}), credentialLabel };
}

function configuredNames(ctx: CheckContext, explicitAuth: boolean): string[] {
  const names = [TOKEN, 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_PROFILE'].filter((n) => ctx.has(n));
  return explicitAuth ? [...names, `BEDROCK_AUTH=${ctx.get('BEDROCK_AUTH')}`] : names;
}

function iamDescription(ctx: CheckContext, iam: IamSettings): Localized {
  if (iam.accessKeyId) {
    const key = describeSecret('AWS_ACCESS_KEY_ID', iam.accessKeyId);
    return { ja: `IAM アクセスキー（${key.ja}）`, en: `IAM access keys (${key.en})` };
  }
  if (iam.profile) return { ja: `AWS プロファイル ${iam.profile}`, en: `the AWS profile ${iam.profile}` };
  if (ctx.has('AWS_ACCESS_KEY_ID'))
    return { ja: 'IAM アクセスキー（下のエラーを参照）', en: 'IAM access keys (see the errors below)' };
  return { ja: 'AWS の標準の認証情報の探索', en: 'the standard AWS credential chain' };
}

function iamIgnoredFinding(ctx: CheckContext) {
  const names = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_PROFILE'].filter((n) => ctx.has(n));
  return finding(
    'iam-ignored-for-api-key',
    names[0],
    {
      ja: `${TOKEN} が優先されるため、${names.join('、')} は使われません。`,
      en: `${TOKEN} takes precedence, so ${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} not used.`,
    },
    {
      ja: `意図どおりなら対応は不要です。IAM を使いたい場合は BEDROCK_AUTH=iam を設定するか、${TOKEN} の行を削除してください。`,
      en: `Nothing to do if that is intended. To use IAM, set BEDROCK_AUTH=iam or delete the ${TOKEN} line.`,
    },
  );
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
