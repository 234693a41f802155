import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { envelope } from '../messaging/protocol';
import { contentListener } from './bridge';

const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

function call(handlers: Parameters<typeof contentListener>[0], msg: unknown, sender: object = page) {
  const listener = contentListener(handlers, fakeBrowser.runtime as never);
  return new Promise<{ handled: boolean; reply?: unknown }>((resolve) => {
    const handled = listener(msg as never, sender, (reply) => resolve({ handled, reply }));
    if (!handled) resolve({ handled });
  });
}

describe('contentListener (the content scripts\' small listener)', () => {
  it('answers our extension pages with the handler result, or its error as a reply', async () => {
    const read = vi.fn(() => ({ text: 'Ahoj' }));
    expect(await call({ 'composer:read': read }, envelope('content', 'composer:read', undefined))).toEqual({ handled: true, reply: { ok: true, data: { text: 'Ahoj' } } });
    const failing = { 'composer:read': () => Promise.reject(new Error('page went away')) };
    expect(await call(failing, envelope('content', 'composer:read', undefined))).toEqual({ handled: true, reply: { ok: false, error: 'page went away' } });
    const throwing = { 'composer:read': () => { throw new Error('boom'); } };
    expect(await call(throwing, envelope('content', 'composer:read', undefined))).toEqual({ handled: true, reply: { ok: false, error: 'boom' } });
  });

  it('ignores other senders, other destinations, unknown types and non-messages', async () => {
    const read = vi.fn(() => ({ text: 'x' }));
    const handlers = { 'composer:read': read };
    const msg = envelope('content', 'composer:read', undefined);
    for (const sender of [
      { ...page, id: 'another-extension' },
      { id: page.id, url: 'https://www.facebook.com/', tab: { id: 1 } }, // a content script
      { id: page.id },
    ]) {
      expect(await call(handlers, msg, sender)).toEqual({ handled: false });
    }
    for (const bad of [null, 'hi', {}, { ...msg, __townCrier: 2 }, { ...msg, to: 'background' }, { ...msg, type: 'composer:nope' }]) {
      expect(await call(handlers, bad)).toEqual({ handled: false });
    }
    expect(read).not.toHaveBeenCalled();
  });
});

describe('startContentBridge', () => {
  const trusted = (target: EventTarget, e: Event) => (Object.defineProperty(e, 'isTrusted', { value: true }), target.dispatchEvent(e));

  it('leaves no mark in the page and asks for the composer script once, at the admin\'s first writing in an editable box', async () => {
    const { startContentBridge } = await import('./bridge');
    const { shared } = await import('./shared');
    delete shared().stops.composer;
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: { loaded: true } });
    document.body.replaceChildren(...new DOMParser().parseFromString('<div contenteditable="true" id="e"></div><input id="search"><div id="plain"></div>', 'text/html').body.childNodes);
    const attributes = () => [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => `${e.tagName}.${a.name}=${a.value}`));
    const before = attributes();
    const stop = startContentBridge(window);
    try {
      expect(attributes()).toEqual(before);
      const editor = document.getElementById('e')!;
      // A script's events and writing outside an editable box load nothing.
      editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      trusted(document.getElementById('plain')!, new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      expect(send).not.toHaveBeenCalled();
      trusted(editor, new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      trusted(editor, new InputEvent('input', { bubbles: true }));
      await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
      expect(send).toHaveBeenCalledWith(envelope('background', 'composer:load', undefined));
      expect(shared().touched.has(editor)).toBe(true);
    } finally {
      stop();
      document.body.replaceChildren();
    }
  });

  it('does not ask while the composer script already runs in the frame', async () => {
    const { startContentBridge } = await import('./bridge');
    const { shared } = await import('./shared');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: { loaded: true } });
    shared().stops.composer = () => {};
    document.body.replaceChildren(document.createElement('textarea'));
    document.body.firstElementChild!.id = 't';
    const stop = startContentBridge(window);
    try {
      trusted(document.getElementById('t')!, new InputEvent('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 10));
      expect(send).not.toHaveBeenCalled();
    } finally {
      stop();
      delete shared().stops.composer;
      document.body.replaceChildren();
    }
  });
});
