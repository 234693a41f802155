/// <reference types="chrome" />
/**
 * The keyboard shortcuts in the real Chromium. Headless Chromium has no browser window to
 * press a browser-level shortcut in, so each command is fired in the service worker exactly as
 * the browser fires it (harness/events.ts) with the tab it would pass; everything after that
 * (the background's handler, the panel, the composer, the log, the badge) is the real thing.
 * `_execute_action` is the browser's own: what it does is checked through the settings it
 * follows (the panel opens on the action click on Facebook tabs, where the popup is cleared).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, hasContentScript, launchExtension, openPanelPage, openSite, tabIdOf, type ExtensionSession } from './harness/browser';
import { clearNotifications, notificationIds, otherSiteTabId, pressShortcut } from './harness/events';
import { loggedPostsSince } from './harness/log';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

const badge = () => s.worker.evaluate(() => chrome.action.getBadgeText({}));
const editorState = (page: Page) => page.evaluate(() => window.__editors.facebook!.text());

let opened = 0;
async function openComposer(pathname = '/mestozabreh?open=1&lang=en') {
  const page = await openSite(s, s.site('www.facebook.com', `${pathname}&n=${++opened}`));
  expect(await hasContentScript(page)).toBe(true);
  return { page, tabId: await tabIdOf(s, page) };
}

describe('keyboard shortcuts', () => {
  it('are registered with their keys; "open the panel" is the toolbar button, which opens the panel on Facebook', async () => {
    const commands = await s.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => [c.name, c.shortcut])).toEqual([
      ['_execute_action', 'Alt+Shift+H'],
      ['insert-post', 'Alt+Shift+V'],
      ['log-post', 'Alt+Shift+L'],
    ]);
    const fb = await openSite(s, s.site('www.facebook.com', '/mestozabreh?n=action'));
    await hasContentScript(fb);
    const tabId = await tabIdOf(s, fb);
    await expect
      .poll(() => s.worker.evaluate(async (id) => ({ behavior: await chrome.sidePanel.getPanelBehavior(), popup: await chrome.action.getPopup({ tabId: id }), panel: (await chrome.sidePanel.getOptions({ tabId: id })).enabled }), tabId))
      .toEqual({ behavior: { openPanelOnActionClick: true }, popup: '', panel: true });
    await fb.close();
  });

  it('"+1 post" logs a post for the active tab\'s network (Facebook elsewhere), updates the badge and notifies', async () => {
    const since = Date.now();
    const ig = await openSite(s, s.site('www.instagram.com', '/?n=log'));
    await hasContentScript(ig);
    await clearNotifications(s);
    await pressShortcut(s, 'log-post', await tabIdOf(s, ig));
    await expect.poll(badge).toBe('1');
    await expect.poll(() => notificationIds(s)).toEqual(['commands:result']);

    const web = await openSite(s, s.site('www.zabreh.cz'));
    await pressShortcut(s, 'log-post', await otherSiteTabId(s));
    await expect.poll(badge).toBe('2');
    expect((await loggedPostsSince(s, since, 'manual')).map((p) => [p.platform, p.kind])).toEqual([
      ['instagram', 'post'],
      ['facebook', 'post'],
    ]);
    await ig.close();
    await web.close();
  });

  it('"insert the post" runs the Insert of the panel next to the tab, also from another tab of the panel', async () => {
    const { page, tabId } = await openComposer();
    const panel = await openPanelPage(s, { tabId });
    await panel.getByLabel('Official notice').fill('Městský úřad Zábřeh oznamuje, že dne 12. 3. 2030 od 8:00 do 14:00 nepoteče voda v ulici Husova.');
    const postBox = panel.getByRole('textbox', { name: /Your post/ });
    await expect.poll(() => postBox.inputValue()).toMatch(/nepoteče voda/);
    const post = (await postBox.inputValue()).replace(/\s+$/, '');
    // The admin is on the Log tab when pressing the shortcut.
    await panel.getByRole('tab', { name: 'Log' }).click();
    await clearNotifications(s);
    await pressShortcut(s, 'insert-post', tabId);
    await expect.poll(() => editorState(page)).toBe(post);
    await panel.getByText('Inserted into the post ✓ Check it and publish it.').waitFor();
    expect(await panel.getByRole('tab', { name: 'Compose' }).getAttribute('aria-selected')).toBe('true');
    // The panel told the admin; no notification on top.
    expect(await notificationIds(s)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('"insert the post" without a panel on the tab, or on another site: nothing is touched and a notification says what to do', async () => {
    const { page, tabId } = await openComposer();
    // A panel of another tab is open: it must not take it.
    const other = await openComposer('/groups/zabreh?open=1&lang=en');
    const otherPanel = await openPanelPage(s, { tabId: other.tabId });
    await otherPanel.getByLabel('Official notice').fill('Text jiného panelu');
    await clearNotifications(s);
    await pressShortcut(s, 'insert-post', tabId);
    await expect.poll(() => notificationIds(s)).toEqual(['commands:result']);
    expect(await editorState(page)).toBe('');

    const web = await openSite(s, s.site('www.zabreh.cz', '/?n=insert'));
    await clearNotifications(s);
    await pressShortcut(s, 'insert-post', await otherSiteTabId(s));
    await expect.poll(() => notificationIds(s)).toEqual(['commands:result']);
    await Promise.all([web.close(), otherPanel.close(), other.page.close(), page.close()]);
  });

  it('the panel\'s help lists them with the keys the browser has now', async () => {
    const panel = await openPanelPage(s);
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.getByRole('button', { name: 'How it works' }).click();
    const help = panel.getByTestId('tab-help');
    await help.getByText('Alt+Shift+V').waitFor();
    expect(await help.locator('dt').allTextContents()).toEqual([
      'Open the panel (on Facebook and Instagram)',
      'Insert the panel’s post into Facebook',
      'Log “+1 post”',
    ]);
    expect(await axeViolations(panel)).toEqual([]);
    // Every tab has its own help.
    for (const tab of ['Checklist', 'Log', 'Settings']) {
      await panel.getByRole('tab', { name: tab }).click();
      await panel.getByRole('button', { name: 'How it works' }).click();
      expect(await panel.getByTestId('tab-help').locator('li').count()).toBeGreaterThanOrEqual(3);
      expect(await axeViolations(panel)).toEqual([]);
    }
    await panel.close();
  });
});
