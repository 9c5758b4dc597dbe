'use client';
// The samples' Documents page: upload, list, share by e-mail, unshare, delete. Talks to /api/documents; every
// refusal arrives as a bilingual `{ error: { message, fix } }` and is shown as it is. Each action that succeeds
// says so and replaces an earlier error; the buttons of the action under way are disabled and say what happens.
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { documentsStrings } from '../i18n/documents.ts';
import type { Lang } from '../i18n/strings.ts';

interface DocumentRow {
  id: string;
  title: string;
  mediaType: string;
  sizeBytes: number;
  chunkCount: number;
  ownerEmail: string | null;
  access: 'owner' | 'shared';
  sharedWith: string[];
}

type Notice = { kind: 'ok' | 'error'; text: string; fix?: string } | undefined;

/** The document an action is under way for, and which action. */
type Pending = { id: string; action: 'share' | 'unshare' | 'delete' } | undefined;

interface ApiError {
  error?: { message?: Record<Lang, string>; fix?: Record<Lang, string> };
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function DocumentsPanel({ lang }: { lang: Lang }) {
  const t = documentsStrings(lang);
  const [documents, setDocuments] = useState<DocumentRow[] | undefined>();
  const [notice, setNotice] = useState<Notice>();
  const [uploading, setUploading] = useState(false);
  const [pending, setPending] = useState<Pending>();
  const fileInput = useRef<HTMLInputElement>(null);

  const failed = useCallback(
    async (response: Response) => {
      const body = (await response.json().catch(() => ({}))) as ApiError;
      setNotice({
        kind: 'error',
        text: body.error?.message?.[lang] ?? `HTTP ${response.status}`,
        fix: body.error?.fix?.[lang],
      });
    },
    [lang],
  );

  const reload = useCallback(async () => {
    const response = await fetch('/api/documents', { cache: 'no-store' });
    if (!response.ok) return failed(response);
    setDocuments(((await response.json()) as { documents: DocumentRow[] }).documents);
  }, [failed]);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    setUploading(true);
    setNotice({ kind: 'ok', text: t.uploading });
    const form = new FormData();
    form.append('file', file);
    try {
      const response = await fetch('/api/documents', { method: 'POST', body: form });
      if (!response.ok) return await failed(response);
      const { document } = (await response.json()) as { document: DocumentRow };
      setNotice({ kind: 'ok', text: t.uploaded(document.title, document.chunkCount) });
      if (fileInput.current) fileInput.current.value = '';
      await reload();
    } finally {
      setUploading(false);
    }
  }

  /** One owner action on one document: busy while it runs, then its success notice or its error. */
  async function act(doc: DocumentRow, action: NonNullable<Pending>['action'], request: () => Promise<Response>) {
    setPending({ id: doc.id, action });
    try {
      const response = await request();
      if (!response.ok) {
        await failed(response);
        return false;
      }
      await reload();
      return true;
    } finally {
      setPending(undefined);
    }
  }

  const withEmail = (method: 'POST' | 'DELETE', doc: DocumentRow, email: string) => () =>
    fetch(`/api/documents/${doc.id}/shares`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });

  async function share(doc: DocumentRow, email: string): Promise<boolean> {
    const ok = await act(doc, 'share', withEmail('POST', doc, email));
    if (ok) setNotice({ kind: 'ok', text: t.shared(doc.title, email.trim().toLowerCase()) });
    return ok;
  }

  async function unshare(doc: DocumentRow, email: string) {
    if (await act(doc, 'unshare', withEmail('DELETE', doc, email))) {
      setNotice({ kind: 'ok', text: t.unshared(doc.title, email) });
    }
  }

  async function remove(doc: DocumentRow) {
    if (!window.confirm(t.deleteConfirm(doc.title))) return;
    if (await act(doc, 'delete', () => fetch(`/api/documents/${doc.id}`, { method: 'DELETE' }))) {
      setNotice({ kind: 'ok', text: t.deleted(doc.title) });
    }
  }

  return (
    <main className="a0-documents" id="main">
      <h1>{t.documentsHeading}</h1>
      <p className="a0-lead">{t.documentsIntro}</p>

      <form className="a0-upload" onSubmit={upload}>
        <label htmlFor="document-file">{t.uploadLabel}</label>
        <input
          id="document-file"
          ref={fileInput}
          type="file"
          name="file"
          accept=".txt,.md,.markdown,.pdf,text/plain,text/markdown,application/pdf"
          aria-describedby="document-file-hint"
          required
        />
        <span id="document-file-hint" className="a0-hint">
          {t.uploadHint}
        </span>
        <button type="submit" className="a0-button" disabled={uploading} aria-busy={uploading}>
          {t.uploadButton}
        </button>
      </form>

      <div role="status" aria-live="polite" className="a0-notice-area">
        {notice && (
          <div className={notice.kind === 'error' ? 'a0-notice a0-notice-error' : 'a0-notice'} data-kind={notice.kind}>
            {notice.kind === 'error' && <strong>{t.errorHeading}: </strong>}
            {notice.text}
            {notice.fix && <div className="a0-notice-fix">{notice.fix}</div>}
          </div>
        )}
      </div>

      <h2>{t.listHeading}</h2>
      {documents === undefined ? (
        <p>{t.loading}</p>
      ) : documents.length === 0 ? (
        <p data-testid="documents-empty">{t.listEmpty}</p>
      ) : (
        <ul className="a0-document-list">
          {documents.map((doc) => {
            const busy = pending?.id === doc.id ? pending.action : undefined;
            return (
              <li
                key={doc.id}
                className="a0-document"
                data-document={doc.title}
                data-document-id={doc.id}
                data-access={doc.access}
                aria-busy={busy ? true : undefined}
              >
                <div className="a0-document-head">
                  <span className="a0-document-title">{doc.title}</span>
                  <span className="a0-document-meta">
                    {sizeText(doc.sizeBytes)} · {doc.access === 'owner' ? t.yours : t.sharedBy(doc.ownerEmail ?? '?')}
                  </span>
                </div>
                {doc.access === 'owner' && (
                  <div className="a0-document-actions">
                    <ShareForm doc={doc} lang={lang} busy={busy} onShare={(email) => share(doc, email)} />
                    <div className="a0-shares">
                      <span className="a0-hint">{doc.sharedWith.length > 0 ? `${t.sharedWith}:` : t.notShared}</span>
                      {doc.sharedWith.map((email) => (
                        <span key={email} className="a0-share-chip">
                          {email}
                          <button
                            type="button"
                            className="a0-chip-remove"
                            aria-label={t.unshareButton(email)}
                            title={t.unshareButton(email)}
                            disabled={busy !== undefined}
                            onClick={() => void unshare(doc, email)}
                          >
                            ×
                          </button>
                        </span>
                      ))}
                    </div>
                    <button
                      type="button"
                      className="a0-button a0-button-secondary a0-delete"
                      aria-label={t.deleteButton(doc.title)}
                      disabled={busy !== undefined}
                      aria-busy={busy === 'delete'}
                      onClick={() => void remove(doc)}
                    >
                      {busy === 'delete' ? t.deleting : t.deleteLabel}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}

function ShareForm({
  doc,
  lang,
  busy,
  onShare,
}: {
  doc: DocumentRow;
  lang: Lang;
  busy: NonNullable<Pending>['action'] | undefined;
  onShare: (email: string) => Promise<boolean>;
}) {
  const t = documentsStrings(lang);
  const [email, setEmail] = useState('');
  const id = `share-${doc.id}`;
  return (
    <form
      className="a0-share"
      onSubmit={async (event) => {
        event.preventDefault();
        // The address stays in the field when sharing fails, to be corrected.
        if (await onShare(email)) setEmail('');
      }}
    >
      <label htmlFor={id} className="a0-visually-hidden">
        {t.shareLabel(doc.title)}
      </label>
      <input
        id={id}
        type="email"
        required
        value={email}
        placeholder={t.sharePlaceholder}
        disabled={busy === 'share'}
        onChange={(event) => setEmail(event.target.value)}
      />
      <button
        type="submit"
        className="a0-button a0-button-secondary"
        disabled={busy !== undefined}
        aria-busy={busy === 'share'}
      >
        {busy === 'share' ? t.sharing : t.shareButton}
      </button>
    </form>
  );
}

/** The samples' page links (Chat, Documents), shown in the header when signed in. */
export function SampleNav({ lang, current }: { lang: Lang; current?: 'chat' | 'documents' }) {
  const t = documentsStrings(lang);
  return (
    <nav className="a0-nav" aria-label={t.navLabel}>
      <a href="/" aria-current={current === 'chat' ? 'page' : undefined}>
        {t.navChat}
      </a>
      <a href="/documents" aria-current={current === 'documents' ? 'page' : undefined}>
        {t.navDocuments}
      </a>
    </nav>
  );
}
