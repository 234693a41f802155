/**
 * Scoring the rewriter on the real-notice corpus (`npm run rewrite:report`, scripts/rewrite-report.ts).
 * Pure: a notice, its manifest entry and the posts in; numbers out. The rules:
 *
 * - a key fact is KEPT when the post states it in the manifest's norm: dates by day and month in
 *   any written form (a post may drop the year of a headline date), times HH:MM, phones by digits
 *   (any spacing), money by amount and currency, e-mails and accounts as text, urls as text (on
 *   Instagram also when the link went to `linkInBio`), places and organisations by folded word
 *   stems (Czech cases match: "Masarykovo náměstí" is kept by "na Masarykově náměstí");
 * - an INVENTED fact is a date, year, time, amount or phone in the post that the notice does not
 *   contain (neither among the facts extracted from it nor in its raw text), or a weekday that does
 *   not match its date;
 * - KIND: strict = the annotated kind; cautious = strict, or an uncertain `general` when the
 *   annotated kind is `general` or rare in the corpus (fewer than RARE_SHARE of its notices);
 * - a FULL DATE needs its correct weekday beside it (dates of every year excepted);
 * - long sentences: over 20 words, outside fact lines (emoji first), list items and hashtags;
 * - COPIED: the share of a post's words (outside emoji fact lines and hashtags) inside runs of
 *   ≥ 5 consecutive words that also occur in the notice (folded).
 */
import { findDates, resolveYear, yearContext, wrongWeekdays } from '../../utils/dates/parse';
import { fold } from '../../utils/checklist/text';
import { extractFacts, type Fact } from '../../utils/rewrite/facts';
import { findOfficePhrases } from '../../utils/rewrite/phrases';
import type { Lang } from '../../utils/dates/calendar';

export interface CorpusEntry {
  lang: Lang;
  kind: string;
  url: string;
  published: string | null;
  now: string;
  facts: [string, string][];
  frame?: Record<string, unknown>;
  notes?: string;
}

/** The part of a rewrite result the scorer reads. */
export interface PostResult {
  kind: string;
  post: string;
  linkInBio: readonly string[];
  /** Set by the rewriter when it exposes the frame it extracted: slot → value, or the rewriter's
   *  own `{ slots: { name: { value, source, confidence } | [...] } }` (values are compared). */
  frame?: unknown;
}

export const LONG_SENTENCE_WORDS = 20;
export const COPY_RUN = 5;
/** A kind with fewer than this share of the corpus is rare: an uncertain general counts as right. */
export const RARE_SHARE = 0.03;

/** "2026-03-09" → that day at 09:00 local time (the report reads every notice at 9 in the morning). */
export function nowOf(entry: Pick<CorpusEntry, 'now' | 'published'>): Date {
  // An entry without `now` is read on its publishing day; the format test reports it.
  const DAY = /^\d{4}-\d{2}-\d{2}$/;
  const day = [entry.now, entry.published].find((d): d is string => typeof d === 'string' && DAY.test(d)) ?? '2026-01-01';
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 9, 0);
}

const digits = (s: string) => s.replace(/\D+/g, '');
const urlNorm = (s: string) => s.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
const EMOJI_LINE = /^\s*\p{Extended_Pictographic}/u;
const WORD = /[\p{L}\p{N}]+/gu;

function words(s: string): string[] {
  return fold(s).match(WORD) ?? [];
}

/** Word stems for Czech-tolerant matching: the first letters of each word of 3+ letters. */
function stems(s: string): string[] {
  return words(s)
    .filter((w) => w.length >= 3 || /\d/.test(w))
    .map((w) => (/\d/.test(w) ? w : w.slice(0, Math.max(3, Math.min(w.length - 2, 6)))));
}

function mmdd(norm: string): string {
  return norm.slice(-5);
}

export interface PostFacts {
  facts: Fact[];
  folded: string;
  digits: string;
}

export function postFacts(post: string, lang: Lang, now: Date): PostFacts {
  return { facts: extractFacts(post, { lang, now }).facts, folded: fold(post), digits: digits(post) };
}

/** Is the manifest fact [type, norm] stated in the post? */
export function factKept([type, norm]: readonly [string, string], post: string, pf: PostFacts, linkInBio: readonly string[]): boolean {
  switch (type) {
    case 'date':
    case 'deadline':
      return pf.facts.some((f) => (f.type === 'date' || f.type === 'deadline') && mmdd(f.norm) === mmdd(norm));
    case 'time':
      return pf.facts.some((f) => f.type === 'time' && f.norm === norm);
    case 'phone':
      return pf.digits.includes(digits(norm));
    case 'money': {
      if (pf.facts.some((f) => f.type === 'money' && f.norm === norm)) return true;
      const amount = digits(norm.split(' ')[0] ?? '');
      return amount.length > 0 && pf.digits.includes(amount);
    }
    case 'url': {
      const u = urlNorm(norm);
      return urlNorm(post).includes(u) || post.toLowerCase().includes(u) || linkInBio.some((l) => urlNorm(l).includes(u) || u.includes(urlNorm(l)));
    }
    case 'email':
      return post.toLowerCase().includes(norm.toLowerCase());
    case 'account':
      return post.replace(/\s+/g, '').includes(norm.replace(/\s+/g, ''));
    default: {
      // place, organisation: every stem of the fact among the post's words.
      const want = stems(norm);
      if (want.length === 0) return pf.folded.includes(fold(norm));
      const have = words(post);
      return want.every((st) => have.some((w) => w.startsWith(st)));
    }
  }
}

export interface Invented {
  type: 'date' | 'year' | 'time' | 'money' | 'phone' | 'weekday';
  text: string;
}

/** Dates, years, times, amounts and phones in the post that the notice does not contain; weekdays that do not match. */
export function inventedFacts(post: string, notice: string, lang: Lang, now: Date, pf: PostFacts = postFacts(post, lang, now)): Invented[] {
  const out: Invented[] = [];
  const nf = extractFacts(notice, { lang, now }).facts;
  const noticeFolded = fold(notice);
  const noticeDigits = digits(notice);
  const noticeMmdd = new Set(nf.filter((f) => f.type === 'date' || f.type === 'deadline').map((f) => mmdd(f.norm)));
  const noticeTimes = new Set(nf.filter((f) => f.type === 'time').map((f) => f.norm));
  const noticeMoney = new Set(nf.filter((f) => f.type === 'money').map((f) => f.norm));
  for (const f of pf.facts) {
    if (f.type === 'date' || f.type === 'deadline') {
      if (!noticeMmdd.has(mmdd(f.norm))) out.push({ type: 'date', text: f.text });
    } else if (f.type === 'time') {
      const [h, m] = f.norm.split(':');
      const written = [`${Number(h)}:${m}`, `${Number(h)}.${m}`, `${h}:${m}`, `${h}.${m}`];
      if (!noticeTimes.has(f.norm) && !written.some((w) => noticeFolded.includes(w)) && !(m === '00' && new RegExp(`(?<!\\d)${Number(h)}(?!\\d)`).test(noticeFolded)))
        out.push({ type: 'time', text: f.text });
    } else if (f.type === 'money') {
      const amount = digits(f.norm.split(' ')[0] ?? '');
      if (!noticeMoney.has(f.norm) && !noticeDigits.includes(amount)) out.push({ type: 'money', text: f.text });
    } else if (f.type === 'phone') {
      if (!noticeDigits.includes(digits(f.norm))) out.push({ type: 'phone', text: f.text });
    }
  }
  // Years the notice never writes ("2027" added to a date of a 2018 notice).
  for (const m of post.matchAll(/(?<![\d.,:/-])(?:19|20)\d\d(?![\d])/g)) {
    if (!notice.includes(m[0]) && !/^#/.test(post.slice(post.lastIndexOf(' ', m.index) + 1))) out.push({ type: 'year', text: m[0] });
  }
  for (const w of postWeekdayErrors(post, notice, now)) out.push({ type: 'weekday', text: w });
  return out;
}

/** Weekdays in the post that do not match their date (the year from the post, else from the notice, else `now`). */
function postWeekdayErrors(post: string, notice: string, now: Date): string[] {
  const ctx = yearContext(notice, now);
  const out: string[] = [];
  for (const d of findDates(post, now)) {
    if (!d.weekday || !d.valid || d.everyYear) continue;
    const year = d.yearGiven ? d.year : resolveYear(d.day, d.month, ctx, d.weekday.index).year;
    const real = wrongWeekdays(post, now, [{ ...d, year }]);
    if (real.length) out.push(post.slice(d.weekday.start, d.end));
  }
  return out;
}

/** Full dates (day and month) in the post with no weekday, or a wrong one. */
export function datesWithoutWeekday(post: string, notice: string, now: Date): string[] {
  const out: string[] = [];
  for (const d of findDates(post, now)) {
    if (!d.valid || d.everyYear) continue;
    // Birth dates and dates of past years are not events.
    if (/(?:nar\.|narozen\p{L}*|born)\s*$/iu.test(post.slice(Math.max(0, d.start - 20), d.start))) continue;
    if (!d.weekday) out.push(post.slice(d.start, d.end));
  }
  return [...out, ...postWeekdayErrors(post, notice, now)];
}

/** Sentences over LONG_SENTENCE_WORDS words, outside fact lines, list items and hashtag lines. */
export function longSentences(post: string): string[] {
  const out: string[] = [];
  for (const line of post.split('\n')) {
    const t = line.trim();
    if (!t || EMOJI_LINE.test(t) || /^(?:[-•*–]|\d+[.)])\s/.test(t) || t.startsWith('#')) continue;
    // A sentence ends at . ! ? followed by a space and a capital (dates like "12. 3." do not end one).
    for (const s of t.split(/(?<=[.!?])\s+(?=[\p{Lu}"„])/u)) {
      const n = (s.match(WORD) ?? []).length;
      if (n > LONG_SENTENCE_WORDS) out.push(s);
    }
  }
  return out;
}

/** The words of a post that count for the copied ratio: not on emoji fact lines, not hashtags. */
function proseWords(post: string): string[] {
  return post
    .split('\n')
    .filter((l) => !EMOJI_LINE.test(l.trim()))
    .join('\n')
    .replace(/#[\p{L}\p{N}_]+/gu, ' ')
    .match(/[\p{L}\p{N}]+/gu)
    ?.map((w) => fold(w)) ?? [];
}

/** Share (0–1) of the post's prose words inside runs of ≥ COPY_RUN words that also occur in the notice. */
export function copiedRatio(post: string, notice: string): number {
  const pw = proseWords(post);
  if (pw.length === 0) return 0;
  const nw = words(notice);
  const grams = new Set<string>();
  for (let i = 0; i + COPY_RUN <= nw.length; i++) grams.add(nw.slice(i, i + COPY_RUN).join(' '));
  const covered = new Uint8Array(pw.length);
  for (let i = 0; i + COPY_RUN <= pw.length; i++) {
    if (grams.has(pw.slice(i, i + COPY_RUN).join(' '))) covered.fill(1, i, i + COPY_RUN);
  }
  let n = 0;
  for (const c of covered) n += c;
  return n / pw.length;
}

/** Kinds that are rare in the corpus (an uncertain general is a cautious, acceptable answer for them). */
export function rareKinds(kinds: readonly string[]): Set<string> {
  const count = new Map<string, number>();
  for (const k of kinds) count.set(k, (count.get(k) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n < RARE_SHARE * kinds.length).map(([k]) => k));
}

export function kindRight(annotated: string, got: string, uncertain: boolean, rare: ReadonlySet<string>): { strict: boolean; cautious: boolean } {
  const strict = annotated === got;
  return { strict, cautious: strict || (got === 'general' && uncertain && (annotated === 'general' || rare.has(annotated))) };
}

const slotValue = (v: unknown): string => (typeof v === 'string' ? fold(v).replace(/\s+/g, ' ').trim() : JSON.stringify(v, (_k, x) => (typeof x === 'string' ? fold(x).replace(/\s+/g, ' ').trim() : x)));

const valueOf = (slot: unknown): unknown =>
  Array.isArray(slot) ? slot.map(valueOf) : slot && typeof slot === 'object' && 'value' in slot ? (slot as { value: unknown }).value : slot;

/** The rewriter's frame as slot → plain value (its sources and confidences left out). */
export function flatFrame(frame: unknown): Record<string, unknown> | undefined {
  if (!frame || typeof frame !== 'object') return undefined;
  const slots = 'slots' in frame && frame.slots && typeof frame.slots === 'object' ? (frame.slots as Record<string, unknown>) : (frame as Record<string, unknown>);
  return Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, valueOf(v)]));
}

/** Slots of the expected frame that the rewriter's frame fills with the same value. */
export function frameAgreement(expected: Record<string, unknown>, frame: unknown): { slots: number; agree: number } | undefined {
  const got = flatFrame(frame);
  if (!got) return undefined;
  const slots = Object.keys(expected).filter((k) => k !== 'source');
  return { slots: slots.length, agree: slots.filter((k) => k in got && slotValue(got[k]) === slotValue(expected[k])).length };
}

export interface NoticeScore {
  file: string;
  lang: Lang;
  kind: string;
  gotKind: string;
  uncertain: boolean;
  strict: boolean;
  cautious: boolean;
  facts: number;
  keptFb: number;
  keptIg: number;
  missingFb: string[];
  missingIg: string[];
  invented: Invented[];
  datesWithoutWeekday: string[];
  officePhrases: string[];
  longSentences: string[];
  fbChars: number;
  igChars: number;
  copiedFb: number;
  frame?: { slots: number; agree: number };
}

export function scoreNotice(
  file: string,
  notice: string,
  entry: CorpusEntry,
  fb: PostResult,
  ig: PostResult,
  uncertain: boolean,
  rare: ReadonlySet<string>,
): NoticeScore {
  const now = nowOf(entry);
  const pfFb = postFacts(fb.post, entry.lang, now);
  const pfIg = postFacts(ig.post, entry.lang, now);
  const missingFb = entry.facts.filter((f) => !factKept(f, fb.post, pfFb, fb.linkInBio)).map(([t, n]) => `${t}:${n}`);
  const missingIg = entry.facts.filter((f) => !factKept(f, ig.post, pfIg, ig.linkInBio)).map(([t, n]) => `${t}:${n}`);
  const k = kindRight(entry.kind, fb.kind, uncertain, rare);
  return {
    file,
    lang: entry.lang,
    kind: entry.kind,
    gotKind: fb.kind,
    uncertain,
    ...k,
    facts: entry.facts.length,
    keptFb: entry.facts.length - missingFb.length,
    keptIg: entry.facts.length - missingIg.length,
    missingFb,
    missingIg,
    invented: [...inventedFacts(fb.post, notice, entry.lang, now, pfFb), ...inventedFacts(ig.post, notice, entry.lang, now, pfIg).map((x) => ({ ...x, text: `IG ${x.text}` }))],
    datesWithoutWeekday: datesWithoutWeekday(fb.post, notice, now),
    officePhrases: [...findOfficePhrases(fb.post, entry.lang), ...findOfficePhrases(ig.post, entry.lang)],
    longSentences: longSentences(fb.post),
    fbChars: [...fb.post].length,
    igChars: [...ig.post].length,
    copiedFb: copiedRatio(fb.post, notice),
    frame: entry.frame ? frameAgreement(entry.frame, fb.frame) : undefined,
  };
}

export interface Summary {
  notices: number;
  factsFbPct: number;
  factsIgPct: number;
  invented: number;
  kindPct: number;
  kindCautiousPct: number;
  datesWithoutWeekday: number;
  officePhrases: number;
  longSentences: number;
  medianFbChars: number;
  medianIgChars: number;
  copiedMedianPct: number;
  copiedOver25Pct: number;
  /** undefined: the rewriter exposes no frame yet, or no entry has one. */
  framePct?: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

// Nothing to count is all kept (a kind whose notices list no facts); an empty corpus is caught in summarize.
const pct = (a: number, b: number) => (b === 0 ? 100 : Math.round((1000 * a) / b) / 10);

export function summarize(scores: readonly NoticeScore[]): Summary {
  if (scores.length === 0) {
    // No corpus (before the collectors' folders are merged): zeros, so budgets fail rather than pass.
    const zero = { notices: 0, factsFbPct: 0, factsIgPct: 0, invented: 0, kindPct: 0, kindCautiousPct: 0, datesWithoutWeekday: 0, officePhrases: 0, longSentences: 0 };
    return { ...zero, medianFbChars: 0, medianIgChars: 0, copiedMedianPct: 0, copiedOver25Pct: 0 };
  }
  const facts = scores.reduce((n, s) => n + s.facts, 0);
  const frames = scores.filter((s) => s.frame);
  const slots = frames.reduce((n, s) => n + s.frame!.slots, 0);
  return {
    notices: scores.length,
    factsFbPct: pct(scores.reduce((n, s) => n + s.keptFb, 0), facts),
    factsIgPct: pct(scores.reduce((n, s) => n + s.keptIg, 0), facts),
    invented: scores.reduce((n, s) => n + s.invented.length, 0),
    kindPct: pct(scores.filter((s) => s.strict).length, scores.length),
    kindCautiousPct: pct(scores.filter((s) => s.cautious).length, scores.length),
    datesWithoutWeekday: scores.reduce((n, s) => n + s.datesWithoutWeekday.length, 0),
    officePhrases: scores.reduce((n, s) => n + s.officePhrases.length, 0),
    longSentences: scores.reduce((n, s) => n + s.longSentences.length, 0),
    medianFbChars: median(scores.map((s) => s.fbChars)),
    medianIgChars: median(scores.map((s) => s.igChars)),
    copiedMedianPct: Math.round(1000 * median(scores.map((s) => s.copiedFb))) / 10,
    copiedOver25Pct: pct(scores.filter((s) => s.copiedFb > 0.25).length, scores.length),
    framePct: slots > 0 ? pct(frames.reduce((n, s) => n + s.frame!.agree, 0), slots) : undefined,
  };
}

/** The `.bench/results.json` keys of a summary (budgets in tests/bench/budgets.ts). */
export function benchKeys(s: Summary): Record<string, number> {
  const out: Record<string, number> = {
    'rewrite.corpus.notices': s.notices,
    'rewrite.corpus.facts_fb_pct': s.factsFbPct,
    'rewrite.corpus.facts_ig_pct': s.factsIgPct,
    'rewrite.corpus.invented': s.invented,
    'rewrite.corpus.kind_pct': s.kindPct,
    'rewrite.corpus.kind_cautious_pct': s.kindCautiousPct,
    'rewrite.corpus.dates_without_weekday': s.datesWithoutWeekday,
    'rewrite.corpus.office_phrases': s.officePhrases,
    'rewrite.corpus.long_sentences': s.longSentences,
    'rewrite.corpus.median_fb_chars': s.medianFbChars,
    'rewrite.corpus.median_ig_chars': s.medianIgChars,
    'rewrite.corpus.copied_median_pct': s.copiedMedianPct,
    'rewrite.corpus.copied_over25_pct': s.copiedOver25Pct,
  };
  if (s.framePct !== undefined) out['rewrite.corpus.frame_pct'] = s.framePct;
  return out;
}
