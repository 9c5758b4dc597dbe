import { describe, expect, it } from 'vitest';
import { isAllowedCorsOrigin, isAllowedPostLogoutRedirectUri, isAllowedRedirectUri } from './client.ts';

describe('dev client redirect rules', () => {
  it('accepts /auth/callback of an app on any loopback port', () => {
    expect(isAllowedRedirectUri('http://localhost:3000/auth/callback')).toBe(true);
    expect(isAllowedRedirectUri('http://localhost:49152/auth/callback')).toBe(true);
    expect(isAllowedRedirectUri('http://127.0.0.1:3001/auth/callback')).toBe(true);
  });

  it('refuses other hosts, schemes, paths and tricks', () => {
    for (const uri of [
      'https://localhost:3000/auth/callback',
      'http://example.com/auth/callback',
      'http://localhost.example.com/auth/callback',
      'http://localhost:3000/callback',
      'http://localhost:3000/auth/callback?next=https://example.com',
      'http://user@localhost:3000/auth/callback',
      'http://localhost:3000/auth/callback#x',
      'not a url',
    ]) {
      expect(isAllowedRedirectUri(uri), uri).toBe(false);
    }
  });

  it('returns users after sign-out only to loopback apps', () => {
    expect(isAllowedPostLogoutRedirectUri('http://localhost:3000')).toBe(true);
    expect(isAllowedPostLogoutRedirectUri('http://localhost:3001/chat?x=1')).toBe(true);
    expect(isAllowedPostLogoutRedirectUri('https://example.com/')).toBe(false);
  });

  it('allows CORS from loopback origins only', () => {
    expect(isAllowedCorsOrigin('http://localhost:3000')).toBe(true);
    expect(isAllowedCorsOrigin('http://localhost:3000/')).toBe(false);
    expect(isAllowedCorsOrigin('null')).toBe(false);
    expect(isAllowedCorsOrigin('https://example.com')).toBe(false);
  });
});
