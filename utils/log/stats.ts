/**
 * What the Log tab shows, computed from per-day summaries (at most one row per day), so
 * 100,000 posts cost no more than a few hundred days.
 */
import type { FollowerRecord, Platform, PostDayRecord, PostKind } from '../db/types';
import { addDays, daysBetween, weekdayIndex } from './day';
import { PLATFORMS } from '../hosts/hosts';
import { POST_KINDS_LOGGED } from './limits';
import { NO_POSTS, targetState, type DayCounts, type TargetSettings, type TargetState } from './target';

export function countsOf(rec: PostDayRecord | undefined): DayCounts {
  return rec ? { total: rec.total, facebook: rec.facebook, instagram: rec.instagram } : NO_POSTS;
}

export function byDay(summaries: readonly PostDayRecord[]): Map<string, PostDayRecord> {
  return new Map(summaries.map((s) => [s.day, s]));
}

export interface DayCell {
  day: string;
  count: number;
  /** 0 = nothing, else the target state of that day. */
  level: 'none' | TargetState;
  /** Column (week, 0 = oldest) and row (0 = Monday) in the calendar grid. */
  week: number;
  weekday: number;
}

/** The first day of the 12-month calendar: the Monday on or before the same day a year ago (≤ 53 weeks). */
export function heatmapStart(today: string): string {
  const yearAgo = addDays(today, -364);
  return addDays(yearAgo, -weekdayIndex(yearAgo));
}

/** The 12-month calendar grid, oldest week first, ending today. */
export function heatmapCells(summaries: ReadonlyMap<string, PostDayRecord>, today: string, s: TargetSettings): DayCell[] {
  const start = heatmapStart(today);
  const cells: DayCell[] = [];
  for (let day = start; day <= today; day = addDays(day, 1)) {
    const rec = summaries.get(day);
    const counts = countsOf(rec);
    const i = daysBetween(start, day);
    cells.push({
      day,
      count: counts.total,
      level: counts.total === 0 ? 'none' : targetState(counts, s),
      week: Math.floor(i / 7),
      weekday: i % 7,
    });
  }
  return cells;
}

/** The last 7 days ending today, oldest first. */
export function lastSevenDays(summaries: ReadonlyMap<string, PostDayRecord>, today: string): { day: string; counts: DayCounts }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays(today, i - 6);
    return { day, counts: countsOf(summaries.get(day)) };
  });
}

export interface WeekdayStat {
  weekday: number;
  posts: number;
  /** How many such weekdays the range has (for the average). */
  days: number;
  average: number;
}

/** Posts per weekday over [from, to] (every calendar day in the range counts, posted or not). */
export function weekdayStats(summaries: readonly PostDayRecord[], from: string, to: string): WeekdayStat[] {
  const stats = Array.from({ length: 7 }, (_, weekday) => ({ weekday, posts: 0, days: 0, average: 0 }));
  const span = daysBetween(from, to) + 1;
  if (span <= 0) return stats;
  const firstWeekday = weekdayIndex(from);
  for (let w = 0; w < 7; w++) {
    const offset = (w - firstWeekday + 7) % 7;
    stats[w]!.days = offset < span ? Math.floor((span - offset - 1) / 7) + 1 : 0;
  }
  for (const rec of summaries) if (rec.day >= from && rec.day <= to) stats[weekdayIndex(rec.day)]!.posts += rec.total;
  for (const st of stats) st.average = st.days ? st.posts / st.days : 0;
  return stats;
}

export function kindStats(summaries: readonly PostDayRecord[]): Record<PostKind, number> {
  const out = Object.fromEntries(POST_KINDS_LOGGED.map((k) => [k, 0])) as Record<PostKind, number>;
  for (const rec of summaries) for (const [k, n] of Object.entries(rec.kinds)) out[k as PostKind] += n ?? 0;
  return out;
}

/** Template ids by number of posts, most used first (ties: by id, so the order is stable). */
export function templateStats(summaries: readonly PostDayRecord[]): { templateId: string; posts: number }[] {
  const totals = new Map<string, number>();
  for (const rec of summaries) for (const [id, n] of Object.entries(rec.templates)) totals.set(id, (totals.get(id) ?? 0) + n);
  return [...totals]
    .map(([templateId, posts]) => ({ templateId, posts }))
    .sort((a, b) => b.posts - a.posts || (a.templateId < b.templateId ? -1 : 1));
}

export interface FollowerSeries {
  platform: Platform;
  points: { day: string; count: number }[];
  first: { day: string; count: number };
  last: { day: string; count: number };
  /** last / first (3 = tripled); null when the first count is 0. */
  factor: number | null;
}

/** One series per network that has counts, each sorted by day. */
export function followerSeries(records: readonly FollowerRecord[]): FollowerSeries[] {
  const out: FollowerSeries[] = [];
  for (const platform of PLATFORMS) {
    const points = records
      .filter((r) => r.platform === platform)
      .map((r) => ({ day: r.day, count: r.count }))
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    if (!points.length) continue;
    const first = points[0]!;
    const last = points[points.length - 1]!;
    out.push({ platform, points, first, last, factor: first.count > 0 ? last.count / first.count : null });
  }
  return out;
}
