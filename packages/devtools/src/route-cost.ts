// `pnpm bench` (route cost): what a sample's chat route adds on top of the framework's own call. The app is
// built and served with `next start`; the Bedrock emulator runs in its own process at instant pacing, so the
// model costs almost nothing and what remains is the route (session, limits, body check, streaming) plus
// HTTP. Measured side by side in one run: the same question through POST /api/chat with a real session
// cookie, and the framework's call made directly in this process.
import { type Config, resolveConfig } from '@repo/config';
import { startBenchServices } from './bench-services.ts';
import { buildNextApp, startNextApp } from './next-app.ts';

export interface RouteCostOptions {
  /** The sample's folder. */
  appDir: string;
  /** The body the sample's chat page posts for one question. */
  body: (question: string) => unknown;
  /** Whether a streamed response body ended as a complete answer (no error event). */
  completed: (streamText: string) => boolean;
  /** The framework's own call for the same question, made directly; resolves true when it completed. */
  direct: (config: Config) => (question: string) => Promise<boolean>;
  /** Sequential rounds per path (default BENCH_ROUNDS, else 40). */
  rounds?: number;
  /** Concurrent streams for the throughput phase (default 8). */
  concurrency?: number;
  /** `generateSessionCookie` of @auth0/nextjs-auth0/testing, from the app (whose SDK version it must be). */
  sessionCookie: (session: BenchSession, options: { secret: string }) => Promise<string>;
  /** Run `next build` first (default true); false when the same bench run has just built the app. */
  build?: boolean;
}

// A type alias, not an interface: the SDK's SessionData has an index signature an interface would not meet.
export type BenchSession = {
  user: { sub: string; name: string; email: string };
  tokenSet: { accessToken: string; expiresAt: number };
  internal: { sid: string; createdAt: number };
};

const QUESTION = 'Please tell me about Mount Fuji in a few sentences.';

function percentile(values: number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function timed(call: () => Promise<boolean>): Promise<{ ok: boolean; ms: number }> {
  const start = performance.now();
  const ok = await call().catch(() => false);
  return { ok, ms: performance.now() - start };
}

/** `concurrency` closed loops sharing `total` calls; streams completed per second of wall time. */
async function throughput(call: () => Promise<boolean>, total: number, concurrency: number) {
  let left = total;
  let ok = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) if (await call().catch(() => false)) ok++;
    }),
  );
  return { ok, perSecond: ok / ((performance.now() - start) / 1000) };
}

export async function benchRouteCost(name: string, options: RouteCostOptions): Promise<void> {
  const rounds = options.rounds ?? Number(process.env.BENCH_ROUNDS ?? 40);
  const concurrency = options.concurrency ?? 8;
  const services = await startBenchServices({ appDir: options.appDir, pacing: 'instant' });
  const { env } = services;
  try {
    if (options.build ?? true) {
      console.log(`${name}: building the app (next build) ...`);
      await buildNextApp({ dir: options.appDir, env });
    }
    const app = await startNextApp({ dir: options.appDir, env });
    try {
      const { config } = resolveConfig(env);
      if (!config) throw new Error('bench config did not resolve');
      const now = Math.floor(Date.now() / 1000);
      // One user per concurrent loop, so the per-user rate limit never answers instead of the route.
      const cookies = await Promise.all(
        Array.from({ length: rounds * 2 + concurrency * 4 }, async (_, i) => {
          const session: BenchSession = {
            user: { sub: `bench|user-${i}`, name: `Bench User ${i}`, email: `bench${i}@example.com` },
            tokenSet: { accessToken: 'bench-access-token', expiresAt: now + 3600 },
            internal: { sid: `bench-${i}`, createdAt: now },
          };
          return `__session=${await options.sessionCookie(session, { secret: env.AUTH0_SECRET as string })}`;
        }),
      );
      let nextCookie = 0;
      const appUrl = app.url.replace(/\/$/, '');
      const route = async () => {
        const res = await fetch(`${appUrl}/api/chat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: cookies[nextCookie++ % cookies.length] as string },
          body: JSON.stringify(options.body(QUESTION)),
        });
        return res.ok && options.completed(await res.text());
      };
      const directCall = options.direct(config);
      const direct = () => directCall(QUESTION);

      // Warm both paths (route compilation, connection pools), then alternate so both see the same load.
      for (let i = 0; i < 3; i++) await Promise.all([route(), direct()]);
      const times = { direct: [] as number[], route: [] as number[] };
      let failed = 0;
      for (let i = 0; i < rounds; i++) {
        for (const [path, call] of [
          ['direct', direct],
          ['route', route],
        ] as const) {
          const sample = await timed(call);
          if (sample.ok) times[path].push(sample.ms);
          else failed++;
        }
      }
      const directRate = await throughput(direct, rounds, concurrency);
      const routeRate = await throughput(route, rounds, concurrency);
      const added = (p: number) => percentile(times.route, p) - percentile(times.direct, p);
      console.log(`\n${name}: chat route cost, emulator pacing instant, ${rounds} rounds per path`);
      console.log(
        `  direct   p50 ${percentile(times.direct, 50).toFixed(1)} ms  p95 ${percentile(times.direct, 95).toFixed(1)} ms`,
      );
      console.log(
        `  route    p50 ${percentile(times.route, 50).toFixed(1)} ms  p95 ${percentile(times.route, 95).toFixed(1)} ms`,
      );
      console.log(`  added by the route: p50 ${added(50).toFixed(1)} ms, p95 ${added(95).toFixed(1)} ms`);
      console.log(
        `  streams/s at ${concurrency} concurrent: route ${routeRate.perSecond.toFixed(1)}, direct ${directRate.perSecond.toFixed(1)}, route/direct ${(routeRate.perSecond / directRate.perSecond).toFixed(3)}x`,
      );
      console.log(`  failed streams: ${failed + (rounds - routeRate.ok) + (rounds - directRate.ok)}`);
    } finally {
      await app.stop();
    }
  } finally {
    await services.stop();
  }
}
