'use client';
import type { ChatErrorPayload, ChatMessage, ChatStatus } from '@repo/chat/errors';
import { useEffect, useRef } from 'react';
import { type Lang, strings } from '../i18n/strings.ts';
import { Composer } from './Composer.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { MessageList } from './MessageList.tsx';

export interface ChatViewProps {
  lang: Lang;
  messages: ChatMessage[];
  status: ChatStatus;
  error?: ChatErrorPayload;
  docsBaseUrl: string;
  /** Offered when the session has ended mid-conversation. */
  loginHref?: string;
  onSend: (text: string) => void;
  onStop: () => void;
  onRetry: () => void;
  onNewConversation: () => void;
  /** Offline mode: the dev issuer's device page, linked from the purchase card while it waits for approval. */
  approvalDeviceUrl?: string;
  /** Example questions for an empty chat, each sent on click (`toolSuggestions(tools, lang)`: one per tool). */
  suggestions?: readonly string[];
}

/** The chat page body, driven by any chat hook (the AI SDK's useChat, a LangGraph client, ...). */
export function ChatView(props: ChatViewProps) {
  const { lang, messages, status, error } = props;
  const t = strings(lang);
  const busy = status === 'submitted' || status === 'streaming';
  // An error after part of the answer arrived: the answer stays, marked as cut short.
  const last = messages.at(-1);
  const interrupted = last?.role === 'assistant' && last.parts.length > 0;
  const end = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the conversation as it grows
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [messages, status]);

  return (
    <main className="a0-chat" id="main">
      <div className="a0-chat-scroll">
        <div className="a0-chat-inner">
          <div className="a0-chat-toolbar">
            <h1 className="a0-visually-hidden">{t.chatLabel}</h1>
            <button
              type="button"
              className="a0-button a0-button-secondary"
              onClick={props.onNewConversation}
              disabled={messages.length === 0 && !error}
            >
              {t.newConversation}
            </button>
          </div>
          {messages.length === 0 ? (
            <div className="a0-empty">
              <p>{t.emptyChat}</p>
              <ul className="a0-suggestions">
                {(props.suggestions ?? []).map((suggestion) => (
                  <li key={suggestion}>
                    <button
                      type="button"
                      className="a0-suggestion"
                      onClick={() => props.onSend(suggestion)}
                      disabled={busy}
                    >
                      {suggestion}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            // After connecting an account from a card, the interrupted question is asked again (Retry).
            <MessageList
              messages={messages}
              status={status}
              lang={lang}
              approvalDeviceUrl={props.approvalDeviceUrl}
              onConnected={props.onRetry}
            />
          )}
          {error && (
            <ErrorNotice
              error={error}
              lang={lang}
              docsBaseUrl={props.docsBaseUrl}
              onRetry={props.onRetry}
              loginHref={props.loginHref}
              interrupted={interrupted}
            />
          )}
          <div ref={end} />
        </div>
      </div>
      <div className="a0-chat-footer">
        <div className="a0-chat-inner">
          <Composer lang={lang} busy={busy} onSend={props.onSend} onStop={props.onStop} />
        </div>
      </div>
    </main>
  );
}
