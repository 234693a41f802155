/**
 * Calendar helpers: validity, weekdays (Monday = 0), year inference and how a date is written
 * in Czech (with the weekday in the case the preposition asks for) and English.
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

/**
 * The year of a date written without one: the next occurrence from `now` (today counts).
 * When the text also names the weekday, the nearest year (last, this or next) in which the
 * date falls on that weekday wins — "v sobotu 8. 3." reported two days later is this year's.
 */
export function inferYear(m: number, d: number, now: Date, weekday?: number): number {
  const y = now.getFullYear();
  const today = dayNumber(y, now.getMonth() + 1, now.getDate());
  if (weekday !== undefined) {
    const candidates = [y, y + 1, y - 1]
      .filter((cy) => isValidDate(cy, m, d) && weekdayIndex(cy, m, d) === weekday)
      .sort((a, b) => Math.abs(dayNumber(a, m, d) - today) - Math.abs(dayNumber(b, m, d) - today));
    if (candidates.length) return candidates[0]!;
  }
  for (const cy of [y, y + 1, y + 2, y + 3, y + 4]) {
    if (isValidDate(cy, m, d) && dayNumber(cy, m, d) >= today) return cy;
  }
  return y;
}

/** "12. 3. 2026" / "12. 3." */
export function csNumeric(y: number | null, m: number, d: number): string {
  return y === null ? `${d}. ${m}.` : `${d}. ${m}. ${y}`;
}

/** "12 March 2026" / "12 March" */
export function enLong(y: number | null, m: number, d: number): string {
  return y === null ? `${d} ${EN_MONTHS[m - 1]}` : `${d} ${EN_MONTHS[m - 1]} ${y}`;
}

/** "ve čtvrtek" (acc with v/ve), "od čtvrtka" style forms are built by the caller. */
export function csWeekdayPhrase(weekday: number, c: CsCase = 'acc', withPreposition = c === 'acc'): string {
  const w = CS_WEEKDAYS[weekday]!;
  return withPreposition && c === 'acc' ? `${w.v} ${w.acc}` : w[c];
}

/**
 * A date as a post shows it, weekday first: cs "ve čtvrtek 12. 3. 2026", en "Thursday 12 March 2026".
 * `year: false` drops the year (headlines).
 */
export function formatDateWithWeekday(lang: Lang, y: number, m: number, d: number, opts: { year?: boolean; csCase?: CsCase } = {}): string {
  const wd = weekdayIndex(y, m, d);
  const withYear = opts.year !== false;
  if (lang === 'cs') return `${csWeekdayPhrase(wd, opts.csCase ?? 'acc')} ${csNumeric(withYear ? y : null, m, d)}`;
  return `${EN_WEEKDAYS[wd]} ${enLong(withYear ? y : null, m, d)}`;
}

/** Range: cs "od čtvrtka 12. 3. do soboty 14. 3. 2026", en "from Thursday 12 March to Saturday 14 March 2026". */
export function formatDateRange(lang: Lang, a: { y: number; m: number; d: number }, b: { y: number; m: number; d: number }): string {
  const sameYear = a.y === b.y;
  if (lang === 'cs') {
    const from = `od ${CS_WEEKDAYS[weekdayIndex(a.y, a.m, a.d)]!.gen} ${csNumeric(sameYear ? null : a.y, a.m, a.d)}`;
    const to = `do ${CS_WEEKDAYS[weekdayIndex(b.y, b.m, b.d)]!.gen} ${csNumeric(b.y, b.m, b.d)}`;
    return `${from} ${to}`;
  }
  const from = `${EN_WEEKDAYS[weekdayIndex(a.y, a.m, a.d)]} ${enLong(sameYear ? null : a.y, a.m, a.d)}`;
  return `from ${from} to ${EN_WEEKDAYS[weekdayIndex(b.y, b.m, b.d)]} ${enLong(b.y, b.m, b.d)}`;
}

/** The weekday's name alone, for hints next to a date input ("čtvrtek", "Thursday"). */
export function weekdayName(lang: Lang, y: number, m: number, d: number): string {
  const wd = weekdayIndex(y, m, d);
  return lang === 'cs' ? CS_WEEKDAYS[wd]!.nom : EN_WEEKDAYS[wd]!;
}

/** Whole days from `now`'s local date to the given date (negative: in the past). */
export function daysFromNow(now: Date, y: number, m: number, d: number): number {
  return dayNumber(y, m, d) - dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
