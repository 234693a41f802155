/**
 * A reminder at a draft's planned time: one alarm (`plan:next`) for the earliest planned time
 * still ahead, re-set after it fires, on startup and whenever the panel changes drafts. When
 * it fires, each draft due now gets a notification; clicking it asks the panel to open that
 * draft in the Compose tab (Insert one click away) through `local:planFocus`, which an open
 * panel takes at once and a panel opened later takes when it starts.
 *
 * Stateless like the log's service (MV3 stops the worker): drafts come from Dexie, what was
 * already notified from storage. Browser APIs come in as parameters, so tests pass fakes.
 */
import { storage } from 'wxt/utils/storage';
import type { TownCrierDB } from '../db/db';
import type { DraftRecord } from '../db/types';
import { translate, type Lang } from '../i18n/i18n';
import type { AlarmsApi } from '../log/background';
import type { NotificationsApi } from '../background/browser';
import { dueAt } from './week';

export const PLAN_ALARM = 'plan:next';
export const PLAN_NOTIFICATION_PREFIX = 'plan:draft:';
/** A reminder the computer slept through is still worth showing this long after its time. */
export const LATE_WINDOW_MS = 6 * 60 * 60 * 1000;
/** Alarms fire at or after their time; a minute of slack tolerates clock rounding. */
const SLACK_MS = 60_000;

export interface PlanFocus {
  draftId: string;
  at: number;
}

export const planFocusItem = storage.defineItem<PlanFocus | null>('local:planFocus', { fallback: null });
/** `<draft id>@<due ms>` already notified (a moved draft is reminded again at its new time). */
export const planNotifiedItem = storage.defineItem<string[]>('local:planNotified', { fallback: [] });

const remindable = (d: DraftRecord) => d.status !== 'published' && !!d.plannedDay && !!d.plannedTime;

/** The earliest planned time after `now`, or null. */
export function nextDue(drafts: readonly DraftRecord[], now: number): number | null {
  let best: number | null = null;
  for (const d of drafts) {
    if (!remindable(d)) continue;
    const t = dueAt(d)!;
    if (t > now + SLACK_MS && (best === null || t < best)) best = t;
  }
  return best;
}

/** Drafts whose time has come (within the late window) and that were not notified yet. */
export function dueNow(drafts: readonly DraftRecord[], now: number, notified: readonly string[]): DraftRecord[] {
  const done = new Set(notified);
  return drafts.filter((d) => {
    if (!remindable(d)) return false;
    const t = dueAt(d)!;
    return t <= now + SLACK_MS && t > now - LATE_WINDOW_MS && !done.has(`${d.id}@${t}`);
  });
}

export function reminderNotification(lang: Lang, d: DraftRecord): { title: string; message: string } {
  return {
    title: translate(lang, 'plan_reminder_title', { time: d.plannedTime ?? '' }),
    message: translate(lang, d.status === 'ready' ? 'plan_reminder_message_ready' : 'plan_reminder_message_notReady', { title: d.title || d.facebook.slice(0, 60) }),
  };
}

export interface PlanReminderDeps {
  db: TownCrierDB;
  alarms: AlarmsApi;
  notifications: NotificationsApi;
  lang(): Promise<Lang>;
  iconUrl(): string;
  notified: { getValue(): Promise<string[]>; setValue(v: string[]): Promise<void> };
  focus: { setValue(v: PlanFocus): Promise<void> };
  /** Tries to show the panel (may fail without a user gesture; the focus request then waits for it). */
  openPanel(): Promise<unknown> | undefined;
  now(): number;
}

/** Sets (or clears) the one alarm; the panel calls this after changing drafts too. */
export async function schedulePlanAlarm(db: TownCrierDB, alarms: AlarmsApi, now: number): Promise<number | null> {
  const next = nextDue(await db.drafts.toArray(), now);
  if (next === null) await alarms.clear(PLAN_ALARM);
  else await alarms.create(PLAN_ALARM, { when: next });
  return next;
}

export function createPlanReminderService(d: PlanReminderDeps) {
  return {
    schedule: () => schedulePlanAlarm(d.db, d.alarms, d.now()),

    /** Notifies every draft due now; returns their ids. */
    async onAlarm(name: string): Promise<string[]> {
      if (name !== PLAN_ALARM) return [];
      const now = d.now();
      const drafts = await d.db.drafts.toArray();
      const notified = await d.notified.getValue();
      const due = dueNow(drafts, now, notified);
      if (due.length) {
        const lang = await d.lang();
        for (const draft of due) {
          const { title, message } = reminderNotification(lang, draft);
          await d.notifications.create(`${PLAN_NOTIFICATION_PREFIX}${draft.id}`, { type: 'basic', iconUrl: d.iconUrl(), title, message });
        }
        // Only recent keys are kept: older ones can never be due again.
        const keep = notified.filter((k) => Number(k.split('@')[1]) > now - LATE_WINDOW_MS);
        await d.notified.setValue([...keep, ...due.map((x) => `${x.id}@${dueAt(x)}`)]);
      }
      await schedulePlanAlarm(d.db, d.alarms, now);
      return due.map((x) => x.id);
    },

    /**
     * Clicking a draft's notification. The panel is asked first, synchronously (the click is
     * the user gesture `sidePanel.open` needs); the focus request then tells it which draft.
     */
    onNotificationClicked(id: string): Promise<void> | undefined {
      if (!id.startsWith(PLAN_NOTIFICATION_PREFIX)) return undefined;
      const draftId = id.slice(PLAN_NOTIFICATION_PREFIX.length);
      const opened = d.openPanel();
      return (async () => {
        await d.focus.setValue({ draftId, at: d.now() });
        await Promise.resolve(opened).catch(() => undefined);
        await d.notifications.clear(id);
      })();
    },
  };
}

export type PlanReminderService = ReturnType<typeof createPlanReminderService>;
