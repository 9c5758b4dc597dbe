import { describe, expect, it } from 'vitest';
import { refuseCrossSite } from './cross-site.ts';

function request(method: string, headers: Record<string, string>) {
  return new Request('http://localhost:3001/api/documents', {
    method,
    headers: { host: 'localhost:3001', ...headers },
  });
}

async function refusal(response: Response | undefined) {
  expect(response).toBeDefined();
  const body = (await response?.json()) as { error: { code: string; message: { ja: string; en: string } } };
  expect(body.error.message.ja).toMatch(/[ぁ-ん]/);
  expect(body.error.message.en).not.toBe('');
  return { status: response?.status, code: body.error.code };
}

describe('refuseCrossSite', () => {
  it("lets the app's own pages and non-browser clients through", () => {
    const json = { 'content-type': 'application/json' };
    expect(refuseCrossSite(request('POST', { ...json, 'sec-fetch-site': 'same-origin' }), { body: 'json' })).toBe(
      undefined,
    );
    expect(refuseCrossSite(request('POST', { ...json, origin: 'http://localhost:3001' }), { body: 'json' })).toBe(
      undefined,
    );
    expect(refuseCrossSite(request('DELETE', {}))).toBe(undefined);
    expect(refuseCrossSite(request('GET', { 'sec-fetch-site': 'cross-site' }))).toBe(undefined);
  });

  it('refuses a page of another site or port with 403, by Sec-Fetch-Site or else Origin', async () => {
    const cases: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site', origin: 'http://evil.example' },
      // Another port on localhost is the same site, but not the same origin.
      { 'sec-fetch-site': 'same-site', origin: 'http://localhost:3000' },
      { origin: 'http://evil.example' },
      { origin: 'null' },
    ];
    for (const headers of cases) {
      expect(await refusal(refuseCrossSite(request('POST', headers)))).toEqual({
        status: 403,
        code: 'cross-site-request',
      });
    }
  });

  it("refuses a body that is not the route's contract with 415, naming the type", async () => {
    const text = request('POST', { 'sec-fetch-site': 'same-origin', 'content-type': 'text/plain' });
    const response = refuseCrossSite(text, { body: 'json' });
    expect(await refusal(response?.clone())).toEqual({ status: 415, code: 'unsupported-media-type' });
    expect(await response?.text()).toContain('application/json');
    const form = request('POST', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(refuseCrossSite(form, { body: 'multipart' })?.status).toBe(415);
    const upload = request('POST', { 'content-type': 'multipart/form-data; boundary=x' });
    expect(refuseCrossSite(upload, { body: 'multipart' })).toBe(undefined);
    const charset = request('POST', { 'content-type': 'Application/JSON; charset=utf-8' });
    expect(refuseCrossSite(charset, { body: 'json' })).toBe(undefined);
  });
});
