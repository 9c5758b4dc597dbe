import { inspectApiKey } from '@repo/config';
import { describe, expect, it } from 'vitest';
import { BedrockCredentialError } from './errors.ts';
import { type AwsCredentialIdentity, createKeyRefresher } from './key-refresher.ts';

const FAKE: AwsCredentialIdentity = {
  accessKeyId: 'AKIAFAKEFAKEFAKE0009',
  secretAccessKey: 'fake/secret/for/tests/only/0000000000009',
};

/** A clock the test moves by hand. */
function clock(start = new Date('2026-11-24T12:00:00Z')) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (seconds: number) => (t += seconds * 1000) };
}

describe('createKeyRefresher', () => {
  it('generates a real short-term key for the region with @aws/bedrock-token-generator and caches it', async () => {
    const c = clock();
    const refresher = createKeyRefresher({ region: 'ap-northeast-1', credentials: async () => FAKE, now: c.now });
    const first = await refresher.getKey();
    const inspected = inspectApiKey(first.token, { region: 'ap-northeast-1' });
    expect(inspected.kind).toBe('short-term');
    expect(inspected.kind === 'short-term' && inspected.shortTerm.lifetimeSeconds).toBe(3600);
    c.advance(60);
    expect((await refresher.getKey()).token).toBe(first.token);
    expect(refresher.generations).toBe(1);
  });

  it('refreshes ahead of expiry (inside the margin), not after', async () => {
    const c = clock();
    let n = 0;
    const refresher = createKeyRefresher({
      region: 'us-east-1',
      credentials: async () => FAKE,
      now: c.now,
      lifetimeSeconds: 3600,
      refreshMarginSeconds: 600,
      generate: async () => `key-${++n}`,
    });
    expect((await refresher.getKey()).token).toBe('key-1');
    c.advance(2990); // 610 s left: still outside the margin
    expect((await refresher.getKey()).token).toBe('key-1');
    c.advance(20); // 590 s left: refresh now, before it expires
    expect((await refresher.getKey()).token).toBe('key-2');
    expect(refresher.generations).toBe(2);
  });

  it('concurrent callers share one refresh', async () => {
    const c = clock();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    const refresher = createKeyRefresher({
      region: 'us-east-1',
      credentials: async () => {
        calls++;
        await gate;
        return FAKE;
      },
      now: c.now,
      generate: async () => 'shared-key',
    });
    const pending = Array.from({ length: 20 }, () => refresher.getKey());
    release();
    const keys = await Promise.all(pending);
    expect(new Set(keys.map((k) => k.token))).toEqual(new Set(['shared-key']));
    expect(calls).toBe(1);
    expect(refresher.generations).toBe(1);
  });

  it('never outlives the credentials that signed it', async () => {
    const c = clock();
    const expiration = new Date(c.now().getTime() + 120_000);
    const refresher = createKeyRefresher({
      region: 'us-east-1',
      credentials: async () => ({
        ...FAKE,
        accessKeyId: 'ASIAFAKEFAKEFAKE0009',
        sessionToken: 'fake-session',
        expiration,
      }),
      now: c.now,
    });
    expect((await refresher.getKey()).expiresAt).toEqual(expiration);
  });

  it('a failing refresh is a clear, bilingual error without the secret', async () => {
    const refresher = createKeyRefresher({
      region: 'us-east-1',
      credentials: async () => {
        throw new Error(`profile "ci" not found; secret was ${FAKE.secretAccessKey}`);
      },
    });
    const error = await refresher.getKey().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BedrockCredentialError);
    const e = error as BedrockCredentialError;
    expect(e.code).toBe('generated-key-failed');
    expect(e.localized.ja).toContain('短期 API キー');
    expect(e.message).toContain('profile "ci" not found');
    expect(e.message).not.toContain(FAKE.secretAccessKey);
  });

  it('a hanging credential provider fails with a timeout error instead of hanging', async () => {
    const refresher = createKeyRefresher({
      region: 'us-east-1',
      credentials: () => new Promise(() => {}),
      timeoutMs: 50,
    });
    const error = (await refresher.getKey().catch((e: unknown) => e)) as BedrockCredentialError;
    expect(error.code).toBe('iam-credentials-timeout');
    expect(error.localized.en).toContain('did not finish');
  });

  it('keeps the still-valid key when refreshing ahead fails, and reports once it has expired', async () => {
    const c = clock();
    let fail = false;
    const refresher = createKeyRefresher({
      region: 'us-east-1',
      credentials: async () => {
        if (fail) throw new Error('session ended');
        return FAKE;
      },
      now: c.now,
      generate: async () => 'only-key',
    });
    await refresher.getKey();
    fail = true;
    c.advance(3300); // inside the margin, still valid
    expect((await refresher.getKey()).token).toBe('only-key');
    c.advance(400); // expired
    await expect(refresher.getKey()).rejects.toMatchObject({ code: 'generated-key-failed' });
  });

  it('rejects an impossible lifetime', () => {
    expect(() =>
      createKeyRefresher({ region: 'us-east-1', credentials: async () => FAKE, lifetimeSeconds: 50000 }),
    ).toThrow(RangeError);
  });
});
