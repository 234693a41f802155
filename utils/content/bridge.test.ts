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
