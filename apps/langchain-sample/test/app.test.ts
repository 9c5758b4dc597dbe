// The built app over HTTP with real Auth0 SDK session cookies: the proxy, the route handlers, the
// document store on the DATABASE_URL server and Next.js together.
import { minimalPdf } from '@repo/documents/testing';
import { getWithHost } from '@repo/testing';
import { describe, expect, inject, it } from 'vitest';
import { readEvents } from '../src/lib/chat/protocol.ts';
import { sessionCookie } from './session.ts';

const appUrl = inject('appUrl');

function upload(cookie: string, name: string, bytes: Uint8Array, type = 'text/plain') {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name, { type }));
  return fetch(`${appUrl}/api/documents`, { method: 'POST', headers: { cookie }, body: form });
}

describe('the built app', () => {
  it('shows the LangChain landing page in the browser language when signed out', async () => {
    const html = await (await fetch(appUrl, { headers: { 'accept-language': 'ja,en;q=0.5' } })).text();
    expect(html).toContain('<html lang="ja"');
    expect(html).toContain('LangChain.js のエージェント');
    expect(html).toContain('/auth/login');
  });

  it('answers only to names of this machine (DNS rebinding), in both languages', async () => {
    const port = new URL(appUrl).port;
    const rebound = await getWithHost(`${appUrl}/api/documents`, `evil.example:${port}`);
    expect(rebound.status).toBe(403);
    const { error } = JSON.parse(rebound.body) as { error: { code: string; message: { ja: string; en: string } } };
    expect(error.code).toBe('unknown-host');
    expect(error.message.ja).toContain('DNS リバインディング');
    expect(error.message.en).toContain(`evil.example:${port}`);
    expect((await getWithHost(appUrl, `127.0.0.1:${port}`)).status).toBe(200);
  });

  it('answers 401 JSON on the APIs without a session', async () => {
    const chat = await fetch(`${appUrl}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', text: 'hi' }] }),
    });
    expect(chat.status).toBe(401);
    expect(await chat.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect((await fetch(`${appUrl}/api/documents`)).status).toBe(401);
  });

  it('sends a signed-out visitor of /documents to the sign-in', async () => {
    const response = await fetch(`${appUrl}/documents`, { redirect: 'manual' });
    expect([302, 303, 307]).toContain(response.status);
    expect(response.headers.get('location')).toContain('/auth/login');
  });

  it('stores a PDF, refuses a duplicate and an oversized file with bilingual reasons, and deletes', async () => {
    const cookie = await sessionCookie('test|pdf-owner');
    const pdf = minimalPdf(['Shipping policy', 'Orders ship from the Kobe warehouse within two days.']);
    const created = await upload(cookie, 'policy.pdf', pdf, 'application/pdf');
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: { id: string; chunkCount: number } };
    expect(document.chunkCount).toBeGreaterThan(0);

    const duplicate = await upload(cookie, 'copy.pdf', pdf, 'application/pdf');
    expect(duplicate.status).toBe(409);
    const body = (await duplicate.json()) as { error: { message: { ja: string; en: string } } };
    expect(body.error.message.en).toContain('policy.pdf');
    expect(body.error.message.ja).toContain('policy.pdf');

    const big = await upload(cookie, 'big.txt', new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe('upload-too-large');

    const stranger = await sessionCookie('test|stranger');
    const refused = await fetch(`${appUrl}/api/documents/${document.id}`, {
      method: 'DELETE',
      headers: { cookie: stranger },
    });
    expect(refused.status).toBe(404);
    const deleted = await fetch(`${appUrl}/api/documents/${document.id}`, { method: 'DELETE', headers: { cookie } });
    expect(deleted.status).toBe(200);
  });

  it("refuses what a page of another site sends with the user's cookie (403), and bodies of the wrong type (415)", async () => {
    const cookie = await sessionCookie('test|victim');
    const created = await upload(cookie, 'mine.txt', new TextEncoder().encode('Victim notes about the budget.'));
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: { id: string } };
    const evil = { cookie, origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' };
    const attempts = [
      fetch(`${appUrl}/api/documents`, { method: 'POST', headers: evil, body: new FormData() }),
      fetch(`${appUrl}/api/documents/${document.id}/shares`, {
        method: 'POST',
        headers: { ...evil, 'content-type': 'text/plain' },
        body: JSON.stringify({ email: 'attacker@evil.example' }),
      }),
      fetch(`${appUrl}/api/documents/${document.id}`, { method: 'DELETE', headers: evil }),
      // A page on another port of this machine is the same site, not the same origin.
      fetch(`${appUrl}/api/documents/${document.id}`, {
        method: 'DELETE',
        headers: { cookie, origin: 'http://localhost:1', 'sec-fetch-site': 'same-site' },
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: { code: string; message: { ja: string; en: string } } };
      expect(body.error.code).toBe('cross-site-request');
      expect(body.error.message.ja).toContain('別のサイト');
    }
    const textShare = await fetch(`${appUrl}/api/documents/${document.id}/shares`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/plain' },
      body: JSON.stringify({ email: 'friend@example.com' }),
    });
    expect(textShare.status).toBe(415);
    const list = (await (await fetch(`${appUrl}/api/documents`, { headers: { cookie } })).json()) as {
      documents: { id: string; sharedWith: string[] }[];
    };
    expect(list.documents.find((d) => d.id === document.id)?.sharedWith).toEqual([]);

    const one = await fetch(`${appUrl}/api/documents/${document.id}`, { headers: { cookie } });
    expect(one.status).toBe(405);
    expect(one.headers.get('allow')).toBe('DELETE');
    const answer = (await one.json()) as { error: { message: { ja: string; en: string } } };
    expect(answer.error.message.en).toContain('GET is not served');
    expect(answer.error.message.ja).toContain('GET はこのパスでは使えません');
  });

  it('answers 413 to a 50 MB upload sent without Content-Length, without reading it all', async () => {
    const cookie = await sessionCookie('test|chunked');
    const head = new TextEncoder().encode(
      '--x\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n',
    );
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024).fill(0x61));
        if (sent >= 50 * 1024 * 1024) controller.close();
      },
    });
    const response = await fetch(`${appUrl}/api/documents`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'multipart/form-data; boundary=x' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    const answer = (await response.json()) as { error: { code: string; message: { ja: string; en: string } } };
    expect(answer.error.code).toBe('upload-too-large');
    expect(answer.error.message.ja).toContain('10 MB');
    expect(answer.error.message.en).toContain('10 MB');
  });

  it('streams the agent through the route with a session', async () => {
    const cookie = await sessionCookie('test|chat');
    const response = await fetch(`${appUrl}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ messages: [{ role: 'user', text: 'Calculate 6 * 7' }], lang: 'en' }),
    });
    expect(response.status).toBe(200);
    const types: string[] = [];
    if (response.body) for await (const event of readEvents(response.body)) types.push(event.type);
    expect(types).toContain('tool-call');
    expect(types.at(-1)).toBe('done');
  });
});
