/// <reference types="chrome" />
/**
 * After an extension update Chrome does not inject the new content script into open tabs;
 * the panel then injects it (utils/composer/client.ts ensureContentScript), and the composer
 * script whenever it is missing. A copy injected next to a running one must replace it, not
 * double it. (chrome.runtime.reload() itself cannot be tested here: in this Chromium it leaves
 * a command-line-loaded extension disabled — ERR_BLOCKED_BY_CLIENT — instead of reloading it.)
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { hasContentScript, launchExtension, openPanelPage, openSite, tabIdOf, type ExtensionSession } from './harness/browser';
import { loggedPostsSince } from './harness/log';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

it('injected again next to the running scripts, they replace them: one insert, one event per submit, no page error', async () => {
  const since = Date.now();
  const page = await openSite(s, s.site('www.facebook.com', '/mestozabreh?open=1&lang=en&again=1'));
  expect(await hasContentScript(page)).toBe(true);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const tabId = await tabIdOf(s, page);
  const panel = await openPanelPage(s, { tabId });
  const inject = (file: string) => panel.evaluate(async ([id, f]) => void (await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: [f] })), [tabId, file] as const);

  for (let round = 0; round < 2; round++) {
    await inject('/content-scripts/content.js');
    await inject('/content-scripts/composer.js');
  }
  await panel.getByLabel(/^Your post/).fill('Dvakrát načtený skript 🔁');
  await panel.getByRole('button', { name: 'Insert into post' }).click();
  await panel.getByText('Inserted into the post ✓ Check it and publish it.').waitFor();
  expect(await page.evaluate(() => window.__editors.facebook!.text())).toBe('Dvakrát načtený skript 🔁');

  // Count the reports that reach the background (the queue's dedup would hide a second one).
  await s.worker.evaluate(() => {
    const g = globalThis as unknown as { __reports: number };
    g.__reports = 0;
    chrome.runtime.onMessage.addListener((m: { type?: string }) => void (m?.type === 'composer:submitted' && g.__reports++));
  });
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await page.locator('[role=dialog]').waitFor({ state: 'detached' });
  const queue = () => loggedPostsSince(s, since);
  await expect.poll(queue, { timeout: 10_000 }).toMatchObject([{ excerpt: 'Dvakrát načtený skript 🔁' }]);
  await new Promise((r) => setTimeout(r, 1_000));
  expect(await queue()).toHaveLength(1);
  expect(await s.worker.evaluate(() => (globalThis as unknown as { __reports: number }).__reports)).toBe(1);
  // The scripts leave no mark in the page (they are asked over messaging instead).
  expect(await page.evaluate(() => document.documentElement.getAttributeNames())).toEqual(['lang']);
  expect(await hasContentScript(page)).toBe(true);
  expect(errors).toEqual([]);
  await panel.close();
  await page.close();
});
