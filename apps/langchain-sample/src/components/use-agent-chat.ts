'use client';
// A small chat hook for the route's NDJSON events: send, stop, retry, new conversation.
import { browserTimeZone, type ChatErrorPayload, type ChatMessage, type ChatStatus, decodeChatError } from '@repo/ui';
import { useCallback, useRef, useState } from 'react';
import { readEvents } from '../lib/chat/protocol.ts';
import { applyEvent, toConversation } from '../lib/chat/reducer.ts';

const CHAT_API = '/api/chat';

export function useAgentChat(options: { lang: 'ja' | 'en' }) {
  const [messages, setMessagesState] = useState<ChatMessage[]>([]);
  // The latest messages outside React's render cycle, so callbacks never send a stale conversation.
  const latest = useRef<ChatMessage[]>([]);
  const setMessages = useCallback((next: ChatMessage[]) => {
    latest.current = next;
    setMessagesState(next);
  }, []);
  const [status, setStatus] = useState<ChatStatus>('ready');
  const [error, setError] = useState<ChatErrorPayload | undefined>();
  const controller = useRef<AbortController | null>(null);
  const langRef = useRef(options.lang);
  langRef.current = options.lang;

  const run = useCallback(
    async (history: ChatMessage[]) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const assistant: ChatMessage = { id: crypto.randomUUID(), role: 'assistant', parts: [] };
      setMessages([...history, assistant]);
      setError(undefined);
      setStatus('submitted');
      let current = assistant;
      const update = (next: ChatMessage) => {
        current = next;
        setMessages([...history, next]);
      };
      try {
        const response = await fetch(CHAT_API, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            messages: toConversation(history),
            timeZone: browserTimeZone(),
            lang: langRef.current,
          }),
          signal: abort.signal,
        });
        if (!response.ok || !response.body) {
          setMessages(history);
          setError(decodeChatError(await response.text()));
          setStatus('error');
          return;
        }
        for await (const event of readEvents(response.body)) {
          if (event.type === 'error') {
            setError(event.error);
            setStatus('error');
            if (current.parts.length === 0) setMessages(history);
            return;
          }
          if (event.type === 'done') break;
          setStatus('streaming');
          update(applyEvent(current, event));
        }
        setStatus('ready');
      } catch (cause) {
        if (abort.signal.aborted) {
          setStatus('ready');
          return;
        }
        setError(decodeChatError(cause instanceof Error ? cause.message : undefined));
        setStatus('error');
      }
    },
    [setMessages],
  );

  const send = useCallback(
    (text: string) => {
      const user: ChatMessage = { id: crypto.randomUUID(), role: 'user', parts: [{ type: 'text', text }] };
      void run([...latest.current, user]);
    },
    [run],
  );

  const stop = useCallback(() => {
    controller.current?.abort();
    setStatus('ready');
  }, []);

  /** Sends the conversation again up to the last user message (drops a failed or partial answer). */
  const retry = useCallback(() => {
    const lastUser = latest.current.findLastIndex((m) => m.role === 'user');
    if (lastUser >= 0) void run(latest.current.slice(0, lastUser + 1));
  }, [run]);

  const reset = useCallback(() => {
    controller.current?.abort();
    setMessages([]);
    setError(undefined);
    setStatus('ready');
  }, [setMessages]);

  return { messages, status, error, send, stop, retry, reset };
}
