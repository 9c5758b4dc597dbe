// The errors a chat user can meet, each with what happened and what to do, in both languages.
// Server and browser share the codes: the server classifies (@repo/auth/bedrock-errors), the browser shows.
import type { BedrockErrorKind } from '@repo/auth/bedrock-errors';
import { CHAT_LIMITS } from './limits.ts';

const STALL_SECONDS = CHAT_LIMITS.stallMs / 1000;

/** What went wrong with the model call (the Bedrock error kinds), or with the request itself. */
export type ChatErrorCode = BedrockErrorKind | 'unauthenticated' | 'rate-limited' | 'too-large' | 'bad-request';

export interface ChatErrorText {
  message: string;
  action: string;
}

interface ChatErrorInfo {
  ja: ChatErrorText;
  en: ChatErrorText;
  /** Whether sending the same request again can succeed without changing anything. */
  retryable: boolean;
  /** Docs page (without locale) that explains the fix: the troubleshooting entry of `npm run doctor`'s finding code. */
  docs?: string;
}

export const CHAT_ERRORS: Record<ChatErrorCode, ChatErrorInfo> = {
  throttled: {
    ja: {
      message: 'Amazon Bedrock が混み合っていて、リクエストが制限されました（スロットリング）。',
      action: '少し待ってから再試行してください。頻繁に起きる場合はクォータの引き上げを検討してください。',
    },
    en: {
      message: 'Amazon Bedrock is busy and throttled the request.',
      action: 'Wait a moment and retry. If it keeps happening, consider asking AWS for a higher quota.',
    },
    retryable: true,
    docs: 'troubleshooting/#bedrock-throttled',
  },
  'access-denied': {
    ja: {
      message: 'Amazon Bedrock へのアクセスが拒否されました。キーまたはロールに必要な権限がありません。',
      action:
        'IAM ポリシーに bedrock:InvokeModel などの権限（API キーなら bedrock:CallWithBearerToken も）を追加してください。',
    },
    en: {
      message: 'Amazon Bedrock denied access: the key or role lacks a permission it needs.',
      action:
        'Add the permissions to the IAM policy (bedrock:InvokeModel and friends, and bedrock:CallWithBearerToken for API keys).',
    },
    retryable: false,
    docs: 'troubleshooting/#bedrock-access-denied',
  },
  'model-not-enabled': {
    // AWS retired the console's "Model access" page: a model is enabled on its first call, when the caller may
    // subscribe through AWS Marketplace (Anthropic also asks for use case details once per account). The
    // subscription can take minutes, so the same request can succeed later without any change.
    ja: {
      message: 'このアカウントでは、まだこのモデルを使えません。',
      action:
        'モデルは最初の呼び出しで自動的に有効になります（以前の「モデルアクセス」画面はなくなりました）。キーまたはロールに AWS Marketplace の権限（aws-marketplace:Subscribe など）があること、Anthropic のモデルなら利用目的（ユースケース）をアカウントで一度提出済みであることを確認し、数分待ってから再試行してください。',
    },
    en: {
      message: 'Your account cannot use this model yet.',
      action:
        'A model is enabled on its first call (the old "Model access" page is gone). Check that the key or role has the AWS Marketplace permissions (aws-marketplace:Subscribe and friends) and, for Anthropic models, that your account submitted its use case details once; then wait a few minutes and retry.',
    },
    retryable: true,
    docs: 'troubleshooting/#bedrock-model-access-denied',
  },
  'invalid-model': {
    ja: {
      message: 'モデル ID がこのリージョンでは使えません（存在しない ID、または推論プロファイルが必要なモデル）。',
      action: 'BEDROCK_MODEL_ID を確認してください。npm run doctor が正しい ID を提案します。',
    },
    en: {
      message:
        'The model ID cannot be used in this region (it does not exist, or the model needs an inference profile).',
      action: 'Check BEDROCK_MODEL_ID. npm run doctor suggests the right ID.',
    },
    retryable: false,
    docs: 'troubleshooting/#bedrock-model-id-invalid',
  },
  'expired-key': {
    ja: {
      message: 'Amazon Bedrock の API キーの有効期限が切れています。',
      action: '新しいキーを発行して AWS_BEARER_TOKEN_BEDROCK を更新し、アプリを再起動してください。',
    },
    en: {
      message: 'The Amazon Bedrock API key has expired.',
      action: 'Generate a new key, update AWS_BEARER_TOKEN_BEDROCK and restart the app.',
    },
    retryable: false,
    docs: 'troubleshooting/#bedrock-key-expired',
  },
  'invalid-key': {
    ja: {
      message: 'Amazon Bedrock が API キーまたは認証情報を受け付けませんでした。',
      action: 'AWS_BEARER_TOKEN_BEDROCK（または IAM の認証情報）を確認してください。npm run doctor で診断できます。',
    },
    en: {
      message: 'Amazon Bedrock did not accept the API key or credentials.',
      action: 'Check AWS_BEARER_TOKEN_BEDROCK (or the IAM credentials). npm run doctor diagnoses it.',
    },
    retryable: false,
    docs: 'troubleshooting/#bedrock-key-invalid',
  },
  unreachable: {
    ja: {
      message: 'Amazon Bedrock に接続できませんでした。',
      action:
        'ネットワークとリージョン（AWS_REGION）を確認してください。オフラインデモならエミュレーターが動いているか確認してください。',
    },
    en: {
      message: 'Could not reach Amazon Bedrock.',
      action:
        'Check your network and the region (AWS_REGION). In the offline demo, check that the emulator is running.',
    },
    retryable: true,
    docs: 'troubleshooting/#bedrock-endpoint-unreachable',
  },
  unavailable: {
    ja: {
      message: 'Amazon Bedrock が一時的に利用できません。',
      action: '少し待ってから再試行してください。',
    },
    en: {
      message: 'Amazon Bedrock is temporarily unavailable.',
      action: 'Wait a moment and retry.',
    },
    retryable: true,
    docs: 'troubleshooting/#bedrock-service-unavailable',
  },
  'invalid-request': {
    ja: {
      message: 'Amazon Bedrock がリクエストを不正な形式として受け付けませんでした（ValidationException）。',
      action:
        '新しい会話で試してください。続く場合は、サーバーのログで理由を確認してください（BEDROCK_MODEL_ID のモデルが会話の内容や設定に対応していない可能性があります）。',
    },
    en: {
      message: 'Amazon Bedrock refused the request as invalid (ValidationException).',
      action:
        'Try a new conversation. If it keeps happening, the server log says why (the model in BEDROCK_MODEL_ID may not support something in the conversation or its settings).',
    },
    retryable: false,
  },
  disconnected: {
    ja: {
      message: 'Amazon Bedrock との接続が回答の途中で切れました。回答は完全ではありません。',
      action:
        '再試行してください。続く場合はネットワークを確認してください。オフラインデモならエミュレーターが動いているか確認してください。',
    },
    en: {
      message: 'The connection to Amazon Bedrock broke in the middle of the answer, so the answer is incomplete.',
      action:
        'Retry. If it keeps happening, check your network; in the offline demo, check that the emulator is running.',
    },
    retryable: true,
    docs: 'troubleshooting/#bedrock-endpoint-unreachable',
  },
  stalled: {
    ja: {
      message: `Amazon Bedrock から ${STALL_SECONDS} 秒間、回答の続きが届かなかったため、回答を止めました。`,
      action:
        '再試行してください。続く場合はネットワークと、AWS Health Dashboard で Amazon Bedrock の状態を確認してください。',
    },
    en: {
      message: `Amazon Bedrock sent nothing more for ${STALL_SECONDS} seconds, so the answer was stopped.`,
      action: 'Retry. If it keeps happening, check your network and the AWS Health Dashboard for Amazon Bedrock.',
    },
    retryable: true,
  },
  unauthenticated: {
    ja: {
      message: 'サインインしていないか、サインインの有効期限が切れています。',
      action: 'もう一度ログインしてください。',
    },
    en: { message: 'You are not signed in, or your sign-in has expired.', action: 'Log in again.' },
    retryable: false,
  },
  'rate-limited': {
    ja: {
      message: '短い時間に多くのメッセージが送られました。',
      action: '少し待ってから再試行してください。',
    },
    en: {
      message: 'Too many messages in a short time.',
      action: 'Wait a little, then retry.',
    },
    retryable: true,
  },
  'too-large': {
    ja: {
      message: '会話が長すぎるか、メッセージが大きすぎます。',
      action: '新しい会話を始めるか、メッセージを短くしてください。',
    },
    en: {
      message: 'The conversation is too long or a message is too large.',
      action: 'Start a new conversation or shorten the message.',
    },
    retryable: false,
  },
  'bad-request': {
    ja: {
      message: 'リクエストの形式が正しくありません。',
      action: 'ページを再読み込みして、新しい会話で試してください。',
    },
    en: {
      message: 'The request was not in the expected shape.',
      action: 'Reload the page and try a new conversation.',
    },
    retryable: false,
  },
  unknown: {
    ja: {
      message: '予期しないエラーが発生しました。',
      action: '再試行してください。続く場合はサーバーのログを確認してください。',
    },
    en: {
      message: 'Something unexpected went wrong.',
      action: 'Retry. If it keeps happening, check the server log.',
    },
    retryable: true,
  },
};

function isChatErrorCode(value: unknown): value is ChatErrorCode {
  return typeof value === 'string' && Object.hasOwn(CHAT_ERRORS, value);
}

/** What the browser receives: a code, and for rate limits how long to wait. Never a raw provider message. */
export interface ChatErrorPayload {
  code: ChatErrorCode;
  retryAfterSeconds?: number;
  /** Which field was wrong and how (request validation), in both languages. */
  detail?: { ja: string; en: string };
}

/** The error text streamed to the browser (the AI SDK's error chunk, or an HTTP error body). */
export function encodeChatError(payload: ChatErrorPayload): string {
  return JSON.stringify({ error: payload });
}

/** Reads what encodeChatError wrote (also accepts an HTTP JSON error body that carries more fields). */
export function decodeChatError(text: string | undefined): ChatErrorPayload {
  try {
    const parsed = JSON.parse(text ?? '') as { error?: Record<string, unknown> };
    const { code, retryAfterSeconds, detail } = parsed.error ?? {};
    if (isChatErrorCode(code)) {
      const payload: ChatErrorPayload = { code };
      if (typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0) payload.retryAfterSeconds = retryAfterSeconds;
      const d = detail as { ja?: unknown; en?: unknown } | undefined;
      if (typeof d?.ja === 'string' && typeof d.en === 'string') payload.detail = { ja: d.ja, en: d.en };
      return payload;
    }
  } catch {
    // not ours: a network failure in the browser, or an HTML error page
  }
  return { code: 'unknown' };
}
