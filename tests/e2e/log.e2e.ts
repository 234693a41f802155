/// <reference types="chrome" />
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchExtension, openPanelPage, type ExtensionSession } from './harness/browser';
import { SCREENSHOTS } from './harness/paths';
import { demoLog } from './log-demo';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

/** Today's local day key as the extension computes it (same clock, same zone). */
const todayIn = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  });

/** Reads the extension's IndexedDB directly (not through the code under test). */
function idb(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ posts: { id: string; day: string; hash?: string }[]; days: { day: string; total: number }[] }>((resolve, reject) => {
        const open = indexedDB.open('town-crier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['posts', 'postDays']);
          const posts = tx.objectStore('posts').getAll();
          const days = tx.objectStore('postDays').getAll();
          tx.oncomplete = () => {
            resolve({ posts: posts.result, days: days.result });
            db.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const badge = () =>
  s.worker.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), color: await chrome.action.getBadgeBackgroundColor({}) }));

async function openLog(lang: 'en' | 'cs' = 'en'): Promise<Page> {
  const page = await openPanelPage(s);
  await page.setViewportSize({ width: 400, height: 900 });
  await page.getByRole('tab', { name: lang === 'en' ? 'Log' : 'Deník' }).click();
  await page.getByTestId('heatmap').waitFor();
  return page;
}

describe('the Log tab in Chromium', () => {
  it('logging by hand shows 1 on the toolbar badge and today in the heatmap; no accessibility violations', async () => {
    const page = await openLog();
    const today = await todayIn(page);
    await expect.poll(badge).toEqual({ text: '0', color: [179, 38, 30, 255] });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '+1 Facebook' }).click();
    await expect.poll(badge).toEqual({ text: '1', color: [20, 108, 46, 255] });
    const cell = page.locator(`[data-testid="heatmap"] [data-day="${today}"]`);
    await expect.poll(() => cell.getAttribute('aria-label')).toMatch(/: 1 post \(on target\)$/);
    expect(await page.getByTestId('today-summary').textContent()).toContain('1 / 1–3 ✓');
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard: the day cells are reachable and labelled.
    await cell.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/: 0 posts$/);
    await page.close();
  });

  it('imports a year of history, shows it, and is accessible in English and Czech (screenshots)', async () => {
    const page = await openLog();
    const today = await todayIn(page);
    const file = demoLog(today);
    await page.getByLabel('Import from a file').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(file.json) });
    await expect.poll(() => page.getByTestId('import-result').textContent()).toBe(
      `Import done. New: ${file.posts}, updated: 0, already in the log: 0, fan counts: ${file.followers}.`,
    );
    await page.getByText(/^Facebook: 1,450 → 4,400 fans \(×3\)/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'log-en.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('cs');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('tab', { name: 'Deník' }).click();
    await page.getByText(/^Facebook: 1\s450 → 4\s400 fanoušků \(×3\)/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'log-cs.png'), fullPage: true });
    // Back to English for the tests below.
    await page.getByRole('tab', { name: 'Nastavení' }).click();
    await page.getByLabel('Jazyk').selectOption('en');
    await page.getByRole('button', { name: 'Uložit' }).click();
    await page.getByRole('tab', { name: 'Log' }).waitFor();
    await page.close();
  });

  it('reminds when the minimum is not met, also after the service worker was stopped', async () => {
    const page = await openLog();
    // The midnight alarm is armed for one second after the next local midnight.
    const midnight = await s.worker.evaluate(async () => {
      const d = new Date();
      return { alarm: (await chrome.alarms.get('log:midnight'))?.scheduledTime, expected: new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() + 1000 };
    });
    expect(midnight.alarm).toBe(midnight.expected);

    // A minimum of 20 is not met; the reminder time has passed (00:00).
    const setTarget = (patch: object) =>
      page.evaluate(async (p) => {
        const { settings } = (await chrome.storage.local.get('settings')) as { settings: object };
        await chrome.storage.local.set({ settings: { ...settings, ...p } });
      }, patch);
    await setTarget({ targetMin: 20, targetMax: 20, reminderEnabled: true, reminderTime: '00:00' });
    try {
      await expect.poll(badge).toMatchObject({ color: [179, 38, 30, 255] });

      // Stop the worker and lose the alarms: the next wake-up (any event) puts them back.
      const cdp = await s.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      const status = { value: '' };
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        status.value = e.versions.map((v: { runningStatus: string }) => v.runningStatus).join();
      });
      const stopWorker = async () => {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await expect.poll(() => status.value).toBe('stopped');
      };
      await stopWorker();
      await page.evaluate(() => chrome.alarms.clearAll());
      await page.evaluate(() => chrome.runtime.sendMessage({ __townCrier: 1, to: 'background', type: 'ping', payload: undefined }));
      await expect.poll(() => page.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort())).toEqual(['log:midnight', 'log:reminder']);

      // Stopped again; the reminder alarm fires "now", wakes it, and the notification appears.
      await stopWorker();
      await page.evaluate(() => chrome.notifications.getAll().then((all) => Promise.all(Object.keys(all).map((id) => chrome.notifications.clear(id)))));
      await page.evaluate(() => chrome.alarms.create('log:reminder', { when: Date.now() }));
      await expect.poll(() => page.evaluate(() => chrome.notifications.getAll()), { timeout: 15_000 }).toHaveProperty('log:reminder');
      expect(status.value).toBe('running');
      // Re-armed for tomorrow.
      await expect.poll(() => page.evaluate(async () => (await chrome.alarms.get('log:reminder'))?.scheduledTime ?? 0)).toBeGreaterThan(Date.now() + 60_000);
    } finally {
      await setTarget({ targetMin: 1, targetMax: 3, reminderTime: '14:00' });
    }
    await page.close();
  });

  it('200 writes at once from two panels and the service worker → exactly 200 entries, and the badge agrees', async () => {
    const [a, b] = [await openLog(), await openLog()];
    const c = await s.context.newPage();
    await c.goto(s.extensionUrl('popup.html'));
    const today = await todayIn(a);
    const before = await idb(a);
    const click67 = (page: Page, name: string) =>
      page.evaluate((label) => {
        const button = [...document.querySelectorAll('button')].find((x) => x.textContent === label)!;
        for (let i = 0; i < 67; i++) button.click();
      }, name);
    await Promise.all([
      click67(a, '+1 Facebook'),
      click67(b, '+1 Instagram'),
      // The background writes these (log:add is what a keyboard shortcut will use).
      c.evaluate(() =>
        Promise.all(
          Array.from({ length: 66 }, (_, i) =>
            chrome.runtime.sendMessage({ __townCrier: 1, to: 'background', type: 'log:add', payload: { platform: 'facebook', note: `bg ${i}` } }),
          ),
        ),
      ),
    ]);
    await expect.poll(async () => (await idb(a)).posts.length, { timeout: 20_000 }).toBe(before.posts.length + 200);
    // Settled: still 200 a moment later, and the per-day totals agree with the posts.
    await new Promise((r) => setTimeout(r, 500));
    const after = await idb(a);
    expect(after.posts.length).toBe(before.posts.length + 200);
    const todays = after.posts.filter((p) => p.day === today).length;
    expect(after.days.find((d) => d.day === today)?.total).toBe(todays);
    await expect.poll(async () => (await badge()).text).toBe(todays > 99 ? '99+' : String(todays));
    await expect.poll(() => a.getByTestId('today-summary').textContent()).toContain(`${todays} / 1–3`);
    await Promise.all([a.close(), b.close(), c.close()]);
  });

  it('the same published event sent twice is logged once', async () => {
    const page = await openLog();
    const event = await page.evaluate(() => ({ platform: 'facebook', kind: 'post', at: Date.now(), excerpt: '💧 Ve středu nepoteče voda', hash: `e2e-${Date.now()}` }));
    // Straight into the composer's queue (twice, as a retried message would), not through enqueue's own check.
    await s.worker.evaluate((e) => chrome.storage.local.set({ publishedQueue: [e, e] }), event);
    await s.worker.evaluate((e) => chrome.storage.local.set({ publishedQueue: [e] }), event);
    await expect.poll(() => s.worker.evaluate(async () => (await chrome.storage.local.get('publishedQueue')).publishedQueue)).toEqual([]);
    await expect.poll(async () => (await idb(page)).posts.filter((p) => p.hash === event.hash).length).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect((await idb(page)).posts.filter((p) => p.hash === event.hash)).toHaveLength(1);
    await page.getByText('💧 Ve středu nepoteče voda').waitFor();
    await page.close();
  });
});
