/**
 * Where the side panel is offered. Chrome: the panel is enabled per tab only on Facebook and
 * Instagram; on every other tab the toolbar button shows the small popup instead. Firefox has
 * no per-tab side panel: the toolbar button toggles the sidebar on our hosts and shows the popup
 * elsewhere.
 */
import { browser } from 'wxt/browser';
import { actionApi } from '../background/browser';
import { isSupportedUrl } from '../hosts/hosts';

export const PANEL_PATH = 'sidepanel.html';
export const POPUP_PATH = 'popup.html';

/** The few browser calls this feature makes; absent members mean "this browser has no such API". */
export interface PanelApi {
  setPanelOptions?: (options: { tabId?: number; path?: string; enabled: boolean }) => Promise<unknown>;
  setPopup: (details: { tabId: number; popup: string }) => Promise<unknown>;
}

/** Enables the panel (and hides the popup) on our hosts; the reverse on any other page. */
export async function applyPanelAvailability(api: PanelApi, tabId: number, url: string | undefined): Promise<void> {
  const supported = isSupportedUrl(url);
  await Promise.all([
    api.setPanelOptions?.(supported ? { tabId, path: PANEL_PATH, enabled: true } : { tabId, enabled: false }),
    api.setPopup({ tabId, popup: supported ? '' : POPUP_PATH }),
  ]);
}

function realApi(): PanelApi {
  const action = actionApi();
  const sidePanel = (browser as { sidePanel?: typeof browser.sidePanel }).sidePanel;
  return {
    setPanelOptions: sidePanel ? (o) => sidePanel.setOptions(o) : undefined,
    setPopup: (d) => (action ? action.setPopup(d) : Promise.resolve()),
  };
}

const warn = (e: unknown) => console.warn('[Town Crier] panel availability', e);

async function syncAllTabs(api: PanelApi) {
  // Without the `tabs` permission, `url` is only visible on our hosts: exactly the tabs to enable.
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : applyPanelAvailability(api, t.id, t.url))));
}

/** Registers the listeners (synchronously, as MV3 workers require). */
export function registerPanelAvailability(): void {
  const api = realApi();
  const sidePanel = (browser as { sidePanel?: typeof browser.sidePanel }).sidePanel;
  if (sidePanel) {
    // The panel is off everywhere unless a tab is ours (per-tab options override this).
    sidePanel.setOptions({ enabled: false }).catch(warn);
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(warn);
  } else {
    // Firefox: the toolbar button toggles the sidebar on our hosts (the popup is cleared there).
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    actionApi()?.onClicked.addListener(() => {
      sidebar?.toggle().catch(warn);
    });
  }
  browser.runtime.onInstalled.addListener(() => void syncAllTabs(api).catch(warn));
  browser.runtime.onStartup.addListener(() => void syncAllTabs(api).catch(warn));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Single-page navigation changes `url` without a reload; both follow the tab.
    if (change.url !== undefined || change.status === 'loading') {
      applyPanelAvailability(api, tabId, change.url ?? tab.url).catch(warn);
    }
  });
}
