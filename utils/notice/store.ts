import { storage } from 'wxt/utils/storage';
import { parsePendingNotice, type PendingNotice } from './pending';

/**
 * One pending notice at a time (a newer one replaces an older one that no panel took yet).
 * `storage.local`, not session: it survives the worker's sleep and a browser restart between
 * the click and opening the panel.
 */
export const pendingNoticeItem = storage.defineItem<PendingNotice | null>('local:pendingNotice', { fallback: null });

export async function getPendingNotice(): Promise<PendingNotice | null> {
  return parsePendingNotice(await pendingNoticeItem.getValue());
}

export async function setPendingNotice(notice: PendingNotice): Promise<void> {
  await pendingNoticeItem.setValue(notice);
}

/** Forgets the pending notice if it is still `notice` (a newer one that arrived meanwhile stays). */
export async function clearPendingNotice(notice: PendingNotice): Promise<void> {
  const now = await getPendingNotice();
  if (now && now.at === notice.at && now.text === notice.text) await pendingNoticeItem.removeValue();
}

export function watchPendingNotice(cb: (notice: PendingNotice | null) => void): () => void {
  return pendingNoticeItem.watch((v) => cb(parsePendingNotice(v)));
}
