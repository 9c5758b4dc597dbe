import { expect } from 'vitest';
import type { DocumentStore, DocumentUser } from '../store.ts';

export const alice: DocumentUser = { userId: 'dev|alice', email: 'alice@example.com' };
export const bob: DocumentUser = { userId: 'dev|bob', email: 'Bob@Example.com' };
export const mallory: DocumentUser = { userId: 'dev|mallory', email: 'mallory@example.com' };

export const ALICE_NOTES = [
  'Project Kestrel launches in Fukuoka on March 3.',
  'The Kestrel budget is 4.2 million yen, approved by the finance team.',
  'プロジェクト・ケストレルの責任者は佐藤さんです。',
].join('\n\n');

/**
 * The access rules, checked against whatever backend `store` runs on: the owner finds their passages,
 * a stranger finds none, a share opens them to exactly that e-mail, unsharing and deleting close them.
 */
export async function checkAccessRules(store: DocumentStore): Promise<void> {
  const doc = await store.addText(alice, { title: 'kestrel.md', text: ALICE_NOTES, kind: 'md' });
  await store.addText(mallory, { title: 'mallory.txt', text: 'Mallory keeps a note about lunch in Kyoto.' });

  const ownerHits = await store.search(alice, 'Kestrel budget', 5);
  expect(ownerHits.length).toBeGreaterThan(0);
  expect(ownerHits.every((hit) => hit.documentId === doc.id && hit.access === 'owner')).toBe(true);

  // Strangers: no rows at all, whatever they ask, and the document is not listed.
  expect(await store.search(bob, 'Kestrel budget', 20)).toEqual([]);
  expect(await store.listDocuments(bob)).toEqual([]);
  expect((await store.search(mallory, 'Kestrel budget', 20)).every((hit) => hit.title === 'mallory.txt')).toBe(true);

  // Only the owner can share; the e-mail match ignores case.
  await expect(store.shareDocument(mallory, doc.id, 'mallory@example.com')).rejects.toMatchObject({
    code: 'document-not-found',
  });
  await store.shareDocument(alice, doc.id, 'BOB@example.com');
  const shared = await store.search(bob, 'Kestrel budget', 5);
  expect(shared.length).toBeGreaterThan(0);
  expect(shared.every((hit) => hit.documentId === doc.id && hit.access === 'shared')).toBe(true);
  const [bobView] = await store.listDocuments(bob);
  expect(bobView).toMatchObject({ id: doc.id, access: 'shared', ownerEmail: 'alice@example.com', sharedWith: [] });
  const [aliceView] = await store.listDocuments(alice);
  expect(aliceView).toMatchObject({ access: 'owner', sharedWith: ['bob@example.com'] });

  // A user without an e-mail claim matches no share.
  expect(await store.search({ userId: 'dev|bob' }, 'Kestrel budget', 5)).toEqual([]);

  // The recipient cannot delete or re-share it.
  await expect(store.deleteDocument(bob, doc.id)).rejects.toMatchObject({ code: 'document-not-found' });
  await expect(store.shareDocument(bob, doc.id, 'mallory@example.com')).rejects.toMatchObject({
    code: 'document-not-found',
  });

  await store.unshareDocument(alice, doc.id, 'bob@example.com');
  expect(await store.search(bob, 'Kestrel budget', 5)).toEqual([]);

  await store.shareDocument(alice, doc.id, 'bob@example.com');
  await store.deleteDocument(alice, doc.id);
  expect(await store.search(alice, 'Kestrel budget', 5)).toEqual([]);
  expect(await store.search(bob, 'Kestrel budget', 5)).toEqual([]);
  expect(await store.listDocuments(alice)).toEqual([]);
}
