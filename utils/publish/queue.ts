/**
 * "Published" events on their way from the composer (content script) to the log. The
 * background puts each event here first — in storage, not memory, because the MV3 worker can
 * be stopped at any moment — and the log drains it into Dexie.
 *
 * The same post is one post: an event with the same text hash within 10 minutes of a queued
 * one is a duplicate (two tabs, a double click, a retried message).
 */
import { storage } from 'wxt/utils/storage';
import { isPlatform, type Platform } from '../hosts/hosts';

export type PublishedKind = 'post' | 'story' | 'reel';

export const isPublishedKind = (x: unknown): x is PublishedKind => x === 'post' || x === 'story' || x === 'reel';

/** Platform, kind and time: what a content script's report and a queued event both carry. */
export function hasPublishBasics<T extends object>(x: T | null): x is T & Pick<PublishedEvent, 'platform' | 'kind' | 'at'> {
  const e = x as Partial<PublishedEvent> | null;
  return !!e && isPlatform(e.platform) && isPublishedKind(e.kind) && typeof e.at === 'number' && Number.isFinite(e.at);
}

export interface PublishedEvent {
  platform: Platform;
  kind: PublishedKind;
  /** When the composer was submitted (epoch ms). */
  at: number;
  /** The first ~140 characters of the text, for the log. */
  excerpt: string;
  /** Hash of the normalised text (see utils/composer). */
  hash: string;
  /** True when the content script could not be sure (the panel asks "Published?"). */
  uncertain?: boolean;
}

export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

export const publishedQueue = storage.defineItem<PublishedEvent[]>('local:publishedQueue', { fallback: [] });

export function isSamePost(a: Pick<PublishedEvent, 'hash' | 'at'>, b: Pick<PublishedEvent, 'hash' | 'at'>): boolean {
  return a.hash === b.hash && Math.abs(a.at - b.at) < DUPLICATE_WINDOW_MS;
}

/** Malformed events (from a buggy or old content script) never reach the log. */
export function isPublishedEvent(x: unknown): x is PublishedEvent {
  const e = x as Partial<PublishedEvent> | null;
  return (
    hasPublishBasics(e) &&
    typeof e.excerpt === 'string' &&
    typeof e.hash === 'string' &&
    e.hash.length > 0
  );
}

let chain: Promise<unknown> = Promise.resolve();
/**
 * Runs `fn` alone: across every extension context with the Web Locks API (two tabs' events
 * reach one worker, but the panel may drain at the same time), within this one otherwise.
 */
export function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request('town-crier:published-queue', fn) as Promise<T>;
  const next = chain.then(fn, fn);
  chain = next.catch(() => undefined);
  return next;
}

/** Adds an event unless it duplicates one already queued. */
export function enqueuePublished(event: PublishedEvent): Promise<{ duplicate: boolean }> {
  return exclusive(async () => {
    const queue = await publishedQueue.getValue();
    if (queue.some((q) => isSamePost(q, event))) return { duplicate: true };
    await publishedQueue.setValue([...queue, event]);
    return { duplicate: false };
  });
}

/**
 * Hands the queued events to `consume` and removes them only if it succeeds, so an event
 * is never lost when the log cannot be written (closed database, full disk).
 */
export function drainPublished(consume: (events: PublishedEvent[]) => Promise<void>): Promise<number> {
  return exclusive(async () => {
    const queue = await publishedQueue.getValue();
    if (!queue.length) return 0;
    await consume(queue);
    await publishedQueue.setValue([]);
    return queue.length;
  });
}
