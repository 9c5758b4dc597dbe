'use client';
// Upload, list, share by e-mail, delete. Talks to /api/documents; every refusal arrives as a bilingual
// `{ error: { message, fix } }` and is shown as it is.
import type { Lang } from '@repo/ui';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { appStrings } from '@/i18n/strings.ts';

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

interface ApiError {
  error?: { message?: Record<Lang, string>; fix?: Record<Lang, string> };
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function DocumentsPanel({ lang }: { lang: Lang }) {
  const t = appStrings(lang);
  const [documents, setDocuments] = useState<DocumentRow[] | undefined>();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
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
    setBusy(true);
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
      setBusy(false);
    }
  }

  async function share(doc: DocumentRow, email: string) {
    const response = await fetch(`/api/documents/${doc.id}/shares`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    if (!response.ok) return failed(response);
    setNotice(undefined);
    await reload();
  }

  async function unshare(doc: DocumentRow, email: string) {
    const response = await fetch(`/api/documents/${doc.id}/shares`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    if (!response.ok) return failed(response);
    await reload();
  }

  async function remove(doc: DocumentRow) {
    if (!window.confirm(t.deleteConfirm(doc.title))) return;
    const response = await fetch(`/api/documents/${doc.id}`, { method: 'DELETE' });
    if (!response.ok) return failed(response);
    setNotice({ kind: 'ok', text: t.deleted(doc.title) });
    await reload();
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
        <button type="submit" className="a0-button" disabled={busy}>
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
          {documents.map((doc) => (
            <li key={doc.id} className="a0-document" data-document={doc.title} data-access={doc.access}>
              <div className="a0-document-head">
                <span className="a0-document-title">{doc.title}</span>
                <span className="a0-document-meta">
                  {sizeText(doc.sizeBytes)} · {doc.access === 'owner' ? t.yours : t.sharedBy(doc.ownerEmail ?? '?')}
                </span>
              </div>
              {doc.access === 'owner' && (
                <div className="a0-document-actions">
                  <ShareForm doc={doc} lang={lang} onShare={(email) => share(doc, email)} />
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
                    onClick={() => void remove(doc)}
                  >
                    {t.deleteLabel}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

function ShareForm({
  doc,
  lang,
  onShare,
}: {
  doc: DocumentRow;
  lang: Lang;
  onShare: (email: string) => Promise<void>;
}) {
  const t = appStrings(lang);
  const [email, setEmail] = useState('');
  const id = `share-${doc.id}`;
  return (
    <form
      className="a0-share"
      onSubmit={async (event) => {
        event.preventDefault();
        await onShare(email);
        setEmail('');
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
        onChange={(event) => setEmail(event.target.value)}
      />
      <button type="submit" className="a0-button a0-button-secondary">
        {t.shareButton}
      </button>
    </form>
  );
}
