/** The plan's background wiring: the planned-time alarm and its notifications (./reminder.ts). */
import { browser } from 'wxt/browser';
import { db } from '../db/db';
import { resolveLang } from '../i18n/i18n';
import { browserLogDeps } from '../log/background';
import { getSettings } from '../settings/store';
import { createPlanReminderService, planFocusItem, planNotifiedItem, type PlanReminderDeps, type PlanReminderService } from './reminder';

export function browserPlanDeps(): PlanReminderDeps {
  const log = browserLogDeps();
  return {
    db,
    alarms: log.alarms,
    notifications: log.notifications,
    lang: async () => resolveLang((await getSettings()).language, log.uiLanguage()),
    iconUrl: log.iconUrl,
    notified: { getValue: () => planNotifiedItem.getValue(), setValue: (v) => planNotifiedItem.setValue(v) },
    focus: { setValue: (v) => planFocusItem.setValue(v) },
    openPanel: () => {
      const b = browser as unknown as {
        sidePanel?: { open(o: { windowId: number }): Promise<void> };
        sidebarAction?: { open(): Promise<void> };
        windows?: { WINDOW_ID_CURRENT: number };
      };
      // Chrome: the panel of the current window (it is enabled on Facebook/Instagram tabs). Firefox: the sidebar.
      if (b.sidePanel) return b.sidePanel.open({ windowId: b.windows?.WINDOW_ID_CURRENT ?? -2 });
      return b.sidebarAction?.open();
    },
    // Read at call time, so a test can set the worker's clock.
    now: () => Date.now(),
  };
}

const warn = (e: unknown) => console.warn('[Town Crier] plan', e);

/** Registers the listeners synchronously (MV3 wakes the worker only for those). */
export function registerPlanBackground(service: PlanReminderService = createPlanReminderService(browserPlanDeps())): void {
  browser.alarms.onAlarm.addListener((alarm) => void service.onAlarm(alarm.name).catch(warn));
  browser.notifications.onClicked.addListener((id) => void service.onNotificationClicked(id)?.catch(warn));
  browser.runtime.onStartup.addListener(() => void service.schedule().catch(warn));
  browser.runtime.onInstalled.addListener(() => void service.schedule().catch(warn));
}
