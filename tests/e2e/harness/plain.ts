/**
 * The same Debian Chromium and fixture host mapping as launchExtension(), without the
 * extension: the baseline for measuring what the extension costs a page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs } from './browser';
import { CHROMIUM_PATH } from './paths';

export async function launchPlainBrowser(port: number): Promise<BrowserContext & { close(): Promise<void> }> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(port),
  });
  const close = context.close.bind(context);
  return Object.assign(context, {
    close: async () => {
      await close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  });
}
