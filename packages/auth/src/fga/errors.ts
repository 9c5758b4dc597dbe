// FGA failures a user or operator can fix, in Japanese and English, naming the variable to check. Recognised by
// name and fields rather than `instanceof`: Auth0's FGAFilter brings its own copy of @openfga/sdk.
import type { FgaConfig, Localized } from '@repo/config';

export type FgaProblemCode =
  | 'fga-unreachable'
  | 'fga-credentials-refused'
  | 'fga-store-not-found'
  | 'fga-model-missing';

/** Shaped like @repo/documents' DocumentsError so the samples' APIs answer both the same way (503, bilingual). */
export class FgaProblem extends Error {
  readonly status = 503;
  constructor(
    readonly code: FgaProblemCode,
    readonly variable: string,
    readonly localized: Localized,
    readonly fix: Localized,
  ) {
    super(`${localized.en} ${fix.en}`);
    this.name = 'FgaProblem';
  }
}

const START_DEV_FGA: Localized = {
  ja: 'サンプルを pnpm dev か npm start で起動すると dev-fga も起動し、ストアとモデルを用意します（単独では pnpm fga と npm run fga:init）。',
  en: 'Start the sample with pnpm dev or npm start: they start dev-fga and prepare its store and model (on its own: pnpm fga, then npm run fga:init).',
};

export function storeNotFound(fga: FgaConfig): FgaProblem {
  return fga.mode === 'dev'
    ? new FgaProblem(
        'fga-store-not-found',
        'FGA_STORE_ID',
        {
          ja: `ローカルの dev-fga（${fga.apiUrl}）にサンプル用のストアがありません。`,
          en: `The local dev-fga (${fga.apiUrl}) has no store for the samples.`,
        },
        START_DEV_FGA,
      )
    : new FgaProblem(
        'fga-store-not-found',
        'FGA_STORE_ID',
        {
          ja: `FGA のストア ${fga.storeId} が ${fga.apiUrl} に見つかりません。`,
          en: `The FGA store ${fga.storeId} was not found at ${fga.apiUrl}.`,
        },
        {
          ja: 'FGA_STORE_ID と FGA_API_URL（リージョン）を Auth0 FGA のダッシュボードの値と比べてください。',
          en: 'Compare FGA_STORE_ID and FGA_API_URL (the region) with the values in the Auth0 FGA dashboard.',
        },
      );
}

interface SdkError {
  name?: string;
  statusCode?: number;
  apiErrorCode?: string;
}

/** The FgaProblem for an @openfga/sdk error, or the error itself when it is not one a user can fix. */
export function fgaProblem(error: unknown, fga: FgaConfig): unknown {
  if (error instanceof FgaProblem) return error;
  const e = (error ?? {}) as SdkError;
  if (e.name === 'FgaApiAuthenticationError') {
    return new FgaProblem(
      'fga-credentials-refused',
      'FGA_CLIENT_ID',
      {
        ja: 'FGA のトークンを取得できないか、FGA に拒否されました。',
        en: 'The FGA token could not be obtained, or FGA refused it.',
      },
      {
        ja: 'FGA_CLIENT_ID、FGA_CLIENT_SECRET、FGA_API_TOKEN_ISSUER、FGA_API_AUDIENCE を確認してください（npm run doctor で確かめられます）。',
        en: 'Check FGA_CLIENT_ID, FGA_CLIENT_SECRET, FGA_API_TOKEN_ISSUER and FGA_API_AUDIENCE (npm run doctor checks them).',
      },
    );
  }
  if (e.name === 'FgaApiNotFoundError' || e.apiErrorCode === 'store_id_not_found') return storeNotFound(fga);
  if (e.apiErrorCode === 'latest_authorization_model_not_found' || e.apiErrorCode === 'type_not_found') {
    return new FgaProblem(
      'fga-model-missing',
      'FGA_STORE_ID',
      {
        ja: 'FGA のストアに文書用の認可モデル（doc 型）がありません。',
        en: 'The FGA store has no authorization model for documents (the doc type).',
      },
      {
        ja: 'npm run fga:init でモデルを書き込んでください。',
        en: 'Write the model with npm run fga:init.',
      },
    );
  }
  if (e.name === 'FgaError' && e.statusCode === undefined) {
    return new FgaProblem(
      'fga-unreachable',
      'FGA_API_URL',
      {
        ja: `FGA（${fga.apiUrl}）に接続できません。`,
        en: `Cannot reach FGA at ${fga.apiUrl}.`,
      },
      fga.mode === 'dev'
        ? START_DEV_FGA
        : {
            ja: 'FGA_API_URL とネットワーク（プロキシ、ファイアウォール）を確認してください。',
            en: 'Check FGA_API_URL and the network (proxy, firewall).',
          },
    );
  }
  return error;
}
