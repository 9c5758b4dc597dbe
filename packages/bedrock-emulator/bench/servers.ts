// The servers under test, in their own process so the load generator does not share their event loop:
// the emulator, and the floor: bare Node HTTP/1.1 and HTTP/2 servers answering a fixed Converse JSON.
import { createServer } from 'node:http';
import { createServer as createH2Server } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { startEmulator } from '../src/index.ts';

const FIXED = JSON.stringify({
  output: { message: { role: 'assistant', content: [{ text: 'Hello! This is a fixed Converse answer.' }] } },
  stopReason: 'end_turn',
  usage: { inputTokens: 6, outputTokens: 9, totalTokens: 15 },
  metrics: { latencyMs: 1 },
});

function answer(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'x-amzn-requestid': 'fixed',
      'content-length': Buffer.byteLength(FIXED),
    });
    res.end(FIXED);
  });
}

const emulator = await startEmulator({ port: 0 });
const bare = createServer({ keepAliveTimeout: 5000 }, answer);
const bareH2 = createH2Server({}, answer as never);
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
await new Promise<void>((resolve) => bareH2.listen(0, '127.0.0.1', resolve));

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 10);

process.on('message', async (message: { type: string }) => {
  if (message.type === 'reset-peak') {
    global.gc?.();
    peakRss = process.memoryUsage().rss;
    process.send?.({ type: 'peak', rss: peakRss });
  } else if (message.type === 'peak') {
    process.send?.({ type: 'peak', rss: peakRss });
  } else if (message.type === 'stop') {
    clearInterval(sampler);
    await emulator.close();
    bare.closeAllConnections();
    bare.close();
    bareH2.close();
    process.exit(0);
  }
});

process.send?.({
  type: 'ready',
  emulator: emulator.url,
  bare: `http://127.0.0.1:${(bare.address() as AddressInfo).port}`,
  bareH2: `http://127.0.0.1:${(bareH2.address() as AddressInfo).port}`,
});
