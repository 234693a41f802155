import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { createNoticeMenuService, MENU_ID, NOTICE_NOTIFICATION, type NoticeMenuDeps } from './menu';
import type { PendingNotice } from './pending';

function fakes(settings: Partial<Settings> = {}, opts: { openPanel?: () => Promise<unknown> | undefined; save?: () => Promise<void> } = {}) {
  const menu = new Map<string, { title: string; contexts: string[] }>();
  const notes: { id: string; title: string; message: string }[] = [];
  const saved: PendingNotice[] = [];
  const events: string[] = [];
  const deps: NoticeMenuDeps = {
    menus: {
      removeAll: async () => menu.clear(),
      create: async (p) => {
        if (menu.has(p.id)) throw new Error('Cannot create item with duplicate id');
        menu.set(p.id, { title: p.title, contexts: p.contexts });
      },
      update: async (id, p) => {
        const item = menu.get(id);
        if (!item) throw new Error('Cannot find menu item with id ' + id);
        item.title = p.title;
      },
    },
    openPanel: vi.fn((tab: { id: number }) => {
      events.push(`open ${tab.id}`);
      return opts.openPanel ? opts.openPanel() : Promise.resolve();
    }),
    notifications: {
      create: async (id, o) => {
        notes.push({ id, title: o.title, message: o.message });
        return id;
      },
      clear: async () => true,
    },
    savePending: async (n) => {
      events.push('save');
      if (opts.save) return opts.save();
      saved.push(n);
    },
    getSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    uiLanguage: () => 'cs-CZ',
    iconUrl: () => 'icon.png',
    openTab: vi.fn(async () => undefined),
    now: () => 42,
  };
  return { deps, menu, notes, saved, events };
}

const FB_TAB = { id: 3, url: 'https://www.facebook.com/mestozabreh', windowId: 1 };
const OTHER_TAB = { id: 4, windowId: 1 }; // another site: no host access, so no URL

describe('the context menu item', () => {
  it('is created for selected text, in the admin\'s language, and follows the language setting', async () => {
    const f = fakes();
    const service = createNoticeMenuService(f.deps);
    await service.install();
    expect(f.menu.get(MENU_ID)).toEqual({ title: 'Přepsat pro Facebook', contexts: ['selection'] });
    // Installing again (update, browser start) does not fail on the existing item.
    await service.install();
    await service.onSettingsChanged({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(f.menu.get(MENU_ID)?.title).toBe('Rewrite for Facebook');
  });
});

describe('clicking it', () => {
  it('on another site: stores the selected text as the pending notice and says where it went', async () => {
    const f = fakes();
    const service = createNoticeMenuService(f.deps);
    expect(await service.onClicked({ menuItemId: MENU_ID, selectionText: 'Oznámení o uzavírce silnice' }, OTHER_TAB)).toBe('notified');
    expect(f.saved).toEqual([{ text: 'Oznámení o uzavírce silnice', at: 42, source: 'contextMenu' }]);
    expect(f.deps.openPanel).not.toHaveBeenCalled();
    expect(f.notes).toEqual([{ id: NOTICE_NOTIFICATION, title: expect.any(String), message: expect.stringContaining('Facebook') }]);
  });

  it('on Facebook: opens the panel synchronously within the click, before saving (the user gesture)', async () => {
    const f = fakes();
    const service = createNoticeMenuService(f.deps);
    const outcome = service.onClicked({ menuItemId: MENU_ID, selectionText: 'Text' }, FB_TAB);
    // Already called, first, without awaiting anything.
    expect(f.events[0]).toBe('open 3');
    expect(await outcome).toBe('panel');
    expect(f.events).toEqual(['open 3', 'save']);
    expect(f.notes).toEqual([]);
  });

  it('on Facebook when the panel cannot open (no gesture, another browser): notifies instead', async () => {
    const f = fakes({}, { openPanel: () => Promise.reject(new Error('`sidePanel.open()` may only be called in response to a user gesture.')) });
    expect(await createNoticeMenuService(f.deps).onClicked({ menuItemId: MENU_ID, selectionText: 'Text' }, FB_TAB)).toBe('notified');
    expect(f.saved).toHaveLength(1);
    expect(f.notes).toHaveLength(1);
  });

  it('with nothing selected: stores nothing and tells the admin to select the text', async () => {
    const f = fakes({ language: 'en' });
    expect(await createNoticeMenuService(f.deps).onClicked({ menuItemId: MENU_ID, selectionText: '   ' }, OTHER_TAB)).toBe('empty');
    expect(f.saved).toEqual([]);
    expect(f.notes[0]?.message).toMatch(/select/i);
  });

  it('when storing fails: tells the admin, and the selection is not lost silently', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const f = fakes({ language: 'en' }, { save: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) });
    expect(await createNoticeMenuService(f.deps).onClicked({ menuItemId: MENU_ID, selectionText: 'Text' }, OTHER_TAB)).toBe('failed');
    expect(f.notes[0]?.message).toMatch(/could not/i);
    expect(warn).toHaveBeenCalled();
  });

  it('ignores other menu items', async () => {
    const f = fakes();
    expect(await createNoticeMenuService(f.deps).onClicked({ menuItemId: 'other', selectionText: 'x' }, FB_TAB)).toBe('ignored');
    expect(f.events).toEqual([]);
  });

  it('its notification opens Facebook when clicked; other notifications are not its business', async () => {
    const f = fakes();
    const service = createNoticeMenuService(f.deps);
    await service.onNotificationClicked('log:reminder');
    expect(f.deps.openTab).not.toHaveBeenCalled();
    await service.onNotificationClicked(NOTICE_NOTIFICATION);
    expect(f.deps.openTab).toHaveBeenCalledWith('https://www.facebook.com/');
  });
});
