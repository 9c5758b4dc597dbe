import type { ChatPart } from '@repo/chat/errors';
import { formatPrice, type PurchaseInput, type PurchaseOutcome, purchaseBindingMessage } from '@repo/chat/purchase';
import { PURCHASE_STRINGS } from '../i18n/purchase-strings.ts';
import type { Lang } from '../i18n/strings.ts';

type ToolPart = Extract<ChatPart, { type: 'tool' }>;

/** How long the user has to answer (the tool's APPROVAL_WINDOW_SECONDS), for the hint. */
const APPROVAL_WINDOW_MINUTES = 2;

function asInput(value: unknown): PurchaseInput | undefined {
  const input = value as Partial<PurchaseInput> | undefined;
  return typeof input?.product === 'string' && typeof input.quantity === 'number' && typeof input.price === 'number'
    ? (input as PurchaseInput)
    : undefined;
}

function asOutcome(value: unknown): PurchaseOutcome | undefined {
  const status = (value as { status?: unknown } | undefined)?.status;
  return status === 'purchased' || status === 'declined' || status === 'expired'
    ? (value as PurchaseOutcome)
    : undefined;
}

/**
 * The purchase tool (`shop_online`) while it waits for the user's approval on their device (with the same
 * binding message the device shows, and in offline mode a link to the dev issuer's device page), then the order,
 * "you declined" or "no answer in time".
 */
export function PurchaseCard({ part, lang, deviceUrl }: { part: ToolPart; lang: Lang; deviceUrl?: string }) {
  const t = PURCHASE_STRINGS[lang];
  const input = asInput(part.input);
  const outcome = part.state === 'done' ? asOutcome(part.output) : undefined;
  const state =
    part.state === 'running' ? 'waiting' : part.state === 'error' ? 'failed' : (outcome?.status ?? 'failed');
  return (
    <section className={`a0-tool a0-purchase a0-purchase-${state}`} data-tool={part.name} data-state={state}>
      <div className="a0-tool-head">
        <span className="a0-tool-name">
          {t.title} <code>{part.name}</code>
        </span>
        {part.state === 'running' && (
          <span className="a0-tool-status" role="status">
            {t.waiting}
          </span>
        )}
      </div>
      {input && (
        <p className="a0-purchase-binding">
          <span className="a0-tool-label">{t.bindingLabel}</span> <q>{purchaseBindingMessage(input, lang)}</q>
        </p>
      )}
      {part.state === 'running' && (
        <>
          <p className="a0-purchase-hint">{t.waitingHint(APPROVAL_WINDOW_MINUTES)}</p>
          {deviceUrl && (
            <a className="a0-button a0-button-secondary" href={deviceUrl} target="_blank" rel="noopener">
              {t.openDevice}
            </a>
          )}
        </>
      )}
      {outcome?.status === 'purchased' && (
        <p className="a0-purchase-result">
          {t.purchased}: {t.orderLabel} <code>{outcome.order.orderId}</code> ·{' '}
          {formatPrice(outcome.order.total, outcome.order.currency)}
        </p>
      )}
      {outcome?.status === 'declined' && <p className="a0-purchase-result">{t.declined}</p>}
      {outcome?.status === 'expired' && <p className="a0-purchase-result">{t.expired}</p>}
      {state === 'failed' && (
        <p className="a0-purchase-result">
          {t.failed}: {part.errorText ?? ''}
        </p>
      )}
    </section>
  );
}
