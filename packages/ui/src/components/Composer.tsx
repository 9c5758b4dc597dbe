'use client';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { type Lang, strings } from '../i18n/strings.ts';

export interface ComposerProps {
  lang: Lang;
  busy: boolean;
  onSend: (text: string) => void;
  onStop: () => void;
}

/** Message input: Enter sends, Shift+Enter adds a line, Escape stops the answer being written. */
export function Composer({ lang, busy, onSend, onStop }: ComposerProps) {
  const t = strings(lang);
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!busy) input.current?.focus();
  }, [busy]);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const value = text.trim();
    if (!value || busy) return;
    onSend(value);
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
    else if (event.key === 'Escape' && busy) onStop();
  }

  return (
    <form className="a0-composer" onSubmit={submit}>
      <label htmlFor="a0-input" className="a0-visually-hidden">
        {t.inputLabel}
      </label>
      <textarea
        id="a0-input"
        ref={input}
        value={text}
        rows={2}
        placeholder={t.inputPlaceholder}
        aria-describedby="a0-input-hint"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="a0-composer-actions">
        <span id="a0-input-hint" className="a0-hint">
          {t.inputHint}
        </span>
        {busy ? (
          <button type="button" className="a0-button a0-button-secondary" onClick={onStop}>
            {t.stop}
          </button>
        ) : (
          <button type="submit" className="a0-button" disabled={!text.trim()}>
            {t.send}
          </button>
        )}
      </div>
    </form>
  );
}
