// What doctor says about AUTH0_AUDIENCE: the two tenant settings it cannot read (offline access, consent on localhost).
import { testConfig } from '@repo/auth/testing';
import { describe, expect, it } from 'vitest';
import { audienceNotes } from './auth0.ts';

const tenant = (audience?: string) =>
  testConfig({
    credentials: { source: 'emulator', apiKey: 'unused' },
    auth0: {
      mode: 'tenant',
      issuerBaseUrl: 'https://example.jp.auth0.com',
      domain: 'example.jp.auth0.com',
      ...(audience ? { audience } : {}),
    },
  });

describe('audienceNotes', () => {
  it('with AUTH0_AUDIENCE: "Allow Offline Access" and the consent screen on localhost, in both languages', () => {
    const [note] = audienceNotes(tenant('https://api.example.com'));
    expect(note).toMatchObject({ code: 'auth0-audience-offline-access', severity: 'info', variable: 'AUTH0_AUDIENCE' });
    expect(note?.message.en).toContain('Allow Offline Access');
    expect(note?.message.en).toContain('consent screen to localhost apps');
    expect(note?.fix.en).toContain('Applications → APIs');
    expect(note?.message.ja).toContain('同意画面');
    expect(note?.fix.ja).toContain('Allow Offline Access');
  });

  it('says nothing without an audience, or with the local dev issuer', () => {
    expect(audienceNotes(tenant())).toEqual([]);
    expect(audienceNotes(testConfig({ credentials: { source: 'emulator', apiKey: 'unused' } }))).toEqual([]);
  });
});
