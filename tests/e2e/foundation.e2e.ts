/// <reference types="chrome" />
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, hasContentScript, launchExtension, openPanelPage, openSite, tabIdOf, type ExtensionSession } from './harness/browser';
import { SCREENSHOTS } from './harness/paths';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

describe('content script', () => {
  it.each([
    ['www.facebook.com', '/mestozabreh'],
    ['business.facebook.com', '/'],
    ['www.instagram.com', '/'],
  ] as const)('runs on https://%s', async (host, pathname) => {
    const page = await openSite(s, s.site(host, pathname));
    expect(await hasContentScript(page)).toBe(true);
    await page.close();
  });

  it('does not run on any other site', async () => {
    const page = await openSite(s, s.site('www.zabreh.cz'));
    await page.waitForLoadState('load');
    expect(await hasContentScript(page, 1_500)).toBe(false);
    await page.close();
  });

  it('answers the extension over the typed protocol', async () => {
    const page = await openSite(s, s.site('www.instagram.com'));
    await hasContentScript(page);
    const tabId = await tabIdOf(s, page);
    const reply = await s.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { __townCrier: 1, to: 'content', type: 'content:hello', payload: undefined }, { frameId: 0 }),
      tabId,
    );
    expect(reply).toEqual({ ok: true, data: { platform: 'instagram', url: 'https://www.instagram.com/' } });
    await page.close();
  });
});

describe('side panel availability', () => {
  it('is enabled on a Facebook tab, disabled (popup instead) on another site, and follows navigation', async () => {
    const fb = await openSite(s, s.site('www.facebook.com', '/mestozabreh'));
    const other = await openSite(s, s.site('www.zabreh.cz'));
    await hasContentScript(fb);
    const fbTab = await tabIdOf(s, fb);
    // The other tab's URL is hidden from us (no host permission): it is the one without a URL.
    const otherTab = await s.worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => !t.url && !t.pendingUrl)?.id ?? null);
    expect(otherTab).not.toBeNull();

    const state = (tabId: number) =>
      s.worker.evaluate(async (id) => ({
        panel: (await chrome.sidePanel.getOptions({ tabId: id })).enabled,
        popup: await chrome.action.getPopup({ tabId: id }),
      }), tabId);

    await expect.poll(() => state(fbTab)).toEqual({ panel: true, popup: '' });
    await expect.poll(() => state(otherTab!)).toEqual({ panel: false, popup: expect.stringMatching(/popup\.html$/) });

    // The same tab navigates away from Facebook: the panel goes, the popup comes back.
    await fb.goto(s.site('www.zabreh.cz', '/?from=facebook'));
    await expect.poll(() => state(fbTab)).toEqual({ panel: false, popup: expect.stringMatching(/popup\.html$/) });
    await fb.close();
    await other.close();
  });

  it('the popup explains the extension, takes a notice and offers Facebook and Instagram', async () => {
    const page = await s.context.newPage();
    await page.goto(s.extensionUrl('popup.html'));
    await expect.poll(() => page.getByRole('button').allTextContents()).toEqual(['Rewrite for Facebook', 'Open Facebook', 'Open Instagram']);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('side panel', () => {
  it('renders, switches language and has no accessibility violations', async () => {
    const page = await openPanelPage(s);
    await page.setViewportSize({ width: 400, height: 800 });
    // The browser is English, the setting is "auto": English first.
    // (The Checklist tab carries its summary after the label.)
    const tabLabels = () => page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.firstChild?.textContent));
    await expect.poll(tabLabels).toEqual(['Compose', 'Plan', 'Checklist', 'Log', 'Settings']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.getByRole('tab', { name: 'Settings' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'panel-settings-en.png') });

    await page.getByLabel('Language').selectOption('cs');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(tabLabels).toEqual(['Psaní', 'Plán', 'Kontrola', 'Deník', 'Nastavení']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cs');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'panel-settings-cs.png') });

    // Keyboard: arrow keys move between tabs.
    await page.getByRole('tab', { name: 'Nastavení' }).focus();
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Psaní');
    await page.close();
  });

  it('settings saved in the panel are what the background reads', async () => {
    const page = await openPanelPage(s);
    await page.getByRole('tab', { name: /Settings|Nastavení/ }).click();
    await page.getByLabel(/Town name|Název města/).fill('Zábřeh');
    await page.getByLabel(/Hashtags for every post|Hashtagy do každého příspěvku/).fill('#Zábřeh MěstoZábřeh');
    await page.getByLabel(/At least|Alespoň/).fill('2');
    await page.getByLabel(/At most|Nejvýše/).fill('4');
    await page.getByRole('button', { name: /Save|Uložit/ }).click();
    await page.getByText(/Saved ✓|Uloženo ✓/).waitFor();
    const seen = await page.evaluate(() =>
      chrome.runtime.sendMessage({ __townCrier: 1, to: 'background', type: 'settings:get', payload: undefined }),
    );
    expect(seen).toMatchObject({ ok: true, data: { townName: 'Zábřeh', targetMin: 2, targetMax: 4, defaultHashtags: ['#Zábřeh', '#MěstoZábřeh'] } });

    // A minimum above the maximum is refused with a message, and nothing is saved.
    await page.getByLabel(/At least|Alespoň/).fill('5');
    await page.getByRole('button', { name: /Save|Uložit/ }).click();
    await page.getByRole('alert').waitFor();
    const after = await page.evaluate(() => chrome.runtime.sendMessage({ __townCrier: 1, to: 'background', type: 'settings:get', payload: undefined }));
    expect(after.data.targetMin).toBe(2);
    await page.close();
  });

  it('the background ignores malformed and unknown messages and keeps working', async () => {
    const page = await openPanelPage(s);
    const replies = await page.evaluate(async () => {
      const send = (m: unknown) => chrome.runtime.sendMessage(m).then((r) => r ?? 'no reply', (e: Error) => `error: ${e.message}`);
      return {
        junk: await send({ hello: 'world' }),
        unknown: await send({ __townCrier: 1, to: 'background', type: 'no:such', payload: 1 }),
        ping: await send({ __townCrier: 1, to: 'background', type: 'ping', payload: undefined }),
      };
    });
    expect(replies.junk).toMatch(/no reply|error/);
    expect(replies.unknown).toMatch(/no reply|error/);
    expect(replies.ping).toMatchObject({ ok: true, data: { at: expect.any(Number) } });
    await page.close();
  });
});
