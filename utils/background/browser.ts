/**
 * Small pieces of background wiring several features share: the toolbar action of either
 * manifest version, and a notification in the admin's language.
 */
import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '../i18n/i18n';
import type { Settings } from '../settings/settings';

/** MV2 Firefox has `browserAction`; MV3 everywhere has `action`. */
export function actionApi(): typeof browser.action | undefined {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

export interface NotificationsApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
  clear(id: string): Promise<boolean>;
}

export interface NotifyDeps {
  notifications: NotificationsApi;
  getSettings(): Promise<Settings>;
  uiLanguage(): string | undefined;
  iconUrl(): string;
}

/**
 * Shows notification `id` with the text `text` makes in the admin's language. `replace`: a
 * previous one with the same id is cleared first (a new result replaces it instead of piling up).
 */
export async function notify(
  d: NotifyDeps,
  id: string,
  text: (lang: Lang, s: Settings) => { title: string; message: string },
  replace = false,
): Promise<void> {
  const s = await d.getSettings();
  const { title, message } = text(resolveLang(s.language, d.uiLanguage()), s);
  if (replace) await d.notifications.clear(id).catch(() => false);
  await d.notifications.create(id, { type: 'basic', iconUrl: d.iconUrl(), title, message });
}
