'use client';
import { useChat } from '@ai-sdk/react';
import { browserTimeZone, ChatView, decodeChatError, type Lang } from '@repo/ui';
import { DefaultChatTransport } from 'ai';
import { useMemo, useRef, useState } from 'react';
import { toChatMessages } from '@/lib/chat/to-chat-messages.ts';

/** useChat wired to the shared ChatView: the only AI-SDK-specific part of the page. */
export function Chat({
  lang,
  docsBaseUrl,
  approvalDeviceUrl,
  suggestions,
}: {
  lang: Lang;
  docsBaseUrl: string;
  approvalDeviceUrl?: string;
  suggestions: readonly string[];
}) {
  const [chatId, setChatId] = useState(() => crypto.randomUUID());
  const langRef = useRef(lang);
  langRef.current = lang;
  const transport = useMemo(
    () =>
      new DefaultChatTransport({
        api: '/api/chat',
        body: () => ({ timeZone: browserTimeZone(), lang: langRef.current }),
      }),
    [],
  );
  const { messages, status, error, sendMessage, stop, regenerate } = useChat({ id: chatId, transport });

  return (
    <ChatView
      lang={lang}
      messages={toChatMessages(messages)}
      status={status}
      error={error ? decodeChatError(error.message) : undefined}
      docsBaseUrl={docsBaseUrl}
      approvalDeviceUrl={approvalDeviceUrl}
      suggestions={suggestions}
      loginHref={`/auth/login?ui_locales=${lang}`}
      onSend={(text) => void sendMessage({ text })}
      onStop={() => void stop()}
      onRetry={() => void regenerate()}
      onNewConversation={() => {
        void stop();
        setChatId(crypto.randomUUID());
      }}
    />
  );
}
