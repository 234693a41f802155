/** Dates, times, durations and numbers in the admin's language (Intl), for the Log tab and messages. */
import type { Lang } from '../i18n/i18n';
import { dayToUtc } from './day';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dtf(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${lang}${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(lang, opts)));
  return f;
}
function nf(lang: Lang, opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n${lang}${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(lang, opts)));
  return f;
}

// Day keys are calendar dates, not instants: formatted at midnight UTC in UTC, so no time
// zone or DST can shift them to the previous day.
const DAY_STYLES = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'numeric' },
  weekday: { weekday: 'short' },
  weekdayLong: { weekday: 'long' },
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
  monthLongYear: { month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export function formatDay(lang: Lang, day: string, style: keyof typeof DAY_STYLES = 'long'): string {
  return dtf(lang, { ...DAY_STYLES[style], timeZone: 'UTC' }).format(dayToUtc(day));
}

/** Local clock time of an instant ("10:05"). */
export function formatTime(lang: Lang, ms: number): string {
  return dtf(lang, { hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** "5 h 20 min" / "45 min" (rounded up to the minute: "0 min" would read as "gone"). */
export function formatDuration(lang: Lang, ms: number): string {
  const minutes = Math.max(0, Math.ceil(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = nf(lang, { style: 'unit', unit: 'hour', unitDisplay: 'short' }).format(h);
  const mins = nf(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(m);
  return h ? `${hours} ${mins}` : mins;
}

export function formatNumber(lang: Lang, n: number, maxFractionDigits = 0): string {
  return nf(lang, { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** Weekday names, Monday first. */
export function weekdayNames(lang: Lang, style: 'weekday' | 'weekdayLong' = 'weekday'): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => formatDay(lang, `2024-01-0${i + 1}`, style));
}
