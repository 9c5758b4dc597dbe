// Which port a sample serves on, as a Next.js user expects: `--port N` (or `-p N`) given on the command line
// first, then the PORT environment variable, then the sample's default.

/** The value of the last `--port`/`-p` in `args` (`--port 3005`, `--port=3005`, `-p 3005`), if any. */
export function portArgument(args: readonly string[]): string | undefined {
  let port: string | undefined;
  args.forEach((arg, i) => {
    if (arg === '--port' || arg === '-p') port = args[i + 1];
    else if (arg.startsWith('--port=')) port = arg.slice('--port='.length);
  });
  return port;
}

/** `args` without any `--port`/`-p` and its value. */
export function withoutPort(args: readonly string[]): string[] {
  return args.filter(
    (arg, i) =>
      !(arg === '--port' || arg === '-p' || arg.startsWith('--port=')) && !['--port', '-p'].includes(args[i - 1] ?? ''),
  );
}

/** The port to serve on, or a message naming what was wrong. */
export function choosePort(
  explicit: string | undefined,
  env: Record<string, string | undefined>,
  defaultPort: number,
): { port: number } | { error: string } {
  const [value, source] =
    explicit !== undefined ? [explicit, '--port'] : env.PORT ? [env.PORT, 'PORT'] : [String(defaultPort), 'default'];
  const port = Number(value);
  if (!/^\d+$/.test(value) || port <= 0 || port > 65535)
    return { error: `${source} must be a port number from 1 to 65535, not "${value}".` };
  return { port };
}
