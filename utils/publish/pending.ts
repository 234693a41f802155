/**
 * "Published?" questions: submits the content script could not confirm (the composer stayed
 * open). They wait here, in storage (the worker may stop at any time), until the admin answers
 * in the panel: yes → the publish queue, no → gone. A later sure event for the same post
 * answers the question by itself.
 */
import { storage } from 'wxt/utils/storage';
import { enqueuePublished, exclusive, isSamePost, publishedQueue, type PublishedEvent } from './queue';

export const publishedPending = storage.defineItem<PublishedEvent[]>('local:publishedPending', { fallback: [] });

/** Unanswered questions older than this are dropped: nobody remembers yesterday's dialog. */
export const PENDING_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const fresh = (list: PublishedEvent[], now: number) => list.filter((p) => now - p.at < PENDING_MAX_AGE_MS);

/** The questions to show now (newest first). */
export async function getPending(now = Date.now()): Promise<PublishedEvent[]> {
  return fresh(await publishedPending.getValue(), now).sort((a, b) => b.at - a.at);
}

/** Adds a question unless the post is already logged or already asked about. */
export function addPending(event: PublishedEvent): Promise<{ duplicate: boolean }> {
  return exclusive(async () => {
    const [queue, pending] = await Promise.all([publishedQueue.getValue(), publishedPending.getValue()]);
    if ([...queue, ...pending].some((q) => isSamePost(q, event))) return { duplicate: true };
    await publishedPending.setValue([...fresh(pending, event.at), { ...event, uncertain: true }]);
    return { duplicate: false };
  });
}

/** Removes the question(s) about `event`'s post; returns the removed one, if any. */
export function removePending(event: Pick<PublishedEvent, 'hash' | 'at'>): Promise<PublishedEvent | undefined> {
  return exclusive(async () => {
    const pending = await publishedPending.getValue();
    const found = pending.find((p) => isSamePost(p, event));
    if (found) await publishedPending.setValue(pending.filter((p) => !isSamePost(p, event)));
    return found;
  });
}

/** The admin said "yes": the post goes to the log's queue (once, as always). */
export async function confirmPending(event: Pick<PublishedEvent, 'hash' | 'at'>): Promise<{ duplicate: boolean }> {
  const found = await removePending(event);
  if (!found) return { duplicate: true };
  const { uncertain: _asked, ...sure } = found;
  return enqueuePublished(sure);
}

/** The admin said "no". */
export async function dismissPending(event: Pick<PublishedEvent, 'hash' | 'at'>): Promise<void> {
  await removePending(event);
}
