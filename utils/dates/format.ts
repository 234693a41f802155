/**
 * How a post writes a date: Czech with the weekday in the case its preposition asks for
 * ("do pátku 25. 8.", "od čtvrtka 24. 8.", "ve středu 23. 8."), English "Friday 25 August". Pure.
 */
import { CS_WEEKDAYS, EN_MONTHS, EN_WEEKDAYS, weekdayIndex, type CsCase, type Lang } from './calendar';

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


export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/**
 * The preposition a Czech date stands after, which decides its weekday's case: v/ve + acc
 * ("v pátek"), od/do/z + gen ("do pátku"), k + dat ("k pátku"), po + loc, před + ins, na + acc
 * without "v", nom at the start of a line or a heading ("Pátek 25. 8.").
 */
export type CsPrep = 'v' | 'od' | 'do' | 'k' | 'z' | 'po' | 'před' | 'na' | 'nom';

const CASE_OF_PREP: Record<CsPrep, CsCase> = { v: 'acc', od: 'gen', do: 'gen', k: 'dat', z: 'gen', po: 'loc', před: 'ins', na: 'acc', nom: 'nom' };

/** "ve středu", "ke čtvrtku", "ze soboty": the vocalised preposition before a consonant cluster or its own consonant. */
function csPrepWord(prep: CsPrep, weekdayForm: string): string {
  if (prep === 'nom') return '';
  const first2 = weekdayForm.slice(0, 2);
  const cluster = first2 === 'st' || first2 === 'čt';
  if (prep === 'v') return cluster ? 've' : 'v';
  if (prep === 'k') return cluster ? 'ke' : 'k';
  if (prep === 'z') return cluster || weekdayForm[0] === 's' ? 'ze' : 'z';
  if (prep === 'před') return 'před';
  return prep;
}

/**
 * A Czech date as a post writes it: `formatCsDate({y:2023,m:8,d:25}, {prep:'do', weekday:true})`
 * → "do pátku 25. 8. 2023". Without a weekday the preposition stays only where Czech needs it
 * ("do 25. 8.", but "25. 8." for v/nom). `year: false` drops the year.
 */
export function formatCsDate(date: Ymd, o: { prep?: CsPrep; weekday?: boolean; year?: boolean } = {}): string {
  const prep = o.prep ?? 'v';
  const num = csNumeric(o.year === false ? null : date.y, date.m, date.d);
  if (o.weekday === false) return prep === 'v' || prep === 'nom' ? num : `${prep === 'k' && /^[kg]/.test(num) ? 'ke' : prep} ${num}`;
  const form = CS_WEEKDAYS[weekdayIndex(date.y, date.m, date.d)]![CASE_OF_PREP[prep]];
  const p = csPrepWord(prep, form);
  return p ? `${p} ${form} ${num}` : `${form} ${num}`;
}

/** English: "Friday 25 August 2023", "from Friday 25 August", "by Friday 25 August 2023". */
export function formatEnDate(date: Ymd, o: { prep?: 'on' | 'from' | 'until' | 'by' | 'nom'; weekday?: boolean; year?: boolean } = {}): string {
  const long = enLong(o.year === false ? null : date.y, date.m, date.d);
  const body = o.weekday === false ? long : `${EN_WEEKDAYS[weekdayIndex(date.y, date.m, date.d)]} ${long}`;
  return !o.prep || o.prep === 'nom' ? body : `${o.prep} ${body}`;
}

// The words before a Czech date that govern its case, longest first; each is replaced by the
// preposition with the weekday ("do dne 25. 8." → "do pátku 25. 8."). Matched on lower case.
const CS_GOVERNORS: readonly [RegExp, CsPrep][] = [
  [/(?:^|[^\p{L}])(do(?: dne)?) $/u, 'do'],
  [/(?:^|[^\p{L}])((?:od|ode)(?: dne)?) $/u, 'od'],
  [/(?:^|[^\p{L}])(před(?: dnem)?) $/u, 'před'],
  [/(?:^|[^\p{L}])(dnem) $/u, 'od'],
  [/(?:^|[^\p{L}])((?:ke?) (?:dni|dnu)|ke?) $/u, 'k'],
  [/(?:^|[^\p{L}])((?:ze?)(?: dne)?) $/u, 'z'],
  [/(?:^|[^\p{L}])(po(?: dni)?) $/u, 'po'],
  [/(?:^|[^\p{L}])(na(?: den)?) $/u, 'na'],
  [/(?:^|[^\p{L}])(dne|ve?) $/u, 'v'],
];

/**
 * How to put a weekday on a Czech date: `before` is the text up to the date. Returns where the
 * governing words start in `before` (they are replaced) and the phrase to write instead of them
 * and the date: "Voda nepoteče do dne " + 25. 8. 2023 → { start: 15, text: "do pátku 25. 8. 2023" }.
 * At the start of a line (or after a bullet or a colon heading) the weekday is nominative; with no
 * preposition it gets "v/ve". Never "v/ve" after another preposition ("do v pátek").
 */
export function csDatePhrase(before: string, date: Ymd, o: { year?: boolean } = {}): { start: number; text: string } {
  const cap = (t: string) => t[0]!.toLocaleUpperCase('cs') + t.slice(1);
  const space = /[ \u00a0]+$/.exec(before);
  if (space) {
    const head = before.slice(0, space.index);
    // Lower-casing keeps the length of Czech letters, so match ends map back to `head`.
    const tail = head.slice(-20).toLocaleLowerCase('cs') + ' ';
    for (const [re, prep] of CS_GOVERNORS) {
      const g = re.exec(tail);
      if (!g) continue;
      const start = space.index - g[1]!.length;
      const text = formatCsDate(date, { prep, year: o.year });
      return { start, text: /^\p{Lu}/u.test(before[start]!) ? cap(text) : text };
    }
  }
  const lineStart = /(?:^|\n)[ \t]*(?:[-•*–][ \t]*)?$/.test(before);
  const afterColon = /:[ \t]*$/.test(before);
  const text = formatCsDate(date, { prep: lineStart || afterColon ? 'nom' : 'v', year: o.year });
  return { start: before.length, text: lineStart ? cap(text) : text };
}
