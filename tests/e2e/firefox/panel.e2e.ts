/**
 * The panel in Debian's Firefox ESR with the built Firefox package, in a Czech Firefox: the
 * Czech UI, every tab at the sidebar's 252 px (nothing cut off, nothing scrolling sideways),
 * axe-core on every tab, and data that survives a reload (storage.local and IndexedDB).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firefoxAxeViolations, launchFirefox, openFirefoxPanel, pollIn, type FirefoxSession } from '../harness/firefox';
import { measureOverflow, openAllDetails } from '../harness/layout';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox(inject('fixturePort'), { lang: 'cs' });
});
afterAll(() => s?.close());

/** The tabs' own labels (the Checklist tab carries its summary after the label). */
const tabLabels = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[role=tab]')].map((t) => t.firstChild?.textContent ?? ''));
const clickTab = async (page: Page, label: string) => {
  await page.evaluate((l) => [...document.querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.firstChild?.textContent === l)!.click(), label);
  await pollIn(page, new Function(`return document.querySelector('[role=tab][aria-selected=true]')?.firstChild?.textContent === ${JSON.stringify(label)}`) as () => boolean, { what: `tab ${label}` });
};

/** A real click on the button that reads `text`. */
async function clickButton(page: Page, text: string) {
  const button = await page.evaluateHandle((t) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === t) ?? null, text);
  const el = button.asElement();
  if (!el) throw new Error(`No button "${text}"`);
  await (el as import('puppeteer-core').ElementHandle<Element>).click();
}

/** The form control labelled `label` (its <label>'s text starts with it). */
async function control(page: Page, label: string) {
  const handle = await page.evaluateHandle(
    (l) => [...document.querySelectorAll('label')].find((x) => x.textContent?.trim().startsWith(l))?.control ?? null,
    label,
  );
  const el = handle.asElement();
  if (!el) throw new Error(`No field labelled "${label}"`);
  return el as import('puppeteer-core').ElementHandle<HTMLInputElement>;
}

describe('Firefox: the panel', () => {
  it('speaks Czech in a Czech Firefox (intl.locale.requested = cs)', async () => {
    const panel = await openFirefoxPanel(s);
    expect(await panel.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.i18n.getUILanguage())).toMatch(/^cs/);
    await pollIn(panel, () => document.documentElement.lang === 'cs', { what: 'lang=cs' });
    expect(await tabLabels(panel)).toEqual(['Psaní', 'Plán', 'Kontrola', 'Deník', 'Nastavení']);
    await panel.close();
  });

  it('every tab at 252 px: nothing scrolls sideways or is cut off, and axe-core finds no violation', async () => {
    const panel = await openFirefoxPanel(s);
    await panel.setViewport({ width: 252, height: 800 });
    // Headless Firefox draws a classic 12 px scrollbar: the content gets 240 px of the 252.
    await pollIn(panel, () => innerWidth === 252, { what: 'the 252 px viewport' });
    for (const label of ['Psaní', 'Plán', 'Kontrola', 'Deník', 'Nastavení']) {
      await clickTab(panel, label);
      // axe first, with the folds as the admin first sees them; then every fold open.
      expect({ tab: label, violations: await firefoxAxeViolations(panel) }).toEqual({ tab: label, violations: [] });
      await panel.evaluate(openAllDetails);
      const o = await panel.evaluate(measureOverflow);
      expect(o.clientWidth).toBeLessThanOrEqual(252);
      expect({ tab: label, ...o }).toEqual({ tab: label, scrollWidth: o.clientWidth, clientWidth: o.clientWidth, outside: [], scrolling: [], stickingOut: [] });
    }
    await panel.close();
  });

  it('settings (storage.local) and a logged post (IndexedDB) survive a reload of the panel', async () => {
    const panel = await openFirefoxPanel(s);
    await clickTab(panel, 'Nastavení');
    const town = await control(panel, 'Název města');
    await town.click({ count: 3 });
    await town.type('Zábřeh na Moravě');
    await clickButton(panel, 'Uložit');
    await pollIn(panel, () => document.body.textContent?.includes('Uloženo ✓'), { what: 'Uloženo ✓' });
    await clickTab(panel, 'Deník');
    // The log reads IndexedDB first: click once its views are there.
    await pollIn(panel, () => !!document.querySelector('[data-testid=heatmap]'), { what: 'the log loaded' });
    await clickButton(panel, '+1 Facebook');
    await pollIn(panel, () => !!document.querySelector('.log-list > li'), { what: 'the logged post' });

    await panel.reload({ waitUntil: [] as never }).catch(() => undefined);
    await pollIn(panel, () => !!document.querySelector('[role=tablist]'), { what: 'the panel after the reload' });
    await clickTab(panel, 'Nastavení');
    const after = await control(panel, 'Název města');
    expect(await after.evaluate((el) => el.value)).toBe('Zábřeh na Moravě');
    await clickTab(panel, 'Deník');
    await pollIn(panel, () => document.querySelectorAll('.log-list > li').length === 1, { what: 'one post in today’s list' });

    // What is stored, read raw: the setting in storage.local, the post in the extension's IndexedDB.
    const stored = await s.hub.evaluate(async () => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const all = await b.storage.local.get(null);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('town-crier');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const posts = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction('posts').objectStore('posts').getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return { settings: JSON.stringify(all), posts: posts.map((p) => ({ platform: p.platform, source: p.source })) };
    });
    expect(stored.settings).toContain('Zábřeh na Moravě');
    expect(stored.posts).toEqual([{ platform: 'facebook', source: 'manual' }]);
    await panel.close();
  });
});
