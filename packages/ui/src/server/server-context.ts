// The two pieces of a sample's server context that do not depend on its AI framework: the port it serves on
// and building the context once per process.

/** The port this server listens on: `next dev/start --port` and the dev runner set PORT. */
export function appPort(defaultPort: number, env: Record<string, string | undefined> = process.env): number {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port > 0 ? port : defaultPort;
}

/**
 * `create` run once and shared by every caller. A failure is not kept: the next call tries again (a .env
 * fixed while the server runs, a database that came up).
 */
export function oncePerProcess<T>(create: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= create().catch((error: unknown) => {
      value = undefined;
      throw error;
    });
    return value;
  };
}
