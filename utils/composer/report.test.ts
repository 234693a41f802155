import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandlers } from '../background/handlers';
import { createMessageListener } from '../messaging/listener';
import { envelope } from '../messaging/protocol';
import { getPending } from '../publish/pending';
import { DUPLICATE_WINDOW_MS, publishedQueue } from '../publish/queue';
import type { SubmitReport } from './publish';
import { isSubmitReport, receiveSubmit } from './report';
import { hashText } from './text';

const T = Date.parse('2026-11-20T09:30:00Z');
const report = (extra: Partial<SubmitReport> = {}): SubmitReport => ({
  platform: 'facebook',
  kind: 'post',
  at: T,
  text: 'Zítra nepoteče voda 💧\n\n#Zábřeh',
  ...extra,
});

describe('isSubmitReport', () => {
  it('accepts what the content script sends and refuses anything else', () => {
    expect(isSubmitReport(report())).toBe(true);
    expect(isSubmitReport(report({ uncertain: true, platform: 'instagram', kind: 'reel' }))).toBe(true);
    for (const bad of [null, 'x', {}, report({ text: '  \n' }), report({ text: 'x'.repeat(70_001) }), { ...report(), platform: 'x' }, { ...report(), kind: 'tweet' }, { ...report(), at: Infinity }, { ...report(), uncertain: 'yes' }]) {
      expect(isSubmitReport(bad)).toBe(false);
    }
  });
});

describe('receiveSubmit', () => {
  it('files a sure submit in the publish queue with hash and excerpt, once per post (two tabs)', async () => {
    const results = await Promise.all([receiveSubmit(report()), receiveSubmit(report({ at: T + 2_000 }))]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(await publishedQueue.getValue()).toEqual([
      { platform: 'facebook', kind: 'post', at: expect.any(Number), excerpt: 'Zítra nepoteče voda 💧 #Zábřeh', hash: await hashText(report().text) },
    ]);
    // Whichever of the two was filed (they race), a submit 10 minutes after both is a new post.
    expect(await receiveSubmit(report({ at: T + 2_000 + DUPLICATE_WINDOW_MS }))).toEqual({ duplicate: false, pending: false });
  });

  it('files an uncertain submit as a question, not in the queue; a later sure one answers it', async () => {
    expect(await receiveSubmit(report({ uncertain: true }))).toEqual({ duplicate: false, pending: true });
    expect(await receiveSubmit(report({ uncertain: true, at: T + 1 }))).toEqual({ duplicate: true, pending: true });
    expect(await publishedQueue.getValue()).toEqual([]);
    expect(await getPending(T + 10)).toMatchObject([{ uncertain: true, excerpt: 'Zítra nepoteče voda 💧 #Zábřeh' }]);
    await receiveSubmit(report({ at: T + 5_000 }));
    expect(await getPending(T + 10)).toEqual([]);
    expect(await publishedQueue.getValue()).toHaveLength(1);
    // Already logged: asking again makes no sense.
    expect(await receiveSubmit(report({ uncertain: true, at: T + 6_000 }))).toEqual({ duplicate: true, pending: true });
  });

  it('rejects a malformed report without touching the queue', async () => {
    await expect(receiveSubmit({ platform: 'facebook', text: 'x' })).rejects.toThrow('Invalid submit report');
    expect(await publishedQueue.getValue()).toEqual([]);
  });

  it('is wired into the background table and answers our content script', async () => {
    const listener = createMessageListener('background', createBackgroundHandlers(), {
      ownId: fakeBrowser.runtime.id,
      ownOrigin: 'chrome-extension://test/',
      accept: ['extension-page', 'content-script'],
      log: () => undefined,
    });
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.instagram.com/', tab: { id: 4, url: 'https://www.instagram.com/' } };
    const reply = await new Promise((resolve) => listener(envelope('background', 'composer:submitted', report({ platform: 'instagram' })), sender, resolve));
    expect(reply).toEqual({ ok: true, data: { duplicate: false, pending: false } });
    expect((await publishedQueue.getValue())[0]).toMatchObject({ platform: 'instagram' });
  });
});

describe('composer:load', () => {
  it('injects the composer script into the frame of the content script that asked, and nowhere without a tab', async () => {
    const { createComposerHandlers } = await import('./report');
    const { COMPOSER_SCRIPT } = await import('./client');
    const executeScript = vi.fn(async () => []);
    const handlers = createComposerHandlers({ executeScript });
    expect(await handlers['composer:load'](undefined, { id: 'x', url: 'https://www.facebook.com/', tab: { id: 4 }, frameId: 0 })).toEqual({ loaded: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [0] }, files: [COMPOSER_SCRIPT] });
    expect(await handlers['composer:load'](undefined, { id: 'x', url: 'chrome-extension://x/sidepanel.html' })).toEqual({ loaded: false });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});
