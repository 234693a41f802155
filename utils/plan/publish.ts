/**
 * A published post finds the draft it came from: the composer's event carries the hash of
 * the text that went out (utils/composer/text.ts), the draft keeps the hashes of its texts.
 * The draft becomes *zveřejněno* and is linked to exactly one log entry: a draft already
 * linked is never relinked (a second post of the same text is a new post, not this draft).
 *
 * Call inside the transaction that logs the post (it must include `drafts`), so the entry and
 * the link are written together or not at all.
 */
import type { TownCrierDB } from '../db/db';
import type { DraftRecord, PostRecord } from '../db/types';

export async function linkPostToDraft(db: TownCrierDB, post: Pick<PostRecord, 'id' | 'hash' | 'publishedAt'>): Promise<DraftRecord | null> {
  if (!post.hash) return null;
  const candidates = await db.drafts.where('hashes').equals(post.hash).toArray();
  const open = candidates.filter((d) => d.status !== 'published' && !d.postId);
  if (!open.length) return null;
  // Two drafts with the same text: the one planned nearest to the publishing time.
  const planned = (d: DraftRecord) => (d.plannedDay ? Date.parse(`${d.plannedDay}T${d.plannedTime ?? '12:00'}:00`) : Infinity);
  open.sort((a, b) => Math.abs(planned(a) - post.publishedAt) - Math.abs(planned(b) - post.publishedAt) || a.createdAt - b.createdAt);
  const draft = { ...open[0]!, status: 'published' as const, postId: post.id, updatedAt: Math.max(post.publishedAt, open[0]!.updatedAt + 1) };
  await db.drafts.put(draft);
  return draft;
}
