// A tiny stand-in for a Next.js app: node:http in front of Auth0Client.middleware() with real NextRequests,
// plus a home page that shows the session. Lets tests drive the SDK through a browser without building an app.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Auth0Client } from '@auth0/nextjs-auth0/server';
import type { SessionData } from '@auth0/nextjs-auth0/types';
import { NextRequest, type NextResponse } from 'next/server';

export interface AppServer {
  close(): Promise<void>;
  /** The session the last home page request saw (tests read its tokens). */
  lastSession(): SessionData | null;
}

async function toNextRequest(req: IncomingMessage, base: string): Promise<NextRequest> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks);
  return new NextRequest(new URL(req.url ?? '/', base), { method: req.method, headers, body });
}

async function send(res: ServerResponse, response: Response, extraCookies: string[] = []): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && !name.startsWith('x-middleware-')) res.setHeader(name, value);
  });
  res.setHeader('set-cookie', [...extraCookies, ...response.headers.getSetCookie()]);
  res.end(Buffer.from(await response.arrayBuffer()));
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function startAppServer(auth0: Auth0Client, port: number): Promise<AppServer> {
  const base = `http://localhost:${port}`;
  let session: SessionData | null = null;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const request = await toNextRequest(req, base);
    const response: NextResponse = await auth0.middleware(request);
    if (request.nextUrl.pathname.startsWith('/auth/')) {
      await send(res, response);
      return;
    }
    session = await auth0.getSession(request);
    const user = session?.user;
    const body = user
      ? `<h1 data-testid="user">${escapeText(String(user.name))}</h1><a href="/auth/logout">Sign out</a>`
      : '<h1 data-testid="signed-out">Signed out</h1><a href="/auth/login">Sign in</a>';
    const page = new Response(`<!doctype html><html><body>${body}</body></html>`, {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    await send(res, page, response.headers.getSetCookie());
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(error instanceof Error ? error.message : String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    lastSession: () => session,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
