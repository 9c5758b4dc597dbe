// The live examples in a real browser (Chromium through playwright-core), in both languages, against the
// built site served locally. Each check also proves that using the tool made no network request, left
// nothing in storage or the URL, and never rendered the secret it was given.

import { bedrockPolicy, formatPolicy } from '@repo/auth/policy';
import { checkEnvText, inspectApiKey, maskEnvSecrets } from '@repo/config';
import { CATALOG_DATE, findModel, invocableIdFor, lifecycleOn } from '@repo/config/models';
import {
  FAKE_ACCESS_KEY_ID,
  FAKE_TEMP_ACCESS_KEY_ID,
  type FakeShortTermKeyOptions,
  fakeLongTermKey,
  fakeShortTermKey,
} from '@repo/config/testing';
import { leakedSecrets } from '@repo/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './support/browser.ts';

/** A generated fake short-term key, signed by an IAM user unless the options say otherwise. */
const shortTermKey = (options: FakeShortTermKeyOptions) =>
  fakeShortTermKey({ accessKeyId: FAKE_ACCESS_KEY_ID, signature: 'f00d'.repeat(16), ...options });
/** The end of a short-term key, never shown by the tools (the start is the same base64 for every key). */
const ownPart = (key: string) => key.slice(-64);

const live = siteInBrowser();

/** A model that is legacy on the catalog's day: still callable, with a successor. */
const LEGACY_MODEL = 'anthropic.claude-sonnet-4-5-20250929-v1:0';

interface ToolPage {
  page: Page;
  /** Asserts what every live example promises: no request, no CSP violation, nothing stored, URL unchanged. */
  expectNothingLeftThePage(secrets?: string[]): Promise<void>;
  close(): Promise<void>;
}

async function openTool(lang: 'ja' | 'en', slug: string): Promise<ToolPage> {
  const context = await live.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const url = `${live.site.url}/${lang}/tools/${slug}/`;
  await page.goto(url, { waitUntil: 'networkidle' });
  // From here on the page is loaded: whatever the tool does must stay inside it.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  // Starlight itself keeps the colour theme in localStorage; the tools must add or change nothing.
  const storage = () => page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
  const storageAtLoad = await storage();
  await page.evaluate(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return {
    page,
    async expectNothingLeftThePage(secrets = []) {
      expect(requests).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(page.url()).toBe(url);
      expect(await storage()).toBe(storageAtLoad);
      expect(await page.evaluate(() => document.cookie)).toBe('');
      expect(leakedSecrets(await page.content(), secrets)).toEqual([]);
    },
    close: () => context.close(),
  };
}

const codesOn = (page: Page) =>
  page.locator('[data-output] .finding[data-code]').evaluateAll((els) => els.map((el) => el.getAttribute('data-code')));

for (const lang of ['ja', 'en'] as const) {
  describe(`live examples (${lang})`, () => {
    it('the pages carry a Content-Security-Policy that forbids network requests', async () => {
      for (const slug of ['env-checker', 'key-inspector', 'policy-builder', 'model-id']) {
        const tool = await openTool(lang, slug);
        const csp = await tool.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        expect(csp).toContain("connect-src 'none'");
        // A request attempted from the page itself is refused by the browser.
        const refused = await tool.page.evaluate(() =>
          fetch('/ja/').then(
            () => false,
            () => true,
          ),
        );
        expect(refused).toBe(true);
        await tool.close();
      }
    });

    describe('key inspector', () => {
      it('reads a long-term key: IAM user and account, no expiry, the key never shown', async () => {
        const key = fakeLongTermKey('BedrockAPIKey-docs-test');
        const tool = await openTool(lang, 'key-inspector');
        const input = tool.page.locator('input[data-key]');
        expect(await input.getAttribute('type')).toBe('password');
        await input.fill(key);
        const output = tool.page.locator('[data-output] [data-kind="long-term"]');
        await expect.poll(() => output.count()).toBe(1);
        const text = await output.innerText();
        expect(text).toContain('BedrockAPIKey-docs-test');
        expect(text).toContain('123456789012');
        expect(text).toContain(inspectApiKey(key).fingerprint);
        expect(await codesOn(tool.page)).toEqual(['api-key-long-term']);
        await tool.expectNothingLeftThePage([key]);
        await tool.close();
      });

      it('flags an expired short-term key', async () => {
        const key = shortTermKey({
          region: 'ap-northeast-1',
          issuedAt: new Date(Date.now() - 13 * 3600_000),
          expiresInSeconds: 43200,
        });
        const tool = await openTool(lang, 'key-inspector');
        await tool.page.locator('input[data-key]').fill(key);
        await expect.poll(() => codesOn(tool.page)).toContain('api-key-expired');
        expect(
          await tool.page.locator('[data-output] .finding[data-code="api-key-expired"]').getAttribute('data-severity'),
        ).toBe('error');
        expect(await tool.page.locator('[data-output] dl').innerText()).toContain('ap-northeast-1');
        await tool.expectNothingLeftThePage([ownPart(key)]);
        await tool.close();
      });

      it('flags a short-term key from another region than AWS_REGION', async () => {
        const key = shortTermKey({
          region: 'us-east-1',
          issuedAt: new Date(),
          expiresInSeconds: 43200,
          accessKeyId: FAKE_TEMP_ACCESS_KEY_ID,
        });
        const tool = await openTool(lang, 'key-inspector');
        await tool.page.locator('select[data-region]').selectOption('ap-northeast-1');
        await tool.page.locator('input[data-key]').fill(key);
        await expect.poll(() => codesOn(tool.page)).toContain('api-key-wrong-region');
        expect(await codesOn(tool.page)).toContain('api-key-temporary-signer');
        await tool.expectNothingLeftThePage([ownPart(key)]);
        await tool.close();
      });

      it('counts down live, and reports the expiry when it comes without any input', async () => {
        const key = shortTermKey({ region: 'ap-northeast-1', issuedAt: new Date(), expiresInSeconds: 4 });
        const tool = await openTool(lang, 'key-inspector');
        await tool.page.locator('input[data-key]').fill(key);
        const countdown = tool.page.locator('[data-output] [data-countdown]');
        const first = await countdown.innerText();
        await expect.poll(() => countdown.innerText(), { timeout: 10_000 }).not.toBe(first);
        await expect.poll(() => codesOn(tool.page), { timeout: 15_000 }).toContain('api-key-expired');
        await tool.expectNothingLeftThePage([ownPart(key)]);
        await tool.close();
      });

      it('names the usual mistake: an access key ID pasted instead of a key', async () => {
        const tool = await openTool(lang, 'key-inspector');
        await tool.page.locator('input[data-key]').fill('AKIAFAKEFAKEFAKE0000');
        await expect.poll(() => codesOn(tool.page)).toEqual(['api-key-access-key-id']);
        await tool.expectNothingLeftThePage();
        await tool.close();
      });
    });

    describe('.env.local checker', () => {
      const goodKey = shortTermKey({ region: 'ap-northeast-1', issuedAt: new Date(), expiresInSeconds: 43200 });
      const good = [
        `AWS_BEARER_TOKEN_BEDROCK=${goodKey}`,
        'AWS_REGION=ap-northeast-1',
        `BEDROCK_MODEL_ID=${invocableIdFor('anthropic.claude-sonnet-4-5-20250929-v1:0', 'ap-northeast-1')}`,
        'BEDROCK_EMBEDDING_MODEL_ID=amazon.titan-embed-text-v2:0',
      ].join('\n');
      const longTermKey = fakeLongTermKey('BedrockAPIKey-docs-test');
      const bad = [
        'AWS_BEARER_TOKEN_BEDROCK=XXXXXXXXXXXXXXXXXXXXXXXX',
        'AWS_REGION=ap-northeast-1',
        'BEDROCK_MODEL_ID=anthropic.claude-sonnet-4-5-20250929-v1:0',
        'BEDROCK_EMBEDING_MODEL_ID=amazon.titan-embed-text-v1',
        `AWS_SECRET_ACCESS_KEY=${'wJalrFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEtest'}`,
      ].join('\n');

      async function check(text: string) {
        const tool = await openTool(lang, 'env-checker');
        const textarea = tool.page.locator('textarea[data-env]');
        // Masked by default: the text itself is not drawn, the backdrop draws it with secret values hidden.
        expect(await textarea.evaluate((el) => getComputedStyle(el).color)).toBe('rgba(0, 0, 0, 0)');
        await textarea.fill(text);
        await expect.poll(() => tool.page.locator('[data-backdrop]').textContent()).toBe(`${maskEnvSecrets(text)}\n`);
        await expect.poll(() => tool.page.locator('[data-output] [data-count]').count()).toBe(1);
        return tool;
      }

      it('passes a good file and shows what was read, without the key', async () => {
        const tool = await check(good);
        const expected = checkEnvText(good).filter((f) => f.severity === 'error');
        expect(expected).toEqual([]);
        expect(await tool.page.locator('[data-count]').getAttribute('data-count')).toMatch(/^0:/);
        expect(await tool.page.locator('[data-output] dl').innerText()).toContain('ap-northeast-1');
        await tool.expectNothingLeftThePage([ownPart(goodKey)]);
        await tool.close();
      });

      it('gives the same findings as npm run doctor -- --offline for a bad file', async () => {
        const tool = await check(bad);
        const expected = checkEnvText(bad).map((f) => f.code);
        expect(expected.length).toBeGreaterThanOrEqual(3);
        expect(await codesOn(tool.page)).toEqual(expected);
        // Messages are in the page's language, with a link to this site's troubleshooting entry.
        const first = checkEnvText(bad, lang)[0]!;
        expect(await tool.page.locator('[data-output] .finding').first().innerText()).toContain(first.message);
        expect(await tool.page.locator('[data-output] .finding a').first().getAttribute('href')).toMatch(
          new RegExp(`^/${lang}/troubleshooting/#`),
        );
        await tool.expectNothingLeftThePage(['wJalrFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEtest']);
        await tool.close();
      });

      it('shows a region the checks reject as it was written', async () => {
        const tool = await check('AWS_REGION=tokyo\n');
        expect(await tool.page.locator('[data-output] dl').innerText()).toContain('tokyo');
        expect(await codesOn(tool.page)).toContain('region-invalid');
        await tool.close();
      });

      it('reports each problem on its own: a wrong region does not hide the model past its end of life', async () => {
        const text = 'AWS_REGION=tokyo\nBEDROCK_MODEL_ID=anthropic.claude-3-sonnet-20240229-v1:0\n';
        const tool = await check(text);
        const codes = await codesOn(tool.page);
        expect(codes).toContain('region-invalid');
        expect(codes).toContain('model-end-of-life');
        const read = await tool.page.locator('[data-output] dl').innerText();
        expect(read).toContain('tokyo');
        expect(read).toContain('anthropic.claude-3-sonnet-20240229-v1:0');
        await tool.close();
      });

      it('masks only secret values: names and other values stay readable, and Show values reveals the text', async () => {
        const tool = await check(bad);
        const backdrop = tool.page.locator('[data-backdrop]');
        await expect.poll(() => backdrop.isVisible()).toBe(true);
        const shown = (await backdrop.innerText()) ?? '';
        expect(shown).toContain('AWS_REGION=ap-northeast-1');
        expect(shown).toContain('AWS_SECRET_ACCESS_KEY=****');
        expect(shown).not.toContain('wJalrFAKE');
        await tool.page.locator('input[data-show]').check();
        expect(await tool.page.locator('textarea[data-env]').evaluate((el) => getComputedStyle(el).color)).not.toBe(
          'rgba(0, 0, 0, 0)',
        );
        expect(await backdrop.isVisible()).toBe(false);
        await tool.close();
      });

      it('reports a long-term key and a split key as doctor does', async () => {
        const text = `AWS_BEARER_TOKEN_BEDROCK=${longTermKey.slice(0, 30)}\n${longTermKey.slice(30)}\nAWS_REGION=us-east-1\n`;
        const tool = await check(text);
        expect(await codesOn(tool.page)).toEqual(checkEnvText(text).map((f) => f.code));
        await tool.expectNothingLeftThePage([longTermKey]);
        await tool.close();
      });
    });

    describe('policy builder', () => {
      it('builds the least-privilege policy for Tokyo and copies it', async () => {
        const tool = await openTool(lang, 'policy-builder');
        const page = tool.page;
        await page.locator('select[data-region]').selectOption('ap-northeast-1');
        await page.locator('select[data-chat]').selectOption('anthropic.claude-sonnet-4-5-20250929-v1:0');
        await page.locator('select[data-embedding]').selectOption('amazon.titan-embed-text-v2:0');
        await page.locator('input[data-account]').fill('123456789012');
        const expected = formatPolicy(
          bedrockPolicy({
            region: 'ap-northeast-1',
            chatModelId: invocableIdFor('anthropic.claude-sonnet-4-5-20250929-v1:0', 'ap-northeast-1')!,
            embeddingModelId: 'amazon.titan-embed-text-v2:0',
            auth: 'api-key',
            accountId: '123456789012',
            includeDoctorReads: true,
          }).policy,
        );
        await expect
          .poll(async () => JSON.parse(await page.locator('pre[data-policy]').innerText()))
          .toEqual(JSON.parse(expected));
        expect(expected).toContain('bedrock:CallWithBearerToken');
        expect(expected).toContain('inference-profile/jp.anthropic.claude-sonnet-4-5');
        await page.locator('button[data-copy]').click();
        await expect
          .poll(() => page.locator('button[data-copy]').innerText())
          .toBe(lang === 'ja' ? 'コピーしました' : 'Copied');
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
        await page.locator('input[name="policy-auth"][value="iam"]').check();
        await expect.poll(() => page.locator('pre[data-policy]').innerText()).not.toContain('CallWithBearerToken');
        await tool.expectNothingLeftThePage();
        await tool.close();
      });

      it('rejects an account ID that is not 12 digits', async () => {
        const tool = await openTool(lang, 'policy-builder');
        await tool.page.locator('input[data-account]').fill('12345');
        await expect.poll(() => tool.page.locator('[data-output] .finding[data-severity="error"]').count()).toBe(1);
        expect(await tool.page.locator('pre[data-policy]').count()).toBe(0);
        await tool.close();
      });
    });

    describe('model ID helper', () => {
      it('gives the inference profile ID each region needs', async () => {
        const tool = await openTool(lang, 'model-id');
        const page = tool.page;
        await page.locator('select[data-model]').selectOption('anthropic.claude-sonnet-4-5-20250929-v1:0');
        for (const region of ['ap-northeast-1', 'us-east-1', 'eu-central-1']) {
          await page.locator('select[data-region]').selectOption(region);
          const id = invocableIdFor('anthropic.claude-sonnet-4-5-20250929-v1:0', region);
          await expect.poll(() => page.locator('pre[data-result]').innerText()).toBe(`BEDROCK_MODEL_ID=${id}`);
        }
        expect(await page.locator('pre[data-result]').innerText()).not.toContain('jp.');
        await page.locator('select[data-region]').selectOption('ap-northeast-1');
        await expect.poll(() => page.locator('pre[data-result]').innerText()).toContain('=jp.');
        await page.locator('select[data-model]').selectOption('amazon.titan-embed-text-v2:0');
        await expect
          .poll(() => page.locator('pre[data-result]').innerText())
          .toBe('BEDROCK_EMBEDDING_MODEL_ID=amazon.titan-embed-text-v2:0');
        await tool.expectNothingLeftThePage();
        await tool.close();
      });

      it("checks an ID the user already has (the old guide's base ID needs a profile or is legacy)", async () => {
        const tool = await openTool(lang, 'model-id');
        await tool.page.locator('select[data-region]').selectOption('ap-northeast-1');
        await tool.page.locator('input[data-typed]').fill('anthropic.claude-sonnet-4-5-20250929-v1:0');
        await expect.poll(() => tool.page.locator('[data-status]').getAttribute('data-status')).toBe('needs-profile');
        // On-demand calls are refused in this region (elsewhere the same ID may work): the message says so.
        expect(await tool.page.locator('[data-status]').innerText()).toContain(
          lang === 'ja' ? 'このリージョンでは' : 'In this region',
        );
        await tool.page.locator('input[data-typed]').fill('no-such.model-v9');
        await expect.poll(() => tool.page.locator('[data-status]').getAttribute('data-status')).toBe('unknown');
        await tool.expectNothingLeftThePage();
        await tool.close();
      });

      it('warns about a legacy model, chosen from the list or typed, and names its successor', async () => {
        const tool = await openTool(lang, 'model-id');
        const page = tool.page;
        // The catalog's day, so that what is legacy (not yet past its end of life) does not move with the calendar.
        await page.clock.setFixedTime(new Date(`${CATALOG_DATE}T12:00:00Z`));
        const model = findModel(LEGACY_MODEL);
        expect(model && lifecycleOn(model, CATALOG_DATE, 'ap-northeast-1')).toBe('legacy');
        const successor = model?.lifecycle.replacement ?? '';
        const legacy = lang === 'ja' ? '旧世代のモデルです' : 'This is a legacy model';
        await page.locator('select[data-region]').selectOption('ap-northeast-1');
        await page.locator('select[data-model]').selectOption(LEGACY_MODEL);
        const chosen = page.locator('[data-output] > .finding[data-severity=warning]');
        await expect.poll(() => chosen.innerText()).toContain(legacy);
        expect(await chosen.innerText()).toContain(successor);
        // Typed as the profile ID the region needs: callable, and still a legacy model.
        await page.locator('input[data-typed]').fill(invocableIdFor(LEGACY_MODEL, 'ap-northeast-1') ?? '');
        const typed = page.locator('[data-status]');
        await expect.poll(() => typed.getAttribute('data-status')).toBe('ok');
        expect(await typed.getAttribute('data-severity')).toBe('warning');
        expect(await typed.innerText()).toContain(legacy);
        expect(await typed.innerText()).toContain(successor);
        await tool.expectNothingLeftThePage();
        await tool.close();
      });
    });
  });
}
