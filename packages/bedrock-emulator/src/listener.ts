// One TCP port for two protocols: the runtime SDK speaks HTTP/2 cleartext with prior knowledge, the
// control-plane SDK and the AI SDK speak HTTP/1.1. The first bytes of each connection decide which.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttp2Server, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { createServer as createNetServer, type Socket } from 'node:net';

/** HTTP/2's connection preface starts with this; no HTTP/1.1 method does. */
const H2_PREFACE = Buffer.from('PRI * HTTP/2.0');
/** A connection that has not said which protocol it speaks after this long is dropped. */
const FIRST_BYTES_TIMEOUT_MS = 10_000;

export type RequestHandler = (
  req: IncomingMessage | Http2ServerRequest,
  res: ServerResponse | Http2ServerResponse,
) => void;

export interface Listener {
  port: number;
  openConnections(): number;
  /** Stops listening and destroys every open connection. */
  close(): Promise<void>;
}

export async function listenBothProtocols(port: number, host: string, onRequest: RequestHandler): Promise<Listener> {
  const http1 = createHttpServer({ keepAliveTimeout: 5000 }, onRequest);
  const http2 = createHttp2Server({}, onRequest);
  // Errors on single connections (resets, bad frames) are the client's problem, never the server's.
  for (const server of [http1, http2]) server.on('error', () => {});
  http2.on('sessionError', () => {});

  const sockets = new Set<Socket>();
  const tcp = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(FIRST_BYTES_TIMEOUT_MS, () => socket.destroy());
    let seen = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      seen = Buffer.concat([seen, chunk]);
      const n = Math.min(seen.length, H2_PREFACE.length);
      const isH2 = seen.subarray(0, n).equals(H2_PREFACE.subarray(0, n));
      if (isH2 && seen.length < H2_PREFACE.length) return;
      socket.removeListener('data', onData);
      socket.setTimeout(0);
      socket.pause();
      socket.unshift(seen);
      // The h2 session reads what is buffered on the socket itself; HTTP/1.1 needs the socket flowing again.
      (isH2 ? http2 : http1).emit('connection', socket);
      if (!isH2) socket.resume();
    };
    socket.on('data', onData);
  });

  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(port, host, () => {
      tcp.removeListener('error', reject);
      resolve();
    });
  });
  const address = tcp.address();
  let closing: Promise<void> | undefined;
  return {
    port: typeof address === 'object' && address ? address.port : port,
    openConnections: () => sockets.size,
    close() {
      closing ??= new Promise<void>((resolve) => {
        tcp.close(() => resolve());
        http1.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
