/**
 * Calendar days in the admin's local time zone, as 'YYYY-MM-DD' keys (they sort as strings,
 * so "this week" is an index range).
 *
 * "Local" is the zone of the process (the browser's, or `process.env.TZ` in tests), read
 * through `Date`'s local getters: that is what the admin sees on the clock. Arithmetic on day
 * keys goes through UTC so that daylight-saving days (23 or 25 hours) never skip or repeat a day.
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function dayKey(date: Date | number = new Date()): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar day in 'YYYY-MM-DD' form (not 2026-02-30). */
export function isDayKey(x: unknown): x is string {
  if (typeof x !== 'string') return false;
  const m = DAY_RE.exec(x);
  if (!m) return false;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === x;
}

/** Midnight UTC of the day: for arithmetic and for `Intl` formatting with timeZone 'UTC'. */
export function dayToUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function utcToDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return utcToDay(dayToUtc(day) + n * DAY_MS);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToUtc(b) - dayToUtc(a)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday (Czech weeks start on Monday). */
export function weekdayIndex(day: string): number {
  return (new Date(dayToUtc(day)).getUTCDay() + 6) % 7;
}

export function isWeekend(day: string): boolean {
  return weekdayIndex(day) >= 5;
}

/** Epoch ms of a local wall-clock time on the local day of `now`; a time skipped by DST moves forward. */
export function localTimeOn(now: number, time: string): number {
  const d = new Date(now);
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), h, m, 0, 0).getTime();
}

/** The first instant of the next local day (midnight exists in every DST rule Europe uses). */
export function nextLocalMidnight(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 0, 0).getTime();
}

/** The next moment (strictly after `now`) the local clock shows `time` ('HH:MM'). */
export function nextLocalTime(now: number, time: string): number {
  const today = localTimeOn(now, time);
  if (today > now) return today;
  const d = new Date(now);
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, h, m, 0, 0).getTime();
}

/**
 * '2026-03-29T10:05:00+02:00': local time with its offset, unambiguous and readable (CSV,
 * JSON). Milliseconds are written only when there are any, so nothing is lost on a round trip.
 */
export function toLocalIso(ms: number): string {
  const d = new Date(ms);
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  const millis = d.getMilliseconds() ? `.${String(d.getMilliseconds()).padStart(3, '0')}` : '';
  return (
    `${dayKey(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${millis}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Value for `<input type="datetime-local">` ('YYYY-MM-DDTHH:MM', local). */
export function toDateTimeLocal(ms: number): string {
  const d = new Date(ms);
  return `${dayKey(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Parses `<input type="datetime-local">`; null when incomplete, not a real date, or a time the clocks skipped. */
export function fromDateTimeLocal(value: string): number | null {
  const r = parseDateTimeLocal(value);
  return r.ok ? r.at : null;
}

/**
 * The same with the reason: 'gap' is a local time that does not exist (02:30 on the night the
 * clocks go forward: `new Date` would quietly make it 03:30, and the log would say a time the
 * admin never typed). The repeated hour in autumn exists twice; the first (summer) one is taken.
 */
export function parseDateTimeLocal(value: string): { ok: true; at: number } | { ok: false; reason: 'invalid' | 'gap' } {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m || !isDayKey(`${m[1]}-${m[2]}-${m[3]}`)) return { ok: false, reason: 'invalid' };
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (h > 23 || mi > 59) return { ok: false, reason: 'invalid' };
  const at = new Date(y, mo - 1, d, h, mi).getTime();
  if (toDateTimeLocal(at) !== value) return { ok: false, reason: 'gap' };
  return { ok: true, at };
}
