/**
 * Stage 5 of the rewriter: every post is VERIFIED before it is shown.
 * - Every key fact of the notice is in the post, or listed in `missingFacts` (a visible warning).
 * - Nothing is in the post that the notice does not say: no date, time, year, amount or phone
 *   it lacks, no weekday that does not match the calendar (lines that would say one are dropped).
 */
import { weekdayProblems } from './checks';
import { dateNorm, EN_MONTHS, isoDate, weekdayIndex, type Lang } from '../dates/calendar';
import { extractFacts, factKey, isWordCharAt, normText, type DateFact, type Fact } from './facts';

/**
 * Facts of the notice that the post does not contain. Compared by normalised value (a date
 * reformatted with its weekday is the same date), with a fallback to the exact text.
 */
export function findMissingFacts(facts: Fact[], post: string, lang: Lang, now: Date = new Date()): Fact[] {
  if (!facts.length) return [];
  // One check per distinct fact (a long notice repeats its facts).
  const byKey = new Map<string, Fact>();
  for (const f of facts) {
    const k = factKey(f);
    if (!byKey.has(k)) byKey.set(k, f);
  }
  const unique = [...byKey.values()];
  // Text searches cost post × facts: fine for a post, not for a 1 MB paste (there the
  // comparison by norm alone decides, which is linear).
  // Most facts appear in the post exactly as written (same text = same norm): those need no
  // second extraction. Only the rest (reformatted dates, a range split into lines…) are read
  // back from the post and compared by norm.
  // Each search that finds nothing reads the whole post, so they share a budget; what is left
  // when it runs out is compared by norm.
  let spent = 0;
  const unsure: Fact[] = [];
  for (const f of unique) {
    if (spent > SEARCH_BUDGET) {
      unsure.push(f);
      continue;
    }
    let at = findToken(post, f.text);
    spent += at < 0 ? post.length : at;
    // A date or time the post writes its own way ("23.–27. 3." → "od pondělí 23. 3. do …").
    for (const form of at < 0 ? rewrittenForms(f) : []) {
      at = findToken(post, form, true);
      spent += at < 0 ? post.length : at;
      if (at >= 0) break;
    }
    if (at < 0) unsure.push(f);
  }
  if (!unsure.length) return [];
  const found = extractFacts(post, { lang, now });
  const keys = new Set(found.facts.map(factKey));
  const monthDays = new Set(found.dates.map((d) => dateNorm(null, d.m, d.d)));
  const yearless = new Set(found.dates.filter((d) => d.y === null).map((d) => isoDate(d.year, d.m, d.d)));
  const search = post.length * unsure.length <= SEARCH_BUDGET;
  let flatPost: string | null = null;
  let postDigits: string | null = null;
  const missing: Fact[] = [];
  for (const f of unsure) {
    if (keys.has(factKey(f))) continue;
    let ok = false;
    if (f.type === 'date' || f.type === 'deadline') {
      // "12. 3." (no year) is kept by any 12 March; "12. 3. 2026" also by "12. 3." read as 2026.
      ok = f.norm.startsWith('--') ? monthDays.has(f.norm) : yearless.has(f.norm);
    } else if (search && (f.type === 'place' || f.type === 'organisation' || f.type === 'url' || f.type === 'email' || f.type === 'account')) {
      flatPost ??= normText(post);
      ok = flatPost.includes(normText(f.text));
    } else if (search && f.type === 'phone') {
      postDigits ??= post.replace(/[^\d\n]/g, '');
      ok = postDigits.includes(f.norm);
    }
    if (!ok) missing.push(f);
  }
  return missing;
}

/** How the rewriter writes a date or time fact (so it can be found without reading the post again). */
export function rewrittenForms(f: Fact): string[] {
  if ((f.type === 'date' || f.type === 'deadline') && (f as DateFact).m) {
    const d = f as DateFact;
    const y = d.y === null ? null : d.year;
    const month = EN_MONTHS[d.m - 1];
    return [`${d.d}. ${d.m}. ${y ?? ''}`.trim(), `${d.d}. ${d.m}.`, `${d.d} ${month}${y ? ` ${y}` : ''}`, `${d.d} ${month}`];
  }
  if (f.type === 'time') return [f.norm.replace(/^0(\d)/, '$1')];
  return [];
}

/** Characters × facts above which missing facts are compared by norm only (see findMissingFacts). */
const SEARCH_BUDGET = 20_000_000;

/** Where `needle` occurs in `hay` as a whole token ("8:00" is not found inside "18:00"), or -1. */
export function findToken(hay: string, needle: string, noOtherYear = false): number {
  if (!needle) return 0;
  let i = hay.indexOf(needle);
  while (i >= 0) {
    const boundary = !(isWordCharAt(hay, i - 1) && isWordCharAt(needle, 0)) && !(isWordCharAt(hay, i + needle.length) && isWordCharAt(needle, needle.length - 1));
    // "12. 3." must not be the start of "12. 3. 2027" when looking for 12 March 2026.
    if (boundary && (!noOtherYear || !/^[ \u00a0]?\d{4}/.test(hay.slice(i + needle.length, i + needle.length + 6)))) return i;
    i = hay.indexOf(needle, i + 1);
  }
  return -1;
}


export interface Invented {
  type: Fact['type'] | 'year' | 'weekday';
  text: string;
}

const YEAR = /(?<![\d.,/:-])(?:19|20)\d{2}(?![\d])/g;

/**
 * What the post states that the notice does not: dates (by day and month), times, amounts,
 * phones and years the notice never names, and weekdays that do not match their date.
 */
export function inventedFacts(post: string, notice: { facts: Fact[]; text: string }, lang: Lang, now: Date): Invented[] {
  const out: Invented[] = [];
  const keys = new Set(notice.facts.map(factKey));
  const monthDays = new Set(notice.facts.filter((f) => f.type === 'date' || f.type === 'deadline').map((f) => dateNorm(null, (f as DateFact).m, (f as DateFact).d)));
  const found = extractFacts(post, { lang, now });
  for (const f of found.facts) {
    if (f.type === 'date' || f.type === 'deadline') {
      const d = f as DateFact;
      if (!monthDays.has(dateNorm(null, d.m, d.d))) out.push({ type: f.type, text: f.text });
    } else if ((f.type === 'time' || f.type === 'money' || f.type === 'phone') && !keys.has(factKey(f))) {
      // "5:2" is a score and "158" the police line: both only when the notice says them too.
      if (f.type === 'phone' && notice.text.replace(/\D/g, '').includes(f.norm)) continue;
      if (f.type === 'time' && notice.text.includes(f.text)) continue;
      out.push({ type: f.type, text: f.text });
    }
  }
  YEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR.exec(post)); ) if (!notice.text.includes(m[0])) out.push({ type: 'year', text: m[0] });
  for (const p of weekdayProblems(post, lang, now)) if (p.includes(' but it is ')) out.push({ type: 'weekday', text: p });
  // A weekday beside a date the notice dates itself: checked in the notice's year (the post,
  // without a year, would read "úterý 12. 1." as a year when that day is a Tuesday).
  const years = new Map<string, number>();
  for (const f of notice.facts) if ((f.type === 'date' || f.type === 'deadline') && (f as DateFact).y !== null) years.set(dateNorm(null, (f as DateFact).m, (f as DateFact).d), (f as DateFact).year);
  for (const d of found.dates) {
    const y = d.weekday && d.y === null ? years.get(dateNorm(null, d.m, d.d)) : undefined;
    if (y !== undefined && weekdayIndex(y, d.m, d.d) !== d.weekday!.index) out.push({ type: 'weekday', text: `${d.weekday!.text} ${d.text}` });
  }
  return out;
}
