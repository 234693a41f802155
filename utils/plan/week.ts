/**
 * The week as the Plán tab shows it: seven days (Monday first) × the drafts planned on them,
 * against the daily target (settings 1–3). What is already in the log counts too (a day with
 * two posts out is covered); published drafts are in the log, so they are not counted twice.
 *
 * Pure: drafts, the log's per-day totals and the clock come in as data.
 */
import type { DraftRecord } from '../db/types';
import { addDays, dayKey, weekdayIndex, isWeekend } from '../log/day';
import type { Settings } from '../settings/settings';

/** A planned time from this hour on is an evening slot (people read their phones after work). */
export const EVENING_FROM = '17:00';

export type DayState = 'gap' | 'under' | 'met' | 'over' | 'past';

export interface WeekDay {
  day: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  weekend: boolean;
  isToday: boolean;
  /** Before today: only what was posted counts (nothing can be planned there any more). */
  isPast: boolean;
  /** Not yet published drafts planned on this day, by time (drafts without a time last). */
  drafts: DraftRecord[];
  /** Published drafts of the day (shown ticked; counted through the log). */
  published: DraftRecord[];
  /** Posts in the log that day. */
  posted: number;
  /** posted + drafts still to go out. */
  covered: number;
  state: DayState;
  /** Something is planned for the evening. */
  evening: boolean;
}

export interface WeekModel {
  start: string;
  days: WeekDay[];
  /** Planned time passed and not published, oldest first — from any week, never dropped. */
  overdue: DraftRecord[];
  /** Drafts with no day yet (ideas, inbox material), newest first. */
  unplanned: DraftRecord[];
}

/** Monday of the week `day` is in. */
export function weekStart(day: string): string {
  return addDays(day, -weekdayIndex(day));
}

/** Epoch ms a draft is due: its day and time, or the end of its day when it has no time. */
export function dueAt(d: Pick<DraftRecord, 'plannedDay' | 'plannedTime'>): number | null {
  if (!d.plannedDay) return null;
  const [y, m, day] = d.plannedDay.split('-').map(Number) as [number, number, number];
  if (!d.plannedTime) return new Date(y, m - 1, day + 1, 0, 0, 0, 0).getTime();
  const [h, min] = d.plannedTime.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, day, h, min, 0, 0).getTime();
}

export function isOverdue(d: DraftRecord, now: number): boolean {
  if (d.status === 'published') return false;
  const due = dueAt(d);
  return due !== null && due <= now;
}

const byTime = (a: DraftRecord, b: DraftRecord) =>
  (a.plannedTime ?? '99:99').localeCompare(b.plannedTime ?? '99:99') || a.createdAt - b.createdAt;

function stateOf(covered: number, s: Pick<Settings, 'targetMin' | 'targetMax'>): DayState {
  if (covered === 0) return s.targetMin > 0 ? 'gap' : 'met';
  if (covered < s.targetMin) return 'under';
  return covered > s.targetMax ? 'over' : 'met';
}

export interface WeekInput {
  drafts: readonly DraftRecord[];
  /** Any day of the week to show. */
  day: string;
  now: number;
  /** Log totals per day (utils/log postDays). */
  postedByDay: ReadonlyMap<string, number>;
  settings: Pick<Settings, 'targetMin' | 'targetMax'>;
}

export function weekModel({ drafts, day, now, postedByDay, settings }: WeekInput): WeekModel {
  const start = weekStart(day);
  const today = dayKey(now);
  const keys = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const buckets = new Map<string, { open: DraftRecord[]; done: DraftRecord[] }>(keys.map((k) => [k, { open: [], done: [] }]));
  const overdue: DraftRecord[] = [];
  const unplanned: DraftRecord[] = [];
  for (const d of drafts) {
    if (!d.plannedDay) {
      if (d.status !== 'published') unplanned.push(d);
      continue;
    }
    if (isOverdue(d, now)) overdue.push(d);
    const b = buckets.get(d.plannedDay);
    if (b) (d.status === 'published' ? b.done : b.open).push(d);
  }
  const days = keys.map((k, i): WeekDay => {
    const b = buckets.get(k)!;
    b.open.sort(byTime);
    b.done.sort(byTime);
    const posted = postedByDay.get(k) ?? 0;
    const isPast = k < today;
    // A past day's unpublished drafts are overdue, not coverage.
    const covered = posted + (isPast ? 0 : b.open.length);
    return {
      day: k,
      weekday: i,
      weekend: isWeekend(k),
      isToday: k === today,
      isPast,
      drafts: b.open,
      published: b.done,
      posted,
      covered,
      state: isPast && posted === 0 ? 'past' : stateOf(covered, settings),
      evening: b.open.some((d) => (d.plannedTime ?? '') >= EVENING_FROM),
    };
  });
  overdue.sort((a, b) => dueAt(a)! - dueAt(b)!);
  unplanned.sort((a, b) => b.updatedAt - a.updatedAt);
  return { start, days, overdue, unplanned };
}

/** Days still ahead (today included) with nothing planned or posted: where ideas are offered. */
export function gaps(w: WeekModel): WeekDay[] {
  return w.days.filter((d) => !d.isPast && d.state === 'gap');
}

/** Today's line: how many went out and what is ready for which time ("1 připraveno na 17:00"). */
export interface TodayPlan {
  posted: number;
  ready: { time: string | null; count: number }[];
  other: number;
}

export function todayPlan(drafts: readonly DraftRecord[], today: string, posted: number): TodayPlan {
  const ready = new Map<string | null, number>();
  let other = 0;
  for (const d of drafts) {
    if (d.plannedDay !== today || d.status === 'published') continue;
    if (d.status === 'ready') ready.set(d.plannedTime ?? null, (ready.get(d.plannedTime ?? null) ?? 0) + 1);
    else other++;
  }
  return {
    posted,
    ready: [...ready].map(([time, count]) => ({ time, count })).sort((a, b) => (a.time ?? '99').localeCompare(b.time ?? '99')),
    other,
  };
}

/** Moves a planned day by `n` days (keyboard Alt+←/→), keeping the time. */
export function shiftDay(day: string, n: number): string {
  return addDays(day, n);
}
