// Small HTTP probes used while starting things.

/** True when `url` answers with a 2xx within `timeoutMs`. Never throws. */
export async function answersOk(url: string, timeoutMs = 1_000): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

/** Polls `url` until it answers at all (any status), or throws after `timeoutMs`. */
export async function waitForHttp(
  url: string,
  {
    timeoutMs = 60_000,
    intervalMs = 100,
    isAlive,
  }: { timeoutMs?: number; intervalMs?: number; isAlive?: () => boolean } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isAlive && !isAlive()) throw new Error(`The server exited before ${url} answered.`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
      await res.body?.cancel();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s.`);
}
