// `pnpm bench`: the emulator's throughput against the floor of this machine, and 500 concurrent streams.
//   1. Converse requests/s over keep-alive HTTP/1.1 and over h2c, against bare Node servers returning a
//      fixed Converse JSON (same protocol), printed as a ratio.
//   2. 500 concurrent ConverseStream calls through the real AWS SDK: errors, time to first event, peak memory.
// Servers run in a child process; this process only generates load.
import { type ChildProcess, fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { connect } from 'node:http2';
import { fileURLToPath } from 'node:url';
import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 1.5);
const ROUNDS = 3;
const CONCURRENCY = 32;
const STREAMS = 500;
const MODEL = 'us.anthropic.claude-sonnet-4-6';
const KEY = `ABSK${Buffer.from('BedrockAPIKey-bench-at-111122223333:YmVuY2gtb25seS1FWEFNUExF').toString('base64')}`;
const PATH = `/model/${encodeURIComponent(MODEL)}/converse`;
const BODY = JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'Hello, how are you today?' }] }] });
const HEADERS = { 'content-type': 'application/json', authorization: `Bearer ${KEY}` };

interface Ready {
  type: 'ready';
  emulator: string;
  bare: string;
  bareH2: string;
}

function ask<T>(child: ChildProcess, message: object, type: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (reply: { type: string }) => {
      if (reply.type !== type) return;
      child.off('message', on);
      resolve(reply as T);
    };
    child.on('message', on);
    child.send(message);
  });
}

async function http1Rate(base: string): Promise<{ rps: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const url = new URL(PATH, base);
  const one = () =>
    new Promise<boolean>((resolve) => {
      const req = request(url, { method: 'POST', agent, headers: HEADERS }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200));
      });
      req.on('error', () => resolve(false));
      req.end(BODY);
    });
  const result = await drive(one);
  agent.destroy();
  return result;
}

async function h2Rate(base: string): Promise<{ rps: number; errors: number }> {
  const session = connect(base);
  const one = () =>
    new Promise<boolean>((resolve) => {
      const stream = session.request({ ':method': 'POST', ':path': PATH, ...HEADERS });
      let status = 0;
      stream.on('response', (headers) => {
        status = Number(headers[':status']);
      });
      stream.resume();
      stream.on('end', () => resolve(status === 200));
      stream.on('error', () => resolve(false));
      stream.end(BODY);
    });
  const result = await drive(one);
  session.close();
  return result;
}

/** Keeps CONCURRENCY requests in flight: a short warm-up, then counts completions for SECONDS. */
async function drive(one: () => Promise<boolean>): Promise<{ rps: number; errors: number }> {
  let counting = false;
  let done = 0;
  let errors = 0;
  let stop = false;
  const worker = async () => {
    while (!stop) {
      const ok = await one();
      if (!counting) continue;
      if (ok) done++;
      else errors++;
    }
  };
  const workers = Array.from({ length: CONCURRENCY }, worker);
  await new Promise((resolve) => setTimeout(resolve, 500));
  counting = true;
  const start = performance.now();
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  counting = false;
  const elapsed = (performance.now() - start) / 1000;
  stop = true;
  await Promise.all(workers);
  return { rps: done / elapsed, errors };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function streams(base: string) {
  const client = new BedrockRuntimeClient({
    endpoint: base,
    region: 'us-east-1',
    token: { token: KEY },
    authSchemePreference: ['httpBearerAuth'],
    maxAttempts: 1,
  });
  const firstEvent: number[] = [];
  let errors = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: STREAMS }, async (_, i) => {
      const begin = performance.now();
      try {
        const out = await client.send(
          new ConverseStreamCommand({
            modelId: MODEL,
            messages: [{ role: 'user', content: [{ text: `Stream number ${i}` }] }],
          }),
        );
        let first = true;
        let stopped = false;
        for await (const event of out.stream ?? []) {
          if (first) {
            firstEvent.push(performance.now() - begin);
            first = false;
          }
          if (event.messageStop) stopped = true;
        }
        if (!stopped) errors++;
      } catch {
        errors++;
      }
    }),
  );
  const total = performance.now() - start;
  client.destroy();
  firstEvent.sort((a, b) => a - b);
  return { errors, total, p50: percentile(firstEvent, 50), p95: percentile(firstEvent, 95) };
}

/** The same 500 streams from a bare HTTP/2 client on one connection: the emulator's side of the latency. */
async function rawStreams(base: string) {
  const session = connect(base);
  const firstEvent: number[] = [];
  let errors = 0;
  const path = `/model/${encodeURIComponent(MODEL)}/converse-stream`;
  await Promise.all(
    Array.from(
      { length: STREAMS },
      (_, i) =>
        new Promise<void>((resolve) => {
          const begin = performance.now();
          const stream = session.request({ ':method': 'POST', ':path': path, ...HEADERS });
          let first = true;
          let status = 0;
          stream.on('response', (headers) => {
            status = Number(headers[':status']);
          });
          stream.on('data', () => {
            if (first) firstEvent.push(performance.now() - begin);
            first = false;
          });
          stream.on('end', () => {
            if (status !== 200) errors++;
            resolve();
          });
          stream.on('error', () => {
            errors++;
            resolve();
          });
          stream.end(JSON.stringify({ messages: [{ role: 'user', content: [{ text: `Stream number ${i}` }] }] }));
        }),
    ),
  );
  session.close();
  firstEvent.sort((a, b) => a - b);
  return { errors, p50: percentile(firstEvent, 50), p95: percentile(firstEvent, 95) };
}

const child = fork(fileURLToPath(new URL('./servers.ts', import.meta.url)), {
  execArgv: ['--import', 'tsx', '--expose-gc'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const ready = await new Promise<Ready>((resolve) => child.once('message', (m) => resolve(m as Ready)));

/** Alternates bare and emulator runs (ROUNDS each) and keeps each one's best, so warm-up and noise from other processes hit both alike. */
async function bestOf(
  measure: (base: string) => Promise<{ rps: number; errors: number }>,
  bare: string,
  emulator: string,
) {
  const runs = { bare: [] as { rps: number; errors: number }[], emulator: [] as { rps: number; errors: number }[] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.bare.push(await measure(bare));
    runs.emulator.push(await measure(emulator));
  }
  const best = (list: { rps: number; errors: number }[]) => ({
    rps: Math.max(...list.map((r) => r.rps)),
    errors: list.reduce((n, r) => n + r.errors, 0),
  });
  return [best(runs.bare), best(runs.emulator)] as const;
}

const fmt = (n: number) => n.toFixed(0).padStart(8);
const ratio = (a: number, b: number) => (a / b).toFixed(2).padStart(8);
console.log(
  `Converse requests/s (${CONCURRENCY} in flight, best of ${ROUNDS} x ${SECONDS}s, servers in a separate process)`,
);
const [bare1, emu1] = await bestOf(http1Rate, ready.bare, ready.emulator);
const [bare2, emu2] = await bestOf(h2Rate, ready.bareH2, ready.emulator);
console.log('                       req/s  vs bare HTTP/1.1  vs bare, same protocol  errors');
console.log(`  bare HTTP/1.1     ${fmt(bare1.rps)}  ${ratio(bare1.rps, bare1.rps)}`);
console.log(`  bare h2c          ${fmt(bare2.rps)}  ${ratio(bare2.rps, bare1.rps)}`);
console.log(
  `  emulator HTTP/1.1 ${fmt(emu1.rps)}  ${ratio(emu1.rps, bare1.rps)}          ${ratio(emu1.rps, bare1.rps)}  ${emu1.errors}`,
);
console.log(
  `  emulator h2c      ${fmt(emu2.rps)}  ${ratio(emu2.rps, bare1.rps)}          ${ratio(emu2.rps, bare2.rps)}  ${emu2.errors}`,
);

const base = await ask<{ rss: number }>(child, { type: 'reset-peak' }, 'peak');
const result = await streams(ready.emulator);
const peak = await ask<{ rss: number }>(child, { type: 'peak' }, 'peak');
console.log(`${STREAMS} concurrent ConverseStream calls (AWS SDK defaults: one h2c connection per stream)`);
console.log(
  `  errors ${result.errors}   time to first event p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms   all done in ${result.total.toFixed(0)} ms`,
);
const raw = await rawStreams(ready.emulator);
console.log(
  `  same load from a bare HTTP/2 client on one connection: errors ${raw.errors}, first event p50 ${raw.p50.toFixed(1)} ms, p95 ${raw.p95.toFixed(1)} ms`,
);
const peakAfter = await ask<{ rss: number }>(child, { type: 'peak' }, 'peak');
console.log(
  `  emulator process memory: peak RSS ${(Math.max(peak.rss, peakAfter.rss) / 1048576).toFixed(0)} MB (${(base.rss / 1048576).toFixed(0)} MB before the streams)`,
);

child.send({ type: 'stop' });
process.exitCode = result.errors === 0 && raw.errors === 0 ? 0 : 1;
