import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  it('allows the limit per window per key, then says how long to wait', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    expect([1, 2, 3].map(() => limiter.check('alice').ok)).toEqual([true, true, true]);
    const denied = limiter.check('alice');
    expect(denied).toEqual({ ok: false, remaining: 0, retryAfterSeconds: 60 });
    expect(limiter.check('bob').ok).toBe(true);
    now += 20_500;
    expect(limiter.check('alice').retryAfterSeconds).toBe(40);
  });

  it('frees a slot when the oldest request leaves the window', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 1_000, now: () => now });
    limiter.check('u');
    now = 500;
    limiter.check('u');
    expect(limiter.check('u').ok).toBe(false);
    now = 1_001;
    expect(limiter.check('u')).toMatchObject({ ok: true, remaining: 0 });
  });
});
