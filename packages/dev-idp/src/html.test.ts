import { describe, expect, it } from 'vitest';
import { html } from './html.ts';
import { errorScreen } from './screens.ts';

describe('html', () => {
  it('escapes interpolated text but keeps nested fragments', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${'&'}</p>`.value).toBe(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&amp;</p>',
    );
  });

  it('never renders a description from a request as markup', () => {
    const page = errorScreen({ lang: 'en', error: 'invalid_request', description: '<script>alert(1)</script>' });
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;script&gt;');
  });
});
