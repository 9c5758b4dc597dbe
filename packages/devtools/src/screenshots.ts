// Screenshots for the docs site, taken by the samples' browser tests. Every run takes them (the screen is
// exercised either way), but a file is written only when it is missing or UPDATE_SCREENSHOTS=1 is set, so a
// test run leaves the committed images alone.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The docs site's screenshot folder (apps/docs/public/screenshots). */
export const DOCS_SCREENSHOTS_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'apps',
  'docs',
  'public',
  'screenshots',
);

/** What a screenshot needs from a page (playwright's Page has it). */
export interface Screenshotter {
  screenshot(): Promise<Uint8Array>;
}

export type ScreenshotResult = 'written' | 'kept';

/** Takes the screenshot, then writes it to `file` when the file is missing or UPDATE_SCREENSHOTS=1. */
export async function saveScreenshot(
  page: Screenshotter,
  file: string,
  env: Record<string, string | undefined> = process.env,
): Promise<ScreenshotResult> {
  const image = await page.screenshot();
  if (existsSync(file) && env.UPDATE_SCREENSHOTS !== '1') return 'kept';
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, image);
  return 'written';
}
