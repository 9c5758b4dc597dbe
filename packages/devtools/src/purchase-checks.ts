// The asynchronous-authorization checks both samples run against their own chat and Shop API routes, so the
// two stay alike: the purchase tool held until the user answers on the dev issuer's device (approve, deny, no
// answer in time), and the Shop API's token checks. It starts the emulator and a dev issuer, points the sample's
// configuration at them, serves the Shop API route on a real socket; each sample supplies its routes and how to
// read one chat turn.
import { type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import { DEFAULT_SHOP_API_AUDIENCE } from '@repo/config';
import { type DevIdp, startDevIdp } from '@repo/dev-idp';
import { approvedCibaToken, waitForPendingRequest } from '@repo/dev-idp/testing';
import { freePort, type ServedHandler, serveHandler } from '@repo/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyEnvFile } from './hermetic-env.ts';

export interface PurchaseAnswer {
  /** The purchase tool's result, when it was called. */
  output?: Record<string, unknown>;
  /** An error event or a failed tool call. */
  failed: boolean;
  /** The answer came to its normal end. */
  finished: boolean;
}

type Handler = (request: Request) => Promise<Response>;

export interface PurchaseSample {
  /** The user the test signs in as (the sample's session lookup must return them). */
  userId: string;
  /** The sample's variables that point it at the emulator (besides BEDROCK_MODE=emulator). */
  emulatorEnv: (emulator: RunningEmulator) => Record<string, string>;
  /** The sample's route modules, imported once the environment is set. */
  routes: () => Promise<{ chat: Handler; shop: Handler }>;
  /** One chat turn through the sample's chat route, read to its end. */
  ask(chat: Handler, text: string, lang: 'ja' | 'en'): Promise<PurchaseAnswer>;
}

interface PurchaseHarness {
  idp: DevIdp;
  userId: string;
  shopApiUrl: string;
  audience: string;
  ask(text: string, lang: 'ja' | 'en'): Promise<PurchaseAnswer>;
}

export function describePurchaseChecks(sample: PurchaseSample): void {
  let emulator: RunningEmulator | undefined;
  let idp: DevIdp | undefined;
  let shop: ServedHandler | undefined;
  let state: PurchaseHarness | undefined;

  beforeAll(async () => {
    [emulator, idp] = await Promise.all([
      startEmulator({ port: 0 }),
      freePort().then((port) => startDevIdp({ port, pollInterval: 1 })),
    ]);
    vi.stubEnv('DOTENV_CONFIG_PATH', emptyEnvFile());
    vi.stubEnv('BEDROCK_MODE', 'emulator');
    for (const [name, value] of Object.entries(sample.emulatorEnv(emulator))) vi.stubEnv(name, value);
    vi.stubEnv('DEV_IDP_PORT', String(idp.port));
    const routes = await sample.routes();
    shop = await serveHandler(routes.shop);
    // Read when the sample's server context is first built, at the first request.
    vi.stubEnv('SHOP_API_URL', `${shop.url}/api/shop`);
    state = {
      idp,
      userId: sample.userId,
      shopApiUrl: `${shop.url}/api/shop`,
      audience: DEFAULT_SHOP_API_AUDIENCE,
      ask: (text, lang) => sample.ask(routes.chat, text, lang),
    };
  }, 60_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await Promise.all([shop?.close(), emulator?.close(), idp?.close()]);
  });
  afterEach(() => vi.useRealTimers());
  const harness = () => state as PurchaseHarness;
  const pending = (bindingMessage: RegExp) => {
    const { idp, userId } = harness();
    return waitForPendingRequest(idp, userId, bindingMessage);
  };

  describe('the purchase tool through the chat route, the dev issuer and the Shop API', { timeout: 90_000 }, () => {
    it('holds the purchase until the user approves, then orders with the token (en)', async () => {
      const { idp, userId, audience, ask } = harness();
      const answer = ask('Please buy 2 wireless headphones for 59.99 USD each', 'en');
      const request = await pending(/^Buy 2 .*total USD 119\.98$/);
      expect(request.scopes).toContain('product:buy');
      expect(request.audience).toBe(audience);
      await idp.answerRequest(userId, request.id, true);
      const { output, failed, finished } = await answer;
      expect(output).toMatchObject({ status: 'purchased', order: { quantity: 2, currency: 'USD', total: 119.98 } });
      expect(String((output?.order as { orderId?: unknown } | undefined)?.orderId)).toMatch(/^order_/);
      expect({ failed, finished }).toEqual({ failed: false, finished: true });
    });

    it('answers "declined" when the user denies, as an outcome, not an error (ja)', async () => {
      const { idp, userId, ask } = harness();
      const answer = ask('ワイヤレスイヤホンを 1 個、9800 円で購入してください', 'ja');
      const request = await pending(/を 1 点購入: 合計 JPY 9,800$/);
      await idp.answerRequest(userId, request.id, false);
      const { output, failed, finished } = await answer;
      expect(output).toMatchObject({ status: 'declined' });
      expect({ failed, finished }).toEqual({ failed: false, finished: true });
    });

    it('answers "expired" when the user does not answer in time', async () => {
      const { ask } = harness();
      const answer = ask('Buy 1 notebook for 5 USD', 'en');
      await pending(/^Buy 1 .*total USD 5\.00$/);
      // The approval window passes (the issuer and @auth0/ai both read the clock).
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 10 * 60_000 });
      const { output, failed, finished } = await answer;
      expect(output).toMatchObject({ status: 'expired' });
      expect({ failed, finished }).toEqual({ failed: false, finished: true });
    });
  });

  describe('the Shop API route checks the token', () => {
    const order = { product: 'Tea', quantity: 1, price: 3, currency: 'USD' };
    const token = (scope: string, audience = harness().audience) =>
      approvedCibaToken(harness().idp, { userId: harness().userId, scope, audience });
    const post = (bearer: string | undefined, body: unknown = order) =>
      fetch(harness().shopApiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify(body),
      });
    async function refusal(res: Response, status: number) {
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: string; message: { ja: string; en: string } };
      expect(body.message.ja).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(body.message.en).toMatch(/\w/);
      return body;
    }

    it('accepts a token for the Shop API with product:buy, and checks the order', async () => {
      const bearer = await token('openid product:buy');
      const res = await post(bearer);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ product: 'Tea', quantity: 1, total: 3, currency: 'USD' });
      expect((await refusal(await post(bearer, { ...order, quantity: 0 }), 400)).message.en).toContain('quantity');
    });

    it('refuses no token, another audience, a missing scope, a bad signature and an expired token', async () => {
      expect((await refusal(await post(undefined), 401)).error).toBe('invalid_token');
      const other = await post(await token('openid product:buy', 'https://other.example/api'));
      expect((await refusal(other, 401)).message.en).toContain('audience');
      const narrow = await post(await token('openid product:read'));
      expect(narrow.headers.get('www-authenticate')).toContain('insufficient_scope');
      expect((await refusal(narrow, 403)).message.ja).toContain('product:buy');

      const good = await token('openid product:buy');
      const [header, payload, signature] = good.split('.') as [string, string, string];
      const flipped = signature.endsWith('AAAA') ? 'BBBB' : 'AAAA';
      const forged = `${header}.${payload}.${signature.slice(0, -4)}${flipped}`;
      expect((await refusal(await post(forged), 401)).message.en).toContain('signature');
      // A day later the token the issuer signed is past its expiry.
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 24 * 3600_000 });
      expect((await refusal(await post(good), 401)).message.en).toContain('expired');
    });
  });
}
