// The Documents API with FGA over real sockets: PGlite documents, dev-fga through @openfga/sdk, real Requests.
// What each change writes to FGA, and what happens when FGA cannot be reached halfway through one (drift).
import { OpenFgaClient } from '@openfga/sdk';
import { type DocumentTuples, documentTuples, fgaConnection } from '@repo/auth/fga';
import { type DevFga, initDevStore, startDevFga } from '@repo/dev-fga';
import { type DocumentStore, type DocumentUser, openDocumentStore } from '@repo/documents';
import { hashingEmbedder } from '@repo/documents/testing';
import { freePort } from '@repo/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentsHandlers, restoreDocumentTuples } from './handlers.ts';

const alice: DocumentUser = { userId: 'dev|alice', email: 'alice@example.com' };
const mallory: DocumentUser = { userId: 'dev|mallory', email: 'mallory@example.com' };

let fga: DevFga;
let store: DocumentStore;
let check: OpenFgaClient;
let tuples: DocumentTuples;
/** Tuples through a port nobody listens on: FGA down. */
let unreachable: DocumentTuples;
const logged: string[] = [];

beforeAll(async () => {
  fga = await startDevFga({ port: 0 });
  const { storeId } = await initDevStore(fga.url);
  check = new OpenFgaClient({ apiUrl: fga.url, storeId });
  tuples = documentTuples(fgaConnection({ fga: { mode: 'dev', apiUrl: fga.url, devFgaPort: fga.port } }));
  const down = `http://127.0.0.1:${await freePort()}`;
  unreachable = documentTuples(fgaConnection({ fga: { mode: 'remote', apiUrl: down, storeId, devFgaPort: 0 } }));
  store = await openDocumentStore({ embedder: hashingEmbedder(64), dataDir: 'memory://' });
}, 120_000); // PGlite takes seconds to start on a busy machine
afterAll(async () => {
  await store?.close();
  await fga?.close();
});

function api(user: DocumentUser, fgaTuples = tuples) {
  return createDocumentsHandlers({
    user: async () => user,
    documents: async () => store,
    tuples: async () => fgaTuples,
    log: (message) => logged.push(message),
  });
}

function upload(user: DocumentUser, name: string, text: string, fgaTuples = tuples): Promise<Response> {
  const form = new FormData();
  form.append('file', new File([text], name, { type: 'text/plain' }));
  return api(user, fgaTuples).upload(new Request('http://localhost/api/documents', { method: 'POST', body: form }));
}

const emailBody = (email: string) =>
  new Request('http://localhost/x', { method: 'POST', body: JSON.stringify({ email }) });

async function canView(user: string, documentId: string): Promise<boolean> {
  return (await check.check({ user, relation: 'can_view', object: `doc:${documentId}` })).allowed ?? false;
}

async function listed(user: DocumentUser): Promise<{ id: string; sharedWith: string[] }[]> {
  return ((await (await api(user).list()).json()) as { documents: { id: string; sharedWith: string[] }[] }).documents;
}

describe('documents API with FGA', () => {
  it('writes owner on upload, viewer on share (an address that never signed in), and removes them', async () => {
    const response = await upload(alice, 'plan.txt', 'The Kestrel plan for the spring.');
    expect(response.status).toBe(201);
    const { document } = (await response.json()) as { document: { id: string } };
    expect(await canView('user:alice@example.com', document.id)).toBe(true);
    expect(await canView('user:newcomer@example.com', document.id)).toBe(false);

    expect((await api(alice).share(document.id, emailBody('Newcomer@Example.com'))).status).toBe(200);
    expect(await canView('user:newcomer@example.com', document.id)).toBe(true);
    expect((await api(alice).unshare(document.id, emailBody('newcomer@example.com'))).status).toBe(200);
    expect(await canView('user:newcomer@example.com', document.id)).toBe(false);

    // Only the owner changes anything: the database's own check refuses, and FGA is not touched.
    expect((await api(mallory).share(document.id, emailBody('mallory@example.com'))).status).toBe(404);
    expect(await canView('user:mallory@example.com', document.id)).toBe(false);

    await api(alice).share(document.id, emailBody('bob@example.com'));
    expect((await api(alice).remove(document.id)).status).toBe(200);
    expect((await check.read({ object: `doc:${document.id}` })).tuples).toEqual([]);
  });

  it('undoes an upload when FGA cannot be reached, and says so in both languages', async () => {
    const response = await upload(alice, 'lost.txt', 'Nobody will see this one.', unreachable);
    expect(response.status).toBe(503);
    const { error } = (await response.json()) as { error: { code: string; message: { ja: string; en: string } } };
    expect(error.code).toBe('fga-unreachable');
    expect(error.message.ja).toContain('FGA');
    expect(error.message.en).toContain('Cannot reach FGA');
    expect((await listed(alice)).length).toBe(0);
  }, 30_000);

  it('keeps the database and FGA telling the same story when a share or unshare cannot reach FGA', async () => {
    const { document } = (await (await upload(alice, 'share.txt', 'Shared notes.')).json()) as {
      document: { id: string };
    };
    expect((await api(alice, unreachable).share(document.id, emailBody('bob@example.com'))).status).toBe(503);
    expect((await listed(alice)).find((d) => d.id === document.id)?.sharedWith).toEqual([]);
    expect(await canView('user:bob@example.com', document.id)).toBe(false);

    await api(alice).share(document.id, emailBody('bob@example.com'));
    expect((await api(alice, unreachable).unshare(document.id, emailBody('bob@example.com'))).status).toBe(503);
    expect((await listed(alice)).find((d) => d.id === document.id)?.sharedWith).toEqual(['bob@example.com']);
    expect(await canView('user:bob@example.com', document.id)).toBe(true);
    // Unsharing an address it was never shared with, FGA down: the undo shares nothing.
    expect((await api(alice, unreachable).unshare(document.id, emailBody('carol@example.com'))).status).toBe(503);
    expect((await listed(alice)).find((d) => d.id === document.id)?.sharedWith).toEqual(['bob@example.com']);
    await api(alice).remove(document.id);
  }, 30_000);

  it('deletes a document even when FGA is down; the tuple it leaves grants nothing', async () => {
    const { document } = (await (await upload(alice, 'gone.txt', 'Budget figures for Fukuoka.')).json()) as {
      document: { id: string };
    };
    await api(alice).share(document.id, emailBody('bob@example.com'));
    expect((await api(alice, unreachable).remove(document.id)).status).toBe(200);
    expect(logged.some((line) => line.includes(document.id))).toBe(true);
    // FGA still says yes; the search starts from the documents that exist, so it finds nothing.
    expect(await canView('user:bob@example.com', document.id)).toBe(true);
    const asked: string[] = [];
    const hits = await store.retrieve(
      { userId: 'dev|bob', email: 'bob@example.com' },
      'Budget Fukuoka',
      5,
      async (ids) => {
        asked.push(...ids);
        return ids;
      },
    );
    expect(hits.map((hit) => hit.documentId)).not.toContain(document.id);
    expect(asked).not.toContain(document.id);
    await tuples.forget(document.id);
  }, 30_000);

  it('restores the tuples of documents FGA does not know (stored before FGA decided), once', async () => {
    const doc = await store.addText(alice, { title: 'old.txt', text: 'Stored before FGA.' });
    await store.shareDocument(alice, doc.id, 'carol@example.com');
    const noMail = await store.addText({ userId: 'dev|no-mail' }, { title: 'anon.txt', text: 'No verified address.' });
    expect(await canView('user:alice@example.com', doc.id)).toBe(false);

    expect(await restoreDocumentTuples(store, tuples)).toBe(3);
    expect(await canView('user:alice@example.com', doc.id)).toBe(true);
    expect(await canView('user:carol@example.com', doc.id)).toBe(true);
    expect(await canView('user:dev|no-mail', noMail.id)).toBe(true);
    expect(await restoreDocumentTuples(store, tuples)).toBe(0);

    // FGA down at start-up: reported, not thrown (the documents still list; searches say what is wrong).
    const problem = await restoreDocumentTuples(store, unreachable, (line) => logged.push(line));
    expect(problem).toMatchObject({ code: 'fga-unreachable' });
  }, 30_000);
});
