import { describe, expect, it } from 'vitest';
import { isToolPage, toolPageCsp } from '../src/tool-csp.ts';

describe('the live tools’ Content-Security-Policy', () => {
  it('forbids every request in the built site, and allows only the page’s own origin (live reload) in dev', () => {
    expect(toolPageCsp(false)).toBe("connect-src 'none'");
    expect(toolPageCsp(true)).toBe("connect-src 'self'");
  });

  it('applies to the tools pages only', () => {
    expect(isToolPage('tools/env-checker')).toBe(true);
    expect(isToolPage('getting-started')).toBe(false);
  });
});
