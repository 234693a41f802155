/**
 * The log's background service: the toolbar badge (today's count, right after midnight even
 * with the panel closed), the daily reminder, and draining the composer's "published" queue.
 *
 * Stateless on purpose: MV3 stops the worker after ~30 s idle, so everything is read from
 * Dexie and storage on each event, and both alarms are re-created on startup/install (and
 * checked on every wake-up). Browser APIs come in as parameters, so tests pass fakes.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { actionApi, type NotificationsApi } from '../background/browser';
import { db as appDb, type TownCrierDB } from '../db/db';
import type { PostRecord } from '../db/types';
import { resolveLang } from '../i18n/i18n';
import type { Handlers } from '../messaging/listener';
import { publishedQueue } from '../publish/queue';
import type { Settings } from '../settings/settings';
import { getSettings, watchSettings } from '../settings/store';
import { showBadge, type BadgeApi } from './badge';
import { dayKey, localTimeOn, nextLocalMidnight, nextLocalTime } from './day';
import { PLATFORMS } from '../hosts/hosts';
import { MAX_NOTE, POST_KINDS_LOGGED } from './limits';
import { countsOfDay } from './queries';
import { FACEBOOK_URL, REMINDER_NOTIFICATION, reminderText } from './reminder';
import { drainIntoLog, logByHand, type ManualEntry } from './store';
import { meetsMinimum, targetState, type DayCounts, type TargetState } from './target';

export const MIDNIGHT_ALARM = 'log:midnight';
export const REMINDER_ALARM = 'log:reminder';
/** Alarms fire at or after their time; a minute of slack tolerates clock rounding. */
const ALARM_SLACK_MS = 60_000;

export interface AlarmsApi {
  create(name: string, info: { when: number }): Promise<void> | void;
  get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>;
  clear(name: string): Promise<boolean>;
}

export type { NotificationsApi };

export interface LogServiceDeps {
  db: TownCrierDB;
  alarms: AlarmsApi;
  notifications: NotificationsApi;
  badge: BadgeApi;
  openTab(url: string): Promise<unknown>;
  uiLanguage(): string | undefined;
  iconUrl(): string;
  getSettings(): Promise<Settings>;
  /** The local day the reminder last ran (so a browser started after the reminder time still reminds, once). */
  reminderDay: { getValue(): Promise<string | null>; setValue(day: string): Promise<void> };
  now(): number;
}

export type LogService = ReturnType<typeof createLogService>;

export function createLogService(d: LogServiceDeps) {
  const today = () => dayKey(d.now());

  async function showToday(s: Settings, counts: DayCounts): Promise<{ count: number; state: TargetState }> {
    const state = targetState(counts, s);
    await showBadge(d.badge, counts.total, state);
    return { count: counts.total, state };
  }

  async function refreshBadge(): Promise<{ count: number; state: TargetState }> {
    const [s, counts] = await Promise.all([d.getSettings(), countsOfDay(d.db, today())]);
    return showToday(s, counts);
  }

  /** A second after local midnight: safely in the new day whatever the clock's rounding. */
  const scheduleMidnight = () => d.alarms.create(MIDNIGHT_ALARM, { when: nextLocalMidnight(d.now()) + 1000 });

  async function scheduleReminder(s: Settings): Promise<void> {
    if (!s.reminderEnabled) await d.alarms.clear(REMINDER_ALARM);
    else await d.alarms.create(REMINDER_ALARM, { when: nextLocalTime(d.now(), s.reminderTime) });
  }

  /** Notifies when today's minimum (`counts`: today's) is not met; returns whether it did. */
  async function remindIfNeeded(s: Settings, counts: DayCounts): Promise<boolean> {
    await d.reminderDay.setValue(today());
    if (meetsMinimum(counts, s)) return false;
    const { title, message } = reminderText(resolveLang(s.language, d.uiLanguage()), counts, s);
    await d.notifications.create(REMINDER_NOTIFICATION, { type: 'basic', iconUrl: d.iconUrl(), title, message });
    return true;
  }

  async function drain(): Promise<number> {
    const n = await drainIntoLog(d.db);
    if (n) await refreshBadge();
    return n;
  }

  return {
    refreshBadge,
    drain,

    async onAlarm(name: string): Promise<void> {
      if (name === MIDNIGHT_ALARM) {
        await scheduleMidnight();
        await refreshBadge();
      } else if (name === REMINDER_ALARM) {
        const s = await d.getSettings();
        await scheduleReminder(s);
        const added = await drainIntoLog(d.db);
        // An alarm delayed past midnight (the PC slept) must not remind about the new day too early.
        const due = s.reminderEnabled && d.now() + ALARM_SLACK_MS >= localTimeOn(d.now(), s.reminderTime);
        if (!added && !due) return;
        // One read of today's counts for both the badge and the reminder.
        const counts = await countsOfDay(d.db, today());
        if (added) await showToday(s, counts);
        if (due) await remindIfNeeded(s, counts);
      }
    },

    /** Browser start (catchUp: remind now if the reminder time passed while the browser was closed) or install/update. */
    async start({ catchUp }: { catchUp: boolean }): Promise<void> {
      const s = await d.getSettings();
      await Promise.all([scheduleMidnight(), scheduleReminder(s)]);
      await drainIntoLog(d.db);
      // The badge is refreshed once here, whether or not the drain added posts.
      const counts = await countsOfDay(d.db, today());
      await showToday(s, counts);
      if (catchUp && s.reminderEnabled && d.now() >= localTimeOn(d.now(), s.reminderTime) && (await d.reminderDay.getValue()) !== today()) {
        await remindIfNeeded(s, counts);
      }
    },

    /** On every wake-up: alarms can be lost (browser restart, extension reload); put back the missing ones. */
    async ensureAlarms(): Promise<void> {
      const [midnight, reminder, s] = await Promise.all([d.alarms.get(MIDNIGHT_ALARM), d.alarms.get(REMINDER_ALARM), d.getSettings()]);
      if (!midnight) await scheduleMidnight();
      if (!reminder && s.reminderEnabled) await scheduleReminder(s);
    },

    async onSettingsChanged(s: Settings): Promise<void> {
      await Promise.all([scheduleReminder(s), refreshBadge()]);
    },

    async onNotificationClicked(id: string): Promise<void> {
      if (id !== REMINDER_NOTIFICATION) return;
      await d.openTab(FACEBOOK_URL);
      await d.notifications.clear(id);
    },

    /** "+1" from the background (the `log:add` message; a keyboard shortcut later). */
    async logByHand(entry: ManualEntry): Promise<PostRecord> {
      const post = await logByHand(d.db, entry, d.now());
      await refreshBadge();
      return post;
    },
  };
}

const reminderDayItem = storage.defineItem<string | null>('local:logReminderDay', { fallback: null });

/** The real browser, read at call time (nothing is touched until an event needs it). */
export function browserLogDeps(): LogServiceDeps {
  const action = (): BadgeApi => actionApi()!;
  return {
    db: appDb,
    alarms: {
      create: (name, info) => browser.alarms.create(name, info),
      get: (name) => browser.alarms.get(name),
      clear: (name) => browser.alarms.clear(name),
    },
    notifications: {
      create: (id, options) => browser.notifications.create(id, options),
      clear: (id) => browser.notifications.clear(id),
    },
    badge: {
      setBadgeText: (x) => action().setBadgeText(x),
      setBadgeBackgroundColor: (x) => action().setBadgeBackgroundColor(x),
      setBadgeTextColor: (x) => action().setBadgeTextColor?.(x),
    },
    openTab: (url) => browser.tabs.create({ url }),
    uiLanguage: () => browser.i18n?.getUILanguage?.(),
    iconUrl: () => browser.runtime.getURL('/icon/128.png'),
    getSettings,
    reminderDay: { getValue: () => reminderDayItem.getValue(), setValue: (v) => reminderDayItem.setValue(v) },
    now: Date.now,
  };
}

const warn = (e: unknown) => console.warn('[Town Crier] log', e);

/** Registers the log's listeners, synchronously (MV3 wakes the worker only for those). */
export function registerLogBackground(service: LogService = createLogService(browserLogDeps())): void {
  browser.alarms.onAlarm.addListener((alarm) => void service.onAlarm(alarm.name).catch(warn));
  browser.runtime.onStartup.addListener(() => void service.start({ catchUp: true }).catch(warn));
  browser.runtime.onInstalled.addListener(() => void service.start({ catchUp: false }).catch(warn));
  browser.notifications.onClicked.addListener((id) => void service.onNotificationClicked(id).catch(warn));
  watchSettings((s) => void service.onSettingsChanged(s).catch(warn));
  publishedQueue.watch(() => void service.drain().catch(warn));
  void service.ensureAlarms().catch(warn);
}

/** Checks a `log:add` payload (messages are data from another context, not trusted types). */
export function parseManualEntry(x: unknown): ManualEntry {
  const e = x as Partial<ManualEntry> | null;
  if (!e || typeof e !== 'object' || !PLATFORMS.includes(e.platform!)) throw new Error('log:add needs platform facebook or instagram');
  if (e.kind !== undefined && !POST_KINDS_LOGGED.includes(e.kind)) throw new Error('log:add: unknown kind');
  if (e.note !== undefined && (typeof e.note !== 'string' || e.note.length > MAX_NOTE)) throw new Error('log:add: note must be a short text');
  return { platform: e.platform!, kind: e.kind, note: e.note };
}

/** The log's part of the background message table (spread into utils/background/handlers.ts). */
export function createLogHandlers(service: () => LogService = () => createLogService(browserLogDeps())): Pick<Handlers<'background'>, 'log:changed' | 'log:add'> {
  return {
    'log:changed': () => service().refreshBadge(),
    'log:add': async (payload) => ({ id: (await service().logByHand(parseManualEntry(payload))).id }),
  };
}
