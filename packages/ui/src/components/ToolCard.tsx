import type { ChatPart } from '@repo/chat/errors';
import { type Lang, strings } from '../i18n/strings.ts';
import { ConnectAccountCard } from './ConnectAccountCard.tsx';

type ToolPart = Extract<ChatPart, { type: 'tool' }>;

function compact(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function pretty(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? '');
}

/**
 * A compact card for one tool call: tool, status, and one line each for input and result (cut to the
 * card's width); opening it shows both in full.
 */
export function ToolCard({ part, lang, onConnected }: { part: ToolPart; lang: Lang; onConnected?: () => void }) {
  // Token Vault has no token for this user yet: ask them to connect the account instead of showing an error.
  if (part.interrupt?.code === 'TOKEN_VAULT_ERROR') {
    return (
      <div className="a0-tool-interrupted" data-tool={part.name} data-state="interrupted">
        <ConnectAccountCard interrupt={part.interrupt} lang={lang} onConnected={onConnected} />
      </div>
    );
  }
  const t = strings(lang);
  const title = t.toolNames[part.name] ?? part.name;
  const result = part.state === 'error' ? part.errorText : part.state === 'done' ? part.output : undefined;
  const resultLabel = part.state === 'error' ? t.toolStatus.error : t.toolResult;
  return (
    <details className={`a0-tool a0-tool-${part.state}`} data-tool={part.name} data-state={part.state}>
      <summary>
        <span className="a0-tool-head">
          <span className="a0-tool-name">
            {title} <code>{part.name}</code>
          </span>
          <span className="a0-tool-status">{t.toolStatus[part.state]}</span>
        </span>
        {part.input !== undefined && (
          <span className="a0-tool-line">
            <span className="a0-tool-label">{t.toolInput}</span> <code>{compact(part.input)}</code>
          </span>
        )}
        {result !== undefined && (
          <span className="a0-tool-line">
            <span className="a0-tool-label">{resultLabel}</span> <code>{compact(result)}</code>
          </span>
        )}
      </summary>
      <div className="a0-tool-full">
        {part.input !== undefined && (
          <>
            <div className="a0-tool-label">{t.toolInput}</div>
            <pre>{pretty(part.input)}</pre>
          </>
        )}
        {result !== undefined && (
          <>
            <div className="a0-tool-label">{resultLabel}</div>
            <pre>{pretty(result)}</pre>
          </>
        )}
      </div>
    </details>
  );
}
