/// <reference types="chrome" />
/**
 * Settings → Delete everything in the real Chromium: the confirmation names what will be lost
 * and exports first; afterwards every table is empty, the settings are the defaults, the badge
 * shows 0, and another open panel keeps working.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchExtension, openPanelPage, type ExtensionSession } from './harness/browser';
import { demoLog } from './log-demo';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

/** Row counts of every object store of the extension's database, read raw. */
const tableCounts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('town-crier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = [...idb.objectStoreNames];
          const tx = idb.transaction(names);
          const out: Record<string, number> = {};
          for (const n of names) {
            const req = tx.objectStore(n).count();
            req.onsuccess = () => (out[n] = req.result);
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(out);
          };
        };
      }),
  );

const todayIn = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  });

const badge = () => s.worker.evaluate(() => chrome.action.getBadgeText({}));
const settingsSeen = (page: Page) => page.evaluate(() => chrome.runtime.sendMessage({ __townCrier: 1, to: 'background', type: 'settings:get', payload: undefined }));

describe('Delete everything', () => {
  it('after an export, leaves empty tables and default settings; other open panels keep working', async () => {
    const panel = await openPanelPage(s);
    await panel.setViewportSize({ width: 400, height: 900 });
    // A year of history, two posts today, a template of the admin's own, the town's settings.
    await panel.getByRole('tab', { name: 'Log' }).click();
    const file = demoLog(await todayIn(panel));
    await panel.getByLabel('Import from a file').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(file.json) });
    await panel.getByTestId('import-result').waitFor();
    await panel.getByRole('button', { name: '+1 Facebook' }).click();
    await panel.getByRole('button', { name: '+1 Instagram' }).click();
    await expect.poll(badge).toBe('2');
    await panel.getByRole('tab', { name: 'Compose' }).click();
    await panel.getByRole('button', { name: 'Templates' }).click();
    await panel.getByRole('button', { name: /^Duplicate the template/ }).first().click();
    await panel.getByText(/^Created the copy/).waitFor();
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByLabel('Town name').fill('Zábřeh');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByText('Saved ✓').waitFor();
    const before = await tableCounts(panel);
    expect(before).toMatchObject({ posts: file.posts + 2, followers: file.followers, hashtagSets: 4, tags: 3 });

    // Another panel is open on the Log tab meanwhile.
    const other = await openPanelPage(s);
    await other.getByRole('tab', { name: 'Log' }).click();
    await other.getByTestId('heatmap').waitFor();

    await panel.getByRole('button', { name: 'Delete everything…' }).click();
    const counts = panel.getByTestId('delete-counts');
    await counts.waitFor();
    expect(await counts.locator('li').allTextContents()).toEqual([
      '1 template of your own',
      '4 hashtag sets',
      '3 partners',
      `${file.posts + 2} logged posts`,
      `${file.followers} fan counts`,
      'your settings for Zábřeh (daily target, reminder, hashtags)',
      'everything in progress: a notice sent from the context menu and the “Published?” questions',
    ]);
    expect(await axeViolations(panel)).toEqual([]);

    // Export first: the log's JSON, as the Log tab makes it.
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export the log (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^town-crier-log-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(exported.posts).toHaveLength(file.posts + 2);

    await panel.getByRole('button', { name: 'Yes, delete everything' }).click();
    await panel.getByTestId('delete-done').waitFor();
    expect(await axeViolations(panel)).toEqual([]);

    const after = await tableCounts(panel);
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect((await settingsSeen(panel)).data).toMatchObject({ townName: '', targetMin: 1, targetMax: 3, language: 'auto', defaultHashtags: [] });
    expect(Object.keys(await s.worker.evaluate(() => chrome.storage.local.get(null)))).toEqual(['welcome']);
    await expect.poll(badge).toBe('0');
    // The Settings form shows the defaults.
    expect(await panel.getByLabel('Town name').inputValue()).toBe('');

    // The other panel did not break: it shows the empty log and can log again.
    await other.getByText('Nothing yet today. When you publish something, click +1.').waitFor();
    await other.getByRole('button', { name: '+1 Facebook' }).click();
    await expect.poll(badge).toBe('1');

    // Built-in templates come back with the Compose tab; nothing of the admin's.
    await panel.getByRole('tab', { name: 'Compose' }).click();
    await panel.getByRole('button', { name: 'Templates' }).click();
    await panel.getByTestId('no-own-templates').waitFor();
    expect((await tableCounts(panel)).templates).toBeGreaterThan(0);
    expect(await axeViolations(panel)).toEqual([]);
    await other.close();
    await panel.close();
  });
});
