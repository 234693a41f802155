/**
 * The calendar: weekday tables (Monday = 0) in every Czech case and in English, month names,
 * validity, day numbers and the year of a date written without one. Pure.
 */
export type Lang = 'cs' | 'en';

/** Czech grammatical cases a weekday appears in after a preposition. */
export type CsCase = 'nom' | 'gen' | 'dat' | 'acc' | 'loc' | 'ins';

interface CsWeekday {
  nom: string;
  gen: string;
  dat: string;
  acc: string;
  loc: string;
  ins: string;
  /** "v" or "ve" before the accusative ("ve středu", "v pátek"). */
  v: 'v' | 've';
}

export const CS_WEEKDAYS: readonly CsWeekday[] = [
  { nom: 'pondělí', gen: 'pondělí', dat: 'pondělí', acc: 'pondělí', loc: 'pondělí', ins: 'pondělím', v: 'v' },
  { nom: 'úterý', gen: 'úterý', dat: 'úterý', acc: 'úterý', loc: 'úterý', ins: 'úterým', v: 'v' },
  { nom: 'středa', gen: 'středy', dat: 'středě', acc: 'středu', loc: 'středě', ins: 'středou', v: 've' },
  { nom: 'čtvrtek', gen: 'čtvrtka', dat: 'čtvrtku', acc: 'čtvrtek', loc: 'čtvrtku', ins: 'čtvrtkem', v: 've' },
  { nom: 'pátek', gen: 'pátku', dat: 'pátku', acc: 'pátek', loc: 'pátku', ins: 'pátkem', v: 'v' },
  { nom: 'sobota', gen: 'soboty', dat: 'sobotě', acc: 'sobotu', loc: 'sobotě', ins: 'sobotou', v: 'v' },
  { nom: 'neděle', gen: 'neděle', dat: 'neděli', acc: 'neděli', loc: 'neděli', ins: 'nedělí', v: 'v' },
];

export const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const EN_WEEKDAY_SHORT = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const CS_MONTHS_GEN = ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'] as const;
export const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Every written form of a Czech weekday (any case) → weekday index, and of English names. */
const WEEKDAY_FORMS = new Map<string, number>();
CS_WEEKDAYS.forEach((w, i) => {
  for (const c of ['nom', 'gen', 'dat', 'acc', 'loc', 'ins'] as const) WEEKDAY_FORMS.set(w[c], i);
});
EN_WEEKDAYS.forEach((w, i) => {
  WEEKDAY_FORMS.set(w.toLowerCase(), i);
  WEEKDAY_FORMS.set(EN_WEEKDAY_SHORT[i]!, i);
});
WEEKDAY_FORMS.set('tues', 1);
WEEKDAY_FORMS.set('thur', 3);
WEEKDAY_FORMS.set('thurs', 3);
// Abbreviations used on notice boards ("po 12. 3.", "st 12. 3.") are too ambiguous with words; not listed.

export function weekdayOfWord(word: string): number | undefined {
  return WEEKDAY_FORMS.get(word.toLowerCase());
}

/** The case of a Czech weekday form (first match; "pondělí" is nominative and accusative alike). */
export function csCaseOfWord(word: string): CsCase | undefined {
  const w = word.toLowerCase();
  for (const day of CS_WEEKDAYS) {
    for (const c of ['acc', 'gen', 'nom', 'dat', 'loc', 'ins'] as const) if (day[c] === w) return c;
  }
  return undefined;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Without a year, 29 February is valid (some year has it). */
export function isValidDate(y: number | null, m: number, d: number): boolean {
  if (!Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  if (y === null) return d <= (m === 2 ? 29 : daysInMonth(2001, m));
  return y >= 1000 && y <= 9999 && d <= daysInMonth(y, m);
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(y: number, m: number, d: number): number {
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** Two digits: 3 → "03". */
export const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** The `norm` of a date fact: yyyy-mm-dd, or --mm-dd when the text gave no year. */
export function dateNorm(y: number | null, m: number, d: number): string {
  return y === null ? `--${pad2(m)}-${pad2(d)}` : isoDate(y, m, d);
}

/** Parses 'yyyy-mm-dd' (a date field's value); null when it is not a real date. */
export function parseIso(s: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

/** Days since 1 January 1970 (a day's number, for differences and order). */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** How far back a weekday may place a yearless date: a notice read this long after the day still talks about it. */
const WEEKDAY_PAST_DAYS = 120;

/**
 * The year of a date written without one, from `now` alone (see parse.ts `resolveYear` for the
 * notice's own years, which come first): the next occurrence from `now` (today counts). When the
 * text also names the weekday, the nearest year in which the date falls on that weekday wins,
 * but only within the last ~4 months or the coming year — "v sobotu 8. 3." reported two days
 * later is this year's; a match 11 months back is a wrong weekday, not last year's date.
 */
export function inferYear(m: number, d: number, now: Date, weekday?: number): number {
  const y = now.getFullYear();
  const today = dayNumber(y, now.getMonth() + 1, now.getDate());
  if (weekday !== undefined) {
    const candidates = [y, y + 1, y - 1]
      .filter((cy) => {
        if (!isValidDate(cy, m, d) || weekdayIndex(cy, m, d) !== weekday) return false;
        const diff = dayNumber(cy, m, d) - today;
        return diff >= -WEEKDAY_PAST_DAYS && diff <= 366;
      })
      .sort((a, b) => Math.abs(dayNumber(a, m, d) - today) - Math.abs(dayNumber(b, m, d) - today));
    if (candidates.length) return candidates[0]!;
  }
  return nextOccurrence(m, d, now);
}

/** The year of the next `d. m.` on or after `now`'s day (29 February: the next leap year). */
export function nextOccurrence(m: number, d: number, now: Date): number {
  const y = now.getFullYear();
  const today = dayNumber(y, now.getMonth() + 1, now.getDate());
  for (const cy of [y, y + 1, y + 2, y + 3, y + 4]) {
    if (isValidDate(cy, m, d) && dayNumber(cy, m, d) >= today) return cy;
  }
  return y;
}

/** Whole days from `now`'s local date to the given date (negative: in the past). */
export function daysFromNow(now: Date, y: number, m: number, d: number): number {
  return dayNumber(y, m, d) - dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
