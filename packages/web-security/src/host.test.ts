import { describe, expect, it } from 'vitest';
import { refuseUnknownHost } from './host.ts';

const at = (host: string) => new Request(`http://${host}/`, { headers: { host } });

describe('refuseUnknownHost', () => {
  it("serves this machine's names when the app runs locally", () => {
    for (const host of ['localhost:3000', '127.0.0.1:3001', '[::1]:3000', 'LOCALHOST'])
      expect(refuseUnknownHost(at(host))).toBe(undefined);
    expect(refuseUnknownHost(at('localhost:3000'), 'http://localhost:3000')).toBe(undefined);
  });

  it('refuses any other name (DNS rebinding) with 403 in both languages', async () => {
    for (const host of ['evil.example:3000', '127.0.0.1.nip.io:3000', 'localhost.evil.example']) {
      const response = refuseUnknownHost(at(host));
      expect(response?.status).toBe(403);
      const body = (await response?.json()) as { error: { code: string; message: { ja: string; en: string } } };
      expect(body.error.code).toBe('unknown-host');
      expect(body.error.message.ja).toContain('DNS リバインディング');
      expect(body.error.message.en).toContain(host);
    }
  });

  it('does not check an app served under another name (APP_BASE_URL), but does with a loopback one', () => {
    expect(refuseUnknownHost(at('10.0.0.12:3000'), 'https://chat.example.jp')).toBe(undefined);
    expect(refuseUnknownHost(at('evil.example:3000'), 'http://127.0.0.1:3000')?.status).toBe(403);
  });
});
