import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetUiStore, useUiStore } from '@/components/app/store';
import { I18nProvider } from '@/components/ui/i18n';
import { addPending } from '@/utils/publish/pending';
import { publishedQueue } from '@/utils/publish/queue';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { getSettings } from '@/utils/settings/store';
import { useSettings } from '@/components/settings/useSettings';
import { ComposerActions } from './ComposerActions';
import { ComposerConnection } from './ComposerConnection';

type Payload = { text?: string; mode?: string } | undefined;
let replies: Record<string, (p: Payload) => unknown>;
let sent: { type: string; payload: Payload }[];
let clipboard: string[];

beforeEach(() => {
  resetUiStore();
  sent = [];
  clipboard = [];
  replies = {};
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, msg: { type: string; payload: Payload }) => {
    sent.push({ type: msg.type, payload: msg.payload });
    return { ok: true, data: replies[msg.type]!(msg.payload) };
  }) as never);
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: async (t: string) => void clipboard.push(t) },
    configurable: true,
  });
  Object.defineProperty(navigator, 'platform', { value: 'Win32', configurable: true });
});
afterEach(() => resetUiStore());

/** The panel's parts as App mounts them: the standing connection and the actions, on live settings. */
function Panel({ initial }: { initial: Settings }) {
  const settings = useSettings() ?? initial;
  return (
    <>
      <ComposerConnection settings={settings} tabId={3} />
      <ComposerActions settings={settings} tabId={3} />
    </>
  );
}

function show(settings: Partial<Settings> = {}) {
  return render(
    <I18nProvider lang="en">
      <Panel initial={{ ...DEFAULT_SETTINGS, ...settings }} />
    </I18nProvider>,
  );
}

const POST = 'Zítra nepoteče voda 💧\n\n👨‍👩‍👧 #Zábřeh';

describe('ComposerActions', () => {
  it('inserts into an empty composer at once and says so', async () => {
    useUiStore.getState().setDraft(POST + '\n\n  ');
    let holds = '';
    replies['composer:insert'] = (p) => ((holds = p!.text!), { status: 'inserted', previous: '' });
    replies['composer:read'] = () => ({ text: holds });
    show();
    await userEvent.click(screen.getByRole('button', { name: 'Insert into post' }));
    await screen.findByText('Inserted into the post ✓ Check it and publish it.');
    // Trailing blank lines never go into a post.
    expect(sent.filter((m) => m.type === 'composer:insert')).toEqual([{ type: 'composer:insert', payload: { text: POST, mode: 'caret' } }]);
    expect(useUiStore.getState().composerText).toBe(POST);
    expect(screen.queryByRole('group', { name: /already/ })).toBeNull();
    expect(screen.queryByRole('button', { name: "Restore the post's previous text" })).toBeNull();
  });

  it('a second Insert never doubles the post: it asks, with Replace first because the composer holds our last post', async () => {
    useUiStore.getState().setDraft(POST);
    let holds = '';
    replies['composer:insert'] = (p) => {
      const previous = holds;
      holds = p!.mode === 'replace' ? p!.text! : holds + p!.text!;
      return { status: 'inserted', previous };
    };
    // Lexical reads back with non-breaking spaces and extra blank lines: still "our" post.
    replies['composer:read'] = () => ({ text: holds.replace(/ /g, '\u00a0').replace('\n\n', '\n\n\n') });
    show();
    await userEvent.click(screen.getByRole('button', { name: 'Insert into post' }));
    await screen.findByText('Inserted into the post ✓ Check it and publish it.');
    await userEvent.click(screen.getByRole('button', { name: 'Insert into post' }));
    const question = await screen.findByRole('group', { name: 'The post already holds the text you inserted last time. Replace it?' });
    expect(sent.filter((m) => m.type === 'composer:insert')).toHaveLength(1); // asked, not inserted
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Replace' }));
    await userEvent.keyboard('{Enter}');
    await screen.findByText('Inserted into the post ✓ Check it and publish it.');
    expect(holds).toBe(POST); // exactly one copy
    expect(sent.filter((m) => m.type === 'composer:insert').map((m) => m.payload)).toEqual([
      { text: POST, mode: 'caret' },
      { text: POST, mode: 'replace' },
    ]);
    expect(screen.queryByRole('group', { name: /already/ })).toBeNull();
  });

  it("the admin's own text in the composer: Add at the cursor is the default, Cancel leaves it alone", async () => {
    useUiStore.getState().setDraft(POST);
    replies['composer:insert'] = () => ({ status: 'inserted', previous: 'Rozepsáno' });
    replies['composer:read'] = () => ({ text: 'Rozepsáno' });
    show();
    await userEvent.click(screen.getByRole('button', { name: 'Insert into post' }));
    const question = await screen.findByRole('group', { name: 'The post already has text. Where should the new text go?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Add at the cursor' }));
    await userEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /already/ })).toBeNull();
    expect(sent.some((m) => m.type === 'composer:insert')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Insert into post' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Add at the cursor' }));
    await screen.findByText('Inserted into the post ✓ Check it and publish it.');
    expect(sent.filter((m) => m.type === 'composer:insert').map((m) => m.payload)).toEqual([{ text: POST, mode: 'caret' }]);
  });

  it('the shortcut asks too when the composer holds text, and reports "asked"', async () => {
    useUiStore.getState().setDraft(POST);
    replies['composer:read'] = () => ({ text: 'Rozepsáno' });
    show();
    const done = vi.fn();
    act(() => useUiStore.getState().setInsertRequest({ id: 1, done }));
    await waitFor(() => expect(done).toHaveBeenCalledWith('asked'));
    expect(screen.getByRole('group', { name: 'The post already has text. Where should the new text go?' })).toBeTruthy();
    expect(sent.some((m) => m.type === 'composer:insert')).toBe(false);
  });

  it('replace keeps the old text for undo, and undo puts it back', async () => {
    useUiStore.getState().setDraft(POST);
    replies['composer:insert'] = (p) => ({ status: 'inserted', previous: p?.text === POST ? 'Rozepsaný text' : POST });
    replies['composer:read'] = () => ({ text: 'Rozepsaný text' });
    show();
    await userEvent.click(screen.getByRole('button', { name: 'Insert into post' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Replace' }));
    await userEvent.click(await screen.findByRole('button', { name: "Restore the post's previous text" }));
    await screen.findByText('The previous text is back in the post.');
    expect(sent.filter((s) => s.type === 'composer:insert').map((s) => s.payload)).toEqual([
      { text: POST, mode: 'replace' },
      { text: 'Rozepsaný text', mode: 'replace' },
    ]);
    expect(screen.queryByRole('button', { name: "Restore the post's previous text" })).toBeNull();
  });

  it.each([
    ['no-composer', 'No new-post window is open on this page.'],
    ['rejected', 'The page did not accept the text; the post is as it was.'],
    ['dirty', 'Only part of the text reached the post and could not be taken out. Delete all the text in the post.'],
  ])('falls back to the clipboard when the composer answers "%s", and says what to do', async (status, reason) => {
    useUiStore.getState().setDraft(POST);
    replies['composer:insert'] = () => ({ status, previous: 'x' });
    replies['composer:read'] = () => ({ text: '' });
    show();
    await userEvent.click(screen.getByRole('button', { name: 'Insert into post' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toBe(`${reason}The text is copied: click into the post and press Ctrl+V.`));
    expect(clipboard).toEqual([POST]);
    expect(useUiStore.getState().draft).toBe(POST); // nothing lost
  });

  it('says so when copying fails too, naming the copy keys', async () => {
    useUiStore.getState().setDraft(POST);
    replies['composer:insert'] = () => ({ status: 'no-composer' });
    replies['composer:read'] = () => ({ text: null });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    Object.assign(document, { execCommand: () => false });
    show();
    await userEvent.click(screen.getByRole('button', { name: 'Insert into post' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('press Ctrl+C and paste it into the post yourself'));
    delete (document as { execCommand?: unknown }).execCommand;
  });

  it('asks for text first instead of inserting nothing', async () => {
    useUiStore.getState().setDraft(' \n ');
    show();
    await userEvent.click(screen.getByRole('button', { name: 'Insert into post' }));
    expect(screen.getByRole('alert').textContent).toBe('Write the post text first.');
    expect(sent).toEqual([]);
  });

  it('reads the post on demand into the store and counts what the admin sees as characters', async () => {
    replies['composer:read'] = () => ({ text: '👨‍👩‍👧 🇨🇿 Ahoj' });
    show();
    await userEvent.click(screen.getByRole('button', { name: 'Read the text from the post' }));
    await screen.findByText('The post now holds 8 characters.');
    expect(useUiStore.getState().composerText).toBe('👨‍👩‍👧 🇨🇿 Ahoj');
    replies['composer:read'] = () => ({ text: null });
    await userEvent.click(screen.getByRole('button', { name: 'Read the text from the post' }));
    await screen.findByText('No new-post window is open on this page.');
    expect(useUiStore.getState().composerText).toBeNull();
  });

  it('the live toggle saves the setting and shows what the post holds as the admin types', async () => {
    replies['composer:read'] = () => ({ text: 'A' });
    let post: ((m: unknown) => void) | undefined;
    const disconnect = vi.fn();
    const tabs = fakeBrowser.tabs as unknown as { connect?: unknown };
    tabs.connect = vi.fn(() => ({
      disconnect,
      onMessage: { addListener: (f: (m: unknown) => void) => (post = f) },
      onDisconnect: { addListener: () => undefined },
    }));
    const view = show();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Keep reading the text from the post' }));
    await waitFor(async () => expect((await getSettings()).liveReadback).toBe(true));
    await screen.findByText('The post now holds 1 character.');
    post!({ text: 'Ahoj 👋' });
    await screen.findByText('The post now holds 6 characters.');
    expect(useUiStore.getState().composerText).toBe('Ahoj 👋');
    view.unmount(); // the panel closes: the port goes with it
    expect(disconnect).toHaveBeenCalled();
    delete tabs.connect;
  });

  it('asks "Published?" for an uncertain submit; Yes counts it once', async () => {
    const at = Date.now();
    await addPending({ platform: 'instagram', kind: 'post', at, excerpt: 'Náměstí dnes ráno ☀️', hash: 'abc' });
    show();
    await screen.findByRole('heading', { name: 'Published?' });
    expect(screen.getByText(/Was this post published\? Instagram, .*: “Náměstí dnes ráno ☀️”/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, published' }));
    await screen.findByText('Counted ✓');
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Published?' })).toBeNull());
    expect(await publishedQueue.getValue()).toEqual([{ platform: 'instagram', kind: 'post', at, excerpt: 'Náměstí dnes ráno ☀️', hash: 'abc' }]);
  });
});
