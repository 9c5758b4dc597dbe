import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './screenshots.ts';

const dir = mkdtempSync(join(tmpdir(), 'screenshots-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A page whose screenshots are numbered images, counting how often it was asked. */
function page() {
  let taken = 0;
  return {
    get taken() {
      return taken;
    },
    screenshot: async () => new TextEncoder().encode(`image ${++taken}`),
  };
}

describe('saveScreenshot', () => {
  it('writes a missing file, keeps an existing one, and always takes the screenshot', async () => {
    const file = join(dir, 'nested', 'landing.png');
    const shots = page();
    expect(await saveScreenshot(shots, file, {})).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe('image 1');
    expect(await saveScreenshot(shots, file, {})).toBe('kept');
    expect(readFileSync(file, 'utf8')).toBe('image 1');
    expect(shots.taken).toBe(2);
  });

  it('overwrites when UPDATE_SCREENSHOTS=1', async () => {
    const file = join(dir, 'chat.png');
    writeFileSync(file, 'old image');
    expect(await saveScreenshot(page(), file, { UPDATE_SCREENSHOTS: '1' })).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe('image 1');
    expect(await saveScreenshot(page(), file, { UPDATE_SCREENSHOTS: '0' })).toBe('kept');
  });
});
