/// <reference types="chrome" />
/**
 * First run in the real Chromium: a fresh profile opens the welcome page once; finishing it
 * stores the settings; a second launch of the same profile (Chromium fires onInstalled
 * "install" again for a command-line extension) and an update do not open it again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, launchExtension, type ExtensionSession } from './harness/browser';
import { fireInstalled } from './harness/events';
import { SCREENSHOTS } from './harness/paths';

const welcomePages = (s: ExtensionSession) => s.context.pages().filter((p) => p.url().endsWith('/welcome.html'));

async function waitForWelcome(s: ExtensionSession): Promise<Page> {
  await expect.poll(() => welcomePages(s).length, { timeout: 10_000 }).toBe(1);
  const page = welcomePages(s)[0]!;
  await page.getByRole('heading', { level: 2 }).waitFor();
  return page;
}

const stored = (s: ExtensionSession) =>
  s.worker.evaluate(async () => (await chrome.storage.local.get(['settings', 'welcome'])) as { settings?: Record<string, unknown>; welcome?: { shownAt: number; completedAt: number | null } });

const partnerNames = (s: ExtensionSession) =>
  s.worker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('town-crier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('tags').objectStore('tags').getAll();
          req.onsuccess = () => {
            resolve((req.result as { name: string }[]).map((t) => t.name).sort());
            open.result.close();
          };
        };
      }),
  );

async function next(page: Page, expected: string) {
  await page.getByRole('button', { name: /^(Next|Další)$/ }).click();
  await page.getByRole('heading', { level: 2, name: expected }).waitFor();
}

describe('the welcome page', () => {
  it('shows once on a fresh profile, stores what the admin answers, and never again on restart or update', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-welcome-'));
    try {
      let s = await launchExtension(inject('fixturePort'), { userDataDir: profile });
      const page = await waitForWelcome(s);
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await axeViolations(page)).toEqual([]);

      await next(page, 'Your town');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your town');
      await page.getByLabel('Town name').fill('Zábřeh');
      await next(page, 'Hashtags');
      expect(await page.getByLabel('Hashtags for every post').inputValue()).toBe('#Zábřeh #MěstoZábřeh');
      expect(await axeViolations(page)).toEqual([]);
      await next(page, 'Partners');
      await page.getByRole('checkbox', { name: /HZS Olomouckého kraje/ }).uncheck();
      await page.getByLabel('Name', { exact: true }).fill('SK Zábřeh');
      await page.getByLabel('Category').selectOption('sports');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByText('Added: SK Zábřeh ✓').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await next(page, 'Daily target');
      await page.getByLabel('At least').fill('2');
      await page.getByLabel('At most').fill('3');
      await next(page, 'Reminder');
      await page.getByLabel('Reminder time').fill('15:30');
      expect(await axeViolations(page)).toEqual([]);
      await next(page, 'All set');
      expect(await page.getByTestId('welcome-summary').textContent()).toContain('#Zábřeh #MěstoZábřeh');
      expect(await page.getByTestId('shortcuts').textContent()).toContain('Alt+Shift+V');
      expect(await axeViolations(page)).toEqual([]);
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'welcome-en.png'), fullPage: true });

      const first = await stored(s);
      expect(first.settings).toMatchObject({ townName: 'Zábřeh', defaultHashtags: ['#Zábřeh', '#MěstoZábřeh'], targetMin: 2, targetMax: 3, reminderEnabled: true, reminderTime: '15:30' });
      expect(first.welcome).toMatchObject({ shownAt: expect.any(Number), completedAt: expect.any(Number) });
      expect(await partnerNames(s)).toEqual(['Město Zábřeh', 'Policie ČR', 'SK Zábřeh']);
      // The settings are what the background reads.
      const seen = await page.evaluate(() => chrome.runtime.sendMessage({ __townCrier: 1, to: 'background', type: 'settings:get', payload: undefined }));
      expect(seen.data).toMatchObject({ townName: 'Zábřeh', targetMin: 2 });
      await s.close();

      // A real restart of the same profile: Chromium reports onInstalled "install" again here.
      s = await launchExtension(inject('fixturePort'), { userDataDir: profile });
      await new Promise((r) => setTimeout(r, 2_500));
      expect(welcomePages(s)).toEqual([]);
      expect(await stored(s)).toEqual(first);

      // An update of the extension.
      await fireInstalled(s, { reason: 'update', previousVersion: '0.0.9' });
      await new Promise((r) => setTimeout(r, 1_500));
      expect(welcomePages(s)).toEqual([]);
      expect(await stored(s)).toEqual(first);
      await s.close();
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });

  it('follows a Czech browser; skipping the setup stores nothing but is not asked again', async () => {
    const s = await launchExtension(inject('fixturePort'), { lang: 'cs-CZ', keepWelcome: true });
    try {
      const page = await waitForWelcome(s);
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await page.locator('h1').textContent()).toBe('Vítejte v Hlásné troubě');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'welcome-cs.png') });
      await page.getByRole('button', { name: 'Přeskočit nastavení' }).click();
      await page.getByRole('heading', { level: 2, name: 'Hotovo' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const { settings, welcome } = await stored(s);
      expect(settings).toBeUndefined();
      expect(welcome).toMatchObject({ completedAt: expect.any(Number) });
      // Opening the page again (Settings → setup guide) resumes at the end, with nothing asked again.
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Hotovo' }).waitFor();
    } finally {
      await s.close();
    }
  });
});
