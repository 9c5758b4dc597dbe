// The one .env layout, as data. This list generates the root .env.example, the docs site's variable
// reference table and the per-variable checks; change a variable here and all three follow.
import { variableDocs } from './docs.ts';
import type { Localized } from './types.ts';

/** How a value is validated before the cross-variable checks run (see schema.ts). */
export type VariableType = 'string' | 'enum' | 'port' | 'url' | 'url-list' | 'integer' | 'secret';

export type SectionId = 'mode' | 'bedrock' | 'models' | 'iam' | 'endpoints' | 'auth0' | 'local' | 'documents' | 'fga';

export interface EnvSection {
  id: SectionId;
  title: Localized;
  /** One or two sentences shown above the section in .env.example and in the docs table. */
  intro: Localized;
}

export interface EnvVariable {
  name: string;
  section: SectionId;
  type: VariableType;
  /** Allowed values for `enum`. */
  choices?: readonly string[];
  description: Localized;
  /** A realistic but fake example value (never a working secret). */
  example: string;
  /** Value used when unset (documented; resolveConfig applies it). */
  default?: string;
  /** Secrets are never printed: only a kind and a fingerprint. */
  secret: boolean;
  /** When the variable must be set. */
  required: Localized;
  /** Docs anchor: `reference/environment/#<lowercase-name>`. */
  docs: string;
  /** In .env.example: written as an active line (safe offline defaults) or commented out. */
  exampleLine: 'active' | 'commented';
}

export interface EnvAlias {
  name: string;
  canonical: string;
  description: Localized;
  docs: string;
}

export const ENV_SECTIONS: readonly EnvSection[] = [
  {
    id: 'mode',
    title: { ja: 'Bedrock の接続先', en: 'Where Bedrock requests go' },
    intro: {
      ja: '何も設定しなければ、ローカルの Bedrock エミュレーターを使います。下の認証情報を設定すると Amazon Bedrock に接続します。',
      en: 'With nothing set, the samples use the local Bedrock emulator. Set a credential below and they talk to Amazon Bedrock.',
    },
  },
  {
    id: 'bedrock',
    title: { ja: 'Amazon Bedrock API キー（標準の構成）', en: 'Amazon Bedrock API key (the standard setup)' },
    intro: {
      ja: 'Bedrock コンソールの「API keys」で発行したキーとリージョンを設定します。',
      en: 'The key you generated under "API keys" in the Bedrock console, and its region.',
    },
  },
  {
    id: 'models',
    title: { ja: 'モデル', en: 'Models' },
    intro: {
      ja: '未設定の場合は、リージョンに合ったモデル ID（必要なら推論プロファイル ID）を自動で選びます。',
      en: 'When unset, a model ID that works in your region (an inference-profile ID where one is needed) is chosen for you.',
    },
  },
  {
    id: 'iam',
    title: { ja: 'IAM 認証情報（API キーの代わりに使う場合）', en: 'IAM credentials (instead of an API key)' },
    intro: {
      ja: 'API キーを使わない場合の方法です。アクセスキーは必ず ID とシークレットを組で設定してください。SSO やロールを使う場合は AWS_PROFILE だけで構いません。',
      en: 'The alternative to an API key. Access keys always come as a pair (ID and secret); with SSO or a role, AWS_PROFILE alone is enough.',
    },
  },
  {
    id: 'endpoints',
    title: { ja: 'エンドポイントとエミュレーター', en: 'Endpoints and the emulator' },
    intro: {
      ja: 'VPC エンドポイントや独自に起動したエミュレーターを使う場合だけ設定します。',
      en: 'Only for VPC endpoints or an emulator you run yourself.',
    },
  },
  {
    id: 'auth0',
    title: { ja: 'Auth0', en: 'Auth0' },
    intro: {
      ja: 'AUTH0_DOMAIN が空の場合は、ローカルの開発用 ID プロバイダー（デモユーザー付き）でサインインします。',
      en: 'With AUTH0_DOMAIN empty, sign-in goes through the local development OpenID Connect issuer (with demo users).',
    },
  },
  {
    id: 'local',
    title: { ja: 'ローカルの開発用 ID プロバイダー', en: 'Local development issuer' },
    intro: {
      ja: 'AUTH0_DOMAIN が空のときに使う、ローカルの開発用 ID プロバイダーの設定です。',
      en: 'Settings of the development OpenID Connect issuer used while AUTH0_DOMAIN is empty.',
    },
  },
  {
    id: 'documents',
    title: { ja: '文書検索（LangChain サンプル）', en: 'Document search (LangChain sample)' },
    intro: {
      ja: '何も設定しなければ、文書は組み込みの PGlite（apps/langchain-sample/.data/）に保存されます。',
      en: 'With nothing set, documents are kept in the embedded PGlite (apps/langchain-sample/.data/).',
    },
  },
  {
    id: 'fga',
    title: { ja: '文書の権限（Auth0 FGA / OpenFGA）', en: 'Document permissions (Auth0 FGA / OpenFGA)' },
    intro: {
      ja: '何も設定しなければ、誰がどの文書を読めるかはローカルの開発用 FGA サーバー（dev-fga）が判断します。Auth0 FGA を使うときは、ダッシュボードで作ったストアと API クライアントの値を設定し、npm run fga:init でモデルを書き込みます。',
      en: 'With nothing set, the local development FGA server (dev-fga) decides who may read which document. To use Auth0 FGA, set the values of the store and API client you created in its dashboard, then write the model with npm run fga:init.',
    },
  },
];

const optional: Localized = { ja: '任意', en: 'optional' };
const forTenant: Localized = {
  ja: 'AUTH0_DOMAIN を設定した場合（Auth0 テナントを使う場合）は必須',
  en: 'required when AUTH0_DOMAIN is set, i.e. when using your Auth0 tenant',
};

const forFga: Localized = {
  ja: 'FGA_STORE_ID を設定した場合（Auth0 FGA や OpenFGA を使う場合）は必須',
  en: 'required when FGA_STORE_ID is set, i.e. when using Auth0 FGA or an OpenFGA server',
};

function variable(v: Omit<EnvVariable, 'docs'>): EnvVariable {
  return { ...v, docs: variableDocs(v.name) };
}

export const ENV_VARIABLES: readonly EnvVariable[] = [
  variable({
    name: 'BEDROCK_MODE',
    section: 'mode',
    type: 'enum',
    choices: ['auto', 'aws', 'emulator'],
    default: 'auto',
    description: {
      ja: '`auto`: Bedrock の認証情報が設定されていれば Amazon Bedrock、なければローカルのエミュレーターを使います。`aws` と `emulator` はどちらかに固定します。',
      en: '`auto`: Amazon Bedrock when a Bedrock credential is configured, else the local emulator. `aws` and `emulator` force one of them.',
    },
    example: 'auto',
    secret: false,
    required: optional,
    exampleLine: 'active',
  }),
  variable({
    name: 'AWS_BEARER_TOKEN_BEDROCK',
    section: 'bedrock',
    type: 'secret',
    description: {
      ja: 'Amazon Bedrock の API キーです。短期キー（`bedrock-api-key-` で始まる）と長期キー（`ABSK` で始まる）のどちらも使えます。設定すると IAM の認証情報より優先されます。',
      en: 'Your Amazon Bedrock API key: short-term (starts with `bedrock-api-key-`) or long-term (starts with `ABSK`). When set, it takes precedence over IAM credentials.',
    },
    example: `ABSK${btoa('BedrockAPIKey-example-at-123456789012:not-a-real-key-example-only')}`,
    secret: true,
    required: {
      ja: 'API キーで Amazon Bedrock を使う場合は必須',
      en: 'required to use Amazon Bedrock with an API key',
    },
    exampleLine: 'commented',
  }),
  variable({
    name: 'AWS_REGION',
    section: 'bedrock',
    type: 'string',
    description: {
      ja: 'Bedrock を呼び出すリージョンです（例: `us-east-1`、`ap-northeast-1`）。短期キーは発行したリージョンでしか使えません。',
      en: 'The region Bedrock is called in (e.g. `us-east-1`, `ap-northeast-1`). A short-term key only works in the region it was generated in.',
    },
    example: 'us-east-1',
    default: 'us-east-1',
    secret: false,
    required: {
      ja: 'Amazon Bedrock を使う場合は必須（短期キーの場合はキーのリージョンを使うので省略可）',
      en: 'required for Amazon Bedrock; may be omitted with a short-term key, whose region is then used',
    },
    exampleLine: 'active',
  }),
  variable({
    name: 'BEDROCK_MODEL_ID',
    section: 'models',
    type: 'string',
    description: {
      ja: 'チャットに使うモデル ID、推論プロファイル ID（`us.`、`apac.`、`jp.`、`global.` などで始まる）、または ARN です。',
      en: 'The chat model: a model ID, an inference-profile ID (starting with `us.`, `apac.`, `jp.`, `global.`, ...) or an ARN.',
    },
    example: 'us.anthropic.claude-sonnet-4-6',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'BEDROCK_EMBEDDING_MODEL_ID',
    section: 'models',
    type: 'string',
    description: {
      ja: '埋め込み（ベクトル化）に使うモデル ID です。',
      en: 'The embedding model ID.',
    },
    example: 'amazon.titan-embed-text-v2:0',
    default: 'amazon.titan-embed-text-v2:0',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'BEDROCK_EMBEDDING_DIMENSIONS',
    section: 'models',
    type: 'integer',
    description: {
      ja: '埋め込みベクトルの次元数です。Titan Text Embeddings V2 では 256、512、1024 のいずれかを指定できます。未設定の場合はモデルの既定値を使います。',
      en: 'Size of the embedding vectors. Titan Text Embeddings V2 accepts 256, 512 or 1024. Unset: the model’s default.',
    },
    example: '1024',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'BEDROCK_AUTH',
    section: 'iam',
    type: 'enum',
    choices: ['auto', 'api-key', 'generated-api-key', 'iam'],
    default: 'auto',
    description: {
      ja: 'Bedrock の認証方法です。`auto`: API キーがあれば API キー、なければ IAM。`generated-api-key`: IAM の認証情報から短期キーを自動で発行・更新します。',
      en: 'How to authenticate to Bedrock. `auto`: the API key when set, else IAM. `generated-api-key`: short-term keys generated and refreshed from your IAM credentials.',
    },
    example: 'auto',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'AWS_ACCESS_KEY_ID',
    section: 'iam',
    type: 'secret',
    description: {
      ja: 'IAM アクセスキー ID（`AKIA` または `ASIA` で始まる 20 文字）です。',
      en: 'IAM access key ID (20 characters starting with `AKIA` or `ASIA`).',
    },
    example: 'AKIAIOSFODNN7EXAMPLE',
    secret: true,
    required: { ja: 'AWS_SECRET_ACCESS_KEY と組で設定', en: 'set together with AWS_SECRET_ACCESS_KEY' },
    exampleLine: 'commented',
  }),
  variable({
    name: 'AWS_SECRET_ACCESS_KEY',
    section: 'iam',
    type: 'secret',
    description: {
      ja: 'IAM シークレットアクセスキー（40 文字）です。',
      en: 'IAM secret access key (40 characters).',
    },
    example: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    secret: true,
    required: { ja: 'AWS_ACCESS_KEY_ID と組で設定', en: 'set together with AWS_ACCESS_KEY_ID' },
    exampleLine: 'commented',
  }),
  variable({
    name: 'AWS_SESSION_TOKEN',
    section: 'iam',
    type: 'secret',
    description: {
      ja: '一時的な認証情報（アクセスキー ID が `ASIA` で始まるもの）のセッショントークンです。',
      en: 'Session token of temporary credentials (access key IDs starting with `ASIA`).',
    },
    example: 'IQoJb3JpZ2luX2VjEXAMPLE',
    secret: true,
    required: {
      ja: 'アクセスキー ID が `ASIA` で始まる場合は必須',
      en: 'required when the access key ID starts with `ASIA`',
    },
    exampleLine: 'commented',
  }),
  variable({
    name: 'AWS_PROFILE',
    section: 'iam',
    type: 'string',
    description: {
      ja: '`~/.aws/config` のプロファイル名です（SSO やロールの引き受けなど）。アクセスキーや API キーが設定されている場合は使われません。',
      en: 'A profile in `~/.aws/config` (SSO, assumed roles, ...). Not used when access keys or an API key are set.',
    },
    example: 'bedrock-poc',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'AWS_ENDPOINT_URL_BEDROCK_RUNTIME',
    section: 'endpoints',
    type: 'url',
    description: {
      ja: 'Bedrock Runtime（モデル呼び出し）のエンドポイント URL です。VPC エンドポイントやエミュレーターを指定します。エミュレーターモードで未設定の場合は `http://127.0.0.1:<BEDROCK_EMULATOR_PORT>` を使います。',
      en: 'Endpoint URL of Bedrock Runtime (model calls): a VPC endpoint or an emulator. In emulator mode it defaults to `http://127.0.0.1:<BEDROCK_EMULATOR_PORT>`.',
    },
    example: 'https://vpce-0123456789abcdef0-abcdefgh.bedrock-runtime.us-east-1.vpce.amazonaws.com',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'AWS_ENDPOINT_URL_BEDROCK',
    section: 'endpoints',
    type: 'url',
    description: {
      ja: 'Bedrock のコントロールプレーン（モデル一覧など）のエンドポイント URL です。エミュレーターモードで未設定の場合は Runtime と同じ URL を使います。',
      en: 'Endpoint URL of the Bedrock control plane (model listing and so on). In emulator mode it defaults to the runtime endpoint.',
    },
    example: 'https://vpce-0123456789abcdef0-abcdefgh.bedrock.us-east-1.vpce.amazonaws.com',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'BEDROCK_EMULATOR_PORT',
    section: 'endpoints',
    type: 'port',
    default: '4010',
    description: {
      ja: 'ローカルの Bedrock エミュレーターが待ち受けるポートです。',
      en: 'Port the local Bedrock emulator listens on.',
    },
    example: '4010',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'AUTH0_DOMAIN',
    section: 'auth0',
    type: 'string',
    description: {
      ja: 'Auth0 テナントのドメインです（例: `example.jp.auth0.com`）。`https://` や末尾の `/` は付けても付けなくても構いません。空にするとローカルの開発用 ID プロバイダーを使います。',
      en: 'Your Auth0 tenant’s domain (e.g. `example.jp.auth0.com`), with or without `https://` and a trailing `/`. Leave it empty to use the local development issuer.',
    },
    example: 'example.jp.auth0.com',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'AUTH0_CLIENT_ID',
    section: 'auth0',
    type: 'string',
    description: {
      ja: 'Auth0 アプリケーション（Regular Web Application）のクライアント ID です。',
      en: 'Client ID of your Auth0 application (Regular Web Application).',
    },
    example: 'AbCdEf0123456789AbCdEf0123456789',
    secret: false,
    required: forTenant,
    exampleLine: 'commented',
  }),
  variable({
    name: 'AUTH0_CLIENT_SECRET',
    section: 'auth0',
    type: 'secret',
    description: {
      ja: 'Auth0 アプリケーションのクライアントシークレットです。',
      en: 'Client secret of your Auth0 application.',
    },
    example: 'fake-client-secret-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH',
    secret: true,
    required: forTenant,
    exampleLine: 'commented',
  }),
  variable({
    name: 'AUTH0_SECRET',
    section: 'auth0',
    type: 'secret',
    description: {
      ja: 'セッション Cookie を暗号化するための秘密の値です（32 文字以上）。`openssl rand -hex 32` で生成してください。',
      en: 'Secret that encrypts the session cookie (32 characters or more). Generate one with `openssl rand -hex 32`.',
    },
    example: '0000000000000000000000000000000000000000000000000000000000000000',
    secret: true,
    required: forTenant,
    exampleLine: 'commented',
  }),
  variable({
    name: 'APP_BASE_URL',
    section: 'auth0',
    type: 'url-list',
    description: {
      ja: 'アプリの公開 URL です。未設定の場合は、各サンプルが自分のポートから決めます（例: `http://localhost:3000`）。1 つのファイルを複数のサンプルで共有するため、通常は設定しません。カンマ区切りで複数の URL も書けます。',
      en: 'The app’s public URL. Unset: each sample derives it from its own port (e.g. `http://localhost:3000`). Usually left unset, since one file serves several samples. Several URLs may be given, separated by commas.',
    },
    example: 'http://localhost:3000',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'AUTH0_AUDIENCE',
    section: 'auth0',
    type: 'string',
    description: {
      ja: 'アクセストークンを要求する API の識別子（Audience）です。',
      en: 'Identifier (audience) of the API to request access tokens for.',
    },
    example: 'https://api.example.com',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'AUTH0_SCOPE',
    section: 'auth0',
    type: 'string',
    description: {
      ja: '`openid profile email offline_access` に追加するスコープです（スペース区切り）。',
      en: 'Scopes added to `openid profile email offline_access` (space-separated).',
    },
    example: 'read:calendar',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'SHOP_API_URL',
    section: 'auth0',
    type: 'url',
    description: {
      ja: '非同期の承認（CIBA）の例で、購入ツールが呼び出す Shop API の URL です。未設定ならサンプル内の Shop API を使います。',
      en: 'URL of the Shop API the purchase tool calls in the asynchronous-authorization (CIBA) example. Unset: the Shop API inside the sample.',
    },
    example: 'https://shop.example.com/api',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'SHOP_API_AUDIENCE',
    section: 'auth0',
    type: 'string',
    default: 'https://shop.example.com/api',
    description: {
      ja: 'Shop API の識別子（Audience）です。Auth0 の API として登録し、スコープ `product:buy` を定義してください。',
      en: 'Identifier (audience) of the Shop API. Register it as an API in Auth0 and define the scope `product:buy`.',
    },
    example: 'https://shop.example.com/api',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'GOOGLE_CONNECTION_NAME',
    section: 'auth0',
    type: 'string',
    default: 'google-oauth2',
    description: {
      ja: 'Token Vault でカレンダーを読むときに使う Auth0 の Google 接続（ソーシャル接続）の名前です。',
      en: 'Name of the Auth0 Google (social) connection Token Vault uses to read the calendar.',
    },
    example: 'google-oauth2',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'DEV_IDP_PORT',
    section: 'local',
    type: 'port',
    default: '4455',
    description: {
      ja: 'ローカルの開発用 ID プロバイダーが待ち受けるポートです。',
      en: 'Port the local development OpenID Connect issuer listens on.',
    },
    example: '4455',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'ALLOW_DEV_ISSUER_IN_PRODUCTION',
    section: 'local',
    type: 'enum',
    choices: ['false', 'true'],
    default: 'false',
    description: {
      ja: '`true` にすると、NODE_ENV=production でもローカルの開発用 ID プロバイダーでのサインインを許可します。ビルドしたアプリをこのマシンだけで試すテスト用です。公開するサーバーでは設定しないでください。',
      en: 'With `true`, sign-in through the development issuer is allowed under NODE_ENV=production. For testing a built app on this machine only; never set it on a server others can reach.',
    },
    example: 'false',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'DATABASE_URL',
    section: 'documents',
    type: 'secret',
    description: {
      ja: '文書とベクトルを保存する PostgreSQL サーバーの接続 URL です。拡張機能 vector（pgvector）が必要です。',
      en: 'Connection URL of a PostgreSQL server for documents and their vectors. It needs the vector extension (pgvector).',
    },
    example: 'postgres://app:change-me@localhost:5432/app',
    secret: true,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'FGA_API_URL',
    section: 'fga',
    type: 'url',
    description: {
      ja: 'FGA の API の URL です。Auth0 FGA では、ダッシュボードに表示されるリージョンの URL（例: https://api.us1.fga.dev）です。',
      en: 'URL of the FGA API. For Auth0 FGA, the URL of your region shown in the dashboard (for example https://api.us1.fga.dev).',
    },
    example: 'https://api.us1.fga.dev',
    secret: false,
    required: forFga,
    exampleLine: 'commented',
  }),
  variable({
    name: 'FGA_STORE_ID',
    section: 'fga',
    type: 'string',
    description: {
      ja: '文書の権限を保存する FGA ストアの ID です。設定すると、dev-fga ではなくこのストアを使います。',
      en: 'ID of the FGA store that holds the document permissions. When set, the samples use this store instead of dev-fga.',
    },
    example: '01JA1B2C3D4E5F6G7H8J9K0M1N',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
  variable({
    name: 'FGA_CLIENT_ID',
    section: 'fga',
    type: 'string',
    description: {
      ja: 'FGA ストアにアクセスする API クライアントの ID です（Auth0 FGA ダッシュボードの「Settings」→「Authorized Clients」で作成）。',
      en: 'ID of the API client that may use the store (created in the Auth0 FGA dashboard under Settings, Authorized Clients).',
    },
    example: 'fga-client-id',
    secret: false,
    required: forFga,
    exampleLine: 'commented',
  }),
  variable({
    name: 'FGA_CLIENT_SECRET',
    section: 'fga',
    type: 'secret',
    description: {
      ja: 'その API クライアントのシークレットです。',
      en: 'Secret of that API client.',
    },
    example: 'change-me',
    secret: true,
    required: forFga,
    exampleLine: 'commented',
  }),
  variable({
    name: 'FGA_API_AUDIENCE',
    section: 'fga',
    type: 'url',
    description: {
      ja: 'トークンを要求するときの audience です。Auth0 FGA では https://api.us1.fga.dev/ のようにリージョンの URL です。',
      en: 'Audience of the token requested for the API. For Auth0 FGA, the URL of your region such as https://api.us1.fga.dev/.',
    },
    example: 'https://api.us1.fga.dev/',
    secret: false,
    required: forFga,
    exampleLine: 'commented',
  }),
  variable({
    name: 'FGA_API_TOKEN_ISSUER',
    section: 'fga',
    type: 'string',
    description: {
      ja: 'クライアントクレデンシャルでトークンを発行するサーバーです。Auth0 FGA では auth.fga.dev です。',
      en: 'The server that issues tokens for the client credentials. For Auth0 FGA, auth.fga.dev.',
    },
    example: 'auth.fga.dev',
    secret: false,
    required: forFga,
    exampleLine: 'commented',
  }),
  variable({
    name: 'DEV_FGA_PORT',
    section: 'fga',
    type: 'port',
    default: '8080',
    description: {
      ja: 'FGA_STORE_ID が空のときに使う、ローカルの開発用 FGA サーバー（dev-fga）のポートです。',
      en: 'Port of the local development FGA server (dev-fga), used while FGA_STORE_ID is empty.',
    },
    example: '8080',
    secret: false,
    required: optional,
    exampleLine: 'commented',
  }),
];

/** Names older forks of the samples (and the AWS CLI) use; accepted with a warning. */
export const ENV_ALIASES: readonly EnvAlias[] = [
  {
    name: 'BEDROCK_REGION',
    canonical: 'AWS_REGION',
    description: { ja: '旧サンプルで使われていた名前です。', en: 'The name older samples used.' },
    docs: variableDocs('AWS_REGION'),
  },
  {
    name: 'AWS_DEFAULT_REGION',
    canonical: 'AWS_REGION',
    description: {
      ja: 'AWS CLI が読む名前です。JavaScript の AWS SDK は読みません。',
      en: 'The name the AWS CLI reads; the JavaScript AWS SDK does not.',
    },
    docs: variableDocs('AWS_REGION'),
  },
  {
    name: 'BEDROCK_CHAT_MODEL_ID',
    canonical: 'BEDROCK_MODEL_ID',
    description: { ja: '旧サンプルで使われていた名前です。', en: 'The name older samples used.' },
    docs: variableDocs('BEDROCK_MODEL_ID'),
  },
];

export const VARIABLE_NAMES: readonly string[] = ENV_VARIABLES.map((v) => v.name);

export function findVariable(name: string): EnvVariable | undefined {
  return ENV_VARIABLES.find((v) => v.name === name);
}

/** Every name @repo/config reads: the variables and their aliases. */
export const KNOWN_NAMES: ReadonlySet<string> = new Set([...VARIABLE_NAMES, ...ENV_ALIASES.map((a) => a.name)]);
