// One request/response pair, the same for HTTP/1.1 and HTTP/2 (node's compatibility API).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { BedrockError, malformed } from './errors.ts';
import { isObject } from './json.ts';

export type Request = IncomingMessage | Http2ServerRequest;
export type Response = ServerResponse | Http2ServerResponse;

export class Exchange {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly protocol: 'http/1.1' | 'h2';
  /** Set when the client went away: streams stop writing. */
  closed = false;
  private readonly closeListeners = new Set<() => void>();
  /** HTTP/1.1 and HTTP/2 compatibility responses share these methods; one type keeps the calls simple. */
  private readonly out: ServerResponse;

  constructor(
    readonly req: Request,
    readonly res: Response,
    readonly requestId: string,
  ) {
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    this.path = q < 0 ? raw : raw.slice(0, q);
    this.query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
    this.protocol = req.httpVersionMajor === 2 ? 'h2' : 'http/1.1';
    this.out = res as unknown as ServerResponse;
    res.on('close', () => {
      this.closed = true;
      for (const listener of this.closeListeners) listener();
      this.closeListeners.clear();
    });
  }

  get method(): string {
    return this.req.method ?? 'GET';
  }

  header(name: string): string | undefined {
    const v = this.req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  }

  onClose(listener: () => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  /** The request body, or a ValidationException once it grows past `limit` bytes. */
  body(limit: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = (fn: () => void) => {
        if (done) return;
        done = true;
        this.req.removeListener('data', onData);
        fn();
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          // Keep draining (and dropping) the rest so the connection stays usable.
          finish(() => reject(new BedrockError('ValidationException', `Input is too long for requested model.`)));
          this.req.resume();
          return;
        }
        chunks.push(chunk);
      };
      this.req.on('data', onData);
      this.req.once('end', () => finish(() => resolve(Buffer.concat(chunks))));
      this.req.once('error', (error: Error) => finish(() => reject(error)));
      this.req.once('aborted', () => finish(() => reject(new Error('aborted'))));
    });
  }

  /**
   * Parses the body as a JSON object, with the ValidationException Bedrock gives otherwise. InvokeModel
   * bodies arrive as `application/octet-stream` when the caller sets no contentType: those skip the type check.
   */
  async json(limit: number, checkContentType = true): Promise<Record<string, unknown>> {
    const type = this.header('content-type');
    if (checkContentType && type && !/^application\/(?:[\w.+-]*\+)?json\b/i.test(type.trim())) {
      throw new BedrockError(
        'ValidationException',
        `The request content type ${type} is not supported. Use application/json.`,
      );
    }
    const body = await this.body(limit);
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch {
      throw malformed();
    }
    if (!isObject(value)) throw malformed();
    return value;
  }

  private baseHeaders(extra: Record<string, string>): Record<string, string> {
    return { 'x-amzn-requestid': this.requestId, ...extra };
  }

  sendJson(status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (this.closed || this.res.headersSent) return;
    const payload = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
    this.out.writeHead(
      status,
      this.baseHeaders({ 'content-type': 'application/json', 'content-length': String(payload.length), ...headers }),
    );
    this.out.end(payload);
  }

  sendError(error: BedrockError): void {
    this.sendJson(error.status, error.body(), error.headers());
  }

  startStream(headers: Record<string, string> = {}): void {
    this.out.writeHead(200, this.baseHeaders({ 'content-type': 'application/vnd.amazon.eventstream', ...headers }));
  }

  /** Writes one chunk of a stream and waits while the client is not reading (backpressure). */
  async write(chunk: Buffer): Promise<void> {
    if (this.closed) return;
    if (this.out.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const off = this.onClose(resolve);
      this.res.once('drain', () => {
        off();
        resolve();
      });
    });
  }

  end(chunk?: Buffer): void {
    if (this.closed) return;
    if (chunk) this.out.end(chunk);
    else this.out.end();
  }

  /**
   * Cuts the connection without a proper end, as a network failure would, after what was already written
   * reaches the client (a stream fault promises its first K events). HTTP/1.1: the socket is ended (which
   * flushes the response's corked frames) before the chunked body's last chunk, then destroyed.
   */
  abort(): void {
    const res = this.res as Http2ServerResponse;
    if (this.protocol === 'h2' && res.stream) {
      res.stream.close(2 /* NGHTTP2_INTERNAL_ERROR */);
      return;
    }
    const socket = (this.req as IncomingMessage).socket;
    if (socket.destroyed) return;
    const cut = () => socket.destroy();
    socket.once('finish', cut);
    // A client that stopped reading cannot hold the connection open.
    setTimeout(cut, 2000).unref();
    socket.end();
  }
}

/** Waits `ms`, or less when the client goes away first. */
export function pause(exchange: Exchange, ms: number): Promise<void> {
  if (ms <= 0 || exchange.closed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      off();
      resolve();
    }, ms);
    const off = exchange.onClose(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
