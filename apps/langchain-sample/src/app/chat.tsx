'use client';
import { ChatView, type Lang } from '@repo/ui';
import { useAgentChat } from '@/components/use-agent-chat.ts';

/** The agent's event stream wired to the shared ChatView. */
export function Chat({
  lang,
  docsBaseUrl,
  suggestions,
  approvalDeviceUrl,
}: {
  lang: Lang;
  docsBaseUrl: string;
  suggestions: readonly string[];
  approvalDeviceUrl?: string;
}) {
  const chat = useAgentChat({ lang });
  return (
    <ChatView
      lang={lang}
      messages={chat.messages}
      status={chat.status}
      error={chat.error}
      docsBaseUrl={docsBaseUrl}
      suggestions={suggestions}
      approvalDeviceUrl={approvalDeviceUrl}
      loginHref={`/auth/login?ui_locales=${lang}`}
      onSend={chat.send}
      onStop={chat.stop}
      onRetry={chat.retry}
      onNewConversation={chat.reset}
    />
  );
}
