/**
 * Test helpers for the log: run code in a given time zone (Node re-reads `process.env.TZ`
 * when it is assigned), and build posts and day summaries briefly.
 */
import type { PostDayRecord, PostRecord } from '../db/types';

export function setTimeZone(tz: string): () => void {
  const before = process.env.TZ;
  process.env.TZ = tz;
  return () => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  };
}

export function withTimeZone<T>(tz: string, fn: () => T): T {
  const restore = setTimeZone(tz);
  try {
    return fn();
  } finally {
    restore();
  }
}

export function dayRec(day: string, facebook: number, instagram = 0, extra: Partial<PostDayRecord> = {}): PostDayRecord {
  return { day, total: facebook + instagram, facebook, instagram, kinds: { post: facebook + instagram }, templates: {}, ...extra };
}

let n = 0;
export function postRec(day: string, extra: Partial<PostRecord> = {}): PostRecord {
  n += 1;
  return {
    id: `p${n}`,
    platform: 'facebook',
    kind: 'post',
    publishedAt: Date.parse(`${day}T10:00:00Z`),
    day,
    source: 'manual',
    excerpt: `Příspěvek ${n}`,
    updatedAt: 1,
    ...extra,
  };
}
