/**
 * Per-day summaries of posts (PostDayRecord): pure arithmetic, so the store, the migration and
 * the tests share one definition of what a day's totals are.
 */
import type { PostDayRecord, PostRecord } from '../db/types';

export type SummaryPost = Pick<PostRecord, 'day' | 'platform' | 'kind' | 'templateId'>;

export function emptyDay(day: string): PostDayRecord {
  return { day, total: 0, facebook: 0, instagram: 0, kinds: {}, templates: {} };
}

/** Adds (sign 1) or removes (sign -1) one post; drops keys that reach zero. Returns `rec`. */
export function applyPost(rec: PostDayRecord, post: SummaryPost, sign: 1 | -1): PostDayRecord {
  rec.total += sign;
  rec[post.platform] += sign;
  const k = (rec.kinds[post.kind] ?? 0) + sign;
  if (k > 0) rec.kinds[post.kind] = k;
  else delete rec.kinds[post.kind];
  if (post.templateId) {
    const t = (rec.templates[post.templateId] ?? 0) + sign;
    if (t > 0) rec.templates[post.templateId] = t;
    else delete rec.templates[post.templateId];
  }
  return rec;
}

/** Summaries of a set of posts, one per day that has any, sorted by day. */
export function summarize(posts: Iterable<SummaryPost>): PostDayRecord[] {
  const days = new Map<string, PostDayRecord>();
  for (const p of posts) {
    let rec = days.get(p.day);
    if (!rec) days.set(p.day, (rec = emptyDay(p.day)));
    applyPost(rec, p, 1);
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}
