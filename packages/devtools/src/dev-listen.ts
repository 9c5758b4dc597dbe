// `next dev` listens on every network interface unless told otherwise: anyone on the same network (a café's
// Wi-Fi) could use the sample with its dev sign-in and the developer's Bedrock key. The dev server gets its
// port and loopback only; an explicit --hostname the developer passes is kept.

/** The dev command's arguments with `--port` and, unless one is given, `--hostname localhost`. */
export function devServerArgs(args: readonly string[], port: number): string[] {
  const hasHostname = args.some((arg) => arg === '--hostname' || arg === '-H' || arg.startsWith('--hostname='));
  return [...args, '--port', String(port), ...(hasHostname ? [] : ['--hostname', 'localhost'])];
}
