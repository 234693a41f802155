import { describe, expect, it, vi } from 'vitest';
import { classifySender, createMessageListener } from './listener';
import { envelope } from './protocol';

const OWN = { ownId: 'abc', ownOrigin: 'chrome-extension://abc/' };
const panel = { id: 'abc', url: 'chrome-extension://abc/sidepanel.html' };
const contentFb = { id: 'abc', url: 'https://www.facebook.com/mestozabreh', tab: { id: 3, url: 'https://www.facebook.com/mestozabreh' } };

describe('classifySender', () => {
  it('knows our pages (also when opened in a tab) and our content script on our hosts', () => {
    expect(classifySender(panel, OWN.ownId, OWN.ownOrigin)).toBe('extension-page');
    expect(classifySender({ ...panel, tab: { id: 1 } }, OWN.ownId, OWN.ownOrigin)).toBe('extension-page');
    expect(classifySender(contentFb, OWN.ownId, OWN.ownOrigin)).toBe('content-script');
  });
  it('rejects other extensions and content scripts on other sites', () => {
    expect(classifySender({ ...panel, id: 'evil' }, OWN.ownId, OWN.ownOrigin)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'https://www.zabreh.cz/', tab: { id: 1 } }, OWN.ownId, OWN.ownOrigin)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'https://evil.example/' }, OWN.ownId, OWN.ownOrigin)).toBeNull();
  });
});

function setup(accept: ('extension-page' | 'content-script')[] = ['extension-page', 'content-script']) {
  const log = vi.fn();
  const listener = createMessageListener(
    'background',
    {
      ping: () => ({ at: 1 }),
      'settings:get': () => Promise.reject(new Error('storage gone')),
    },
    { ...OWN, accept, log },
  );
  const call = (msg: unknown, sender: object = panel) =>
    new Promise<{ returned: boolean; reply: unknown }>((resolve) => {
      let reply: unknown = 'no reply';
      const returned = listener(msg, sender, (r) => {
        reply = r;
        resolve({ returned, reply });
      });
      if (!returned) setTimeout(() => resolve({ returned, reply }), 0);
    });
  return { call, log };
}

describe('createMessageListener', () => {
  it('answers a known message with its handler result', async () => {
    const { call } = setup();
    expect(await call(envelope('background', 'ping', undefined))).toEqual({ returned: true, reply: { ok: true, data: { at: 1 } } });
  });

  it('turns a failing handler into an error reply instead of throwing', async () => {
    const { call, log } = setup();
    expect((await call(envelope('background', 'settings:get', undefined))).reply).toEqual({ ok: false, error: 'storage gone' });
    expect(log).toHaveBeenCalledWith('failed', expect.any(Error));
  });

  it.each([null, 'hi', 42, {}, { type: 'ping' }, { __townCrier: 1, type: 'ping', to: 'mars' }, { __townCrier: 2, type: 'ping', to: 'background' }])(
    'ignores and logs malformed message %j',
    async (msg) => {
      const { call, log } = setup();
      expect(await call(msg)).toEqual({ returned: false, reply: 'no reply' });
      expect(log).toHaveBeenCalledWith('malformed', msg);
    },
  );

  it('ignores and logs unknown types', async () => {
    const { call, log } = setup();
    expect(await call({ __townCrier: 1, to: 'background', type: 'nope', payload: 1 })).toEqual({ returned: false, reply: 'no reply' });
    expect(log).toHaveBeenCalledWith('unknown', 'nope');
  });

  it('silently leaves messages for other destinations to their listeners', async () => {
    const { call, log } = setup();
    expect(await call({ __townCrier: 1, to: 'panel', type: 'x', payload: 1 })).toEqual({ returned: false, reply: 'no reply' });
    expect(log).not.toHaveBeenCalled();
  });

  it('refuses senders the context does not accept', async () => {
    const { call, log } = setup(['extension-page']);
    expect(await call(envelope('background', 'ping', undefined), contentFb)).toEqual({ returned: false, reply: 'no reply' });
    expect(await call(envelope('background', 'ping', undefined), { id: 'other-extension', url: 'chrome-extension://other/' })).toEqual({
      returned: false,
      reply: 'no reply',
    });
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('takes from content scripts only what they send (composer reports), never log:add or settings:get', async () => {
    const handled = vi.fn(() => ({ ok: 1 }));
    const log = vi.fn();
    const listener = createMessageListener(
      'background',
      { 'composer:submitted': handled as never, 'composer:load': handled as never, 'log:add': handled as never, 'settings:get': handled as never, ping: handled as never },
      { ...OWN, accept: ['extension-page', 'content-script'], log },
    );
    const answer = (type: string, sender: object) => listener(envelope('background', type as never, undefined as never), sender, () => {});
    for (const type of ['log:add', 'settings:get', 'ping', 'log:changed']) expect(answer(type, contentFb), type).toBe(false);
    expect(handled).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('not from a content script', 'log:add');
    expect(answer('composer:submitted', contentFb)).toBe(true);
    expect(answer('composer:load', contentFb)).toBe(true);
    // Our pages still may.
    expect(answer('log:add', panel)).toBe(true);
    expect(answer('settings:get', panel)).toBe(true);
    expect(handled).toHaveBeenCalledTimes(4);
  });

  it('stays silent when `accepts` declines (a panel of another tab), so another listener can answer', async () => {
    const listener = createMessageListener(
      'panel',
      { 'panel:insert': ({ tabId }) => ({ status: tabId === 7 ? 'inserted' : 'error' }) },
      { ...OWN, accept: ['extension-page'], accepts: (type, payload) => type !== 'panel:insert' || (payload as { tabId: number }).tabId === 7, log: vi.fn() },
    );
    const replies: unknown[] = [];
    expect(listener(envelope('panel', 'panel:insert', { tabId: 8 }), panel, (r) => replies.push(r))).toBe(false);
    expect(listener(envelope('panel', 'panel:insert', { tabId: 7 }), panel, (r) => replies.push(r))).toBe(true);
    await vi.waitFor(() => expect(replies).toEqual([{ ok: true, data: { status: 'inserted' } }]));
  });
});
