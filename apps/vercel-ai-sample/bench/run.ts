// `pnpm bench`: what the app's chat route costs on top of the model. Side by side in one run, against the
// emulator (its own process) with the demo's human-like pacing: time to first token and total stream time
// through POST /api/chat (built app, `next start`, real session cookies) vs the same streamText call made
// directly to the emulator, at 1 and 50 concurrent signed-in users (closed loop: each user asks again when
// the answer is done). Prints the ratios; targets: TTFT p50 <= 1.10x, throughput >= 0.9x, no failed stream.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSessionCookie } from '@auth0/nextjs-auth0/testing';
import { bedrockProvider } from '@repo/auth/ai-sdk';
import { fgaConnection } from '@repo/auth/fga';
import { CHAT_LIMITS } from '@repo/chat';
import { resolveConfig } from '@repo/config';
import { startBenchServices } from '@repo/devtools/bench-services';
import { buildNextApp, startNextApp } from '@repo/devtools/next-app';
import { stepCountIs, streamText } from 'ai';
import { SYSTEM_PROMPT } from '../src/lib/chat/system-prompt.ts';
import { UNUSED_AGENT_AUTH } from '../src/lib/testing/unused-agent-auth.ts';
import { createTools } from '../src/lib/tools/index.ts';

/** The questions ask for no document search: the search tool is bound, never run. */
const NO_DOCUMENTS = {
  user: { userId: 'bench|user' },
  documents: () => Promise.reject(new Error('the bench asks for no document search')),
  fga: fgaConnection({}),
};

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const QUESTION = 'Please tell me about Mount Fuji in a few sentences.';
const LEVELS = [
  { users: 1, rounds: 12 },
  { users: 50, rounds: 6 },
];

interface Sample {
  ok: boolean;
  ttftMs: number;
  totalMs: number;
}

async function viaRoute(appUrl: string, cookie: string): Promise<Sample> {
  const start = performance.now();
  let ttft = Number.NaN;
  try {
    const res = await fetch(`${appUrl}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        id: crypto.randomUUID(),
        trigger: 'submit-message',
        messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: QUESTION }] }],
        timeZone: 'Asia/Tokyo',
        lang: 'en',
      }),
    });
    if (!res.ok || !res.body) return { ok: false, ttftMs: Number.NaN, totalMs: performance.now() - start };
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of res.body) {
      text += decoder.decode(chunk, { stream: true });
      if (Number.isNaN(ttft) && text.includes('"type":"text-delta"')) ttft = performance.now() - start;
    }
    const ok = text.includes('"type":"finish"') && !text.includes('"type":"error"');
    return { ok, ttftMs: ttft, totalMs: performance.now() - start };
  } catch {
    return { ok: false, ttftMs: ttft, totalMs: performance.now() - start };
  }
}

async function direct(model: Parameters<typeof streamText>[0]['model']): Promise<Sample> {
  const start = performance.now();
  let ttft = Number.NaN;
  let ok = true;
  const tools = createTools({
    timeZone: 'Asia/Tokyo',
    lang: 'en',
    issuerBaseUrl: 'http://localhost:1',
    getAccessToken: async () => '',
    ...NO_DOCUMENTS,
    ...UNUSED_AGENT_AUTH,
    getRefreshToken: async () => undefined,
  });
  const result = streamText({
    model,
    system: SYSTEM_PROMPT,
    messages: [{ role: 'user', content: QUESTION }],
    tools,
    stopWhen: stepCountIs(CHAT_LIMITS.maxSteps),
    onError: () => {
      ok = false;
    },
  });
  for await (const part of result.fullStream) {
    if (part.type === 'text-delta' && Number.isNaN(ttft)) ttft = performance.now() - start;
    if (part.type === 'error') ok = false;
  }
  return { ok, ttftMs: ttft, totalMs: performance.now() - start };
}

function percentile(values: number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface LevelResult {
  samples: Sample[];
  /** Sum of the phases' wall times (the other path's phases excluded). */
  wallMs: number;
}

type Path = 'direct' | 'route';

/** Deterministic start offsets, so both paths get the same arrival pattern. */
function offsets(users: number, spreadMs: number): number[] {
  return Array.from({ length: users }, (_, user) =>
    users === 1 ? 0 : Math.round(((user * 7919) % users) * (spreadMs / users)),
  );
}

/**
 * `users` concurrent signed-in users, each sending `rounds` requests one after the other (a closed loop, as
 * people wait for an answer before asking again), starting spread over one answer's length. The paths run
 * in ABBA order (direct, route, route, direct) so both see the same machine load.
 */
async function runLevel(users: number, rounds: number, paths: Record<Path, (user: number) => Promise<Sample>>) {
  const results: Record<Path, LevelResult> = {
    direct: { samples: [], wallMs: 0 },
    route: { samples: [], wallMs: 0 },
  };
  const starts = offsets(users, 1_500);
  const half = Math.max(1, Math.floor(rounds / 2));
  for (const name of ['direct', 'route', 'route', 'direct'] as const) {
    const start = performance.now();
    await Promise.all(
      starts.map(async (offset, user) => {
        await new Promise((resolve) => setTimeout(resolve, offset));
        for (let round = 0; round < half; round++) results[name].samples.push(await paths[name](user));
      }),
    );
    results[name].wallMs += performance.now() - start;
  }
  return results;
}

const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(3)}x`;

async function main() {
  const services = await startBenchServices({ appDir, pacing: 'human', region: 'us-east-1' });
  const { env } = services;
  console.log('Building the app (next build) ...');
  await buildNextApp({ dir: appDir, env });
  const app = await startNextApp({ dir: appDir, env });
  try {
    const { config } = resolveConfig(env);
    if (!config) throw new Error('bench config did not resolve');
    const model = bedrockProvider(config)(config.bedrock.chatModelId);
    const now = Math.floor(Date.now() / 1000);
    const cookies = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const session = {
          user: { sub: `bench|user-${i}`, name: `Bench User ${i}` },
          tokenSet: { accessToken: 'bench-access-token', expiresAt: now + 3600 },
          internal: { sid: `bench-${i}`, createdAt: now },
        };
        return `__session=${await generateSessionCookie(session, { secret: env.AUTH0_SECRET as string })}`;
      }),
    );
    // Warm both paths (route compilation, connection pools), then measure.
    await viaRoute(app.url.replace(/\/$/, ''), cookies[59] as string);
    await direct(model);

    console.log(`\nEmulator pacing: human (first token ~450 ms, 45 tokens/s). Question: "${QUESTION}"\n`);
    console.log('users  path     streams  failed  TTFT p50   TTFT p95   total p50  total p95  streams/s');
    const verdicts: string[] = [];
    for (const { users, rounds } of LEVELS) {
      const appUrl = app.url.replace(/\/$/, '');
      const { direct: d, route: r } = await runLevel(users, rounds, {
        direct: () => direct(model),
        route: (user) => viaRoute(appUrl, cookies[user] as string),
      });
      const row = (name: string, res: LevelResult) => {
        const ttft = res.samples.map((s) => s.ttftMs);
        const total = res.samples.map((s) => s.totalMs);
        const failed = res.samples.filter((s) => !s.ok).length;
        const rate = (res.samples.length - failed) / (res.wallMs / 1000);
        console.log(
          `${String(users).padStart(5)}  ${name.padEnd(7)}  ${String(res.samples.length).padStart(7)}  ${String(failed).padStart(6)}  ${fmt(percentile(ttft, 50))}  ${fmt(percentile(ttft, 95))}  ${fmt(percentile(total, 50))}  ${fmt(percentile(total, 95))}  ${rate.toFixed(2).padStart(9)}`,
        );
        return { ttft50: percentile(ttft, 50), total50: percentile(total, 50), failed, rate };
      };
      const dr = row('direct', d);
      const rr = row('route', r);
      verdicts.push(
        `${String(users).padStart(2)} user(s): TTFT p50 route/direct ${ratio(rr.ttft50, dr.ttft50)} (target <= 1.10x), ` +
          `total p50 ${ratio(rr.total50, dr.total50)}, throughput route/direct ${ratio(rr.rate, dr.rate)} (target >= 0.90x), ` +
          `failed streams ${rr.failed} (target 0)`,
      );
    }
    console.log(`\n${verdicts.join('\n')}`);
  } finally {
    await app.stop();
    await services.stop();
  }
}

await main();
