// Step ids and titles of the online checks: a module with no heavy imports, so the doctor CLI can build its
// pipeline without loading the AWS SDK until the online checks really run.
import type { Localized } from '@repo/config';

export type OnlineStepId =
  | 'credentials'
  | 'key'
  | 'control-plane'
  | 'models'
  | 'converse'
  | 'embedding'
  | 'auth0'
  | 'backchannel'
  | 'token-vault';

export const STEP_TITLES: Record<OnlineStepId, Localized> = {
  credentials: { ja: '認証情報の解決', en: 'Credentials resolved' },
  key: { ja: 'API キーの確認', en: 'API key inspected' },
  'control-plane': {
    ja: 'Bedrock コントロールプレーン（ListFoundationModels）',
    en: 'Bedrock control plane (ListFoundationModels)',
  },
  models: {
    ja: 'チャット・埋め込みモデル（アカウントの答えとモデルカタログの比較）',
    en: "Chat and embedding models (your account's answer against the catalog)",
  },
  converse: { ja: '最小の Converse 呼び出し', en: 'Minimal Converse call' },
  embedding: { ja: '埋め込みの呼び出し', en: 'One embedding call' },
  auth0: { ja: 'Auth0 のディスカバリー', en: 'Auth0 issuer discovery' },
  backchannel: {
    ja: 'Auth0 の非同期の承認（CIBA）エンドポイント',
    en: 'Auth0 asynchronous authorization (CIBA) endpoint',
  },
  'token-vault': { ja: 'Token Vault（交換と Google 接続）', en: 'Token Vault (exchange and Google connection)' },
};
