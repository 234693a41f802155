/// <reference types="chrome" />
/**
 * Browser events Playwright cannot produce — a browser-level keyboard shortcut (headless
 * Chromium has no browser UI to press it in), a click in the native context menu, the
 * extension being updated — fired in the extension's service worker.
 *
 * Chromium's extension event objects (`chrome.commands.onCommand` etc.) have a `dispatch()`
 * method that runs every registered listener with the given arguments, exactly as the browser
 * does when the event happens (measured on Chromium 156). The extension's own code is
 * unchanged: nothing test-only ships in the package.
 */
import type { ExtensionSession } from './browser';

/** A shortcut pressed while `tabId` is the active tab (what `commands.onCommand` receives). */
export function pressShortcut(s: ExtensionSession, command: string, tabId: number): Promise<void> {
  return s.worker.evaluate(
    async ({ command, tabId }) => {
      const tab = await chrome.tabs.get(tabId);
      (chrome.commands.onCommand as unknown as { dispatch(c: string, t: chrome.tabs.Tab): void }).dispatch(command, tab);
    },
    { command, tabId },
  );
}

/** The admin chose our context-menu item on `tabId` with `selectionText` selected. */
export function clickContextMenu(s: ExtensionSession, menuItemId: string, selectionText: string, tabId: number): Promise<void> {
  return s.worker.evaluate(
    async ({ menuItemId, selectionText, tabId }) => {
      const tab = await chrome.tabs.get(tabId);
      const info = { menuItemId, selectionText, editable: false, pageUrl: tab.url ?? '' };
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: object, t: chrome.tabs.Tab): void }).dispatch(info, tab);
    },
    { menuItemId, selectionText, tabId },
  );
}

/** `runtime.onInstalled` as after an update of the extension. */
export function fireInstalled(s: ExtensionSession, details: { reason: string; previousVersion?: string }): Promise<void> {
  return s.worker.evaluate((d) => {
    (chrome.runtime.onInstalled as unknown as { dispatch(d: object): void }).dispatch(d);
  }, details);
}

/** Ids of the extension's notifications now showing. */
export function notificationIds(s: ExtensionSession): Promise<string[]> {
  return s.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

export function clearNotifications(s: ExtensionSession): Promise<void> {
  return s.worker.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
}

/** The id of the tab showing a page we have no host access to (its URL is hidden from us). */
export function otherSiteTabId(s: ExtensionSession): Promise<number> {
  return s.worker.evaluate(async () => {
    const id = (await chrome.tabs.query({})).find((t) => !t.url && !t.pendingUrl)?.id;
    if (id === undefined) throw new Error('No tab of another site is open');
    return id;
  });
}
