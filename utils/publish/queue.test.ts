import { describe, expect, it, vi } from 'vitest';
import { DUPLICATE_WINDOW_MS, drainPublished, enqueuePublished, isPublishedEvent, publishedQueue, type PublishedEvent } from './queue';

const ev = (hash: string, at: number, extra: Partial<PublishedEvent> = {}): PublishedEvent => ({
  platform: 'facebook',
  kind: 'post',
  at,
  excerpt: '💧 Ve středu 12. 3. nepoteče voda',
  hash,
  ...extra,
});

describe('publish queue', () => {
  it('keeps one event per text hash within 10 minutes, also when sent at once from two tabs', async () => {
    const t = 1_770_000_000_000;
    const results = await Promise.all([enqueuePublished(ev('h1', t)), enqueuePublished(ev('h1', t + 1_000, { platform: 'facebook' }))]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(await enqueuePublished(ev('h1', t + DUPLICATE_WINDOW_MS - 1))).toEqual({ duplicate: true });
    // Ten minutes later the same text is a new post (a repost); another text is always new.
    expect(await enqueuePublished(ev('h1', t + DUPLICATE_WINDOW_MS))).toEqual({ duplicate: false });
    expect(await enqueuePublished(ev('h2', t))).toEqual({ duplicate: false });
    expect((await publishedQueue.getValue()).map((e) => e.hash)).toEqual(['h1', 'h1', 'h2']);
  });

  it('drains into the consumer and empties the queue only when the consumer succeeds', async () => {
    await enqueuePublished(ev('a', 1));
    await enqueuePublished(ev('b', 2));
    await expect(drainPublished(() => Promise.reject(new Error('database closed')))).rejects.toThrow('database closed');
    expect(await publishedQueue.getValue()).toHaveLength(2);
    const consume = vi.fn(async () => undefined);
    expect(await drainPublished(consume)).toBe(2);
    expect(consume).toHaveBeenCalledWith([expect.objectContaining({ hash: 'a' }), expect.objectContaining({ hash: 'b' })]);
    expect(await publishedQueue.getValue()).toEqual([]);
    expect(await drainPublished(consume)).toBe(0);
  });

  it('recognises malformed events', () => {
    expect(isPublishedEvent(ev('x', 1))).toBe(true);
    for (const bad of [null, {}, { ...ev('x', 1), platform: 'tiktok' }, { ...ev('x', 1), hash: '' }, { ...ev('x', 1), at: NaN }, { ...ev('x', 1), kind: 'tweet' }]) {
      expect(isPublishedEvent(bad)).toBe(false);
    }
  });
});
