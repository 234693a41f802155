/// <reference types="chrome" />
/**
 * The store screenshots (1280×800, Czech and English), made by the browser from the fixtures:
 * the Facebook fixture page at 880 px next to the panel page at 400 px, each screenshotted
 * by Chromium, then put side by side by a small page that only shows the two images.
 *   docs/screenshots/store-compose-{cs,en}.png   a notice from the context menu, rewritten and inserted
 *   docs/screenshots/store-log-{cs,en}.png       the log with a year of history
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasContentScript, launchExtension, openPanelPage, openSite, tabIdOf, type ExtensionSession } from './harness/browser';
import { clickContextMenu, otherSiteTabId } from './harness/events';
import { SCREENSHOTS } from './harness/paths';
import { demoLog } from './log-demo';

const WIDTH = 1280;
const HEIGHT = 800;
const PANEL = 400;

const NOTICE = {
  cs: 'Městský úřad Zábřeh oznamuje, že z důvodu plánované opravy vodovodního řadu bude dne 12. 3. 2030 v době od 8:00 do 14:00 hodin přerušena dodávka pitné vody v ulicích Havlíčkova, Husova a Sušilova. Náhradní zásobování bude zajištěno cisternou na křižovatce ulic Havlíčkova a Husova. Děkujeme za pochopení.',
  en: 'The Zábřeh Town Office hereby informs residents that, due to planned repairs of the water main, the water supply will be interrupted on 12 March 2030 from 8:00 to 14:00 in Havlíčkova Street and Husova Street. A drinking water tanker will be available at St. Bartholomew’s Church. We apologise for any inconvenience caused.',
} as const;

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => s?.close());

const setSettings = (patch: object) =>
  s.worker.evaluate(async (p) => {
    const { settings } = (await chrome.storage.local.get('settings')) as { settings?: object };
    await chrome.storage.local.set({ settings: { ...settings, ...p } });
  }, patch);

/** Two screenshots side by side in one 1280×800 image, composed by a page in the browser. */
async function compose(left: Buffer, right: Buffer, file: string): Promise<void> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  const src = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
  await page.setContent(
    `<body style="margin:0;display:flex;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;background:#fff">` +
      `<img src="${src(left)}" width="${WIDTH - PANEL}" height="${HEIGHT}" style="display:block">` +
      `<img src="${src(right)}" width="${PANEL}" height="${HEIGHT}" style="display:block;box-shadow:-1px 0 0 #c4cad3">` +
      `</body>`,
  );
  await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, file) });
  await page.close();
}

async function shot(page: Page, width: number): Promise<Buffer> {
  await page.setViewportSize({ width, height: HEIGHT });
  await page.bringToFront();
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  return page.screenshot();
}

const todayIn = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  });

describe('store screenshots', () => {
  it.each(['en', 'cs'] as const)('%s: Compose with a notice from the context menu, inserted into Facebook', async (lang) => {
    await setSettings({ language: lang, townName: 'Zábřeh', defaultHashtags: ['#Zábřeh', '#MěstoZábřeh'] });
    const fb = await openSite(s, s.site('www.facebook.com', `/mestozabreh?open=1&lang=${lang}&shot=${lang}`));
    expect(await hasContentScript(fb)).toBe(true);
    const web = await openSite(s, s.site('www.zabreh.cz', `/?shot=${lang}`));
    await clickContextMenu(s, 'town-crier-rewrite', NOTICE[lang], await otherSiteTabId(s));
    await web.close();
    const panel = await openPanelPage(s, { tabId: await tabIdOf(s, fb) });
    await panel.setViewportSize({ width: PANEL, height: HEIGHT });
    const postBox = panel.getByRole('textbox', { name: lang === 'en' ? /Your post/ : /Hotový příspěvek/ });
    await expect.poll(() => postBox.inputValue()).toMatch(lang === 'en' ? /no tap water/ : /nepoteče voda/);
    await panel.getByRole('button', { name: lang === 'en' ? 'Insert into post' : 'Vložit do příspěvku' }).click();
    await panel.locator('section[aria-busy="false"]').waitFor();
    await expect.poll(() => fb.evaluate(() => window.__editors.facebook!.text())).toMatch(lang === 'en' ? /no tap water/ : /nepoteče voda/);
    // The panel as the admin sees it after the click: the notice's origin and the post.
    await compose(await shot(fb, WIDTH - PANEL), await shot(panel, PANEL), `store-compose-${lang}.png`);
    await panel.close();
    await fb.close();
  });

  it.each(['en', 'cs'] as const)('%s: the Log with a year of history', async (lang) => {
    await setSettings({ language: lang });
    const fb = await openSite(s, s.site('www.facebook.com', `/mestozabreh?lang=${lang}&log=${lang}`));
    const panel = await openPanelPage(s, { tabId: await tabIdOf(s, fb) });
    await panel.setViewportSize({ width: PANEL, height: HEIGHT });
    await panel.getByRole('tab', { name: lang === 'en' ? 'Log' : 'Deník' }).click();
    if (lang === 'en') {
      const file = demoLog(await todayIn(panel));
      await panel.getByLabel('Import from a file').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(file.json) });
      await panel.getByTestId('import-result').waitFor();
    }
    await panel.getByTestId('heatmap').waitFor();
    // Something published today: the header and the badge show the target met.
    if (lang === 'en') await panel.getByRole('button', { name: '+1 Facebook' }).click();
    await expect.poll(() => panel.getByTestId('today-summary').textContent()).toContain('1 / 1–3 ✓');
    await compose(await shot(fb, WIDTH - PANEL), await shot(panel, PANEL), `store-log-${lang}.png`);
    await panel.close();
    await fb.close();
  });

  it('are 1280×800 PNG files', () => {
    for (const name of ['store-compose-en', 'store-compose-cs', 'store-log-en', 'store-log-cs']) {
      const png = fs.readFileSync(path.join(SCREENSHOTS, `${name}.png`));
      // IHDR: width and height, big-endian, at bytes 16–23.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([WIDTH, HEIGHT]);
    }
  });
});
