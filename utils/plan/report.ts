/**
 * The monthly report (issue 16 §6), pure: posts per network and kind, the days the target was
 * met, the longest streak within the month, stories, fan growth as a percentage; and its CSV
 * for Czech Excel (`;`, BOM, Czech column names, local dates, no internal ids). Days after
 * today and before the log's first day do not count (an average over the real history).
 * Not in the panel yet: the report view and its chart are still to do.
 */
import type { FollowerRecord, PostDayRecord } from '../db/types';
import { writeCsv } from '../log/csv';
import { addDays } from '../log/day';
import { computeStreaks, type StreakSettings } from '../log/streak';
import { meetsMinimum } from '../log/target';

export interface MonthReport {
  month: string;
  /** Days of the month that count (from the log's first day, up to today). */
  days: number;
  total: number;
  facebook: number;
  instagram: number;
  kinds: Record<string, number>;
  stories: number;
  daysMet: number;
  longestStreak: number;
  /** Per day rows for the CSV and the chart. */
  perDay: { day: string; total: number; facebook: number; instagram: number; met: boolean }[];
  /** Facebook fans at the first and last count of the month; null without two counts. */
  fanGrowthPct: number | null;
}

export function monthDays(month: string): string[] {
  const first = `${month}-01`;
  const out: string[] = [];
  for (let d = first; d.startsWith(month); d = addDays(d, 1)) out.push(d);
  return out;
}

export function monthlyReport(summaries: readonly PostDayRecord[], followers: readonly FollowerRecord[], month: string, today: string, firstLogDay: string | null, s: StreakSettings): MonthReport {
  const byDay = new Map(summaries.map((x) => [x.day, x]));
  const days = monthDays(month).filter((d) => d <= today && (!firstLogDay || d >= firstLogDay));
  const r: MonthReport = { month, days: days.length, total: 0, facebook: 0, instagram: 0, kinds: {}, stories: 0, daysMet: 0, longestStreak: 0, perDay: [], fanGrowthPct: null };
  for (const day of days) {
    const x = byDay.get(day);
    const counts = { total: x?.total ?? 0, facebook: x?.facebook ?? 0, instagram: x?.instagram ?? 0 };
    const met = meetsMinimum(counts, s);
    r.perDay.push({ day, ...counts, met });
    r.total += counts.total;
    r.facebook += counts.facebook;
    r.instagram += counts.instagram;
    if (met) r.daysMet++;
    for (const [k, n] of Object.entries(x?.kinds ?? {})) r.kinds[k] = (r.kinds[k] ?? 0) + (n ?? 0);
  }
  r.stories = r.kinds.story ?? 0;
  if (days.length) {
    const counts = new Map(r.perDay.map((p) => [p.day, p]));
    r.longestStreak = computeStreaks(counts, days[days.length - 1]!, days[0]!, s).longest;
  }
  const fans = followers.filter((f) => f.platform === 'facebook' && f.day.startsWith(month)).sort((a, b) => a.day.localeCompare(b.day));
  if (fans.length >= 2 && fans[0]!.count > 0) r.fanGrowthPct = Math.round(((fans.at(-1)!.count - fans[0]!.count) / fans[0]!.count) * 1000) / 10;
  return r;
}

/** 'YYYY-MM-DD' as Czech Excel reads a date (d.m.yyyy). */
const czDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d}.${m}.${y}`;
};

export function reportCsv(r: MonthReport): string {
  return writeCsv(
    ['Datum', 'Příspěvků celkem', 'Facebook', 'Instagram', 'Cíl splněn'],
    r.perDay.map((p) => [czDate(p.day), String(p.total), String(p.facebook), String(p.instagram), p.met ? 'ano' : 'ne']),
  );
}
