import { afterEach, describe, expect, it, vi } from 'vitest';
import { TownCrierDB } from '../db/db';
import { uniqueDbName } from '../db/testing';
import { BADGE_COLORS } from '../log/badge';
import { createLogService } from '../log/background';
import { MessagingError } from '../messaging/client';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { COMMAND_INSERT, COMMAND_LOG, COMMAND_NOTIFICATION, createCommandService, type PanelInsertStatus } from './commands';

const FB = { id: 3, url: 'https://www.facebook.com/mestozabreh' };
const IG = { id: 4, url: 'https://www.instagram.com/' };
const OTHER = { id: 5 }; // another site: the tab's URL is hidden from us

/** The real log service on a fresh database, with fake browser parts. */
function setup(opts: { settings?: Partial<Settings>; panel?: (tabId: number) => Promise<{ status: PanelInsertStatus }> } = {}) {
  const db = new TownCrierDB(uniqueDbName());
  const settings: Settings = { ...DEFAULT_SETTINGS, language: 'en', ...opts.settings };
  const notes = new Map<string, { title: string; message: string }>();
  const badge = { text: '', color: '' };
  const notifications = {
    create: async (id: string, o: { title: string; message: string }) => (notes.set(id, { title: o.title, message: o.message }), id),
    clear: async (id: string) => notes.delete(id),
  };
  const log = createLogService({
    db,
    alarms: { create: () => undefined, get: async () => undefined, clear: async () => true },
    notifications,
    badge: { setBadgeText: ({ text }) => void (badge.text = text), setBadgeBackgroundColor: ({ color }) => void (badge.color = color) },
    openTab: async () => undefined,
    uiLanguage: () => 'en-US',
    iconUrl: () => 'icon.png',
    getSettings: async () => settings,
    reminderDay: { getValue: async () => null, setValue: async () => undefined },
    now: Date.now,
  });
  const askPanelToInsert = vi.fn(opts.panel ?? (async () => Promise.reject(new MessagingError('No answer', 'no-receiver'))));
  const service = createCommandService({
    askPanelToInsert,
    logByHand: (e) => log.logByHand(e),
    refreshBadge: () => log.refreshBadge(),
    getSettings: async () => settings,
    uiLanguage: () => 'en-US',
    iconUrl: () => 'icon.png',
    notifications,
  });
  return { db, service, notes, badge, askPanelToInsert };
}

let env: ReturnType<typeof setup>;
afterEach(() => env?.db.close());

describe('"+1 post" shortcut', () => {
  it('logs a post for the platform of the active tab, updates the badge and confirms with today\'s count', async () => {
    env = setup();
    expect(await env.service.onCommand(COMMAND_LOG, IG)).toEqual({ command: COMMAND_LOG, result: 'logged', platform: 'instagram', count: 1 });
    const posts = await env.db.posts.toArray();
    expect(posts).toMatchObject([{ platform: 'instagram', kind: 'post', source: 'manual' }]);
    expect(env.badge).toEqual({ text: '1', color: BADGE_COLORS.within });
    expect(env.notes.get(COMMAND_NOTIFICATION)?.message).toBe("+1 post (Instagram). Today: 1, target 1–3. By mistake? Delete it in the panel's Log tab.");

    // A second press replaces the notification with the new count.
    await env.service.onCommand(COMMAND_LOG, FB);
    expect(env.notes.size).toBe(1);
    expect(env.notes.get(COMMAND_NOTIFICATION)?.message).toMatch(/^\+1 post \(Facebook\)\. Today: 2,/);
  });

  it('counts for Facebook when the active tab is neither network', async () => {
    env = setup({ settings: { language: 'cs' } });
    expect(await env.service.onCommand(COMMAND_LOG, OTHER)).toMatchObject({ platform: 'facebook', count: 1 });
    expect(await env.service.onCommand(COMMAND_LOG, undefined)).toMatchObject({ platform: 'facebook', count: 2 });
    expect(env.notes.get(COMMAND_NOTIFICATION)?.message).toMatch(/^\+1 příspěvek \(Facebook\)\. Dnes celkem 2/);
  });
});

describe('"insert the post" shortcut', () => {
  it('asks the panel of the Facebook tab to insert and leaves the telling to the panel', async () => {
    env = setup({ panel: async () => ({ status: 'inserted' }) });
    expect(await env.service.onCommand(COMMAND_INSERT, FB)).toEqual({ command: COMMAND_INSERT, result: 'inserted' });
    expect(env.askPanelToInsert).toHaveBeenCalledWith(3);
    expect(env.notes.size).toBe(0);
    // The panel explains a fallback itself (it is next to the post).
    env.askPanelToInsert.mockResolvedValueOnce({ status: 'no-composer' });
    expect(await env.service.onCommand(COMMAND_INSERT, FB)).toMatchObject({ result: 'no-composer' });
    expect(env.notes.size).toBe(0);
  });

  it('with no panel open on the tab: a notification says how to open it', async () => {
    env = setup();
    expect(await env.service.onCommand(COMMAND_INSERT, IG)).toMatchObject({ result: 'noPanel' });
    expect(env.notes.get(COMMAND_NOTIFICATION)?.message).toMatch(/panel is not open on this tab/);
  });

  it('on a tab that is not Facebook or Instagram: says where it works, asks no panel', async () => {
    env = setup();
    expect(await env.service.onCommand(COMMAND_INSERT, OTHER)).toMatchObject({ result: 'notHere' });
    expect(env.askPanelToInsert).not.toHaveBeenCalled();
    expect(env.notes.get(COMMAND_NOTIFICATION)?.message).toMatch(/Facebook or Instagram tab/);
  });

  it('a panel that does not answer in time is reported; other failures are not hidden', async () => {
    env = setup({ panel: async () => ({ status: 'timeout' }) });
    expect(await env.service.onCommand(COMMAND_INSERT, FB)).toMatchObject({ result: 'timeout' });
    expect(env.notes.get(COMMAND_NOTIFICATION)?.message).toMatch(/did not answer/);
    env.askPanelToInsert.mockRejectedValueOnce(new MessagingError('boom', 'failed'));
    await expect(env.service.onCommand(COMMAND_INSERT, FB)).rejects.toThrow('boom');
  });

  it('ignores commands it does not own (the browser opens the panel itself)', async () => {
    env = setup();
    expect(await env.service.onCommand('_execute_action', FB)).toEqual({ command: '_execute_action', result: 'ignored' });
  });
});
