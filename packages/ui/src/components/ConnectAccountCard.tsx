'use client';
import type { ToolInterrupt } from '@repo/chat/errors';
import { useEffect, useRef, useState } from 'react';
import { type Lang, strings } from '../i18n/strings.ts';

/** Where the connect window ends: a page that closes itself (ConnectedWindow). */
export const CONNECTED_PATH = '/connected';

/** A person's name for an Auth0 connection: `google-oauth2` is Google. */
export function providerName(connection: string | undefined): string {
  if (!connection) return 'Google';
  return /google/i.test(connection) ? 'Google' : connection;
}

/**
 * @auth0/nextjs-auth0's connect-account endpoint (`/auth/connect`, enableConnectAccountEndpoint) for the
 * connection and scopes Token Vault asked for; the user comes back to `returnTo`.
 */
export function connectHref(interrupt: ToolInterrupt, returnTo: string, connectPath = '/auth/connect'): string {
  const query = new URLSearchParams({ connection: interrupt.connection ?? 'google-oauth2', returnTo });
  for (const scope of interrupt.requiredScopes ?? []) query.append('scopes', scope);
  return `${connectPath}?${query}`;
}

/**
 * Token Vault has no token for the user at another service yet (a TokenVaultInterrupt): says why, lists the
 * scopes, and connects the account in a small window, so the conversation stays on the page. When the window
 * closes, `onConnected` asks the same question again. Without pop-ups, the page itself goes and comes back.
 */
export function ConnectAccountCard({
  interrupt,
  lang,
  onConnected,
}: {
  interrupt: ToolInterrupt;
  lang: Lang;
  onConnected?: () => void;
}) {
  const t = strings(lang).connectAccount;
  const provider = providerName(interrupt.connection);
  const [waiting, setWaiting] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  useEffect(() => () => clearInterval(timer.current), []);

  const connect = () => {
    const popup = window.open(connectHref(interrupt, CONNECTED_PATH), 'auth0-connect', 'popup,width=520,height=720');
    if (!popup) {
      window.location.assign(connectHref(interrupt, window.location.pathname));
      return;
    }
    setWaiting(true);
    clearInterval(timer.current);
    timer.current = setInterval(() => {
      if (!popup.closed) return;
      clearInterval(timer.current);
      setWaiting(false);
      onConnected?.();
    }, 500);
  };

  return (
    <section className="a0-connect" data-interrupt={interrupt.code} aria-labelledby="a0-connect-heading">
      <h2 id="a0-connect-heading">{t.heading(provider)}</h2>
      <p>{t.lead(provider)}</p>
      {interrupt.requiredScopes && interrupt.requiredScopes.length > 0 && (
        <>
          <div className="a0-connect-label">{t.scopes}</div>
          <ul className="a0-connect-scopes">
            {interrupt.requiredScopes.map((scope) => (
              <li key={scope}>
                <code>{scope}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="a0-button" onClick={connect} disabled={waiting}>
        {waiting ? t.waiting : t.button(provider)}
      </button>
    </section>
  );
}

/** The page the connect window lands on: says it worked and closes itself (the chat then continues). */
export function ConnectedWindow({ lang }: { lang: Lang }) {
  const t = strings(lang).connected;
  useEffect(() => {
    window.close();
  }, []);
  return (
    <main className="a0-connected" id="main">
      <h1>{t.heading}</h1>
      <p>{t.body}</p>
      <button type="button" className="a0-button" onClick={() => window.close()}>
        {t.close}
      </button>
    </main>
  );
}
