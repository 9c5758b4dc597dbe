// A per-user sliding-window rate limit, in memory. One process serves a sample; behind several
// instances, put the counters in a shared store (Redis, the platform's limiter) instead.

export interface RateLimitDecision {
  ok: boolean;
  /** Whole seconds until the oldest request in the window expires (when not ok). */
  retryAfterSeconds: number;
  remaining: number;
}

export interface RateLimiterOptions {
  /** Requests allowed per window per key. */
  limit: number;
  windowMs: number;
  /** Clock, injectable for tests. */
  now?: () => number;
}

export interface RateLimiter {
  check(key: string): RateLimitDecision;
}

export function createRateLimiter({ limit, windowMs, now = Date.now }: RateLimiterOptions): RateLimiter {
  const hits = new Map<string, number[]>();
  let lastSweep = now();

  function sweep(t: number) {
    if (t - lastSweep < windowMs) return;
    lastSweep = t;
    for (const [key, times] of hits) if ((times.at(-1) ?? 0) <= t - windowMs) hits.delete(key);
  }

  return {
    check(key) {
      const t = now();
      sweep(t);
      const recent = (hits.get(key) ?? []).filter((time) => time > t - windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        const oldest = recent[0] ?? t;
        return { ok: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - t) / 1000)) };
      }
      recent.push(t);
      hits.set(key, recent);
      return { ok: true, remaining: limit - recent.length, retryAfterSeconds: 0 };
    },
  };
}
