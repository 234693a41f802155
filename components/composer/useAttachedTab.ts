import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AttachedTab } from '@/components/app/store';
import { platformOfUrl } from '@/utils/hosts/hosts';
import { explicitTabId } from '@/utils/composer/tab';

export type { AttachedTab };

type Tab = { id?: number; url?: string; windowId?: number };

/**
 * The tab the panel acts on. Chrome shows our panel per tab (utils/sidepanel/availability.ts):
 * it is the active tab of the panel's window, re-checked when the admin switches tabs or the
 * panel becomes visible again. `?tabId=` (or the `pinned` argument) overrides that.
 */
export function useAttachedTab(pinned: number | null = explicitTabId(location.search)): AttachedTab {
  const [state, setState] = useState<AttachedTab>({ tabId: pinned, platform: null, loads: 0 });
  useEffect(() => {
    let alive = true;
    let current: Tab | undefined;
    const show = (tab: Tab | undefined, reloaded = false) => {
      if (!alive) return;
      current = tab;
      setState((s) => ({
        tabId: tab?.id ?? pinned,
        platform: platformOfUrl(tab?.url),
        loads: s.loads + (reloaded || tab?.id !== s.tabId ? 1 : 0),
      }));
    };
    const find = async () => {
      try {
        show(pinned !== null ? await browser.tabs.get(pinned) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]);
      } catch {
        show(undefined);
      }
    };
    const onActivated = (info: { windowId: number }) => {
      if (pinned === null && (current?.windowId === undefined || info.windowId === current.windowId)) void find();
    };
    const onUpdated = (id: number, change: { url?: string; status?: string }, tab: Tab) => {
      if (id === current?.id && (change.url !== undefined || change.status === 'complete')) show(tab, change.status === 'complete');
    };
    const onRemoved = (id: number) => {
      if (id === current?.id) show(undefined);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void find();
    };
    void find();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [pinned]);
  return state;
}
