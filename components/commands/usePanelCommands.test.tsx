import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetUiStore, useUiStore } from '@/components/app/store';
import { ComposerActions } from '@/components/composer/ComposerActions';
import { I18nProvider } from '@/components/ui/i18n';
import type { registerHandlers } from '@/utils/messaging/register';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { isForThisPanel, requestInsert, usePanelCommands } from './usePanelCommands';

let inserted: { text: string; mode: string }[];
/** What the fake composer holds: a read returns it, an insert sets it. */
let held: string;
beforeEach(() => {
  resetUiStore();
  inserted = [];
  held = '';
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, msg: { type: string; payload: { text: string; mode: string } }) => {
    if (msg.type === 'composer:insert') {
      inserted.push(msg.payload);
      const previous = held;
      held = msg.payload.text;
      return { ok: true, data: { status: 'inserted', previous } };
    }
    return { ok: true, data: { text: held } };
  }) as never);
});

/** The panel with the Compose tab's actions, registering the panel's handlers through `register`. */
function Panel({ register }: { register: typeof registerHandlers }) {
  usePanelCommands(register);
  const tab = useUiStore((s) => s.tab);
  return tab === 'compose' ? <ComposerActions settings={DEFAULT_SETTINGS} /> : <p>log</p>;
}

describe('the "insert the post" shortcut in the panel', () => {
  it('switches to the Compose tab and runs its Insert, answering how it ended', async () => {
    const register = vi.fn((() => () => undefined) as unknown as typeof registerHandlers);
    useUiStore.getState().setTab('log');
    useUiStore.getState().setAttachedTab({ tabId: 3, platform: 'facebook', loads: 1 });
    useUiStore.getState().setDraft('Zítra nepoteče voda 💧\n#Zábřeh\n');
    render(<I18nProvider lang="en"><Panel register={register} /></I18nProvider>);

    const [destination, handlers, accept, accepts] = register.mock.calls[0]!;
    expect([destination, accept]).toEqual(['panel', ['extension-page']]);
    // Only the panel of the shortcut's tab takes the message.
    expect(accepts!('panel:insert', { tabId: 3 })).toBe(true);
    expect(accepts!('panel:insert', { tabId: 4 })).toBe(false);

    const insert = (handlers as { 'panel:insert': (p: { tabId: number }) => Promise<{ status: string }> })['panel:insert'];
    const answer = await act(() => insert({ tabId: 3 }));
    expect(answer).toEqual({ status: 'inserted' });
    expect(useUiStore.getState().tab).toBe('compose');
    expect(inserted).toEqual([{ text: 'Zítra nepoteče voda 💧\n#Zábřeh', mode: 'caret' }]);
    expect(await screen.findByText('Inserted into the post ✓ Check it and publish it.')).toBeTruthy();
  });

  it('asks instead of inserting when the composer already holds text (a second copy never goes in)', async () => {
    const register = vi.fn((() => () => undefined) as unknown as typeof registerHandlers);
    held = 'Something the admin wrote';
    useUiStore.getState().setAttachedTab({ tabId: 3, platform: 'facebook', loads: 1 });
    useUiStore.getState().setDraft('Zítra nepoteče voda 💧');
    render(<I18nProvider lang="en"><Panel register={register} /></I18nProvider>);
    const insert = (register.mock.calls[0]![1] as { 'panel:insert': (p: { tabId: number }) => Promise<{ status: string }> })['panel:insert'];
    expect(await act(() => insert({ tabId: 3 }))).toEqual({ status: 'asked' });
    expect(inserted).toEqual([]);
  });

  it('an empty post is reported as such (the panel says it next to the button)', async () => {
    useUiStore.getState().setAttachedTab({ tabId: 3, platform: 'facebook', loads: 1 });
    render(<I18nProvider lang="en"><ComposerActions settings={DEFAULT_SETTINGS} /></I18nProvider>);
    expect(await act(() => requestInsert())).toEqual({ status: 'emptyDraft' });
    expect(inserted).toEqual([]);
  });

  it('answers "timeout" when the Compose tab cannot take it, and "busy" for a second request meanwhile', async () => {
    const first = requestInsert(50);
    expect(await requestInsert(50)).toEqual({ status: 'busy' });
    expect(await first).toEqual({ status: 'timeout' });
    expect(useUiStore.getState().insertRequest).toBeNull();
  });

  it('takes every other panel message', () => {
    expect(isForThisPanel('panel:noop', undefined)).toBe(true);
    expect(isForThisPanel('panel:insert', { tabId: 'x' })).toBe(false);
  });
});
