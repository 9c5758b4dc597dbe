// Finding your way in both languages: Starlight's search (Pagefind) and the language switcher.
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './support/browser.ts';

const live = siteInBrowser();

async function search(lang: 'ja' | 'en', query: string): Promise<{ hrefs: string[]; message: string }> {
  const page = await live.browser.newPage();
  await page.goto(`${live.site.url}/${lang}/getting-started/`, { waitUntil: 'networkidle' });
  const open = page.locator('button[data-open-modal]');
  // Pagefind's script enables the button once it has loaded; on a busy machine that takes a few seconds.
  await expect.poll(() => open.isEnabled(), { timeout: 15_000 }).toBe(true);
  await open.click();
  const input = page.locator('dialog input.pagefind-ui__search-input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(query);
  const results = page.locator('dialog .pagefind-ui__result-link');
  await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const status = page.locator('dialog .pagefind-ui__message');
  await expect
    .poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 })
    .not.toMatch(/^$|Searching|検索しています/);
  const message = (await status.textContent()) ?? '';
  await page.close();
  return { hrefs, message };
}

describe('site search', () => {
  it('finds Japanese pages for a Japanese query on a Japanese page', async () => {
    const { hrefs, message } = await search('ja', '推論プロファイル');
    expect(hrefs.some((h) => h.startsWith('/ja/aws/regions-and-models/'))).toBe(true);
    expect(hrefs.every((h) => h.startsWith('/ja/'))).toBe(true);
    // The result count speaks Japanese too ("17 results for ..." was English on Japanese pages).
    expect(message).toMatch(/^「推論プロファイル」の検索結果: \d+ 件$/);
  });

  it('finds English pages for an English query on an English page', async () => {
    const { hrefs, message } = await search('en', 'inference profile');
    expect(hrefs.some((h) => h.startsWith('/en/aws/regions-and-models/'))).toBe(true);
    expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
    expect(message).toMatch(/^\d+ results? for inference profile$/);
  });
});

describe('language switcher', () => {
  it.each([
    ['ja', 'en', 'aws/api-keys/'],
    ['en', 'ja', 'tools/key-inspector/'],
  ] as const)('takes a %s page to the same page in %s', async (from, to, slug) => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${live.site.url}/${from}/${slug}`, { waitUntil: 'networkidle' });
    const select = page.locator('starlight-lang-select select').first();
    const option = await select
      .locator('option')
      .evaluateAll(
        (options, lang) => options.map((o) => (o as HTMLOptionElement).value).find((v) => v.startsWith(`/${lang}/`)),
        to,
      );
    expect(option).toBe(`/${to}/${slug}`);
    await Promise.all([page.waitForURL(`**/${to}/${slug}`), select.selectOption(option!)]);
    expect(await page.locator('html').getAttribute('lang')).toBe(to);
    await page.close();
  });
});

describe('Japanese line breaks', () => {
  it.each([
    ['ja', 'auto-phrase'],
    ['en', 'normal'],
  ] as const)('break %s text at %s', async (lang, wordBreak) => {
    const page = await live.browser.newPage();
    await page.goto(`${live.site.url}/${lang}/getting-started/`, { waitUntil: 'networkidle' });
    // Inherited by every element: paragraphs, headings, the sidebar.
    const value = await page
      .locator('main p')
      .first()
      .evaluate((p) => getComputedStyle(p).wordBreak);
    expect(value).toBe(wordBreak);
    await page.close();
  });
});

describe('site icon', () => {
  it.each(['ja', 'en'] as const)(
    'declares an icon that exists on %s pages, and nothing they load answers 404',
    async (lang) => {
      const page = await live.browser.newPage();
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 404) missing.push(response.url());
      });
      await page.goto(`${live.site.url}/${lang}/getting-started/`, { waitUntil: 'networkidle' });
      const href = await page.locator('link[rel~=icon]').first().getAttribute('href');
      const icon = await fetch(new URL(href ?? '', live.site.url));
      expect(icon.status).toBe(200);
      expect(await icon.text()).toContain('<svg');
      expect(missing).toEqual([]);
      await page.close();
    },
  );
});
