import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Canary {
  /** `http://127.0.0.1:<port>`: point something at it that must never be requested. */
  url: string;
  /** Every request it received (method and path). */
  requests: string[];
  close(): Promise<void>;
}

/** A server that only records: a test names it where data could leak to and expects `requests` to stay empty. */
export function startCanary(): Promise<Canary> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
