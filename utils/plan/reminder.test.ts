import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TownCrierDB } from '../db/db';
import { uniqueDbName } from '../db/testing';
import { registerPlanBackground } from './background';
import { createDraft } from './repo';
import { createPlanReminderService, nextDue, PLAN_ALARM, planFocusItem, type PlanReminderDeps } from './reminder';

let db: TownCrierDB;
beforeEach(async () => {
  db = new TownCrierDB(uniqueDbName());
  await db.open();
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

// Saturday 12 December 2026, local time.
const sat = (h: number, m = 0) => new Date(2026, 11, 12, h, m).getTime();

function setup(start: number) {
  let now = start;
  const alarms = new Map<string, number>();
  const shown = new Map<string, { title: string; message: string }>();
  let notified: string[] = [];
  let focus: unknown = null;
  const openPanel = vi.fn(() => undefined);
  const deps: PlanReminderDeps = {
    db,
    alarms: { create: (n, { when }) => void alarms.set(n, when), get: async (n) => (alarms.has(n) ? { name: n, scheduledTime: alarms.get(n)! } : undefined), clear: async (n) => alarms.delete(n) },
    notifications: { create: async (id, o) => (shown.set(id, o), id), clear: async (id) => shown.delete(id) },
    lang: async () => 'cs',
    iconUrl: () => 'icon.png',
    notified: { getValue: async () => notified, setValue: async (v) => void (notified = v) },
    focus: { setValue: async (v) => void (focus = v) },
    openPanel,
    now: () => now,
  };
  return { service: createPlanReminderService(deps), alarms, shown, openPanel, focus: () => focus, setNow: (t: number) => (now = t) };
}

describe('reminder at a draft’s planned time', () => {
  it('sets one alarm for the earliest planned time ahead, notifies at 17:00 once, then moves on', async () => {
    const jarmark = await createDraft({ source: 'citizen', facebook: 'Jarmark', status: 'ready', plannedDay: '2026-12-12', plannedTime: '17:00' }, db);
    await createDraft({ source: 'citizen', facebook: 'Foto', plannedDay: '2026-12-13', plannedTime: '09:00' }, db);
    await createDraft({ source: 'idea', facebook: 'Bez času', plannedDay: '2026-12-12' }, db);
    await createDraft({ source: 'notice', facebook: 'Venku', status: 'published', plannedDay: '2026-12-12', plannedTime: '16:00' }, db);
    const s = setup(sat(10));
    expect(await s.service.schedule()).toBe(sat(17));
    expect(s.alarms.get(PLAN_ALARM)).toBe(sat(17));

    s.setNow(sat(17));
    expect(await s.service.onAlarm(PLAN_ALARM)).toEqual([jarmark.id]);
    expect(s.shown.get(`plan:draft:${jarmark.id}`)).toMatchObject({ title: 'Naplánováno na 17:00', message: 'Jarmark – připraveno. Klikněte a vložte do Facebooku.' });
    // Next: Sunday 09:00.
    expect(s.alarms.get(PLAN_ALARM)).toBe(new Date(2026, 11, 13, 9, 0).getTime());
    // The alarm again (re-created by the panel at the same minute): no second notification.
    s.shown.clear();
    expect(await s.service.onAlarm(PLAN_ALARM)).toEqual([]);
    expect(s.shown.size).toBe(0);
    expect(await s.service.onAlarm('log:reminder')).toEqual([]);
  });

  it('clicking the notification opens the panel and asks it for that draft', async () => {
    const s = setup(sat(17));
    await s.service.onNotificationClicked('plan:draft:abc');
    expect(s.openPanel).toHaveBeenCalledTimes(1);
    expect(s.focus()).toEqual({ draftId: 'abc', at: sat(17) });
    expect(s.service.onNotificationClicked('log:reminder')).toBeUndefined();
  });

  it('nothing ahead: no alarm', async () => {
    expect(nextDue([], sat(10))).toBeNull();
    const s = setup(sat(10));
    s.alarms.set(PLAN_ALARM, 1);
    await s.service.schedule();
    expect(s.alarms.has(PLAN_ALARM)).toBe(false);
  });

  it('is wired to the browser: the alarm event with a fake clock shows the notification, its click writes the focus request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(sat(17, 0));
    const d = await createDraft({ source: 'citizen', facebook: 'Mikuláš', status: 'ready', plannedDay: '2026-12-12', plannedTime: '17:00' }, db);
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    registerPlanBackground(createPlanReminderService({
      db,
      alarms: { create: async () => undefined, get: async () => undefined, clear: async () => true },
      notifications: { create: (id, o) => fakeBrowser.notifications.create(id, o), clear: (id) => fakeBrowser.notifications.clear(id) },
      lang: async () => 'en',
      iconUrl: () => 'icon.png',
      notified: { getValue: async () => [], setValue: async () => undefined },
      focus: { setValue: (v) => planFocusItem.setValue(v) },
      openPanel: () => undefined,
      now: Date.now,
    }));
    await fakeBrowser.alarms.onAlarm.trigger({ name: PLAN_ALARM, scheduledTime: sat(17) });
    await vi.waitFor(() => expect(created).toHaveBeenCalledWith(`plan:draft:${d.id}`, expect.objectContaining({ title: 'Planned for 17:00' })));
    await fakeBrowser.notifications.onClicked.trigger(`plan:draft:${d.id}`);
    await vi.waitFor(async () => expect(await planFocusItem.getValue()).toMatchObject({ draftId: d.id }));
  });
});
