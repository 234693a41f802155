import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessagingError, sendToBackground, sendToPanel } from './client';

// The real round trip (listener ↔ sender in Chromium) is covered by tests/e2e; here: what the
// client makes of each kind of answer.
describe('sendToBackground', () => {
  it('sends an envelope and returns the handler data', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: { at: 42 } });
    expect(await sendToBackground('ping')).toEqual({ at: 42 });
    expect(spy).toHaveBeenCalledWith({ __townCrier: 1, to: 'background', type: 'ping', payload: undefined });
  });

  it('throws code "failed" with the handler message when the handler failed', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'boom' });
    await expect(sendToBackground('ping')).rejects.toMatchObject({ name: 'MessagingError', code: 'failed', message: 'boom' });
  });

  it('throws code "no-receiver" when nothing answers', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(sendToBackground('ping')).rejects.toMatchObject({ code: 'no-receiver' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendToBackground('ping')).rejects.toMatchObject({ code: 'no-receiver' });
  });

  it('keeps other browser errors as "failed"', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    const e = await sendToBackground('ping').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(MessagingError);
    expect(e).toMatchObject({ code: 'failed', message: 'Extension context invalidated.' });
  });
});

describe('sendToPanel', () => {
  it('returns the answer of the panel that took the message', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: { status: 'inserted' } });
    expect(await sendToPanel('panel:insert', { tabId: 3 })).toEqual({ status: 'inserted' });
    expect(spy).toHaveBeenCalledWith({ __townCrier: 1, to: 'panel', type: 'panel:insert', payload: { tabId: 3 } });
  });

  it('says "no-receiver" when no panel is open or none took it', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendToPanel('panel:insert', { tabId: 3 })).rejects.toMatchObject({ code: 'no-receiver' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(sendToPanel('panel:insert', { tabId: 3 })).rejects.toMatchObject({ code: 'no-receiver' });
  });
});
