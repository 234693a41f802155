/**
 * The monthly report (issue 16 §6), pure: posts per network and kind, the days the target was
 * met, the longest streak within the month, stories, fan growth as a percentage; and its CSV
 * for Czech Excel (`;`, BOM, Czech column names, local dates, no internal ids). Days after
 * today and before the log's first day do not count (an average over the real history).
 * Shown by components/log/MonthReport.tsx.
 */
import type { FollowerRecord, Platform, PostDayRecord, PostKind, PostRecord } from '../db/types';
import { guardFormula, writeCsv } from '../log/csv';
import { addDays, dayKey } from '../log/day';
import { computeStreaks, type StreakSettings } from '../log/streak';
import { meetsMinimum, targetState, type TargetState } from '../log/target';

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
  perDay: { day: string; total: number; facebook: number; instagram: number; stories: number; met: boolean; level: 'none' | TargetState }[];
  /** Posts per day over the days that count (0 when none count). */
  averagePerDay: number;
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
  const r: MonthReport = { month, days: days.length, total: 0, facebook: 0, instagram: 0, kinds: {}, stories: 0, daysMet: 0, longestStreak: 0, perDay: [], averagePerDay: 0, fanGrowthPct: null };
  for (const day of days) {
    const x = byDay.get(day);
    const counts = { total: x?.total ?? 0, facebook: x?.facebook ?? 0, instagram: x?.instagram ?? 0 };
    const met = meetsMinimum(counts, s);
    const level = counts.total === 0 ? 'none' : targetState(counts, s);
    r.perDay.push({ day, ...counts, stories: x?.kinds?.story ?? 0, met, level });
    r.total += counts.total;
    r.facebook += counts.facebook;
    r.instagram += counts.instagram;
    if (met) r.daysMet++;
    for (const [k, n] of Object.entries(x?.kinds ?? {})) r.kinds[k] = (r.kinds[k] ?? 0) + (n ?? 0);
  }
  r.stories = r.kinds.story ?? 0;
  r.averagePerDay = days.length ? r.total / days.length : 0;
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

/** Excel reads a number with a decimal comma as a number in a Czech locale. */
export const czNumber = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');

export function reportCsv(r: MonthReport): string {
  return writeCsv(
    ['Datum', 'Příspěvků celkem', 'Facebook', 'Instagram', 'Příběhy', 'Cíl splněn'],
    r.perDay.map((p) => [czDate(p.day), String(p.total), String(p.facebook), String(p.instagram), String(p.stories), p.met ? 'ano' : 'ne']),
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Names a CSV uses for networks and kinds (the view passes the translated ones). */
export interface PostCsvLabels {
  platform: (p: Platform) => string;
  kind: (k: PostKind) => string;
}

/**
 * The month's posts, one row each, oldest first: local date and time in separate columns
 * (d.m.yyyy and H:MM, which Czech Excel turns into a date and a time), network, kind, text.
 * The internal id only when the admin asks for it (to match rows with a JSON backup).
 */
export function reportPostsCsv(posts: readonly PostRecord[], labels: PostCsvLabels, withIds = false): string {
  const header = ['Datum', 'Čas', 'Síť', 'Druh', 'Text', ...(withIds ? ['ID'] : [])];
  const rows = [...posts]
    .sort((a, b) => a.publishedAt - b.publishedAt)
    .map((p) => {
      const d = new Date(p.publishedAt);
      return [czDate(dayKey(d)), `${d.getHours()}:${pad(d.getMinutes())}`, labels.platform(p.platform), labels.kind(p.kind), guardFormula(p.excerpt || p.note || ''), ...(withIds ? [p.id] : [])];
    });
  return writeCsv(header, rows);
}
