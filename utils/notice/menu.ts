/**
 * "Přepsat pro Facebook / Rewrite for Facebook" in the context menu of selected text on any
 * page. The `contextMenus` permission alone gives the selected text with the click: no access
 * to the page itself is needed. The click stores the text as the pending notice (./store.ts);
 * on a Facebook/Instagram tab it also opens the panel (the click is a user gesture, so
 * `sidePanel.open` is allowed there — called synchronously, before anything is awaited);
 * elsewhere a notification says where the notice went.
 *
 * Browser APIs come in as parameters (the unit tests pass fakes); the background registers it.
 */
import { browser } from 'wxt/browser';
import { isSupportedUrl } from '../hosts/hosts';
import { resolveLang, translate, type Lang, type MessageKey } from '../i18n/i18n';
import { notify as notifyIn, type NotificationsApi } from '../background/browser';
import { browserLogDeps } from '../log/background';
import { FACEBOOK_URL } from '../log/reminder';
import type { Settings } from '../settings/settings';
import { getSettings, watchSettings } from '../settings/store';
import { makePendingNotice, type PendingNotice } from './pending';
import { setPendingNotice } from './store';

export const MENU_ID = 'town-crier-rewrite';
export const NOTICE_NOTIFICATION = 'notice:saved';

export interface MenuApi {
  removeAll(): Promise<void>;
  create(props: { id: string; title: string; contexts: ['selection'] }): Promise<void>;
  update(id: string, props: { title: string }): Promise<void>;
}

export interface ClickedTab {
  id?: number;
  url?: string;
  windowId?: number;
}

export interface NoticeMenuDeps {
  menus: MenuApi;
  /**
   * Opens the panel next to `tab`. Called synchronously inside the click handler (the user
   * gesture `sidePanel.open` needs); undefined where the browser cannot do that.
   */
  openPanel(tab: { id: number; windowId?: number }): Promise<unknown> | undefined;
  notifications: NotificationsApi;
  savePending(notice: PendingNotice): Promise<void>;
  getSettings(): Promise<Settings>;
  uiLanguage(): string | undefined;
  iconUrl(): string;
  openTab(url: string): Promise<unknown>;
  now(): number;
}

export type ClickOutcome = 'ignored' | 'empty' | 'failed' | 'panel' | 'notified';

export function menuTitle(lang: Lang): string {
  return translate(lang, 'menu_rewrite');
}

export function createNoticeMenuService(d: NoticeMenuDeps) {
  const lang = async () => resolveLang((await d.getSettings()).language, d.uiLanguage());
  const notify = (key: MessageKey) =>
    notifyIn(d, NOTICE_NOTIFICATION, (l) => ({ title: translate(l, 'notice_notification_title'), message: translate(l, key) }));

  return {
    /** (Re)creates the menu item in the admin's language (install, update, browser start). */
    async install(): Promise<void> {
      const title = menuTitle(await lang());
      await d.menus.removeAll();
      await d.menus.create({ id: MENU_ID, title, contexts: ['selection'] });
    },

    /** The language setting changed: the menu follows. */
    async onSettingsChanged(s: Settings): Promise<void> {
      await d.menus.update(MENU_ID, { title: menuTitle(resolveLang(s.language, d.uiLanguage())) });
    },

    /** The admin chose the item. Not async itself: the panel must open within the click. */
    onClicked(info: { menuItemId: string | number; selectionText?: string }, tab?: ClickedTab): Promise<ClickOutcome> {
      if (info.menuItemId !== MENU_ID) return Promise.resolve('ignored');
      const opening = tab?.id !== undefined && isSupportedUrl(tab.url) ? d.openPanel({ id: tab.id, windowId: tab.windowId }) : undefined;
      const opened = opening ? opening.then(() => true, () => false) : Promise.resolve(false);
      return (async (): Promise<ClickOutcome> => {
        const notice = makePendingNotice(info.selectionText ?? '', 'contextMenu', d.now());
        if (!notice) {
          await notify('notice_notification_empty');
          return 'empty';
        }
        try {
          await d.savePending(notice);
        } catch (e) {
          console.warn('[Town Crier] saving the notice failed', e);
          await notify('notice_notification_failed');
          return 'failed';
        }
        // The open panel takes the notice itself and says so; elsewhere the admin needs to know where it went.
        if (await opened) return 'panel';
        await notify('notice_notification_saved');
        return 'notified';
      })();
    },

    async onNotificationClicked(id: string): Promise<void> {
      if (id !== NOTICE_NOTIFICATION) return;
      await d.openTab(FACEBOOK_URL);
      await d.notifications.clear(id);
    },
  };
}

export type NoticeMenuService = ReturnType<typeof createNoticeMenuService>;

type CreateProps = Parameters<MenuApi['create']>[0];

/** The real browser, read at call time. */
export function browserNoticeMenuDeps(): NoticeMenuDeps {
  const menus = () => browser.contextMenus;
  const log = browserLogDeps();
  return {
    menus: {
      removeAll: () => menus().removeAll(),
      // create() reports problems only through its callback (runtime.lastError).
      create: (props: CreateProps) =>
        new Promise<void>((resolve, reject) => {
          menus().create(props, () => {
            const error = browser.runtime.lastError;
            // onInstalled and onStartup may both create it at the same launch: one is enough.
            if (error && !/duplicate/i.test(error.message ?? '')) reject(new Error(error.message));
            else resolve();
          });
        }),
      update: async (id, props) => void (await menus().update(id, props)),
    },
    openPanel: (tab) => {
      const b = browser as unknown as {
        sidePanel?: { open(o: { tabId: number }): Promise<void> };
        sidebarAction?: { open(): Promise<void> };
      };
      // Chrome: the panel of this tab. Firefox: the sidebar (one per window).
      if (b.sidePanel) return b.sidePanel.open({ tabId: tab.id });
      return b.sidebarAction?.open();
    },
    // The same browser calls the log uses.
    notifications: log.notifications,
    savePending: setPendingNotice,
    getSettings,
    uiLanguage: log.uiLanguage,
    iconUrl: log.iconUrl,
    openTab: log.openTab,
    now: Date.now,
  };
}

const warn = (e: unknown) => console.warn('[Town Crier] context menu', e);

/** Registers the listeners, synchronously (MV3 wakes the worker only for those). */
export function registerNoticeMenu(service: NoticeMenuService = createNoticeMenuService(browserNoticeMenuDeps())): void {
  // Menu items persist in Chrome, but not across every browser's restart: create them on both events.
  browser.runtime.onInstalled.addListener(() => void service.install().catch(warn));
  browser.runtime.onStartup.addListener(() => void service.install().catch(warn));
  browser.contextMenus.onClicked.addListener((info, tab) => void service.onClicked(info, tab).catch(warn));
  browser.notifications.onClicked.addListener((id) => void service.onNotificationClicked(id).catch(warn));
  watchSettings((s) => void service.onSettingsChanged(s).catch(warn));
}
