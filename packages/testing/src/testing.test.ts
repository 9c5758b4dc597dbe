import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { freePort, launchChromium, leakedSecrets } from './index.ts';

describe('freePort', () => {
  it('returns a port a server can bind on 127.0.0.1', async () => {
    const port = await freePort();
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(await res.text()).toBe('ok');
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('leakedSecrets', () => {
  const secret = 'ABSKQmVkcm9ja0FQSUtleS1hYmNkLWF0LTEyMzQ1Njc4OTAxMjpzZWNyZXQ=';
  it('finds a whole secret and a slice of one', () => {
    expect(leakedSecrets(`key=${secret}`, [secret])).toHaveLength(1);
    expect(leakedSecrets(`…${secret.slice(20, 40)}…`, [secret])).toHaveLength(1);
  });
  it('passes text that holds only a short prefix', () => {
    expect(leakedSecrets('ABSK…(58 chars)', [secret])).toEqual([]);
  });
});

describe('launchChromium', () => {
  it('renders a local page with Japanese text', async () => {
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<html lang="ja"><body><h1>こんにちは</h1></body></html>');
    });
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      expect(await page.textContent('h1')).toBe('こんにちは');
    } finally {
      await browser.close();
      server.close();
    }
  }, 60_000);
});
