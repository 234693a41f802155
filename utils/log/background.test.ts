import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TownCrierDB } from '../db/db';
import { uniqueDbName } from '../db/testing';
import { enqueuePublished } from '../publish/queue';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { BADGE_COLORS } from './badge';
import {
  createLogHandlers,
  createLogService,
  MIDNIGHT_ALARM,
  registerLogBackground,
  REMINDER_ALARM,
  type LogService,
  type LogServiceDeps,
} from './background';
import { FACEBOOK_URL, REMINDER_NOTIFICATION } from './reminder';
import { logByHand } from './store';
import { setTimeZone } from './testing';

const restoreTz = setTimeZone('Europe/Prague');
afterAll(restoreTz);

const at = (iso: string) => Date.parse(iso);

function setup(start: string, patch: Partial<Settings> = {}) {
  const db = new TownCrierDB(uniqueDbName());
  let now = at(start);
  let settings: Settings = { ...DEFAULT_SETTINGS, language: 'cs', ...patch };
  let reminderDay: string | null = null;
  const alarms = new Map<string, number>();
  const notifications = new Map<string, { title: string; message: string; iconUrl: string }>();
  const badge = { text: '', color: '', textColor: '' };
  const openTab = vi.fn(async () => undefined);
  const deps: LogServiceDeps = {
    db,
    alarms: {
      create: (name, { when }) => void alarms.set(name, when),
      get: async (name) => (alarms.has(name) ? { name, scheduledTime: alarms.get(name)! } : undefined),
      clear: async (name) => alarms.delete(name),
    },
    notifications: {
      create: async (id, o) => (notifications.set(id, o), id),
      clear: async (id) => notifications.delete(id),
    },
    badge: {
      setBadgeText: ({ text }) => void (badge.text = text),
      setBadgeBackgroundColor: ({ color }) => void (badge.color = color),
      setBadgeTextColor: ({ color }) => void (badge.textColor = color),
    },
    openTab,
    uiLanguage: () => 'en-US',
    iconUrl: () => 'chrome-extension://x/icon/128.png',
    getSettings: async () => settings,
    reminderDay: { getValue: async () => reminderDay, setValue: async (d) => void (reminderDay = d) },
    now: () => now,
  };
  const service = createLogService(deps);
  return {
    db,
    service,
    alarms,
    notifications,
    badge,
    openTab,
    setNow: (iso: string) => void (now = at(iso)),
    setSettings: (p: Partial<Settings>) => (settings = { ...settings, ...p }),
    post: (platform: 'facebook' | 'instagram' = 'facebook') => logByHand(db, { platform }, now),
  };
}

let env: ReturnType<typeof setup>;
afterEach(() => env?.db.close());

describe('toolbar badge', () => {
  it('shows today’s count coloured under / within / over the target, white text', async () => {
    env = setup('2026-03-29T09:00:00+02:00');
    await env.service.start({ catchUp: false });
    expect(env.badge).toEqual({ text: '0', color: BADGE_COLORS.under, textColor: '#ffffff' });
    await env.service.logByHand({ platform: 'facebook' });
    expect(env.badge).toMatchObject({ text: '1', color: BADGE_COLORS.within });
    for (let i = 0; i < 3; i++) await env.post('instagram');
    expect(await env.service.refreshBadge()).toEqual({ count: 4, state: 'over' });
    expect(env.badge).toMatchObject({ text: '4', color: BADGE_COLORS.over });
  });

  it('per platform: 3 on Facebook and none on Instagram is under', async () => {
    env = setup('2026-03-29T09:00:00+02:00', { targetMode: 'perPlatform' });
    for (let i = 0; i < 3; i++) await env.post('facebook');
    expect(await env.service.refreshBadge()).toEqual({ count: 3, state: 'under' });
  });

  it('rolls over at local midnight without the panel: the midnight alarm resets it and re-arms itself (23 h on 29 March)', async () => {
    env = setup('2026-03-28T23:58:00+01:00');
    await env.service.start({ catchUp: false });
    expect(env.alarms.get(MIDNIGHT_ALARM)).toBe(at('2026-03-29T00:00:01+01:00'));
    await env.post();
    await env.post();
    await env.service.refreshBadge();
    expect(env.badge.text).toBe('2');
    env.setNow('2026-03-29T00:00:01+01:00');
    await env.service.onAlarm(MIDNIGHT_ALARM);
    expect(env.badge).toMatchObject({ text: '0', color: BADGE_COLORS.under });
    expect(env.alarms.get(MIDNIGHT_ALARM)! - at('2026-03-29T00:00:01+01:00')).toBe(23 * 3_600_000);
    // And on 25 October the day has 25 hours.
    env.setNow('2026-10-25T00:00:01+02:00');
    await env.service.onAlarm(MIDNIGHT_ALARM);
    expect(env.alarms.get(MIDNIGHT_ALARM)).toBe(at('2026-10-26T00:00:01+01:00'));
  });
});

describe('reminder', () => {
  it('at the reminder time with nothing posted: a notification in the admin’s language, then re-armed for tomorrow', async () => {
    env = setup('2026-03-29T08:00:00+02:00');
    await env.service.start({ catchUp: true });
    expect(env.alarms.get(REMINDER_ALARM)).toBe(at('2026-03-29T14:00:00+02:00'));
    expect(env.notifications.size).toBe(0);
    env.setNow('2026-03-29T14:00:00+02:00');
    await env.service.onAlarm(REMINDER_ALARM);
    expect(env.notifications.get(REMINDER_NOTIFICATION)).toEqual({
      type: 'basic',
      title: 'Dnes ještě nic nevyšlo',
      message: 'Dnes zatím zveřejněno 0 příspěvků, denní cíl je 1–3. Klikněte sem a otevřete Facebook.',
      iconUrl: 'chrome-extension://x/icon/128.png',
    });
    expect(env.alarms.get(REMINDER_ALARM)).toBe(at('2026-03-30T14:00:00+02:00'));
  });

  it('stays quiet when the minimum is met', async () => {
    env = setup('2026-03-29T14:00:00+02:00', { targetMin: 2 });
    await env.post();
    await env.post();
    await env.service.onAlarm(REMINDER_ALARM);
    expect(env.notifications.size).toBe(0);
  });

  it('says what is missing: English, a higher minimum, per network', async () => {
    env = setup('2026-03-29T14:00:00+02:00', { language: 'auto', targetMin: 2, targetMax: 2 });
    await env.post();
    await env.service.onAlarm(REMINDER_ALARM);
    expect(env.notifications.get(REMINDER_NOTIFICATION)).toMatchObject({
      title: "Today's target is not met yet",
      message: 'So far today: 1 post published; the daily target is 2. Click here to open Facebook.',
    });
    env.setSettings({ targetMode: 'perPlatform', targetMin: 1, targetMax: 3, language: 'cs' });
    await env.service.onAlarm(REMINDER_ALARM);
    expect(env.notifications.get(REMINDER_NOTIFICATION)!.message).toBe('Pod denním cílem (1–3 na každé síti): Instagram 0. Klikněte sem a otevřete Facebook.');
  });

  it('clicking it opens Facebook and closes it; other notifications are not ours', async () => {
    env = setup('2026-03-29T14:00:00+02:00');
    await env.service.onAlarm(REMINDER_ALARM);
    await env.service.onNotificationClicked('someone-else');
    expect(env.openTab).not.toHaveBeenCalled();
    await env.service.onNotificationClicked(REMINDER_NOTIFICATION);
    expect(env.openTab).toHaveBeenCalledWith(FACEBOOK_URL);
    expect(env.notifications.size).toBe(0);
  });

  it('an alarm delivered the next morning (the PC slept) does not remind about the new day before its time', async () => {
    env = setup('2026-03-30T07:30:00+02:00');
    await env.service.onAlarm(REMINDER_ALARM);
    expect(env.notifications.size).toBe(0);
    expect(env.alarms.get(REMINDER_ALARM)).toBe(at('2026-03-30T14:00:00+02:00'));
  });

  it('a browser started after the reminder time reminds once that day', async () => {
    env = setup('2026-03-29T16:00:00+02:00');
    await env.service.start({ catchUp: true });
    expect(env.notifications.size).toBe(1);
    env.notifications.clear();
    await env.service.start({ catchUp: true });
    expect(env.notifications.size).toBe(0);
    // Installing or updating the extension is not a reason to nag.
    env.setNow('2026-03-30T16:00:00+02:00');
    await env.service.start({ catchUp: false });
    expect(env.notifications.size).toBe(0);
  });

  it('follows the settings: a new time re-arms it, switching it off removes the alarm and the reminder', async () => {
    env = setup('2026-03-29T08:00:00+02:00');
    await env.service.start({ catchUp: false });
    await env.service.onSettingsChanged(env.setSettings({ reminderTime: '09:30' }));
    expect(env.alarms.get(REMINDER_ALARM)).toBe(at('2026-03-29T09:30:00+02:00'));
    await env.service.onSettingsChanged(env.setSettings({ reminderEnabled: false }));
    expect(env.alarms.has(REMINDER_ALARM)).toBe(false);
    env.setNow('2026-03-29T09:30:00+02:00');
    await env.service.onAlarm(REMINDER_ALARM);
    expect(env.notifications.size).toBe(0);
    // The target changes the badge colour at once.
    await env.post();
    await env.service.onSettingsChanged(env.setSettings({ targetMin: 2, targetMax: 3 }));
    expect(env.badge).toMatchObject({ text: '1', color: BADGE_COLORS.under });
  });
});

describe('surviving a stopped worker', () => {
  it('every wake-up puts back lost alarms and leaves existing ones alone', async () => {
    env = setup('2026-03-29T08:00:00+02:00');
    await env.service.ensureAlarms();
    expect([...env.alarms.keys()].sort()).toEqual([MIDNIGHT_ALARM, REMINDER_ALARM]);
    env.alarms.set(REMINDER_ALARM, 42);
    await env.service.ensureAlarms();
    expect(env.alarms.get(REMINDER_ALARM)).toBe(42);
  });

  it('drains the composer queue and updates the badge', async () => {
    env = setup('2026-03-29T10:00:00+02:00');
    const e = { platform: 'instagram' as const, kind: 'post' as const, at: at('2026-03-29T09:59:00+02:00'), excerpt: 'Jarmark', hash: 'h' };
    await enqueuePublished(e);
    expect(await env.service.drain()).toBe(1);
    expect(env.badge.text).toBe('1');
    expect(await env.db.posts.count()).toBe(1);
  });

  it('registers its listeners synchronously and routes each event', async () => {
    const service = {
      onAlarm: vi.fn(async () => undefined),
      start: vi.fn(async () => undefined),
      onNotificationClicked: vi.fn(async () => undefined),
      onSettingsChanged: vi.fn(async () => undefined),
      drain: vi.fn(async () => 0),
      ensureAlarms: vi.fn(async () => undefined),
    } as unknown as LogService;
    registerLogBackground(service);
    expect(service.ensureAlarms).toHaveBeenCalledOnce();
    await fakeBrowser.alarms.onAlarm.trigger({ name: MIDNIGHT_ALARM, scheduledTime: 1 });
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_NOTIFICATION);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, targetMin: 2 } });
    await fakeBrowser.storage.local.set({ publishedQueue: [] });
    await vi.waitFor(() => expect(service.drain).toHaveBeenCalled());
    expect(service.onAlarm).toHaveBeenCalledWith(MIDNIGHT_ALARM);
    expect(service.start).toHaveBeenCalledWith({ catchUp: true });
    expect(service.start).toHaveBeenCalledWith({ catchUp: false });
    expect(service.onNotificationClicked).toHaveBeenCalledWith(REMINDER_NOTIFICATION);
    expect(service.onSettingsChanged).toHaveBeenCalledWith(expect.objectContaining({ targetMin: 2 }));
  });
});

describe('messages', () => {
  let service: LogService;
  beforeEach(() => {
    env = setup('2026-03-29T10:00:00+02:00');
    service = env.service;
  });

  it('log:add logs by hand from the background and answers the id; log:changed answers the badge', async () => {
    const handlers = createLogHandlers(() => service);
    const { id } = await handlers['log:add']({ platform: 'instagram', kind: 'story', note: 'Jarmark' }, {});
    expect(await env.db.posts.get(id)).toMatchObject({ platform: 'instagram', kind: 'story', note: 'Jarmark', source: 'manual' });
    expect(await handlers['log:changed'](undefined, {})).toEqual({ count: 1, state: 'within' });
  });

  it('log:add refuses malformed payloads', async () => {
    const handlers = createLogHandlers(() => service);
    for (const bad of [null, {}, { platform: 'tiktok' }, { platform: 'facebook', kind: 'tweet' }, { platform: 'facebook', note: 5 }]) {
      await expect(handlers['log:add'](bad as never, {})).rejects.toThrow(/log:add/);
    }
    expect(await env.db.posts.count()).toBe(0);
  });
});
