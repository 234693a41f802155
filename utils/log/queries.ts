/**
 * Reads of the post log. Every one is an index range (on `day`, `publishedAt`) or a read of
 * per-day totals; none scans the whole posts table except the export.
 */
import { MAX_KEY, MIN_KEY } from '../db/keys';
import type { TownCrierDB } from '../db/db';
import type { PostDayRecord, PostRecord } from '../db/types';
import { countsOf } from './stats';
import type { DayCounts } from './target';

export const STORY_LIFETIME_MS = 24 * 60 * 60 * 1000;

const newestFirst = (a: PostRecord, b: PostRecord) => b.publishedAt - a.publishedAt;

/** A day's list shows this many entries at most (a town posts a few a day; an import may put thousands on one). */
export const DAY_LIST_LIMIT = 100;

/** The newest posts of one day, newest first (the day's count is in its per-day total). */
export function postsOfDay(db: TownCrierDB, day: string, limit = DAY_LIST_LIMIT): Promise<PostRecord[]> {
  return db.posts
    .where('[day+publishedAt]')
    .between([day, MIN_KEY], [day, MAX_KEY])
    .reverse()
    .limit(limit)
    .toArray();
}

export async function countsOfDay(db: TownCrierDB, day: string): Promise<DayCounts> {
  return countsOf(await db.postDays.get(day));
}

/** Per-day totals of [from, to], by day. */
export function summariesBetween(db: TownCrierDB, from: string, to: string): Promise<PostDayRecord[]> {
  return db.postDays.where('day').between(from, to, true, true).toArray();
}

/** Every day that has posts (for the longest streak): one small row per day, not per post. */
export function allSummaries(db: TownCrierDB): Promise<PostDayRecord[]> {
  return db.postDays.toArray();
}

/** Stories still visible (published less than 24 hours before `now`, or since), newest first. */
export async function liveStories(db: TownCrierDB, now: number): Promise<PostRecord[]> {
  const recent = await db.posts
    .where('publishedAt')
    .above(now - STORY_LIFETIME_MS)
    .filter((p) => p.kind === 'story')
    .toArray();
  return recent.sort(newestFirst);
}
