import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandlers } from '../background/handlers';
import type { SubmitReport } from '../composer/publish';
import { db } from '../db/db';
import { drainIntoLog } from '../log/store';
import { createMessageListener } from '../messaging/listener';
import { envelope, type Reply } from '../messaging/protocol';
import { publishedQueue } from '../publish/queue';
import { deliver } from './deliver';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const T = Date.parse('2026-11-20T09:30:00Z');

/**
 * A service worker that can be killed, around the background's real message listener and the
 * real queue (storage survives a kill, like chrome.storage does). A kill fails every message in
 * flight: one not yet handled ("Could not establish connection") and one handled whose reply
 * was still on its way ("message port closed") — the case that makes naive retries duplicate.
 */
function killableWorker() {
  const listener = createMessageListener('background', createBackgroundHandlers(), {
    ownId: fakeBrowser.runtime.id,
    ownOrigin: fakeBrowser.runtime.getURL('/'),
    accept: ['content-script'],
    log: () => {},
  });
  const sender = { id: fakeBrowser.runtime.id, url: 'https://www.facebook.com/mestozabreh', tab: { id: 1, url: 'https://www.facebook.com/mestozabreh' }, frameId: 0 };
  let generation = 0;
  const stats = { sends: 0, failedBefore: 0, failedAfter: 0 };
  const send = async (message: unknown): Promise<unknown> => {
    stats.sends++;
    const born = generation;
    await sleep(Math.random() * 4);
    if (born !== generation) throw (stats.failedBefore++, new Error('Could not establish connection. Receiving end does not exist.'));
    const reply = await new Promise<Reply<unknown>>((resolve) => {
      if (!listener(message, sender, resolve)) resolve({ ok: false, error: 'not handled' });
    });
    await sleep(Math.random() * 2);
    if (born !== generation) throw (stats.failedAfter++, new Error('The message port closed before a response was received.'));
    return reply;
  };
  return { send, kill: () => generation++, stats };
}

const reportN = (n: number): SubmitReport => ({ platform: 'facebook', kind: 'post', at: T + n * 1000, text: `Oznámení č. ${n} 📣` });

/** Sends `count` reports over time while the worker is killed `kills` times; returns what reached the log. */
async function run(count: number, kills: number, sendOnce: boolean) {
  await db.posts.clear();
  await db.postDays.clear();
  const w = killableWorker();
  let acked = 0;
  const killer = (async () => {
    for (let k = 0; k < kills; k++) {
      await sleep(40);
      w.kill();
    }
  })();
  for (let i = 0; i < count; i++) {
    const message = envelope('background', 'composer:submitted', reportN(i));
    const send = () => w.send(message).then((r) => ((r as Reply<unknown>).ok && acked++, r));
    if (sendOnce) void send().catch(() => 0);
    else deliver(send, () => true, 5);
    if (i % 10 === 9) await sleep(8);
  }
  await killer;
  // Everything acknowledged (or, without retries, nothing more to come).
  await vi.waitFor(() => expect(sendOnce || acked >= count).toBe(true), { timeout: 20_000, interval: 50 });
  await sleep(100);
  // The log drains the queue (here once at the end; in the extension on every change).
  await drainIntoLog(db);
  expect(await publishedQueue.getValue()).toEqual([]);
  const posts = await db.posts.toArray();
  const excerpts = posts.map((p) => p.excerpt);
  const lost = count - new Set(excerpts).size;
  const duplicated = excerpts.length - new Set(excerpts).size;
  return { lost, duplicated, stats: w.stats };
}

describe('deliver: no lost publish reports when the worker dies', () => {
  it('500 reports, 10 worker kills: 0 lost, 0 duplicated (and the kills did hit messages in flight)', async () => {
    const { lost, duplicated, stats } = await run(500, 10, false);
    console.info(`[deliver] 500 reports, 10 kills: ${stats.sends} sends, ${stats.failedBefore} failed before and ${stats.failedAfter} after handling; lost ${lost}, duplicated ${duplicated}`);
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    expect(stats.failedBefore).toBeGreaterThan(0);
    expect(stats.failedAfter).toBeGreaterThan(0);
  }, 30_000);

  it('the same kills lose reports when each is sent once (what the test would catch)', async () => {
    const { lost, duplicated } = await run(500, 10, true);
    expect(lost).toBeGreaterThan(0);
    expect(duplicated).toBe(0);
  }, 30_000);

  it('backs off, doubling up to the cap, and stops once acknowledged, after the deadline, or when the script is stopped', async () => {
    vi.useFakeTimers();
    try {
      const answers: (() => unknown)[] = [() => undefined, () => ({ ok: false, error: 'storage gone' }), () => Promise.reject(new Error('port closed')), () => ({ ok: true, data: {} })];
      const send = vi.fn(() => answers.shift()!() as Promise<unknown>);
      deliver(send, () => true, 100);
      for (const [wait, calls] of [[0, 1], [100, 2], [200, 3], [400, 4], [10_000, 4]] as const) {
        await vi.advanceTimersByTimeAsync(wait);
        expect(send, `after ${wait} ms`).toHaveBeenCalledTimes(calls);
      }
      let alive = true;
      const failing = vi.fn(() => Promise.reject(new Error('x')));
      deliver(failing, () => alive, 100);
      await vi.advanceTimersByTimeAsync(100 + 200 + 400);
      expect(failing).toHaveBeenCalledTimes(4);
      alive = false;
      await vi.advanceTimersByTimeAsync(60_000);
      expect(failing).toHaveBeenCalledTimes(5); // the one in flight, then no more
      const late = vi.fn(() => Promise.reject(new Error('x')));
      deliver(late, () => true, 20_000, Date.now() + 30_000);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(late).toHaveBeenCalledTimes(3); // 0 s, 20 s, 50 s (planned before the deadline); then none
      const throwing = vi.fn(() => { throw new Error('Extension context invalidated.'); });
      expect(() => deliver(throwing, () => false)).not.toThrow();
    } finally {
      vi.useRealTimers();
    }
  });
});
