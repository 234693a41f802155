import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMPOSER_SCRIPT, copyText, ensureContentScript, insertIntoTab, pasteKeys, readFromTab, watchComposer } from './client';
import { LIVE_PORT } from './live';

const fb = fakeBrowser as unknown as { scripting?: unknown; tabs: { connect?: unknown } };
afterEach(() => {
  delete fb.scripting;
  delete fb.tabs.connect;
});

function setup(replies: (unknown | Error)[], inject: () => Promise<unknown> = async () => [{ result: undefined }]) {
  const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    const next = replies.shift();
    if (next instanceof Error) throw next;
    return next;
  });
  const executeScript = vi.fn(inject);
  fb.scripting = { executeScript };
  return { sendMessage, executeScript };
}

const NOBODY = new Error('Could not establish connection. Receiving end does not exist.');

describe('insertIntoTab', () => {
  it('uses the composer script already in the tab', async () => {
    const { sendMessage, executeScript } = setup([{ ok: true, data: { status: 'inserted', previous: 'old' } }]);
    expect(await insertIntoTab(7, 'Ahoj', 'replace')).toEqual({ status: 'inserted', previous: 'old' });
    expect(sendMessage).toHaveBeenCalledWith(7, { __townCrier: 1, to: 'content', type: 'composer:insert', payload: { text: 'Ahoj', mode: 'replace' } }, { frameId: 0 });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects the composer script when nobody answers (new tab, extension updated), then sends once more', async () => {
    const { sendMessage, executeScript } = setup([NOBODY, { ok: true, data: { status: 'no-composer' } }]);
    expect(await insertIntoTab(7, 'Ahoj', 'caret')).toEqual({ status: 'no-composer', previous: undefined });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [COMPOSER_SCRIPT] });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('turns every failure into a status the panel can explain', async () => {
    expect(await insertIntoTab(null, 'x', 'caret')).toEqual({ status: 'no-tab' });
    setup([NOBODY], () => Promise.reject(new Error('Cannot access contents of url "https://www.zabreh.cz/". Extension manifest must request permission to access this host.')));
    expect(await insertIntoTab(7, 'x', 'caret')).toEqual({ status: 'no-access' });
    setup([NOBODY], () => Promise.reject(new Error('No tab with id: 7.')));
    expect(await insertIntoTab(7, 'x', 'caret')).toEqual({ status: 'no-tab' });
    setup([{ ok: false, error: 'Invalid insert request' }]);
    expect(await insertIntoTab(7, 'x', 'caret')).toEqual({ status: 'error' });
  });
});

describe('readFromTab', () => {
  it('reads the composer text, or says that none is open', async () => {
    setup([{ ok: true, data: { text: 'Ahoj\nsvěte' } }, { ok: true, data: { text: null } }]);
    expect(await readFromTab(3)).toEqual({ status: 'ok', text: 'Ahoj\nsvěte' });
    expect(await readFromTab(3)).toEqual({ status: 'no-composer', text: null });
    expect(await readFromTab(null)).toEqual({ status: 'no-tab', text: null });
  });
});

describe('watchComposer', () => {
  it('reads once, then follows the port; reconnects when the port closes; stops cleanly', async () => {
    vi.useFakeTimers();
    setup([{ ok: true, data: { text: 'a' } }, { ok: true, data: { text: 'b' } }]);
    const ports: { name: string; msg?: (m: unknown) => void; closed?: () => void; disconnect: ReturnType<typeof vi.fn> }[] = [];
    fb.tabs.connect = vi.fn((_tab: number, info: { name: string }) => {
      const port = {
        name: info.name,
        disconnect: vi.fn(),
        onMessage: { addListener: (f: (m: unknown) => void) => (port.msg = f) },
        onDisconnect: { addListener: (f: () => void) => (port.closed = f) },
      } as (typeof ports)[number] & object;
      ports.push(port);
      return port;
    });
    const seen: (string | null)[] = [];
    const stop = watchComposer(5, (t) => seen.push(t), 1000);
    await vi.waitFor(() => expect(ports).toHaveLength(1));
    expect(ports[0]!.name).toBe(LIVE_PORT);
    ports[0]!.msg!({ text: 'ab' });
    ports[0]!.closed!(); // the page reloaded
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(ports).toHaveLength(2));
    expect(seen).toEqual(['a', 'ab', 'b']);
    stop();
    expect(ports[1]!.disconnect).toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('does not keep trying on a tab it may not access', async () => {
    setup([NOBODY], () => Promise.reject(new Error('Cannot access contents of the page.')));
    fb.tabs.connect = vi.fn();
    const seen: (string | null)[] = [];
    watchComposer(5, (t) => seen.push(t));
    await vi.waitFor(() => expect(seen).toEqual([null]));
    expect(fb.tabs.connect).not.toHaveBeenCalled();
  });
});

describe('pasteKeys and copyText', () => {
  it('names the paste keys of the admin\'s keyboard', () => {
    expect(pasteKeys({ platform: 'MacIntel' } as Navigator)).toEqual({ paste: '⌘V', copy: '⌘C' });
    expect(pasteKeys({ platform: 'Win32' } as Navigator)).toEqual({ paste: 'Ctrl+V', copy: 'Ctrl+C' });
    expect(pasteKeys({ platform: '', userAgentData: { platform: 'macOS' } } as unknown as Navigator).paste).toBe('⌘V');
  });

  it('writes to the clipboard; falls back to the copy command; says when both fail', async () => {
    const writeText = vi.fn(async (_t: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    expect(await copyText('Ahoj 👋')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('Ahoj 👋');

    writeText.mockRejectedValue(new Error('Document is not focused.'));
    let copied = '';
    Object.assign(document, { execCommand: vi.fn(() => ((copied = document.querySelector('textarea')!.value), true)) });
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    expect(await copyText('Řádek 1\nŘádek 2')).toBe(true);
    expect(copied).toBe('Řádek 1\nŘádek 2');
    expect(document.activeElement).toBe(button); // focus goes back where it was
    expect(document.querySelector('textarea')).toBeNull();

    Object.assign(document, { execCommand: vi.fn(() => false) });
    expect(await copyText('x')).toBe(false);
    delete (document as { execCommand?: unknown }).execCommand;
    button.remove();
  });
});

describe('ensureContentScript', () => {
  it('leaves a running content script alone and puts a missing one back', async () => {
    const running = setup([{ ok: true, data: { platform: 'facebook', url: 'https://www.facebook.com/' } }]);
    expect(await ensureContentScript(2)).toBe(true);
    expect(running.executeScript).not.toHaveBeenCalled();
    const missing = setup([NOBODY]);
    expect(await ensureContentScript(2)).toBe(true);
    expect(missing.executeScript).toHaveBeenCalledWith({ target: { tabId: 2, frameIds: [0] }, files: ['/content-scripts/content.js'] });
    setup([NOBODY], () => Promise.reject(new Error('Cannot access contents of the page.')));
    expect(await ensureContentScript(2)).toBe(false);
  });
});
