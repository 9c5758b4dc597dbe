// One port, two protocols. The issuer is `http://localhost:<port>` (what @auth0/nextjs-auth0 signs in with), but
// Auth0's server-side libraries (`auth0`'s AuthenticationClient, @auth0/ai's Token Vault exchange) always call
// `https://{domain}`. So the same port also answers TLS, with a certificate made at every start for localhost
// and kept in memory; clients trust it through `trustDevIdp()` (./trust.ts).

import { createServer as createHttpServer, type RequestListener } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import selfsigned from 'selfsigned';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The first byte of every TLS connection: a handshake record. */
const TLS_HANDSHAKE = 0x16;

export interface DevCertificate {
  /** PEM of the self-signed certificate (public; clients add it to their trusted certificates). */
  cert: string;
  /** PEM of its private key: only ever in this process's memory. */
  key: string;
}

export async function generateDevCertificate(): Promise<DevCertificate> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost (dev-idp, development only)' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - DAY_MS),
    notAfterDate: new Date(Date.now() + 30 * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

export interface DualServer {
  server: NetServer;
  /** Drops every open HTTP and HTTPS connection. */
  closeAllConnections(): void;
}

/** A TCP server that hands each connection to the HTTPS or the HTTP server by its first byte. */
export function createDualServer(handler: RequestListener, certificate: DevCertificate): DualServer {
  const http = createHttpServer(handler);
  const https = createHttpsServer({ cert: certificate.cert, key: certificate.key }, handler);
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => socket.destroy());
  });
  return {
    server,
    closeAllConnections() {
      for (const socket of sockets) socket.destroy();
    },
  };
}
