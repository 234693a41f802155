/**
 * Finding dates and their weekdays in Czech and English text, the year of a date written
 * without one (from the notice first, then from `now`), and the weekday check ("ve středu
 * 12. 3." must really be a Wednesday). Used by the checklist and the rewriter. Pure.
 *
 * Everything is matched on the folded text (lower case, no diacritics, same length: see
 * text.ts `fold`), so "streda" typed without diacritics is recognised too, and every index
 * found is an index into the original text.
 */
import { fold } from '../checklist/text';
import { CS_MONTHS_GEN, CS_WEEKDAYS as CS_WEEKDAY_CASES, EN_MONTHS as EN_MONTH_NAMES, EN_WEEKDAYS, dayNumber, daysInMonth, inferYear, weekdayIndex } from './calendar';

export interface FoundWeekday {
  start: number;
  end: number;
  /** 0 = Monday … 6 = Sunday. */
  index: number;
  lang: 'cs' | 'en';
  /** The preposition before a Czech weekday ("ve" in "ve středu"), if any. */
  prep?: { start: number; end: number };
  /** One weekday for a whole list ("vždy v úterý: 7. 4., 21. 4."): the same word for every date. */
  shared?: boolean;
}

/**
 * Where a date's year came from: written with it ('text'), the same day and month written with
 * a year elsewhere or the year of the notice's other dates ('notice'), the written weekday
 * ('weekday': the nearby year where it falls on that day) or `now` (the next occurrence).
 */
export type YearSource = 'text' | 'notice' | 'weekday' | 'now';

export interface FoundDate {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number;
  /** false: the year was inferred (see `yearSource`). */
  yearGiven: boolean;
  yearSource: YearSource;
  /** A date about every year ("každoročně 28. 10.", "annually on 5 November"): no weekday belongs to it. */
  everyYear: boolean;
  /** false: no such day (31. 4., 29. 2. 2027). */
  valid: boolean;
  weekday?: FoundWeekday;
}

// The calendar's tables, in the folded form this file matches on.
const CS_MONTHS = CS_MONTHS_GEN.map(fold);
const EN_MONTHS = EN_MONTH_NAMES.map((m) => m.toLowerCase());
const EN_MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const EN_MONTH_ALT = [...EN_MONTHS, ...Object.keys(EN_MONTH_ABBR)].sort((a, b) => b.length - a.length).join('|');

/** Czech weekday forms by case: nominative, genitive, dative, accusative, locative, instrumental. */
const CS_WEEKDAYS: readonly (readonly string[])[] = CS_WEEKDAY_CASES.map((w) => [w.nom, w.gen, w.dat, w.acc, w.loc, w.ins]);
const CS_WEEKDAYS_FOLDED = CS_WEEKDAYS.map((forms) => forms.map(fold));
const CS_ABBR = ['po', 'út', 'st', 'čt', 'pá', 'so', 'ne'];
const EN_ABBR: Record<string, number> = { mon: 0, tue: 1, tues: 1, wed: 2, thu: 3, thur: 3, thurs: 3, fri: 4, sat: 5, sun: 6 };

/** folded form → weekday index (Czech full forms). */
const CS_FORM_INDEX = new Map<string, number>();
CS_WEEKDAYS.forEach((forms, i) => forms.forEach((f) => CS_FORM_INDEX.set(fold(f), i)));
const CS_ABBR_INDEX = new Map(CS_ABBR.map((a, i) => [fold(a), i]));
const EN_FULL_INDEX = new Map(EN_WEEKDAYS.map((w, i) => [w.toLowerCase(), i]));


// Dates. Every numeric date starts with a number: the scan finds the numbers (few in a post)
// and tries these sticky patterns there, instead of running each pattern over the whole text.
// The checks before the number ("1.12.3.", "18.30" are not dates) are done in code.
const CS_NUMERIC = /(\d{1,2})\.[ \u00a0]?(\d{1,2})\.(?:[ \u00a0]?(\d{4})(?!\d))?/y;
const CS_NAMED = new RegExp(String.raw`(\d{1,2})\.[ \u00a0]?(${CS_MONTHS.join('|')})(?![a-z])(?:[ \u00a0]+(\d{4})(?!\d))?`, 'y');
const ISO = /(\d{4})-(\d{2})-(\d{2})(?![\d-])/y;
// English month names are capitalised: these run on the original text, case-sensitively (fast).
const EN_MONTH_CAP = EN_MONTH_ALT.split('|')
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join('|');
const EN_DAY_MONTH = new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?(${EN_MONTH_CAP})\.?(?![a-z])(?:,?[ \u00a0]+(\d{4})(?!\d))?`, 'y');
const EN_MONTH_DAY = new RegExp(String.raw`(?<![A-Za-z])(${EN_MONTH_CAP})\.?[ \u00a0]+(\d{1,2})(?:st|nd|rd|th)?(?![\d])(?:,?[ \u00a0]+(\d{4})(?!\d))?`, 'g');

/** 0 = Monday. */
export const weekdayOf = weekdayIndex;

function weekdayOfWord(folded: string, original: string, lang: 'cs' | 'en' | 'abbr'): { index: number; lang: 'cs' | 'en' } | null {
  if (lang === 'abbr') {
    const i = CS_ABBR_INDEX.get(folded);
    return i === undefined ? null : { index: i, lang: 'cs' };
  }
  const cs = CS_FORM_INDEX.get(folded);
  if (cs !== undefined) return { index: cs, lang: 'cs' };
  const en = EN_FULL_INDEX.get(folded) ?? EN_ABBR[folded];
  // English weekdays are capitalised; "sun" or "sat" in lower case are ordinary words.
  return en !== undefined && /^\p{Lu}/u.test(original) ? { index: en, lang: 'en' } : null;
}

const PREPOSITIONS = new Set(['v', 've', 'od', 'do', 'k', 'ke', 'z', 'ze', 'po', 'o', 'pred', 'za', 'mezi', 'on', 'this', 'next']);
const NOT_AZ_LETTER = /\p{L}/u;
const isAz = (c: number) => c >= 97 && c <= 122;
const isSpace = (c: number) => c === 32 || c === 0xa0;

/** The a–z word of the folded text that ends at `end`, if it is a whole word. */
function wordEndingAt(folded: string, end: number): { start: number; end: number } | null {
  let s = end;
  while (s > 0 && isAz(folded.charCodeAt(s - 1))) s--;
  if (s === end) return null;
  const before = folded.charCodeAt(s - 1);
  if (s > 0 && before >= 128 && NOT_AZ_LETTER.test(folded[s - 1]!)) return null;
  return { start: s, end };
}

/**
 * The weekday written next to a date: before it ("ve středu 12. 3.", "Wednesday, the 12th",
 * "st 12. 3.") or after it in brackets ("12. 3. (st)"). Scans back word by word (no regex
 * over a slice: this runs for every date on every keystroke).
 */
function findWeekday(text: string, folded: string, start: number, end: number): FoundWeekday | undefined {
  let p = start;
  while (p > 0 && isSpace(folded.charCodeAt(p - 1))) p--;
  let w = wordEndingAt(folded, p);
  let skippedThe = false;
  if (w && folded.slice(w.start, w.end) === 'the') {
    skippedThe = true;
    p = w.start;
    while (p > 0 && isSpace(folded.charCodeAt(p - 1))) p--;
  }
  // "středu, 12. 3.", "St. 12. 3."
  if (folded[p - 1] === ',') p--;
  if (folded[p - 1] === '.') p--;
  // "vždy v úterý: 7. 4., 21. 4." — the weekday introduces a list.
  let colon = false;
  if (folded[p - 1] === ':') {
    colon = true;
    p--;
  }
  w = wordEndingAt(folded, p);
  if (w) {
    const word = folded.slice(w.start, w.end);
    // Czech abbreviations only right before the date ("po 12. 3." means "after": not Monday).
    const found = weekdayOfWord(word, text.slice(w.start, w.end), 'cs') ?? (skippedThe || word === 'po' ? null : weekdayOfWord(word, '', 'abbr'));
    if (found) {
      let q = w.start;
      while (q > 0 && isSpace(folded.charCodeAt(q - 1))) q--;
      const pw = q < w.start ? wordEndingAt(folded, q) : null;
      const prep = pw && PREPOSITIONS.has(folded.slice(pw.start, pw.end)) ? pw : undefined;
      return { start: w.start, end: w.end, ...found, prep, shared: colon || listWord(folded, prep?.start ?? w.start) || undefined };
    }
  }
  // After the date, in brackets: "12. 3. (st)", "12. 3. (středa)".
  let q = end;
  while (q < folded.length && isSpace(folded.charCodeAt(q))) q++;
  if (folded[q] !== '(') return undefined;
  q++;
  while (q < folded.length && isSpace(folded.charCodeAt(q))) q++;
  let e = q;
  while (e < folded.length && isAz(folded.charCodeAt(e))) e++;
  let close = e;
  if (folded[close] === '.') close++;
  while (close < folded.length && isSpace(folded.charCodeAt(close))) close++;
  if (e === q || folded[close] !== ')') return undefined;
  const word = folded.slice(q, e);
  const found = weekdayOfWord(word, text.slice(q, e), word.length <= 2 ? 'abbr' : 'cs');
  return found ? { start: q, end: e, ...found } : undefined;
}

interface RawDate {
  start: number;
  end: number;
  day: number;
  month: number;
  year?: number;
  /** Clearly meant as a date (year, month name): reported even when the day does not exist. */
  strict: boolean;
}

const yearOf = (s: string | undefined) => (s ? Number(s) : undefined);
function enMonth(name: string): number {
  const lower = name.toLowerCase();
  const i = EN_MONTHS.indexOf(lower);
  return i >= 0 ? i + 1 : (EN_MONTH_ABBR[lower] ?? 0);
}
function execAt(re: RegExp, on: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(on);
}
const raw = (m: RegExpExecArray, day: number, month: number, year: number | undefined, strict: boolean): RawDate => ({
  start: m.index,
  end: m.index + m[0].length,
  day,
  month,
  year,
  strict,
});

/** Every date in the text, in order, with its weekday word when one is written next to it. */
export function findDates(text: string, now: Date, folded: string = fold(text)): FoundDate[] {
  const found: RawDate[] = [];
  // Walk the numbers by hand (a regex would make an array per number); look at the character
  // after each number before trying a pattern: most numbers are times, prices, house numbers.
  let i = 0;
  while (i < folded.length) {
    const c = folded.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < folded.length && folded.charCodeAt(j) >= 48 && folded.charCodeAt(j) <= 57) j++;
    const before = folded[i - 1];
    const after = folded.charCodeAt(j);
    if (j - i <= 2 && before !== '.' && before !== ':' && before !== '/') {
      if (after === 46) {
        // "12. 3.", "12.3.2026", "12. března"
        let m = execAt(CS_NUMERIC, folded, i);
        if (m) {
          const day = Number(m[1]);
          const month = Number(m[2]);
          // Without a year, "18.30." or "1.15." are not dates; with one, a wrong day is a typo worth reporting.
          if (month >= 1 && month <= 12 && day >= 1 && day <= 31) found.push(raw(m, day, month, yearOf(m[3]), m[3] !== undefined));
        }
        if ((m = execAt(CS_NAMED, folded, i))) found.push(raw(m, Number(m[1]), CS_MONTHS.indexOf(m[2]!) + 1, yearOf(m[3]), true));
      } else if (after === 32 || after === 0xa0 || after === 115 || after === 110 || after === 114 || after === 116) {
        // "12 March", "12th of March": English month names are capitalised, so the original text.
        const m = execAt(EN_DAY_MONTH, text, i);
        if (m) found.push(raw(m, Number(m[1]), enMonth(m[2]!), yearOf(m[3]), true));
      }
    } else if (j - i === 4 && before !== '-' && after === 45) {
      const m = execAt(ISO, folded, i);
      const month = m ? Number(m[2]) : 0;
      if (m && month >= 1 && month <= 12) found.push(raw(m, Number(m[3]), month, Number(m[1]), true));
    }
    i = j;
  }
  EN_MONTH_DAY.lastIndex = 0;
  let e: RegExpExecArray | null;
  while ((e = EN_MONTH_DAY.exec(text)) !== null) found.push(raw(e, Number(e[2]), enMonth(e[1]!), yearOf(e[3]), true));

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawDate[] = [];
  let lastEnd = -1;
  for (const r of found) {
    if (r.start < lastEnd) continue; // overlapping reading of the same text
    if (r.day < 1 || r.day > 31) continue;
    lastEnd = r.end;
    kept.push(r);
  }
  const years = noticeYears(kept, folded);
  const annual = annualCues(folded);
  const out: FoundDate[] = [];
  let prev: FoundDate | undefined;
  for (const r of kept) {
    let weekday = findWeekday(text, folded, r.start, r.end);
    // A date of a list whose weekday was written once for all ("vždy v úterý: 7. 4., 21. 4.").
    if (!weekday && prev?.weekday?.shared && LIST_GAP.test(folded.slice(prev.end, r.start))) weekday = prev.weekday;
    const everyYear = annual.some((c) => c <= r.start + 80 && c >= r.start - 150 && !folded.slice(Math.min(c, r.start), Math.max(c, r.start)).includes('\n'));
    const { year: y, source } = r.year !== undefined ? { year: r.year, source: 'text' as const } : resolveYear(r.day, r.month, { now, years }, weekday?.index);
    const valid = r.day <= daysInMonth(y, r.month);
    // "31. 4." alone may be something else; with a year, a month name or a weekday it is a date.
    if (!valid && !r.strict && !weekday) continue;
    prev = {
      start: r.start,
      end: r.end,
      day: r.day,
      month: r.month,
      year: y,
      yearGiven: r.year !== undefined,
      yearSource: source,
      everyYear,
      valid,
      weekday,
    };
    out.push(prev);
  }
  return out;
}

/** Between two dates of one list: a comma, a semicolon, "a", "and", "nebo" (not a range dash). */
const LIST_GAP = /^[ \u00a0]*(?:[,;][ \u00a0]*|[ \u00a0](?:a|and|or|nebo)[ \u00a0]+)$/;
const isListWordAt = (folded: string, s: number, word: string) => folded.slice(s - word.length - 1, s - 1) === word && !isAz(folded.charCodeAt(s - word.length - 2));

/** "vždy v úterý", "každou sobotu", "every Tuesday": one weekday for the dates that follow. */
function listWord(folded: string, start: number): boolean {
  return ['vzdy', 'kazdou', 'kazdy', 'kazde', 'every', 'always'].some((w) => isListWordAt(folded, start, w));
}

const ANNUAL = /kazdoroc|kazdy rok|kazdeho roku|kazdym rokem|kazdy rok|pravidelne kazdy|rok co rok|annually|every year|each year|yearly/g;
/** Where the text says "every year" (a date near it, on the same line, is one of every year). */
function annualCues(folded: string): number[] {
  const out: number[] = [];
  ANNUAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANNUAL.exec(folded)) !== null) out.push(m.index);
  return out;
}

/** What the text itself says about years: every date written with one. */
export interface YearContext {
  now: Date;
  /** Dates written with a year, in order. */
  years: readonly { d: number; m: number; y: number }[];
}

// A birth or founding date says nothing about the year of the notice's other dates.
export const NOT_NOTICE_YEAR = /(?:nar\.|narozen|rozen[aey]?|zalozen|zalozil|vznik|od roku|born|founded|established|est\.|since)[^\n]{0,12}$/;

function noticeYears(dates: readonly RawDate[], folded: string): YearContext['years'] {
  const out: { d: number; m: number; y: number }[] = [];
  for (const r of dates) {
    if (r.year === undefined || r.year < 1900 || r.year > 2200) continue;
    if (NOT_NOTICE_YEAR.test(folded.slice(Math.max(0, r.start - 30), r.start))) continue;
    out.push({ d: r.day, m: r.month, y: r.year });
  }
  return out;
}

/** Building the context once for a text whose dates are resolved one by one (the rewriter). */
export function yearContext(text: string, now: Date): YearContext {
  return { now, years: findDates(text, now).filter((d) => d.yearGiven).map((d) => ({ d: d.day, m: d.month, y: d.year })) };
}

/**
 * The year of a date written without one. The notice first: the same day and month written with
 * a year elsewhere (a dated title, "27. června 2018" → "27. června" is 2018), then the year of its
 * other dates (the one that puts this date nearest to them: "28. 12. 2025 … 2. 1." is 2026); then
 * the written weekday (the nearby year where it falls on that day); then the next occurrence from `now`.
 */
export function resolveYear(day: number, month: number, ctx: YearContext, weekday?: number): { year: number; source: YearSource } {
  const same = ctx.years.find((x) => x.d === day && x.m === month);
  if (same) return { year: same.y, source: 'notice' };
  if (ctx.years.length > 0) {
    let best: number | undefined;
    let bestDist = Infinity;
    // A notice dated in two years ("Published 2020 … Updated 2021"): of the years its dates allow,
    // the one where the written weekday holds wins — the notice's own "Monday 6th September" is
    // not made wrong by the nearer of two plausible years.
    let match: number | undefined;
    let matchDist = Infinity;
    for (const x of ctx.years) {
      // The others' year (within ~10 months of them), or the next/previous one only across New
      // Year ("28. 12. 2025 … 2. 1." is 2026; "7. 6. 2024 … do 31. 12." stays 2024).
      for (const y of [x.y, x.y + 1, x.y - 1]) {
        const dist = Math.abs(dayNumber(y, month, Math.min(day, daysInMonth(y, month))) - dayNumber(x.y, x.m, x.d));
        if (dist > (y === x.y ? 300 : 75)) continue;
        if (dist < bestDist) {
          bestDist = dist;
          best = y;
        }
        if (weekday !== undefined && dist < matchDist && day <= daysInMonth(y, month) && weekdayIndex(y, month, day) === weekday) {
          matchDist = dist;
          match = y;
        }
      }
    }
    if (match !== undefined) return { year: match, source: 'notice' };
    if (best !== undefined) return { year: best, source: 'notice' };
  }
  if (weekday !== undefined) {
    const y = inferYear(month, day, ctx.now, weekday);
    if (day <= daysInMonth(y, month) && weekdayIndex(y, month, day) === weekday) return { year: y, source: 'weekday' };
  }
  return { year: inferYear(month, day, ctx.now), source: 'now' };
}

export interface WeekdayEdit {
  start: number;
  end: number;
  replacement: string;
}

const CASE_BY_PREP: Record<string, number> = { v: 3, ve: 3, od: 1, do: 1, z: 1, ze: 1, k: 2, ke: 2, po: 4, o: 4, pred: 5, za: 3, mezi: 5 };
const matchCase = (s: string, like: string) => (/^\p{Lu}/u.test(like) ? s.charAt(0).toLocaleUpperCase('cs') + s.slice(1) : s);

/**
 * Edits that make the weekday word match the date, in the same grammatical case and style
 * ("ve středu" → "ve čtvrtek", "St" → "Čt", "Wed" → "Thu"), fixing "v/ve" before it.
 */
export function weekdayCorrection(text: string, date: FoundDate): WeekdayEdit[] {
  const wd = date.weekday;
  // A shared weekday is right for the other dates of its list: no single edit fixes it.
  if (!wd || !date.valid || date.everyYear || wd.shared) return [];
  const actual = weekdayOf(date.year, date.month, date.day);
  if (actual === wd.index) return [];
  const word = text.slice(wd.start, wd.end);
  const f = fold(word);
  let replacement: string;
  if (wd.lang === 'en') {
    const abbr = f.length <= 5 && !EN_FULL_INDEX.has(f);
    replacement = abbr ? EN_WEEKDAYS[actual]!.slice(0, 3) : EN_WEEKDAYS[actual]!;
    if (word === word.toUpperCase()) replacement = replacement.toUpperCase();
    else if (!/^\p{Lu}/u.test(word)) replacement = replacement.toLowerCase();
    return [{ start: wd.start, end: wd.end, replacement }];
  }
  if (f.length <= 2) {
    replacement = matchCase(CS_ABBR[actual]!, word);
    if (word === word.toUpperCase() && word.length > 1) replacement = replacement.toLocaleUpperCase('cs');
    return [{ start: wd.start, end: wd.end, replacement }];
  }
  const forms = CS_WEEKDAYS_FOLDED[wd.index]!;
  const prep = wd.prep ? fold(text.slice(wd.prep.start, wd.prep.end)) : undefined;
  let kase = prep !== undefined ? CASE_BY_PREP[prep] : undefined;
  if (kase === undefined || forms[kase] !== f) kase = forms.indexOf(f);
  replacement = matchCase(CS_WEEKDAYS[actual]![Math.max(0, kase)]!, word);
  const edits: WeekdayEdit[] = [{ start: wd.start, end: wd.end, replacement }];
  if (wd.prep && prep !== undefined && VOCALISED[prep]) {
    // "ve středu", "ke čtvrtku", "ze soboty": the vowel before st-/čt- (and s- after z), not otherwise.
    const [bare, long] = VOCALISED[prep];
    const r = fold(replacement);
    const want = /^(st|ct)/.test(r) || (bare === 'z' && r.startsWith('s')) ? long : bare;
    if (want !== prep) edits.unshift({ start: wd.prep.start, end: wd.prep.end, replacement: matchCase(want, text.slice(wd.prep.start, wd.prep.end)) });
  }
  return edits;
}

const VOCALISED: Record<string, readonly [string, string]> = { v: ['v', 've'], ve: ['v', 've'], k: ['k', 'ke'], ke: ['k', 'ke'], z: ['z', 'ze'], ze: ['z', 'ze'] };

export interface WrongWeekday {
  date: FoundDate;
  /** The weekday as written ("středu"). */
  written: string;
  /** 0 = Monday: the day the date really is (in the year it was read as). */
  actual: number;
  /**
   * The year is known (written, or from the notice's own dates): the weekday is wrong for sure.
   * Otherwise it only does not fit the year guessed from `now`; a rewriter warns instead of
   * changing it (an old notice read today would get "corrected" into a wrong day).
   */
  certain: boolean;
  /** The edits that correct it; none for a weekday shared by a list (its other dates may be right). */
  edits: WeekdayEdit[];
}

/**
 * Every weekday that does not match its date. A right "v neděli 8. 3." read two days later is
 * right (the weekday chose the year); dates about every year have no weekday to check.
 */
export function wrongWeekdays(text: string, now: Date, dates: readonly FoundDate[] = findDates(text, now)): WrongWeekday[] {
  const out: WrongWeekday[] = [];
  for (const date of dates) {
    const wd = date.weekday;
    if (!wd || !date.valid || date.everyYear) continue;
    const actual = weekdayOf(date.year, date.month, date.day);
    if (actual === wd.index) continue;
    out.push({
      date,
      written: text.slice(wd.start, wd.end),
      actual,
      certain: date.yearSource === 'text' || date.yearSource === 'notice',
      edits: weekdayCorrection(text, date),
    });
  }
  return out;
}
