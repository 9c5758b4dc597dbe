// @openfga/sdk against dev-fga over real sockets: stores, models, writes and reads with pages, check with
// contextual tuples, batch-check, list-objects, list-users, OpenFGA's error answers, persistence, and tokens.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ClientWriteRequestOnDuplicateWrites,
  ClientWriteRequestOnMissingDeletes,
  CredentialsMethod,
  FgaApiAuthenticationError,
  FgaApiValidationError,
  OpenFgaClient,
} from '@openfga/sdk';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelFromDsl } from './dsl.ts';
import { DevFgaError } from './guard.ts';
import { type DevFga, startDevFga } from './server.ts';

// The model of Auth0's authorization-for-RAG samples.
const RAG_MODEL = modelFromDsl(`model
  schema 1.1
type user
type doc
  relations
    define owner: [user]
    define viewer: [user, user:*]
    define can_view: owner or viewer
`) as Parameters<OpenFgaClient['writeAuthorizationModel']>[0];

const noRetry = { retryParams: { maxRetry: 0 } };

async function newStore(fga: DevFga, name = 'sdk-test') {
  const admin = new OpenFgaClient({ apiUrl: fga.url, ...noRetry });
  const { id } = await admin.createStore({ name });
  const client = new OpenFgaClient({ apiUrl: fga.url, storeId: id, ...noRetry });
  const { authorization_model_id } = await client.writeAuthorizationModel(RAG_MODEL);
  return { id, client, modelId: authorization_model_id };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('dev-fga through @openfga/sdk', () => {
  let fga: DevFga;
  beforeAll(async () => {
    fga = await startDevFga({ port: 0 });
  });
  afterAll(() => fga.close());

  it('creates, gets, lists in pages and deletes stores; a deleted store is store_id_not_found (404)', async () => {
    const client = new OpenFgaClient({ apiUrl: fga.url, ...noRetry });
    const created = await Promise.all(['a-store', 'b-store', 'c-store'].map((name) => client.createStore({ name })));
    const first = await client.listStores({ pageSize: 2 });
    expect(first.stores).toHaveLength(2);
    expect(first.continuation_token).not.toBe('');
    const rest = await client.listStores({ pageSize: 2, continuationToken: first.continuation_token });
    const ids = [...first.stores, ...rest.stores].map((s) => s.id);
    for (const store of created) expect(ids).toContain(store.id);
    const byName = await client.listStores({ name: 'b-store' });
    expect(byName.stores.map((s) => s.name)).toEqual(['b-store']);

    const target = created[0]?.id as string;
    expect((await client.getStore({ storeId: target })).name).toBe('a-store');
    await client.deleteStore({ storeId: target });
    const response = await fetch(`${fga.url}/stores/${target}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'store_id_not_found', message: 'Store ID not found' });
  });

  it('writes, reads and lists authorization models, newest first', async () => {
    const { client, modelId } = await newStore(fga);
    const { authorization_model_id: second } = await client.writeAuthorizationModel(RAG_MODEL);
    const { authorization_model } = await client.readAuthorizationModel({ authorizationModelId: modelId });
    expect(authorization_model?.type_definitions.map((t) => t.type)).toEqual(['user', 'doc']);
    const listed = await client.readAuthorizationModels();
    expect(listed.authorization_models.map((m) => m.id)).toEqual([second, modelId]);
    expect((await client.readLatestAuthorizationModel()).authorization_model?.id).toBe(second);
    const bad = await rejection(
      client.writeAuthorizationModel({
        schema_version: '1.1',
        type_definitions: [
          {
            type: 'doc',
            relations: { viewer: { this: {} } },
            metadata: { relations: { viewer: { directly_related_user_types: [{ type: 'nobody' }] } } },
          },
        ],
      }),
    );
    expect(bad).toBeInstanceOf(FgaApiValidationError);
    expect((bad as FgaApiValidationError).apiErrorCode).toBe('invalid_authorization_model');
  });

  it('writes and deletes in one transaction with OpenFGA duplicate / missing errors and on_duplicate / on_missing', async () => {
    const { client } = await newStore(fga);
    const anne = { user: 'user:anne', relation: 'owner', object: 'doc:1' };
    const bob = { user: 'user:bob', relation: 'viewer', object: 'doc:1' };
    await client.write({ writes: [anne] });

    const duplicate = await rejection(client.write({ writes: [anne, bob] }));
    expect((duplicate as FgaApiValidationError).apiErrorCode).toBe('write_failed_due_to_invalid_input');
    expect((duplicate as FgaApiValidationError).apiErrorMessage).toContain('cannot write a tuple which already exists');
    // Nothing of the failed transaction was written.
    expect((await client.read({ object: 'doc:1', relation: 'viewer', user: 'user:bob' })).tuples).toEqual([]);

    await client.write(
      { writes: [anne, bob] },
      { conflict: { onDuplicateWrites: ClientWriteRequestOnDuplicateWrites.Ignore } },
    );
    expect((await client.read({ object: 'doc:1' })).tuples).toHaveLength(2);

    const missing = await rejection(client.write({ deletes: [{ ...bob, user: 'user:carl' }] }));
    expect((missing as FgaApiValidationError).apiErrorMessage).toContain('cannot delete a tuple which does not exist');
    await client.write(
      { deletes: [bob, { ...bob, user: 'user:carl' }] },
      { conflict: { onMissingDeletes: ClientWriteRequestOnMissingDeletes.Ignore } },
    );
    expect((await client.read({ object: 'doc:1' })).tuples.map((t) => t.key.user)).toEqual(['user:anne']);

    const invalid = await rejection(
      client.write({ writes: [{ user: 'group:x#member', relation: 'viewer', object: 'doc:1' }] }),
    );
    expect((invalid as FgaApiValidationError).apiErrorCode).toBe('invalid_tuple');
    const raw = await fetch(`${fga.url}/stores/${client.storeId}/write`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ writes: { tuple_keys: [{ user: 'user:anne', relation: 'editor', object: 'doc:1' }] } }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual({
      code: 'invalid_tuple',
      message: "Invalid tuple 'doc:1#editor@user:anne'. Reason: relation 'doc#editor' not found",
    });
  });

  it('reads with filters in pages through continuation tokens', async () => {
    const { client } = await newStore(fga);
    const writes = Array.from({ length: 25 }, (_, i) => ({
      user: `user:u${i}`,
      relation: 'viewer',
      object: `doc:${i % 5}`,
    }));
    await client.write({ writes });
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.read(
        { object: 'doc:', user: 'user:u3', relation: 'viewer' },
        { pageSize: 1, continuationToken: token },
      );
      seen.push(...page.tuples.map((t) => t.key.object));
      token = page.continuation_token || undefined;
    } while (token);
    expect(seen).toEqual(['doc:3']);
    const all: string[] = [];
    token = undefined;
    do {
      const page = await client.read({}, { pageSize: 10, continuationToken: token });
      expect(page.tuples.length).toBeLessThanOrEqual(10);
      all.push(...page.tuples.map((t) => t.key.user));
      token = page.continuation_token || undefined;
    } while (token);
    expect(all.sort()).toEqual(writes.map((w) => w.user).sort());
    const badToken = await rejection(client.read({}, { continuationToken: 'not-a-token' }));
    expect((badToken as FgaApiValidationError).apiErrorCode).toBe('invalid_continuation_token');
  });

  it('checks with contextual tuples, batch-checks by correlation id, lists objects and users', async () => {
    const { client } = await newStore(fga);
    await client.write({
      writes: [
        { user: 'user:anne', relation: 'owner', object: 'doc:a' },
        { user: 'user:*', relation: 'viewer', object: 'doc:public' },
        { user: 'user:bob', relation: 'viewer', object: 'doc:b' },
      ],
    });
    expect((await client.check({ user: 'user:anne', relation: 'can_view', object: 'doc:a' })).allowed).toBe(true);
    expect((await client.check({ user: 'user:bob', relation: 'can_view', object: 'doc:a' })).allowed).toBe(false);
    const withContext = await client.check({
      user: 'user:bob',
      relation: 'can_view',
      object: 'doc:a',
      contextualTuples: [{ user: 'user:bob', relation: 'viewer', object: 'doc:a' }],
    });
    expect(withContext.allowed).toBe(true);

    const objects = ['doc:a', 'doc:b', 'doc:public', 'doc:none'];
    const batch = await client.batchCheck({
      checks: objects.map((object, i) => ({ user: 'user:bob', relation: 'can_view', object, correlationId: `c-${i}` })),
    });
    const byId = Object.fromEntries(batch.result.map((r) => [r.correlationId, r.allowed]));
    expect(byId).toEqual({ 'c-0': false, 'c-1': true, 'c-2': true, 'c-3': false });
    // An invalid item fails alone, with its input error.
    const mixed = await client.batchCheck({
      checks: [
        { user: 'user:bob', relation: 'can_view', object: 'doc:b', correlationId: 'ok' },
        { user: 'user:bob', relation: 'nope', object: 'doc:b', correlationId: 'bad' },
      ],
    });
    const bad = mixed.result.find((r) => r.correlationId === 'bad');
    expect(bad?.error?.input_error).toBe('validation_error');
    expect(mixed.result.find((r) => r.correlationId === 'ok')?.allowed).toBe(true);

    const listed = await client.listObjects({ user: 'user:bob', relation: 'can_view', type: 'doc' });
    expect(listed.objects.sort()).toEqual(['doc:b', 'doc:public']);
    const users = await client.listUsers({
      object: { type: 'doc', id: 'doc:public'.slice(4) },
      relation: 'can_view',
      user_filters: [{ type: 'user' }],
    });
    expect(users.users).toEqual([{ wildcard: { type: 'user' } }]);
  });

  it('answers an unknown store with 404 and an unknown relation with 400 validation_error', async () => {
    const client = new OpenFgaClient({ apiUrl: fga.url, storeId: '01JAAAAAAAAAAAAAAAAAAAAAAA', ...noRetry });
    const missing = await fetch(`${fga.url}/stores/01JAAAAAAAAAAAAAAAAAAAAAAA/check`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(404);
    expect(await rejection(client.check({ user: 'user:a', relation: 'r', object: 'doc:1' }))).toHaveProperty(
      'statusCode',
      404,
    );
    const { client: real } = await newStore(fga);
    const response = await rejection(real.check({ user: 'user:a', relation: 'editor', object: 'doc:1' }));
    expect(response).toBeInstanceOf(FgaApiValidationError);
    expect((response as FgaApiValidationError).apiErrorCode).toBe('validation_error');
  });

  it('refuses requests whose Host is not loopback (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${fga.url}/stores`, { headers: { host: 'attacker.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});

describe('guards', () => {
  it('listens on loopback only and refuses NODE_ENV=production unless allowed', async () => {
    await expect(startDevFga({ port: 0, host: '0.0.0.0' })).rejects.toBeInstanceOf(DevFgaError);
    await expect(startDevFga({ port: 0, nodeEnv: 'production' })).rejects.toMatchObject({ code: 'dev-fga-production' });
    const forced = await startDevFga({ port: 0, nodeEnv: 'production', allowProduction: true });
    await forced.close();
  });
});

describe('persistence', () => {
  it('keeps stores, models and tuples across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dev-fga-'));
    try {
      const first = await startDevFga({ port: 0, dataDir });
      const { id, client, modelId } = await newStore(first, 'kept');
      await client.write({ writes: [{ user: 'user:anne', relation: 'viewer', object: 'doc:shared' }] });
      await first.close();

      const second = await startDevFga({ port: 0, dataDir });
      try {
        const again = new OpenFgaClient({ apiUrl: second.url, storeId: id, ...noRetry });
        expect((await again.getStore()).name).toBe('kept');
        expect((await again.readLatestAuthorizationModel()).authorization_model?.id).toBe(modelId);
        expect((await again.check({ user: 'user:anne', relation: 'can_view', object: 'doc:shared' })).allowed).toBe(
          true,
        );
        // New ids stay ordered after the restart.
        const { authorization_model_id } = await again.writeAuthorizationModel(RAG_MODEL);
        expect(authorization_model_id > modelId).toBe(true);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('client-credentials tokens (FGA_API_TOKEN_ISSUER)', () => {
  // A stand-in issuer for this test: a JWKS and the client-credentials grant the SDK performs.
  let issuer: Server;
  let issuerUrl: string;
  let fga: DevFga;
  let sign: (audience: string) => Promise<string>;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    sign = (audience) =>
      new SignJWT({ gty: 'client-credentials' })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(`${issuerUrl}/`)
        .setAudience(audience)
        .setSubject('fga-client@clients')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
    issuer = createServer((req, res) => {
      if (req.url === '/.well-known/jwks.json') return void res.end(JSON.stringify({ keys: [jwk] }));
      if (req.url === '/oauth/token' && req.method === 'POST') {
        let body = '';
        req.on('data', (c) => {
          body += c;
        });
        req.on('end', async () => {
          const form = new URLSearchParams(body);
          if (form.get('grant_type') !== 'client_credentials' || form.get('client_secret') !== 'fga-secret') {
            res.writeHead(401).end(JSON.stringify({ error: 'access_denied' }));
            return;
          }
          const token = await sign(form.get('audience') ?? '');
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 300 }));
        });
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
    issuerUrl = `http://localhost:${(issuer.address() as AddressInfo).port}`;
    fga = await startDevFga({ port: 0, auth: { method: 'oidc', issuer: issuerUrl, audience: 'https://fga.example/' } });
  });
  afterAll(async () => {
    await fga?.close();
    await new Promise((resolve) => issuer.close(resolve));
  });

  const clientWith = (clientSecret: string) =>
    new OpenFgaClient({
      apiUrl: fga.url,
      ...noRetry,
      credentials: {
        method: CredentialsMethod.ClientCredentials,
        config: {
          apiTokenIssuer: issuerUrl,
          apiAudience: 'https://fga.example/',
          clientId: 'fga-client',
          clientSecret,
        },
      },
    });

  it('accepts the token the SDK obtains with its client credentials', async () => {
    const { id } = await clientWith('fga-secret').createStore({ name: 'with-token' });
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('answers 401 without a token, and for a token meant for another audience', async () => {
    const none = await fetch(`${fga.url}/stores`);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ code: 'bearer_token_missing', message: 'missing bearer token' });
    const other = await fetch(`${fga.url}/stores`, {
      headers: { authorization: `Bearer ${await sign('https://other/')}` },
    });
    expect(other.status).toBe(401);
    expect((await other.json()).code).toBe('auth_failed_invalid_audience');
    const error = await rejection(new OpenFgaClient({ apiUrl: fga.url, ...noRetry }).listStores());
    expect(error).toBeInstanceOf(FgaApiAuthenticationError);
  });
});
