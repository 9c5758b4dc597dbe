// What to do about each finding code, grouped by topic, for the troubleshooting page. The codes and their
// titles and severities come from the registries (@repo/config's FINDING_CODES, with the key inspection's
// api-key-* codes, and @repo/doctor/findings for the online checks); this file adds the explanation. A test fails when a registry code has no
// entry here or an entry names a code no registry has.
import type { Localized } from '@repo/config';

export interface TroubleshootingTopic {
  id: string;
  title: Localized;
  intro: Localized;
  /** Guide page (slug) that explains the background. */
  guide: string;
  codes: Record<string, Localized>;
}

const l = (ja: string, en: string): Localized => ({ ja, en });

export const TOPICS: readonly TroubleshootingTopic[] = [
  {
    id: 'env-file',
    title: l('.env ファイルの書き方', 'Writing the .env file'),
    intro: l(
      '.env.local は 1 行に 1 つ、KEY=VALUE の形で書きます。値は引用符なしで構いません。コメントは # で始めます。',
      '.env.local holds one KEY=VALUE per line. Values need no quotes. Comments start with #.',
    ),
    guide: 'aws/using-api-keys/',
    codes: {
      'duplicate-variable': l(
        '同じ変数の行が複数あります。最後の行が使われるので、意図しない行を削除してください。',
        'The variable appears on several lines and the last one wins. Delete the lines you do not mean.',
      ),
      'stray-line': l(
        'KEY=VALUE ではない行は無視されます。コメントにするか、前の行の続きなら 1 行につなげてください。',
        'Lines that are not KEY=VALUE are ignored. Make it a comment, or join it to the line above if it continues a value.',
      ),
      'env-file-not-found': l(
        '--env-file に指定したファイルがありません。パスを確認してください（相対パスはコマンドを実行したフォルダーが基準です）。',
        'The file given to --env-file does not exist. Check the path (relative paths start from the folder you ran the command in).',
      ),
      'overridden-by-environment': l(
        'シェルの環境変数がファイルの値より優先されています。意図しない場合は unset（PowerShell では Remove-Item Env:名前）してください。',
        'A variable in your shell wins over the file. If that is not intended, unset it (Remove-Item Env:NAME in PowerShell).',
      ),
      'unknown-variable': l(
        '知られている変数名に近いつづりです。表示された正しい名前に直してください。',
        'The name is close to a known variable. Rename it to the suggested one.',
      ),
      'value-quotes-or-spaces': l(
        '値の前後に余分な引用符や空白があります。取り除いてください。',
        'The value has stray quotes or spaces around it. Remove them.',
      ),
      'placeholder-value': l(
        '<...> や your-key のような見本の値のままです。実際の値に置き換えてください。',
        'The value is still a sample such as <...> or your-key. Replace it with the real value.',
      ),
      'guide-placeholder': l(
        '旧ガイドの XXXX... がそのまま残っています。Bedrock コンソールで発行したキーに置き換えてください。',
        "The old guide's XXXX... is still there. Replace it with the key you generated in the Bedrock console.",
      ),
      'invalid-choice': l(
        '決められた値のどれかを指定します。選べる値は環境変数リファレンスにあります。',
        'Use one of the allowed values, listed in the environment variable reference.',
      ),
      'invalid-port': l('ポート番号は 1〜65535 の整数です。', 'A port is a whole number from 1 to 65535.'),
      'invalid-url': l(
        'http:// か https:// で始まる完全な URL を書いてください。',
        'Write a full URL starting with http:// or https://.',
      ),
      'invalid-integer': l(
        '整数（小数点や単位なし）を書いてください。',
        'Write a whole number (no decimal point, no unit).',
      ),
      'alias-used': l(
        '古い変数名です。表示された新しい名前に書き換えてください（しばらくは両方とも読みます）。',
        'This is an old variable name. Rename it to the new one shown (both are read for now).',
      ),
      'alias-conflict': l(
        '古い名前と新しい名前で値が違います。新しい名前だけを残してください。',
        'The old and new names have different values. Keep only the new name.',
      ),
    },
  },
  {
    id: 'api-key',
    title: l('API キー', 'API keys'),
    intro: l(
      'AWS_BEARER_TOKEN_BEDROCK には、Bedrock コンソールで発行した短期キー（bedrock-api-key-...）か長期キー（ABSK...）を、そのまま 1 行で書きます。キーの中身はキーインスペクターで確認できます。',
      'AWS_BEARER_TOKEN_BEDROCK takes a short-term key (bedrock-api-key-...) or a long-term key (ABSK...) from the Bedrock console, as is, on one line. The key inspector shows what a key contains.',
    ),
    guide: 'aws/api-keys/',
    codes: {
      'api-key-expired': l(
        '短期キーの期限が切れています。新しく発行してください。',
        'The short-term key expired. Generate a new one.',
      ),
      'api-key-expiring-soon': l(
        '短期キーの残りが 1 時間を切っています。作業が長くなるなら新しいキーを用意してください。',
        'Less than an hour is left on the short-term key. Prepare a new one if you will work longer.',
      ),
      'api-key-wrong-region': l(
        'キーのリージョンと AWS_REGION が違います。どちらかを合わせてください。',
        "The key's region differs from AWS_REGION. Make them match.",
      ),
      'api-key-temporary-signer': l(
        '一時的な認証情報（ロールや SSO）で署名されたキーです。元のセッションが切れると、キーの期限より前に使えなくなります。',
        'The key was signed by temporary credentials (a role or SSO). It stops working when that session ends, even before its own expiry.',
      ),
      'api-key-long-term': l(
        '長期キーです。期限は IAM コンソールで確認し、評価が終わったら無効化してください。',
        'A long-term key. Check its expiry in the IAM console and deactivate it when your evaluation ends.',
      ),
      'api-key-empty': l(
        'キーが空です。Bedrock コンソールで発行したキーを貼り付けてください。',
        'The key is empty. Paste the key you generated in the Bedrock console.',
      ),
      'api-key-access-key-id': l(
        'アクセスキー ID は API キーではありません。API キーを発行するか、IAM の変数に移してください。',
        'An access key ID is not an API key. Generate an API key, or move it to the IAM variables.',
      ),
      'api-key-secret-access-key': l(
        'シークレットアクセスキーは API キーではありません。API キーを発行するか、IAM の変数に移してください。',
        'A secret access key is not an API key. Generate an API key, or move it to the IAM variables.',
      ),
      'api-key-multiline': l('キーを 1 行につなげてください。', 'Join the key into one line.'),
      'api-key-bearer-prefix': l('"Bearer " を外してください。', 'Remove "Bearer ".'),
      'api-key-assignment': l(
        '「変数名=」を含めず、= の右側の値だけを貼り付けてください。',
        'Paste only the value to the right of "=", not the "NAME=".',
      ),
      'api-key-damaged-short-term': l(
        '短期キーを読み取れません。途中で切れていないか確認し、必要なら新しく発行してください。',
        'The short-term key cannot be read. Check it was not cut off; generate a new one if needed.',
      ),
      'api-key-damaged-long-term': l(
        '長期キーを読み取れません。コピーし直すか、新しく発行してください。',
        'The long-term key cannot be read. Copy it again, or generate a new one.',
      ),
      'api-key-unrecognized': l('Bedrock の API キーの形ではありません。', 'This is not a Bedrock API key.'),
      'bedrock-key-invalid': l(
        'Bedrock がキーを受け付けませんでした。無効化・削除されていないか、別のアカウントのキーでないかを確認し、新しいキーを発行してください。',
        'Bedrock did not accept the key. Check that it was not deactivated or deleted and belongs to this account; generate a new one.',
      ),
      'bedrock-key-expired': l(
        'Bedrock がキーを期限切れと判断しました。短期キーは元のセッションが切れた時点でも無効になります。新しく発行してください。',
        'Bedrock says the key has expired. Short-term keys also die with the session that generated them. Generate a new one.',
      ),
    },
  },
  {
    id: 'credentials',
    title: l('認証方式と IAM 認証情報', 'Authentication and IAM credentials'),
    intro: l(
      'API キーがあればそれを使い、なければ IAM の認証情報、どちらもなければエミュレーターを使います。BEDROCK_AUTH と BEDROCK_MODE で明示的に選べます。',
      'An API key is used when present; otherwise IAM credentials; with neither, the emulator. BEDROCK_AUTH and BEDROCK_MODE choose explicitly.',
    ),
    guide: 'aws/iam-alternative/',
    codes: {
      'aws-access-key-pair-incomplete': l(
        'AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY は必ず組で設定します。',
        'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY always come as a pair.',
      ),
      'aws-access-key-id-malformed': l(
        'アクセスキー ID は AKIA か ASIA で始まる 20 文字です。コピーし直してください。',
        'An access key ID is 20 characters starting with AKIA or ASIA. Copy it again.',
      ),
      'aws-secret-access-key-malformed': l(
        'シークレットアクセスキーは 40 文字です。コピーし直してください。',
        'A secret access key is 40 characters. Copy it again.',
      ),
      'aws-access-keys-swapped': l(
        'ID とシークレットが入れ替わっています。それぞれの変数に正しく書き直してください。',
        'The ID and the secret are swapped. Put each in its own variable.',
      ),
      'aws-session-token-missing': l(
        'ASIA で始まる一時的なアクセスキーには AWS_SESSION_TOKEN が必要です。',
        'Temporary access keys (ASIA...) need AWS_SESSION_TOKEN too.',
      ),
      'aws-session-token-unexpected': l(
        'AKIA で始まる長期のアクセスキーにはセッショントークンは不要です。AWS_SESSION_TOKEN を削除してください。',
        'Long-term access keys (AKIA...) take no session token. Remove AWS_SESSION_TOKEN.',
      ),
      'aws-profile-ignored': l(
        'ほかの認証情報が優先されるため、AWS_PROFILE は使われていません。',
        'Other credentials win, so AWS_PROFILE is not used.',
      ),
      'iam-ignored-for-api-key': l(
        'API キーが優先され、IAM の認証情報は使われません。IAM を使いたい場合は BEDROCK_AUTH=iam にします。',
        'The API key wins and IAM credentials are not used. Set BEDROCK_AUTH=iam to use IAM.',
      ),
      'bedrock-mode-emulator': l(
        'Bedrock の認証情報がないので、ローカルのエミュレーターを使います。Amazon Bedrock を使うには API キーを設定してください。',
        'With no Bedrock credential, the local emulator is used. Set an API key to use Amazon Bedrock.',
      ),
      'bedrock-auth-missing-api-key': l(
        'BEDROCK_AUTH=api-key なのに AWS_BEARER_TOKEN_BEDROCK がありません。キーを設定するか、BEDROCK_AUTH を auto に戻してください。',
        'BEDROCK_AUTH=api-key but AWS_BEARER_TOKEN_BEDROCK is empty. Set the key, or set BEDROCK_AUTH back to auto.',
      ),
      'bedrock-auth-ignores-api-key': l(
        'BEDROCK_AUTH の指定により、設定済みの API キーは使われません。意図どおりか確認してください。',
        'Because of BEDROCK_AUTH, the API key you set is not used. Check that this is what you want.',
      ),
      'aws-credentials-from-chain': l(
        '認証情報を AWS の標準チェーン（環境、プロファイル、SSO、ロール）に任せています。npm run doctor で実際に取得できるか確認してください。',
        'Credentials are left to the standard AWS chain (environment, profile, SSO, role). Check with npm run doctor that they can be found.',
      ),
      'iam-credentials-invalid': l(
        'IAM の認証情報が拒否されました。アクセスキーが無効化・削除されていないか確認してください。',
        'The IAM credentials were rejected. Check that the access key was not deactivated or deleted.',
      ),
      'iam-credentials-expired': l(
        '一時的な認証情報の期限が切れています。aws sso login などでセッションを取り直してください。',
        'The temporary credentials expired. Renew the session, for example with aws sso login.',
      ),
      'iam-credentials-unavailable': l(
        '標準チェーンから認証情報が見つかりません。AWS_PROFILE やアクセスキーを設定するか、API キーを使ってください。',
        'The standard chain found no credentials. Set AWS_PROFILE or access keys, or use an API key.',
      ),
      'iam-credentials-timeout': l(
        '認証情報の取得が時間内に終わりませんでした。SSO のログインやネットワーク、プロファイルの設定を確認してください。',
        'Getting credentials did not finish in time. Check the SSO login, the network and the profile settings.',
      ),
      'generated-key-failed': l(
        'IAM の認証情報から短期キーを生成できませんでした。表示された原因の認証情報を直してください。',
        'No short-term key could be generated from the IAM credentials. Fix the credential problem shown.',
      ),
    },
  },
  {
    id: 'region-and-models',
    title: l('リージョンとモデル', 'Region and models'),
    intro: l(
      'モデルによっては、リージョンごとに推論プロファイル ID（jp.、apac.、us.、global. など）が必要です。モデル ID ヘルパーで、リージョンに合う値を確認できます。',
      'Some models need an inference profile ID (jp., apac., us., global., ...) depending on the region. The model ID helper gives the value for your region.',
    ),
    guide: 'aws/regions-and-models/',
    codes: {
      'region-missing': l(
        'AWS_REGION を設定してください（例: ap-northeast-1）。',
        'Set AWS_REGION (for example ap-northeast-1).',
      ),
      'region-default': l(
        'AWS_REGION がないため既定のリージョンを使います。意図したリージョンを明示してください。',
        'AWS_REGION is unset, so the default region is used. Set the region you mean.',
      ),
      'region-invalid': l(
        'リージョン名の形ではありません（例: ap-northeast-1）。',
        'Not a region name (for example ap-northeast-1).',
      ),
      'region-not-bedrock': l(
        'このリージョンでは Amazon Bedrock が提供されていません。Bedrock のあるリージョンを選んでください。',
        'Amazon Bedrock is not offered in this region. Choose a region that has it.',
      ),
      'model-id-default': l(
        'モデル ID がないため、リージョンに合った既定のモデルを使います。',
        'No model ID is set, so a default model that works in your region is used.',
      ),
      'model-id-malformed': l(
        'モデル ID の形ではありません。コンソールや本サイトのヘルパーからコピーしてください。',
        "Not the shape of a model ID. Copy it from the console or this site's helper.",
      ),
      'model-unknown': l(
        'このリポジトリのカタログにないモデルです。つづりを確認し、npm run doctor で実際に呼べるか確かめてください。',
        "The model is not in this repository's catalog. Check the spelling and confirm with npm run doctor that it can be called.",
      ),
      'model-needs-inference-profile': l(
        'このリージョンでは基盤モデル ID で呼べません。表示された推論プロファイル ID を使ってください。',
        'This region cannot call the base model ID. Use the inference profile ID shown.',
      ),
      'model-profile-wrong-region': l(
        'この推論プロファイルは、このリージョンからは呼べません。リージョンに合うプロファイル（表示された ID）に変えてください。',
        'This inference profile cannot be called from this region. Switch to the profile shown for your region.',
      ),
      'model-not-in-region': l(
        'このモデルはこのリージョンでは使えません。別のモデルかリージョンを選んでください。',
        'The model is not available in this region. Choose another model or region.',
      ),
      'model-legacy': l(
        '旧世代のモデルです。表示された後継モデルに移行してください。',
        'A legacy model. Move to the successor shown.',
      ),
      'model-end-of-life': l(
        'AWS のドキュメントによれば、このリージョンでは提供が終了したモデルです（呼び出すとエラーになります）。表示された後継モデルに変更してください。アカウントでまだ使える場合は、オンラインの npm run doctor がそう報告します。',
        "AWS's documentation says the model reached its end of life in this region (calls fail). Switch to the successor shown. If your account can still use it, the online npm run doctor says so.",
      ),
      'model-kind-mismatch': l(
        'チャット用と埋め込み用のモデルが入れ替わっています。BEDROCK_MODEL_ID にはチャットモデル、BEDROCK_EMBEDDING_MODEL_ID には埋め込みモデルを書きます。',
        'Chat and embedding models are mixed up: BEDROCK_MODEL_ID takes a chat model, BEDROCK_EMBEDDING_MODEL_ID an embedding model.',
      ),
      'embedding-dimensions-unsupported': l(
        'このモデルが対応していない次元数です。Titan Text Embeddings V2 なら 1024、512、256 のいずれかです。',
        'The model does not support this size. Titan Text Embeddings V2 takes 1024, 512 or 256.',
      ),
      'bedrock-model-access-denied': l(
        'このモデルへのアクセスがありません。組織の SCP や IAM の拒否がないか、モデルが利用可能か確認してください。',
        'No access to this model. Check for SCP or IAM denies, and that the model is available to you.',
      ),
      'bedrock-model-subscription-required': l(
        'サードパーティーのモデルの利用登録（AWS Marketplace）が完了していません。aws-marketplace:Subscribe の権限を確認し、数分待ってから再実行してください。',
        'The third-party model subscription (AWS Marketplace) is not complete. Check the aws-marketplace:Subscribe permission and retry after a few minutes.',
      ),
      'bedrock-model-use-case-required': l(
        'Anthropic のモデルは、初回に利用目的の提出が必要です。Bedrock コンソールで Claude を選び、表示されるフォームを送信してください。',
        'Anthropic models need use case details first. Select Claude in the Bedrock console and submit the form it shows.',
      ),
      'bedrock-model-id-invalid': l(
        'Bedrock がモデル ID を認識しませんでした。つづりとリージョンを確認してください。',
        'Bedrock did not recognise the model ID. Check the spelling and the region.',
      ),
      'bedrock-on-demand-not-supported': l(
        'このモデルはオンデマンドで呼べません。表示された推論プロファイル ID に置き換えてください。',
        'This model cannot be called on demand. Replace the ID with the inference profile ID shown.',
      ),
      'bedrock-model-legacy': l(
        'Bedrock がこのモデルを Legacy と報告しています。提供終了前に後継モデルへ移行してください。',
        'Bedrock reports this model as Legacy. Move to its successor before its end of life.',
      ),
      'bedrock-model-end-of-life': l(
        '提供が終了したモデルです。後継モデルに変更してください。',
        'The model reached its end of life. Switch to its successor.',
      ),
      'bedrock-catalog-stale': l(
        'アカウントの答え（モデルの状態、オンデマンドの可否、推論プロファイルと転送先リージョン）が、このリポジトリのモデルカタログと違います。doctor はアカウントの答えを正しいものとして扱い、古くなったカタログの項目を示します。あなたの対応は不要です。',
        "Your account's answer (model state, on-demand support, inference profiles and their destination regions) differs from this repository's model catalog. Doctor takes the account's answer as the truth and names the stale catalog entry. Nothing to do for you.",
      ),
      'bedrock-geographic-profile-available': l(
        'global. の推論プロファイルは、世界中の AWS 商用リージョンのどこででもリクエストを処理することがあります。アカウントに国・地域内（jp. など）のプロファイルがあるので、データの処理場所を限りたい場合はそちらに変更してください。',
        'A global. inference profile may process requests in any commercial AWS Region worldwide. Your account offers a profile that stays in your country or geography (such as jp.); switch to it if data must stay there.',
      ),
    },
  },
  {
    id: 'permissions',
    title: l('IAM 権限', 'IAM permissions'),
    intro: l(
      'キーの元になる IAM プリンシパルに、モデルの呼び出しと（API キーなら）bedrock:CallWithBearerToken の権限が必要です。ポリシービルダーで必要最小限のポリシーを作れます。',
      'The IAM principal behind the key needs permission to invoke the model and, for API keys, bedrock:CallWithBearerToken. The policy builder generates the minimal policy.',
    ),
    guide: 'aws/iam-permissions/',
    codes: {
      'bedrock-missing-call-with-bearer-token': l(
        'API キーで呼び出す権限がありません。キーの元になるユーザーやロールに bedrock:CallWithBearerToken を許可し、拒否ポリシーや SCP がないか確認してください。',
        'No permission to call with an API key. Allow bedrock:CallWithBearerToken for the user or role behind the key, and check for deny policies or SCPs.',
      ),
      'bedrock-missing-invoke-permission': l(
        'bedrock:InvokeModel（ストリーミングなら InvokeModelWithResponseStream）が許可されていません。推論プロファイルなら、プロファイルと送信先リージョンの基盤モデルの両方を許可してください。',
        'bedrock:InvokeModel (and InvokeModelWithResponseStream for streaming) is not allowed. For an inference profile, allow both the profile and the foundation model in its destination regions.',
      ),
      'bedrock-missing-read-permission': l(
        'モデル情報の読み取り権限がないため、npm run doctor の一部の確認を省きました。サンプルの動作には影響しません。',
        'Without read permissions, npm run doctor skipped some checks. The samples are not affected.',
      ),
      'bedrock-access-denied': l(
        'Bedrock へのアクセスが拒否されました。表示された操作を許可するポリシーを付け、SCP による拒否がないか確認してください。',
        'Access to Bedrock was denied. Attach a policy allowing the operation shown, and check for SCP denies.',
      ),
    },
  },
  {
    id: 'service',
    title: l('Bedrock のサービスとネットワーク', 'Bedrock service and network'),
    intro: l(
      '一時的な制限や障害は、時間をおいて再実行すれば解消することが多い問題です。接続できない場合は、プロキシ、VPC エンドポイント、AWS_ENDPOINT_URL_* の設定を確認します。',
      'Throttling and outages usually pass: retry after a while. When Bedrock cannot be reached, check proxies, VPC endpoints and the AWS_ENDPOINT_URL_* settings.',
    ),
    guide: 'aws/connection-check/',
    codes: {
      'bedrock-throttled': l(
        'リクエストが多すぎて制限されました。しばらく待って再実行するか、推論プロファイルで処理を分散してください。',
        'Too many requests. Retry after a while, or spread the load with an inference profile.',
      ),
      'bedrock-service-unavailable': l(
        'Bedrock が一時的に応答できません。時間をおいて再実行してください。',
        'Bedrock is temporarily unavailable. Retry later.',
      ),
      'bedrock-endpoint-unreachable': l(
        'Bedrock のエンドポイントに接続できません。ネットワーク、プロキシ、AWS_ENDPOINT_URL_BEDROCK_RUNTIME を確認してください。',
        'Cannot connect to the Bedrock endpoint. Check the network, proxies and AWS_ENDPOINT_URL_BEDROCK_RUNTIME.',
      ),
      'bedrock-endpoint-dns': l(
        'エンドポイントの名前を解決できません。リージョン名のつづりと DNS、カスタムエンドポイントの URL を確認してください。',
        'The endpoint name does not resolve. Check the region spelling, DNS and any custom endpoint URL.',
      ),
      'bedrock-request-rejected': l(
        'Bedrock がリクエストを受け付けませんでした。表示されたメッセージを確認してください。',
        'Bedrock rejected the request. Read the message shown.',
      ),
      'bedrock-unexpected-error': l(
        '想定外の応答でした。表示された内容とリクエスト ID を控え、時間をおいて再実行してください。',
        'An unexpected answer. Note the message and request ID shown, and retry later.',
      ),
    },
  },
  {
    id: 'auth0',
    title: l('Auth0', 'Auth0'),
    intro: l(
      'AUTH0_DOMAIN を設定するとテナントでサインインし、設定しなければローカルの開発用 ID プロバイダーを使います。テナントでは各サンプルのコールバック URL とログアウト URL の登録が必要です。',
      "With AUTH0_DOMAIN set, sign-in goes through your tenant; without it, through the local dev issuer. A tenant needs every sample's callback and logout URLs registered.",
    ),
    guide: 'samples/vercel-ai/',
    codes: {
      'auth0-dev-issuer': l(
        'AUTH0_DOMAIN がないため、ローカルの開発用 ID プロバイダーでサインインします。',
        'AUTH0_DOMAIN is unset, so sign-in uses the local dev issuer.',
      ),
      'auth0-domain-invalid': l(
        'AUTH0_DOMAIN はホスト名です（例: your-tenant.jp.auth0.com）。パスやクエリを含めないでください。',
        'AUTH0_DOMAIN is a host name (for example your-tenant.jp.auth0.com), without path or query.',
      ),
      'auth0-domain-local': l(
        'AUTH0_DOMAIN が手元のマシンを指しています。ローカルの発行者を使うなら AUTH0_DOMAIN を空にしてください。',
        'AUTH0_DOMAIN points at this machine. To use the local issuer, leave AUTH0_DOMAIN empty.',
      ),
      'auth0-domain-http': l(
        'Auth0 のテナントは https です。http:// を外してください。',
        'Auth0 tenants use https. Drop the http://.',
      ),
      'auth0-variable-missing': l(
        'テナントを使うには AUTH0_CLIENT_ID、AUTH0_CLIENT_SECRET、AUTH0_SECRET も必要です。',
        'A tenant also needs AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET and AUTH0_SECRET.',
      ),
      'auth0-settings-without-domain': l(
        'AUTH0_DOMAIN がないため、ほかの AUTH0_* の値は使われていません。',
        'Without AUTH0_DOMAIN, the other AUTH0_* values are not used.',
      ),
      'auth0-secret-too-short': l(
        'AUTH0_SECRET は 32 文字以上にします（openssl rand -hex 32 で作れます）。',
        'AUTH0_SECRET needs 32 characters or more (openssl rand -hex 32 makes one).',
      ),
      'auth0-secret-weak': l(
        '推測しやすい値です。openssl rand -hex 32 などでランダムな値を作ってください。',
        'The value is guessable. Make a random one, for example with openssl rand -hex 32.',
      ),
      'production-dev-issuer': l(
        'NODE_ENV=production で AUTH0_DOMAIN が未設定です。ローカルの開発用 ID プロバイダーのデモユーザーは公開されているため、アプリは起動しません。Auth0 テナントの AUTH0_DOMAIN、AUTH0_CLIENT_ID、AUTH0_CLIENT_SECRET、AUTH0_SECRET を設定してください。',
        'NODE_ENV=production without AUTH0_DOMAIN: the development issuer has public demo users, so the app does not start. Set your Auth0 tenant’s AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET and AUTH0_SECRET.',
      ),
      'production-dev-issuer-allowed': l(
        'ALLOW_DEV_ISSUER_IN_PRODUCTION=true は、ビルドしたアプリをこのマシンだけでテストするためのものです。ほかの人が届くサーバーでは削除してください。',
        'ALLOW_DEV_ISSUER_IN_PRODUCTION=true is for testing a built app on this machine only. Remove it on any server others can reach.',
      ),
      'production-secret-missing': l(
        '本番では AUTH0_SECRET が必要です（開発用に自動で作られる値は使いません）。openssl rand -hex 32 で作った値を、サーバーの環境変数かシークレット管理に設定してください。',
        'Production needs AUTH0_SECRET (the value made automatically for development is not used). Set the output of openssl rand -hex 32 in the server environment or a secrets manager.',
      ),
      'production-secret-weak': l(
        '推測しやすい AUTH0_SECRET ではセッションを偽造されるため、本番では起動しません。openssl rand -hex 32 でランダムな値を作ってください。',
        'A guessable AUTH0_SECRET lets anyone forge sessions, so production does not start with it. Make a random one with openssl rand -hex 32.',
      ),
      'production-secret-known': l(
        'このリポジトリで公開されている開発用・テスト用の値です。誰でもセッションを偽造できるため、本番では起動しません。新しいランダムな値（クライアントシークレットは Auth0 ダッシュボードの値）を設定してください。',
        'A development or test value published in this repository: anyone could forge sessions, so production does not start with it. Set a new random value (for the client secret, the one in the Auth0 dashboard).',
      ),
      'auth0-scope-format': l(
        'AUTH0_SCOPE はスペース区切りで書きます（カンマではありません）。',
        'AUTH0_SCOPE is space-separated (not commas).',
      ),
      'auth0-issuer-unreachable': l(
        'テナントに接続できません。AUTH0_DOMAIN のつづりとネットワークを確認してください。',
        'Cannot reach the tenant. Check the spelling of AUTH0_DOMAIN and the network.',
      ),
      'auth0-discovery-invalid': l(
        'テナントの OpenID 設定を読み取れません。AUTH0_DOMAIN がテナント（またはカスタムドメイン）を指しているか確認してください。',
        "Cannot read the tenant's OpenID configuration. Check that AUTH0_DOMAIN points at the tenant (or its custom domain).",
      ),
      'auth0-audience-offline-access': l(
        'AUTH0_AUDIENCE を設定すると、その API のリフレッシュトークンには API の設定で「Allow Offline Access」をオンにする必要があります（オフだと、アクセストークンの期限切れ後にユーザー情報のツールが失敗します）。また、audience を要求すると Auth0 は localhost のアプリに同意画面を表示します。',
        'With AUTH0_AUDIENCE set, refresh tokens for that API need "Allow Offline Access" switched on in the API\'s settings (without it, the user-info tool fails once the access token expires). Auth0 also shows a consent screen to localhost apps when an audience is requested.',
      ),
      'auth0-ciba-grant-disabled': l(
        'アプリで Client Initiated Backchannel Authentication (CIBA) のグラントが有効になっていないため、購入ツールが承認をリクエストできません。Applications → このアプリ → Settings → Advanced Settings → Grant Types でオンにしてください。',
        'The app does not have the Client Initiated Backchannel Authentication (CIBA) grant, so the purchase tool cannot ask for approval. Switch it on under Applications → this app → Settings → Advanced Settings → Grant Types.',
      ),
      'auth0-ciba-client-rejected': l(
        'テナントの /bc-authorize がアプリのクライアント ID かシークレットを受け付けませんでした。AUTH0_CLIENT_ID と AUTH0_CLIENT_SECRET をダッシュボードの値と比べてください。',
        "The tenant's /bc-authorize did not accept the app's client ID or secret. Compare AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET with the Dashboard.",
      ),
      'auth0-ciba-dev-issuer-other-checkout': l(
        'DEV_IDP_PORT で動いているローカルの開発用 ID プロバイダーは、別のチェックアウトから起動されたもので、このチェックアウトのクライアントシークレットを知りません。止めてから、このチェックアウトで pnpm dev を実行してください。',
        "The local dev issuer on DEV_IDP_PORT was started from another checkout and does not know this checkout's client secret. Stop it, then run pnpm dev in this checkout.",
      ),
      'auth0-ciba-unavailable': l(
        'テナントの /bc-authorize が CIBA のエンドポイントとして応答しませんでした。テナントで CIBA が使えるか、アプリで CIBA のグラントが有効かを確認してください。',
        "The tenant's /bc-authorize did not answer as a CIBA endpoint. Check that CIBA is available on the tenant and that the app has the CIBA grant.",
      ),
      'auth0-ciba-guardian-push': l(
        '承認のリクエストは Auth0 Guardian のプッシュ通知で届きます。Security → Multi-factor Auth で「Push Notification using Auth0 Guardian」をオンにし、承認するユーザーが Guardian アプリを登録してください。',
        'Approval requests arrive as Auth0 Guardian push notifications. Switch on "Push Notification using Auth0 Guardian" under Security → Multi-factor Auth, and have each approving user enrol the Guardian app.',
      ),
      'auth0-dev-issuer-not-running': l(
        'ローカルの開発用 ID プロバイダーが起動していません。pnpm dev で起動するか、サンプルを起動すると自動で立ち上がります。',
        'The local dev issuer is not running. Start it with pnpm dev; the samples start it when needed.',
      ),
    },
  },
  {
    id: 'fga',
    title: l('文書の権限（FGA）', 'Document permissions (FGA)'),
    intro: l(
      '誰がどの文書を検索できるかは FGA が判断します。FGA_STORE_ID を設定しなければローカルの dev-fga、設定すれば Auth0 FGA（または OpenFGA）のストアです。',
      'FGA decides who may search which document: the local dev-fga when FGA_STORE_ID is not set, else that Auth0 FGA (or OpenFGA) store.',
    ),
    guide: 'samples/fga/',
    codes: {
      'fga-dev-not-running': l(
        'ローカルの dev-fga が起動していません。サンプルを pnpm dev か npm start で起動すると、dev-fga も起動してストアとモデルを用意します（単独では pnpm fga）。',
        'The local dev-fga is not running. Starting a sample with pnpm dev or npm start starts it and prepares its store and model (on its own: pnpm fga).',
      ),
      'fga-unreachable': l(
        'FGA_API_URL に接続できません。URL（リージョン）と、ネットワークやプロキシを確認してください。',
        'Cannot reach FGA_API_URL. Check the URL (the region) and the network or proxy.',
      ),
      'fga-credentials-refused': l(
        'FGA のトークンを取得できないか、拒否されました。Auth0 FGA のダッシュボードで作った API クライアントの FGA_CLIENT_ID と FGA_CLIENT_SECRET、FGA_API_TOKEN_ISSUER、FGA_API_AUDIENCE を確認してください。',
        'The FGA token could not be obtained or was refused. Check FGA_CLIENT_ID and FGA_CLIENT_SECRET of the API client made in the Auth0 FGA dashboard, FGA_API_TOKEN_ISSUER and FGA_API_AUDIENCE.',
      ),
      'fga-store-not-found': l(
        'FGA のストアが見つかりません。FGA_STORE_ID と FGA_API_URL をダッシュボードの値と比べてください。ローカルでは、サンプルの起動時にストアが作られます。',
        'The FGA store was not found. Compare FGA_STORE_ID and FGA_API_URL with the dashboard. Locally, starting a sample creates the store.',
      ),
      'fga-model-missing': l(
        'ストアに認可モデルがありません。npm run fga:init でサンプルのモデルを書き込んでください。',
        "The store has no authorization model. Write the samples' model with npm run fga:init.",
      ),
      'fga-model-outdated': l(
        'ストアの最新のモデルに doc 型の owner、viewer、can_view がありません。npm run fga:init でサンプルのモデルを書き込んでください。',
        "The store's latest model lacks owner, viewer and can_view on the doc type. Write the samples' model with npm run fga:init.",
      ),
    },
  },
  {
    id: 'token-vault',
    title: l('Token Vault（カレンダーのツール）', 'Token Vault (the calendar tool)'),
    intro: l(
      'カレンダーのツールは、Auth0 の Token Vault でリフレッシュトークンを Google のアクセストークンに交換します。doctor は、交換がこのアプリケーションに答えるかと、Google の接続があるかを確認します。',
      'The calendar tool exchanges the refresh token for a Google access token with Auth0 Token Vault. doctor checks that the exchange answers for this application and that the Google connection exists.',
    ),
    guide: 'samples/token-vault/',
    codes: {
      'token-vault-grant-disabled': l(
        'アプリケーションの Advanced Settings → Grant Types で「Token Vault」をオンにしてください。',
        'Switch on "Token Vault" under the application\'s Advanced Settings → Grant Types.',
      ),
      'token-vault-client-rejected': l(
        'AUTH0_CLIENT_ID と AUTH0_CLIENT_SECRET が、Token Vault を有効にした Regular Web Application の値か確認してください。',
        'Check that AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET belong to the Regular Web Application with Token Vault enabled.',
      ),
      'token-vault-exchange-unexpected': l(
        'テナントで Token Vault が使えるか（プランと機能）、AUTH0_DOMAIN がテナントを指しているかを確認してください。',
        'Check that Token Vault is available on the tenant (plan and features) and that AUTH0_DOMAIN points at it.',
      ),
      'token-vault-connection-missing': l(
        'Google の接続（Authentication → Social）で Connected Accounts for Token Vault をオンにし、Applications タブでこのアプリを有効にしてください。名前が google-oauth2 でなければ GOOGLE_CONNECTION_NAME に設定します。ローカルの開発用 ID プロバイダーが扱うのは google-oauth2 だけです。',
        'On the Google connection (Authentication → Social), switch on Connected Accounts for Token Vault and enable this application on its Applications tab. If it is not named google-oauth2, set GOOGLE_CONNECTION_NAME. The local dev issuer serves google-oauth2 only.',
      ),
    },
  },
];
