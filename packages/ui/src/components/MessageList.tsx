import type { ChatMessage, ChatStatus } from '@repo/chat/errors';
import { PURCHASE_TOOL_NAME } from '@repo/chat/purchase';
import { type Lang, strings } from '../i18n/strings.ts';
import { Markdown } from './Markdown.tsx';
import { PurchaseCard } from './PurchaseCard.tsx';
import { ToolCard } from './ToolCard.tsx';

/** The conversation as a log: user text as typed, assistant text as markdown, tool calls as cards. */
export function MessageList({
  messages,
  status,
  lang,
  approvalDeviceUrl,
  onConnected,
}: {
  messages: ChatMessage[];
  status: ChatStatus;
  lang: Lang;
  /** Where the user approves a purchase in offline mode (the dev issuer's device page). */
  approvalDeviceUrl?: string;
  /** An account was connected from a card: ask again. */
  onConnected?: () => void;
}) {
  const t = strings(lang);
  const busy = status === 'submitted' || status === 'streaming';
  const waiting = status === 'submitted' && messages.at(-1)?.role === 'user';
  return (
    <ol className="a0-messages" aria-label={t.chatLabel} aria-busy={busy}>
      {messages.map((message) => (
        <li key={message.id} className={`a0-message a0-message-${message.role}`} data-role={message.role}>
          <div className="a0-message-author">{message.role === 'user' ? t.you : t.assistant}</div>
          <div className="a0-message-body">
            {message.parts.map((part, index) => {
              const key = part.type === 'tool' ? part.id : `${message.id}-${index}`;
              if (part.type === 'tool' && part.name === PURCHASE_TOOL_NAME)
                return <PurchaseCard key={key} part={part} lang={lang} deviceUrl={approvalDeviceUrl} />;
              if (part.type === 'tool') return <ToolCard key={key} part={part} lang={lang} onConnected={onConnected} />;
              if (message.role === 'user')
                return (
                  <p key={key} className="a0-user-text">
                    {part.text}
                  </p>
                );
              return <Markdown key={key} text={part.text} />;
            })}
          </div>
        </li>
      ))}
      {waiting && (
        <li className="a0-message a0-message-assistant a0-pending" data-role="pending">
          <div className="a0-message-author">{t.assistant}</div>
          <div className="a0-message-body" role="status">
            {t.thinking}
          </div>
        </li>
      )}
    </ol>
  );
}
