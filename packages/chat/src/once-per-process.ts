// The two pieces of a sample's server context that do not depend on its AI framework: the port it serves on
// and building the context once per process.

/** The port this server listens on: `next dev/start --port` and the dev runner set PORT. */
export function appPort(defaultPort: number, env: Record<string, string | undefined> = process.env): number {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port > 0 ? port : defaultPort;
}

export interface OnceOptions {
  /**
   * Keep the value on globalThis under this name, so it outlives Next.js dev reloads of the module (for
   * what must not be opened twice, like an embedded database).
   */
  globalKey?: string;
}

/**
 * `create` run once and shared by every caller: the one memoisation helper of the samples. A failure is not
 * kept: the next call tries again (a .env fixed while the server runs, a database that came up).
 */
export function oncePerProcess<T>(create: () => Promise<T>, options: OnceOptions = {}): () => Promise<T> {
  const slots = globalThis as unknown as Record<symbol, { value?: Promise<T> } | undefined>;
  const key = options.globalKey === undefined ? undefined : Symbol.for(options.globalKey);
  const holder: { value?: Promise<T> } = (key && slots[key]) || {};
  if (key) slots[key] = holder;
  return () => {
    holder.value ??= create().catch((error: unknown) => {
      holder.value = undefined;
      throw error;
    });
    return holder.value;
  };
}
