/**
 * The rewriter: an official notice in, a friendly Facebook or Instagram post out, with every
 * fact of the notice kept (and a list of any that are not). Pure TypeScript: no browser APIs.
 *
 *   analyzeNotice(text)            language, kind, facts, rewritten sentences, pre-filled fields
 *   composePost(analysis, …)       a template filled with those fields (+ the admin's edits)
 *   rewriteNotice(text, options)   both in one call (what tests and benchmarks use)
 *
 * Plain-language rules and their sources: see phrases.ts and docs/REWRITER.md.
 */
import type { Platform } from '../hosts/hosts';
import { isPostKind, type PostKindId } from '../kinds';
import { builtinId, builtinTemplate } from '../templates/builtins';
import { formatValue, renderTemplate } from '../templates/render';
import type { FieldValues, PostTemplate, TemplateField } from '../templates/types';
import { countWords, joinParagraphs, NOTICE_PASTS_OK, rewriteBody, splitLongSentence, splitSentences, type RewriteWarning } from './body';
import { IG_MAX_CHARS, IG_MAX_HASHTAGS } from './checks';
import { classify } from './classify';
import { dayNumber, daysFromNow, isoDate, type Lang } from '../dates/calendar';
import { formatDateWithWeekday } from '../dates/format';
import { extractFacts, factKey, isLetterCode, isWordCharAt, lastSentenceEnd, lineStartNear, linkedAsList, linkedAsRange, nextSentenceEnd, normText, type DateFact, type Fact } from './facts';
import { buildFrame, type Frame } from './frame';
import { dropPageFurniture, normalizeInput } from './clean';
import { findMissingFacts, findToken, inventedFacts, rewrittenForms } from './verify';
import { asSentence, joinParts, SENTENCES, writeParts, type Written } from './write';

export type { Fact, FactType } from './facts';
export type { RewriteWarning } from './body';
export type { Lang } from '../dates/calendar';
export type { Frame, Slot } from './frame';
export { findMissingFacts } from './verify';

export const FACEBOOK_MAX = 63_206;
/** Longer pastes are cut here (with a warning): nobody posts a 2 MB notice, and the panel must stay quick. */
export const MAX_INPUT = 2 * 1024 * 1024;

export interface RewriteOptions {
  lang?: Lang;
  kind?: PostKindId;
  platform?: Platform;
  /** "Today", for weekdays of dates without a year and for past-date warnings. */
  now?: Date;
  town?: string;
  /** The town's hashtags (settings), added to the template's own. */
  hashtags?: string[];
  /** Use this template instead of the built-in one for the kind. */
  template?: PostTemplate;
  /** The admin's edits of fields (override what was pre-filled). */
  values?: FieldValues;
}

export interface Analysis {
  lang: Lang;
  kind: PostKindId;
  /** The notice as text (markup removed). */
  text: string;
  facts: Fact[];
  dates: DateFact[];
  /** Values for the standard fields (title, date, time, places, phone, …, details, source). */
  prefill: FieldValues;
  /** The notice's own title line, if it had one (the post's headline replaces it). */
  heading?: string;
  /** The days of a list the main date belongs to ("7. 4., 21. 4. a 5. 5."): the date line shows them all. */
  dateList?: DateFact[];
  /** The notice understood: slots per kind, each with its source span and a confidence (frame.ts). */
  frame?: Frame;
  /** The notice's sentences, rewritten with the phrase rules (the writer's details block takes from these). */
  sentences?: string[];
  warnings: RewriteWarning[];
  error?: 'empty';
}

export interface Composed {
  post: string;
  values: FieldValues;
  missingFacts: Fact[];
  /** Links Instagram cannot show: they belong in the profile's bio. */
  linkInBio: string[];
  warnings: RewriteWarning[];
}

export interface RewriteResult {
  lang: Lang;
  kind: PostKindId;
  platform: Platform;
  templateId: string;
  post: string;
  fields: FieldValues;
  facts: Fact[];
  missingFacts: Fact[];
  linkInBio: string[];
  warnings: RewriteWarning[];
  /** What the rewriter understood (absent for empty input and internal errors). */
  frame?: Frame;
  error?: 'empty' | 'internal';
}

const RANGE_BETWEEN = /^[ \u00a0]{0,3}(?:[-–—]|do|až|to|until|till)[ \u00a0]{0,3}$/iu;
const BETWEEN_AND = /^[ \u00a0]{1,3}(?:a|and)[ \u00a0]{1,3}$/iu;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:mezi|between)[ \u00a0]{1,3}$/iu;
const MAX_DATE_LIST = 6;
const WORD_LIMIT_TITLE = 10;

/** Sentences that belong in a field of their own when the template has one (then not repeated in the text). */
const SENTENCE_FIELDS: Record<string, RegExp> = {
  detour: /objížď|objízd|převeden\p{L}{0,2} (?:na|přes|po)|detour|diverted|diversion/iu,
  tanker: /cistern|tanker|náhradní zásobování|náhradní vod/iu,
};

function firstOf(facts: Fact[], type: Fact['type']): Fact | undefined {
  return facts.find((f) => f.type === type);
}

function titleFrom(heading: string, firstSentence: string | undefined): string {
  if (heading && heading.length <= 70) return heading;
  if (!firstSentence) return '';
  const bare = firstSentence.replace(/[.!]+$/u, '').trim();
  return countWords(bare, WORD_LIMIT_TITLE) <= WORD_LIMIT_TITLE && bare.length <= 80 ? bare : '';
}

/** `word` stands in `hay` where it first occurs, not inside a longer word. */
function containsWord(hay: string, word: string): boolean {
  const i = hay.indexOf(word);
  return i >= 0 && !isWordCharAt(hay, i - 1) && !isWordCharAt(hay, i + word.length);
}

/** Where the title lines at the top of a notice end (up to three short lines without a full stop). */
function titleLinesEnd(text: string): number {
  let end = 0;
  for (let lines = 0, at = 0; lines < 4 && at < text.length; lines++) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, lineEnd).trim();
    if (line && (line.length > 100 || /[.!?]$/.test(line))) break;
    if (line) end = lineEnd;
    at = lineEnd + 1;
  }
  return end;
}

/** The sentence around `start`…`end` (no further than its line's start, and 200 characters either way). */
function sentenceSpan(text: string, start: number, end: number): [number, number] {
  return [Math.max(0, lastSentenceEnd(text, start), lineStartNear(text, start)), nextSentenceEnd(text, end)];
}

/** A fact in the detour's or the water tanker's sentence (those sentences get lines of their own). */
function isAside(text: string, f: Fact): boolean {
  const sentence = text.slice(...sentenceSpan(text, f.start, f.end));
  return SENTENCE_FIELDS.detour!.test(sentence) || SENTENCE_FIELDS.tanker!.test(sentence);
}

const LIST_LINE = /^[ \u00a0\t]{0,4}(?:[•*·▪◦\-–—]|\d{1,2}[.)])[ \u00a0\t]/u;

/** The sentence around a position; when it ends with ":", also the bullet lines it introduces. */
function sentenceWithList(text: string, start: number, end: number): [number, number] {
  const [from, sentenceEnd] = sentenceSpan(text, start, end);
  let to = sentenceEnd;
  if (/:[ \u00a0]*$/.test(text.slice(Math.max(from, to - 3), to))) {
    let at = to;
    for (let lines = 0; lines < 60 && at < text.length; lines++) {
      const nl = text.indexOf('\n', at + 1);
      const line = text.slice(at + 1, nl < 0 ? text.length : nl);
      if (line.trim() && !LIST_LINE.test(line)) break;
      at = nl < 0 ? text.length : nl;
      to = at;
    }
  }
  return [from, to];
}

// --- the amount line ---------------------------------------------------------------------------
// What an amount is for, right after it: "za prvního psa", "/m² za rok", "per person per year".
const AMOUNT_FOR = /^(?:[ \u00a0]?\/[ \u00a0]?[\p{L}²³]{1,8})?(?:[ \u00a0]{1,2}(?:za|na|pro|ročně|měsíčně|per|for|each|a|an)(?![\p{L}]))/u;
// Words that end what an amount is for: a verb or a predicate ("… za osobu a rok splatný do …").
const AMOUNT_FOR_STOP = new Set(['je', 'jsou', 'bude', 'budou', 'činí', 'lze', 'splatný', 'splatná', 'splatné', 'musí', 'is', 'are', 'will', 'must', 'payable', 'due', 'can', 'may']);
// Linking words between a label and its amount: "Cena nájmu činí 20 Kč", "poplatek ve výši 900 Kč".
const LINKING_TAIL = /(?:[ \u00a0]+(?:činí|činil[ao]?|je|jsou|bude|stojí|ve výši|výši|v hodnotě|až|is|are|costs?|of|amounts to))+[ \u00a0]*$/u;
const AMOUNT_LINE_MAX = 140;

/** The words after an amount that say what it is for (a preposition and up to three words). */
function amountFor(text: string, end: number, limit: number, moreFollows: boolean): number {
  const lead = AMOUNT_FOR.exec(text.slice(end, Math.min(limit, end + 20)));
  if (!lead) {
    const unit = /^[ \u00a0]?\/[ \u00a0]?[\p{L}²³]{1,8}/u.exec(text.slice(end, end + 12));
    return unit ? end + unit[0].length : end;
  }
  // Up to the clause's end when that is near (six words); otherwise its first three words.
  let at = end + lead[0].length;
  const ends: number[] = [];
  for (let words = 0; words < 7 && at < limit; words++) {
    const w = /^[ \u00a0]{1,2}([\p{L}\d²]{1,20})(?![\p{L}\d])/u.exec(text.slice(at, at + 24));
    if (!w || AMOUNT_FOR_STOP.has(w[1]!.toLowerCase())) break;
    // "… za prvního psa a 900 Kč": "a" joins the next amount, not the words of this one.
    if (moreFollows && /^(?:a|and|nebo|or)$/u.test(w[1]!)) break;
    at += w[0].length;
    ends.push(at);
  }
  return ends.length > 6 ? ends[2]! : at;
}

/**
 * The 💰 line: every amount of the sentence that names the first one, each with what it is for
 * ("600 Kč za prvního psa, 900 Kč za každého dalšího psa"); when the amounts are for different
 * things, with their labels ("Cena nájmu 20 Kč/m² za rok, cena služeb 30 Kč/m² za rok").
 */
function amountLine(text: string, facts: Fact[]): string {
  const first = firstOf(facts, 'money');
  if (!first) return '';
  const [from, to] = sentenceSpan(text, first.start, first.end);
  const money = facts.filter((f) => f.type === 'money' && f.start >= first.start && f.end <= to).slice(0, 4);
  if (money.length === 1) return text.slice(first.start, amountFor(text, first.end, to, false)).trim();
  const parts: { label: string; text: string }[] = [];
  let prevEnd = from;
  money.forEach((m, i) => {
    const next = money[i + 1];
    const end = amountFor(text, m.end, next ? next.start : to, !!next);
    // The label: the words between the previous amount's part (or the sentence start) and this amount.
    const between = text
      .slice(prevEnd, m.start)
      .replace(/^[\s,;:]*(?:(?:a|and|nebo|or)(?![\p{L}]))?[\s,;:]*/u, '')
      .replace(LINKING_TAIL, '')
      .trim();
    const words = countWords(between, 6);
    parts.push({ label: words >= 1 && words <= 6 && !/\d/.test(between) ? between : '', text: text.slice(m.start, end).trim() });
    prevEnd = end;
  });
  // Labels only when the amounts are for different things (a later amount has its own).
  const labelled = parts.slice(1).some((p) => p.label);
  let line = parts.map((p, i) => (labelled && p.label ? `${i ? p.label[0]!.toLowerCase() + p.label.slice(1) : p.label} ${p.text}` : p.text)).join(', ');
  if (line.length > AMOUNT_LINE_MAX) line = parts.map((p) => p.text).join(', ');
  return line.length > AMOUNT_LINE_MAX ? parts[0]!.text : line;
}

// A date at the start of a line: "• pátek 3. 7. v 19:30 – …", "Úterý 28. 4. 2026 od 7:00:".
const LINE_HEAD_BEFORE_DATE = /^[ \u00a0\t]{0,4}(?:[•*·▪◦\-–—][ \u00a0\t]{1,3})?(?:(?:v|ve|on)[ \u00a0])?(?:\p{L}{2,9},?[ \u00a0]{1,2})?(?:dne[ \u00a0]{1,2})?$/iu;

/**
 * The dates of the list the main date belongs to: days written as a list in one sentence
 * ("7. 4., 21. 4., 5. 5. a 19. 5. 2026"), or days that each open a line (a programme). Empty
 * when the main date stands alone.
 */
function datesListedWith(text: string, main: DateFact, events: DateFact[]): DateFact[] {
  const singles = events.filter((d) => !d.range);
  // In one sentence: neighbours joined by ", " or " a ".
  for (let i = 0; i < singles.length; i++) {
    const run = [singles[i]!];
    while (i + 1 < singles.length && linkedAsList(text, singles[i]!, singles[i + 1]!.weekday ?? singles[i + 1]!)) run.push(singles[++i]!);
    if (run.length > 1 && run.some((d) => sameDay(d, main))) return uniqueDays(run).slice(0, MAX_DATE_LIST);
  }
  // One per line.
  const heads = singles.filter((d) => {
    const lineStart = lineStartNear(text, d.start);
    // The text before the weekday, or before the date with the weekday ("• pátek 3. 7."); without
    // a weekday both are one slice, tested once.
    return LINE_HEAD_BEFORE_DATE.test(text.slice(lineStart, d.weekday?.start ?? d.start)) || (!!d.weekday && LINE_HEAD_BEFORE_DATE.test(text.slice(lineStart, d.start)));
  });
  if (heads.length > 1 && heads.some((d) => sameDay(d, main))) return uniqueDays(heads).slice(0, MAX_DATE_LIST);
  return [];
}

const sameDay = (a: DateFact, b: DateFact) => a.year === b.year && a.m === b.m && a.d === b.d;
function uniqueDays(list: DateFact[]): DateFact[] {
  const out: DateFact[] = [];
  for (const d of list) if (!out.some((o) => sameDay(o, d))) out.push(d);
  return out.sort((a, b) => dayOf(a) - dayOf(b));
}

const dayOf = (d: DateFact) => dayNumber(d.year, d.m, d.d);

/** Reads a notice: language, kind, facts, the rewritten sentences and pre-filled field values. */
export function analyzeNotice(raw: string, options: Pick<RewriteOptions, 'lang' | 'kind' | 'now'> = {}): Analysis {
  const now = options.now ?? new Date();
  const warnings: RewriteWarning[] = [];
  let text = dropPageFurniture(normalizeInput(typeof raw === 'string' ? raw : ''));
  if (text.length > MAX_INPUT) {
    warnings.push({ code: 'inputTruncated', length: text.length });
    text = text.slice(0, MAX_INPUT);
  }
  const detected = options.lang && options.kind && isPostKind(options.kind) ? null : classify(text);
  const lang = options.lang ?? detected!.lang;
  // A detected kind whose own words the notice never uses (a clothing drive read as a police
  // appeal) is not trusted: a plain post and the note, never a false "Volejte policii".
  const kind = options.kind && isPostKind(options.kind) ? options.kind : kindFits(detected!.kind, text) ? detected!.kind : 'general';
  if (!text) return { lang, kind, text, facts: [], dates: [], prefill: {}, warnings, error: 'empty' };

  const ex = extractFacts(text, { lang, now });
  const body = rewriteBody(text, ex, { lang, now, kind });
  warnings.push(...body.warnings);
  const facts = ex.facts;
  const prefill: FieldValues = {};

  // Dates: the first range (a range written as one, two dates joined by a dash or "do", or two
  // days in a row joined by "a"/"and"), and the first date that is not a deadline.
  const deadlineStarts = new Set(facts.filter((f) => f.type === 'deadline').map((f) => f.start));
  const dated = ex.dates.filter((d) => d.type === 'date');
  const rangeFrom = dated.find((d) => d.range === 'from');
  let range: [DateFact, DateFact] | undefined = rangeFrom ? [rangeFrom, dated[dated.indexOf(rangeFrom) + 1]!] : undefined;
  const singles = dated.filter((d) => !d.range && !deadlineStarts.has(d.start));
  for (let i = 0; !range && i + 1 < singles.length; i++) {
    const a = singles[i]!;
    const b = singles[i + 1]!;
    const between = text.slice(a.end, b.weekday?.start ?? b.start);
    if (linkedAsRange(text, a, b.weekday ?? b) || (dayOf(b) - dayOf(a) === 1 && between.length <= 80 && /(?:^|[^\p{L}])(?:a|and)[ \u00a0]/u.test(between))) range = [a, b];
  }
  if (range) prefill.dates = `${isoDate(range[0].year, range[0].m, range[0].d)}/${isoDate(range[1].year, range[1].m, range[1].d)}`;
  // The main date: the first that is not a deadline (a deadline has a line of its own) and, in a
  // notice about what is coming, not one already past ("the sample taken on 16. 4." is not when
  // the water is off).
  const events = dated.filter((d) => !deadlineStarts.has(d.start));
  const comingOnly = !NOTICE_PASTS_OK.has(kind);
  const main = (comingOnly ? events.find((d) => daysFromNow(now, d.year, d.m, d.d) >= 0) : undefined) ?? events[0];
  if (main) prefill.date = isoDate(main.year, main.m, main.d);
  // Several days of one list ("7. 4., 21. 4. a 5. 5.", a programme line per day): all go on the date line.
  const dateList = main && !range ? datesListedWith(text, main, events) : [];
  const deadline = ex.dates.find((d) => deadlineStarts.has(d.start) && d.type === 'date');
  if (deadline) prefill.deadline = isoDate(deadline.year, deadline.m, deadline.d);

  // Time: only when it clearly belongs to the main date — a single time or one range in the
  // same sentence ("dne 12. 3. od 8:00 do 14:00"). Several slots, or "do 12:00" (until), stay
  // in the text, where their meaning is clear.
  const times = facts.filter((f) => f.type === 'time');
  if (main && times.length) {
    const timeOf = (d: DateFact) => {
      const [from, to] = sentenceSpan(text, d.start, d.end);
      const inSentence = times.filter((t) => t.start >= from && t.end <= to);
      const a = inSentence[0];
      const b = inSentence[1];
      const between = a && b ? text.slice(a.end, b.start).replace(/[ \u00a0]*(?:hod(?:in)?\.?|h|am|pm)(?=[ \u00a0])/u, '') : '';
      // "od 8 do 14", "8:00–14:00", and "between 7.30 am and 3 pm" / "mezi 8 a 12 hod."
      const linked = a && b && (RANGE_BETWEEN.test(between) || (BETWEEN_AND.test(between) && BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 9), a.start))));
      const until = a && /(?:^|[^\p{L}])(?:do|until|till|by)[ \u00a0]+$/iu.test(text.slice(Math.max(0, a.start - 8), a.start));
      if (a && inSentence.length === 1 && !until) return a.norm;
      if (linked && inSentence.length === 2) return `${a.norm}–${b.norm}`;
      return undefined;
    };
    const time = timeOf(main);
    // With several days on the date line, a time only when every day has the same one.
    if (time && dateList.every((d) => d === main || timeOf(d) === time)) prefill.time = time;
  }

  // The places line says where the main thing happens: the streets of the main date's sentence
  // (with the list it introduces: "… v těchto ulicích:" + bullets) and every listed place
  // ("Dotčené ulice: …", "v ulicích A, B a C"); when those are none, every street of the notice.
  // Places of the detour's or the water tanker's sentence have lines of their own. Venues
  // ("u kostela …") read right only in their sentence.
  const places: string[] = [];
  // (Most notices have no detour and no water tanker: one look at the text spares a look per place.)
  const hasField = { detour: SENTENCE_FIELDS.detour!.test(text), tanker: SENTENCE_FIELDS.tanker!.test(text) } as Record<string, boolean>;
  const asides = hasField.detour || hasField.tanker;
  const streets = facts.filter((f) => f.type === 'place' && f.sub !== 'venue' && !(asides && isAside(text, f)));
  const mainSpan = main ? sentenceWithList(text, main.weekday?.start ?? main.start, main.end) : null;
  // (A place is one fact however often it is named: the main sentence may name it a second time.)
  const mainText = mainSpan ? text.slice(mainSpan[0], mainSpan[1]) : '';
  // (The notice's title names the main thing too: "Uzavírka silnice II/315".)
  const titleEnd = body.heading ? titleLinesEnd(text) : 0;
  let chosen = streets.filter((f) => f.listed || f.end <= titleEnd || (mainSpan && ((f.start >= mainSpan[0] && f.end <= mainSpan[1]) || mainText.includes(f.text))));
  // None there: the streets of the sentence that names the first one (where the notice places
  // the thing; a ticket office or a cash desk comes later).
  if (!chosen.length && streets.length) {
    const [from, to] = sentenceWithList(text, streets[0]!.start, streets[0]!.end);
    chosen = streets.filter((f) => f.start >= from && f.end <= to);
  }
  // "Skalička" says nothing more after "Zábřeh – Skalička".
  const lower = chosen.map((f) => f.norm);
  const placeFacts: Fact[] = [];
  for (const f of chosen) {
    if (places.length >= 12) break;
    if (lower.some((o) => o !== f.norm && o.length > f.norm.length && containsWord(o, f.norm))) continue;
    if (!places.includes(f.text)) {
      places.push(f.text);
      placeFacts.push(f);
    }
  }
  if (places.length) prefill.places = places;
  const amount = amountLine(text, facts);
  if (amount) prefill.amount = amount;
  for (const [field, type] of [
    ['account', 'account'],
    ['phone', 'phone'],
    ['email', 'email'],
    ['link', 'url'],
  ] as const) {
    const f = firstOf(facts, type);
    if (f) prefill[field] = f.text;
  }
  if (body.source) prefill.source = body.source;

  const sentences = body.paragraphs.flat();
  const title = titleFrom(body.heading, sentences.find((x) => x !== body.heading));
  if (title) prefill.title = title;
  const question = sentences.find((x) => x.endsWith('?'));
  if (question && countWords(question, 20) <= 20) prefill.question = question;
  for (const [field, re] of Object.entries(SENTENCE_FIELDS)) {
    // One scan of the notice first (above): most notices have no detour or water tanker at all.
    if (!hasField[field]) continue;
    const sentence = sentences.find((x) => re.test(x) && x !== body.heading);
    if (sentence) prefill[field] = sentence;
  }
  prefill.details = joinParagraphs(body.paragraphs);
  // Who informs: the opener's author, else the signature's organisation (the last one named near the end).
  const tail = text.trimEnd();
  const lastLines = tail.lastIndexOf('\n', tail.lastIndexOf('\n') - 1) + 1;
  const signed = [...facts].reverse().find((f) => f.type === 'organisation' && f.start >= lastLines && f.start > tail.length - 200);
  const source = body.source || signed?.text.replace(/[.,\s]+$/u, '') || '';
  const frame = buildFrame({ text, lang, kind, now, ex, main, range, dateList, places: placeFacts, heading: body.heading, source });
  // The admin's templates are filled from the frame where it knows better: a fee's deadline is
  // the END of its payment window; an outage's hours; who informs.
  const deadlineSlot = frame.slots.deadline;
  if (deadlineSlot && !Array.isArray(deadlineSlot) && typeof deadlineSlot.value === 'string') prefill.deadline = deadlineSlot.value;
  const from = frame.slots.from;
  const to = frame.slots.to;
  if (!prefill.time && (kind === 'water-outage' || kind === 'power-outage') && from && !Array.isArray(from) && to && !Array.isArray(to)) prefill.time = `${String(from.value)}–${String(to.value)}`;
  if (source && !prefill.source) prefill.source = source;
  return {
    frame,
    sentences: sentences.filter((x) => x !== body.heading),
    lang,
    kind,
    text,
    facts,
    dates: ex.dates,
    prefill,
    warnings,
    ...(body.heading ? { heading: body.heading } : {}),
    ...(dateList.length > 1 ? { dateList } : {}),
  };
}

/** The values a template starts with: its defaults, what the notice gave, then the admin's edits. */
export function fieldValues(template: Pick<PostTemplate, 'fields'>, analysis: Pick<Analysis, 'prefill'> | null, edits: FieldValues = {}): FieldValues {
  const values: FieldValues = {};
  for (const f of template.fields) {
    const pre = analysis?.prefill[f.name];
    let v = edits[f.name] ?? pre ?? f.default;
    // A range pre-filled into a single-time field keeps only its start.
    if (v !== undefined && edits[f.name] === undefined && f.type === 'time' && typeof v === 'string') v = v.split('–')[0]!;
    if (v !== undefined && edits[f.name] === undefined && f.type === 'list' && typeof v === 'string') v = [v];
    if (v !== undefined) values[f.name] = v;
  }
  return values;
}

/** Removes one sentence (or line) from a text, tidying the space it leaves. */
function removeSentence(text: string, sentence: string): string {
  const i = text.indexOf(sentence);
  if (i < 0 || !sentence) return text;
  return (text.slice(0, i) + text.slice(i + sentence.length))
    .replace(/[ \u00a0]{2,}/g, ' ')
    .replace(/^[ \u00a0]+|[ \u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Removes a whole line (a paragraph of its own) from a text. */
function removeLine(text: string, line: string): string {
  const lines = text.split('\n');
  const i = lines.indexOf(line);
  if (i < 0) return text;
  lines.splice(i, 1);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

const fixedHeadlines = new Map<string, Set<string>>();
/**
 * The headline (the template's first line), and whether the alternative that rendered has a
 * placeholder (a date, the title…) rather than just fixed words ("Pozor, uzavírka").
 */
function renderHeadline(firstLine: string, fields: readonly TemplateField[], values: FieldValues, ctx: Parameters<typeof renderTemplate>[3]): { headline: string; specific: boolean } {
  const headline = renderTemplate(firstLine, fields, values, ctx);
  let fixed = fixedHeadlines.get(firstLine);
  if (!fixed) {
    if (fixedHeadlines.size > 200) fixedHeadlines.clear();
    fixedHeadlines.set(firstLine, (fixed = new Set(firstLine.split('||').filter((a) => !a.includes('{')).map((a) => a.trim()))));
  }
  return { headline, specific: !!headline && !fixed.has(headline) };
}

const staticSentenceCache = new WeakMap<object, Set<string>>();
/** The template's own sentences (lines without placeholders), to drop the notice's copies of them. */
function staticSentences(template: PostTemplate, platform: Platform): Set<string> {
  const key = platform === 'instagram' ? template.instagram : template.facebook;
  const holder = template as object;
  let cached = staticSentenceCache.get(holder);
  if (!cached || (cached as Set<string> & { key?: string }).key !== key) {
    cached = new Set(
      key
        .split('\n')
        .filter((l) => !l.includes('{'))
        .flatMap((l) => splitSentences(l))
        .map((x) => normText(x)),
    );
    (cached as Set<string> & { key?: string }).key = key;
    staticSentenceCache.set(holder, cached);
  }
  return cached;
}

/**
 * The notice's text minus what the post already says elsewhere: the sentence the headline
 * shows, sentences with a field of their own (detour, water tanker), and the template's own
 * sentences ("Buďte prosím opatrní.").
 */
function trimDetails(template: PostTemplate, values: FieldValues, analysis: Analysis, ctx: Parameters<typeof renderTemplate>[3]): string {
  let details = values.details as string;
  const body = ctx.platform === 'instagram' ? template.instagram : template.facebook;
  const firstLine = body.slice(0, Math.max(0, body.indexOf('\n')) || body.length);
  const { headline, specific } = renderHeadline(firstLine, template.fields, values, ctx);
  for (const name of ['title', 'question']) {
    const v = values[name];
    if (typeof v === 'string' && v && headline.includes(v)) details = removeSentence(removeSentence(details, `${v}.`), v);
  }
  // The notice's own title line goes when the headline says something of its own (a date, the
  // title): "Oznámení o přerušení dodávky elektrické energie" under "⚡ Ve středu 18. 3. nepůjde
  // elektřina" only repeats it. Under a general headline ("Pozor, uzavírka") it stays: it is
  // then the only place that says what the notice is about. (A fact only the title held comes
  // back as a fact line: see composePost.)
  if (analysis.heading && specific) details = removeLine(details, analysis.heading);
  const names = new Set(template.fields.map((f) => f.name));
  for (const name of Object.keys(SENTENCE_FIELDS)) {
    const v = values[name];
    if (names.has(name) && typeof v === 'string' && v === analysis.prefill[name]) details = removeSentence(details, v);
  }
  const own = staticSentences(template, ctx.platform);
  if (own.size) {
    // Only lines that contain the start of one of the template's sentences can repeat it.
    const starts = [...own].map((x) => x.slice(0, 12));
    for (const line of details.split('\n')) {
      const lower = line.toLowerCase();
      if (!starts.some((st) => lower.includes(st))) continue;
      for (const sentence of splitSentences(line)) if (own.has(normText(sentence))) details = removeSentence(details, sentence);
    }
  }
  return details;
}

// Words that say nothing a fact line does not: prepositions, labels ("Dotčené ulice:", "Affected
// streets:"), "hod.", weekday and month names.
const FILLER = new Set(
  (
    'a i v ve na do od z ze k ke s se u o po pro při za před mezi až dne dnech ve dnech hod hodin hodiny h tel e-mail email ' +
    'ulice ulici ulicích ulic ul lokalita lokalitě lokality oblast oblasti části část obce města dotčené dotčená dotčených vypnutá ' +
    'termín čas místo kde kdy datum adresa kontakt ' +
    'pondělí úterý středa středu čtvrtek pátek sobota sobotu neděle neděli pondělka úterka středy čtvrtka pátku soboty ' +
    'ledna února března dubna května června července srpna září října listopadu prosince ' +
    'the and or of on at in to from until till between by for affected street streets road roads area areas location locations ' +
    'date time place where when address contact am pm ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'
  ).split(' '),
);
const MAY_REPEAT = /[\d@]|[ \u00a0(,;:–-]\p{Lu}/u;
// A letter or a hyphen ("e-mail" is one word here).
const isLetterAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c === 45 || isLetterCode(c);
};

/** `word` stands in `text` as a whole word. */
function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if ((i === 0 || !isLetterAt(text, i - 1)) && !isLetterAt(text, i + word.length)) return true;
  }
  return false;
}

/** Every word of a (lower-case) sentence is a filler word or stands in `known` (stops at the first that does not). */
function allKnown(sentence: string, known: string): boolean {
  let start = -1;
  for (let i = 0; i <= sentence.length; i++) {
    if (i < sentence.length && isLetterAt(sentence, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const w = sentence.slice(start, i);
      start = -1;
      if (w.length >= 3 && !FILLER.has(w) && !hasWord(known, w)) return false;
    }
  }
  return true;
}
const DETAILS_DEDUPE_MAX = 20_000;

/**
 * The text without lines that only repeat the fact lines ("Dotčené ulice: A; B; C" under
 * "📍 A, B a C", "Termín: 14. 4. 2026 od 7:30"): a line (a paragraph) goes when every word of
 * it is a filler word or stands in the headline and lines already, and every fact of it is
 * there too. Bullet lines, a line that introduces a list (":") and the text's first line stay.
 */
function dropRepeats(details: string, rest: string, lang: Lang, now: Date): string {
  if (!details || details.length > DETAILS_DEDUPE_MAX) return details;
  let known: string | null = null;
  const lines = details.split('\n');
  let first = true;
  let dropped = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const isFirst = first;
    first = false;
    // (No digit, address sign or name inside: no fact, nothing a line could repeat.)
    if (isFirst || line.length > 300 || line.startsWith('• ') || /:\s*$/u.test(line) || !MAY_REPEAT.test(line)) continue;
    known ??= rest.toLowerCase();
    if (!allKnown(line.toLowerCase(), known)) continue;
    // Every fact of it, as written or as the lines write it (no second reading of the post).
    const own = extractFacts(line, { lang, now }).facts;
    if (!own.length || !own.every((f) => findToken(rest, f.text) >= 0 || rewrittenForms(f).some((form) => findToken(rest, form, true) >= 0))) continue;
    lines[i] = '';
    dropped = true;
  }
  return dropped ? lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() : details;
}

function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags) {
    const tag = t.startsWith('#') ? t : `#${t}`;
    const key = tag.toLowerCase();
    if (tag.length > 1 && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** Hashtags for a post: the template's, then the town's; at most 5 on Instagram (its limit since 2025). */
export function hashtagsFor(template: Pick<PostTemplate, 'hashtags'>, town: string[], platform: Platform): string[] {
  const all = uniqueTags([...(template.hashtags ?? []), ...town]);
  return platform === 'instagram' ? all.slice(0, IG_MAX_HASHTAGS) : all;
}

const MARKERS: Partial<Record<Fact['type'], string>> = {
  date: '📅',
  deadline: '⏳',
  time: '🕗',
  place: '📍',
  phone: '☎️',
  email: '✉️',
  url: '🔗',
  money: '💰',
  account: '🏦',
  organisation: 'ℹ️',
};

function factLine(f: Fact, lang: Lang): string {
  if ((f.type === 'date' || f.type === 'deadline') && (f as DateFact).m) {
    const d = f as DateFact;
    const date = formatDateWithWeekday(lang, d.year, d.m, d.d, { year: d.y !== null, csCase: 'nom' });
    return `${MARKERS[f.type]} ${date[0]!.toLocaleUpperCase()}${date.slice(1)}`;
  }
  // (A line starts with a capital, except a link, an e-mail or a number, which stay as written.)
  const text = f.type === 'place' || f.type === 'organisation' ? f.text[0]!.toLocaleUpperCase() + f.text.slice(1) : f.text;
  return `${MARKERS[f.type] ?? '•'} ${text}`;
}

interface ComposeContext {
  platform: Platform;
  now?: Date;
  town?: string;
  hashtags?: string[];
}

const BARE_LINK = /(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)]/giu;

/** The details block: at most this many of the notice's sentences (Facebook / Instagram). */
const DETAILS_MAX = { facebook: 4, instagram: 3 } as const;
const DETAILS_MAX_CHARS = { facebook: 520, instagram: 360 } as const;

/** Words a notice of the kind always uses (the headline templates of the kind state these things). */
const KIND_ANCHORS: Partial<Record<string, RegExp>> = {
  'water-outage': /vod[aoyěu]|vodovod|water/iu,
  'power-outage': /elektř|proud|energi|distribu|power|electric/iu,
  'road-closure': /uzav|uzávěr|silnic|komunikac|objížď|objízd|road|closure|closed/iu,
  election: /volb|volič|hlasov|election|polling|vote/iu,
  'council-meeting': /zastupitel|zasedání|schůz|council|meeting/iu,
  'police-appeal': /polici|policist|police/iu,
  'fire-brigade': /hasič|požár|pálen|oheň|fire|burn/iu,
  'fee-deadline': /poplat|úhrad|zaplat|fee|charge|pay/iu,
};
const ANCHOR_WINDOW = 20_000;

function kindFits(kind: string, text: string): boolean {
  const re = KIND_ANCHORS[kind];
  return !re || re.test(text.length > ANCHOR_WINDOW ? text.slice(0, ANCHOR_WINDOW) : text);
}

/** A built-in template is written from the frame; the admin's own templates are filled from it. */
export function isBuiltinTemplate(template: Pick<PostTemplate, 'id' | 'lang' | 'kind'>): boolean {
  return template.id === builtinId(template.lang as Lang, template.kind);
}

/** Lines, sentences and calls to action of `parts` that say something the notice does not. */
function dropInvented(parts: Written, analysis: Analysis, lang: Lang, now: Date, emoji: string): void {
  const post = joinParts(parts, [], []);
  const invented = inventedFacts(post, analysis, lang, now);
  if (!invented.length) return;
  const says = (line: string) => invented.some((x) => x.type !== 'weekday' && line.includes(x.text)) || (invented.some((x) => x.type === 'weekday') && inventedFacts(line, analysis, lang, now).length > 0);
  if (says(parts.headline)) parts.headline = `${emoji} ${SENTENCES[lang].headline.general}`;
  parts.lines = parts.lines.filter((l) => !says(l));
  parts.text = parts.text.filter((l) => !says(l));
  parts.cta = parts.cta.filter((l) => !says(l));
}

/**
 * The post written from the frame (write.ts), then verified (verify.ts): facts no line holds
 * come from the notice's own sentences (capped), then as fact lines; what is still missing is
 * reported.
 */
function writeFromFrame(analysis: Analysis, template: PostTemplate, ctx: ComposeContext): Composed {
  const now = ctx.now ?? new Date();
  const lang = analysis.lang;
  const platform = ctx.platform;
  const warnings: RewriteWarning[] = [...analysis.warnings];
  // A kind whose own words the notice never uses (a clothing drive read as a police appeal) gets
  // no sentence of that kind: a plain post and the note, never a false "Volejte policii".
  const unknown = analysis.kind === 'general';
  if (unknown) warnings.push({ code: 'kindUnknown' });
  // Town first, then the kind's: 2–3 on Facebook, at most 5 on Instagram.
  const town = uniqueTags(ctx.hashtags ?? []);
  const own = hashtagsFor(template, [], platform).filter((t) => !town.some((x) => x.toLowerCase() === t.toLowerCase()));
  const max = platform === 'instagram' ? IG_MAX_HASHTAGS : 3;
  const tagLine = [...own.slice(0, Math.max(1, max - town.length)), ...town].slice(0, platform === 'instagram' ? IG_MAX_HASHTAGS : Math.max(max, town.length + 1));
  const parts = writeParts({
    frame: analysis.frame!,
    lang,
    kind: analysis.kind,
    platform,
    now,
    facts: analysis.facts,
    dates: analysis.dates,
    prefill: analysis.prefill,
    sentences: analysis.sentences ?? [],
    heading: analysis.heading ?? '',
    emoji: template.emoji,
    hashtags: tagLine,
    unknown,
    town: ctx.town,
  });
  if (platform === 'instagram') {
    // Links are not clickable on Instagram: they go to the profile's bio.
    const bio = SENTENCES[lang].line.linkInBio;
    const noLinks = (l: string) => l.replace(BARE_LINK, bio);
    parts.lines = parts.lines.map((l) => (l.startsWith('🔗 ') ? `🔗 ${bio}` : noLinks(l)));
    parts.text = parts.text.map(noLinks);
  }
  dropInvented(parts, analysis, lang, now, template.emoji);
  const facts = analysis.facts;
  const linkInBio = platform === 'instagram' ? [...new Set(facts.filter((f) => f.type === 'url').map((f) => f.text))] : [];
  const relevant = (list: Fact[]) => (platform === 'instagram' ? list.filter((f) => f.type !== 'url') : list);
  let post = joinParts(parts, [], []);
  let missing = relevant(findMissingFacts(facts, post, lang, now));
  const details: string[] = [];
  if (missing.length) {
    // The notice's own sentences that carry a missing fact, shortest pieces first in notice order.
    let chars = 0;
    for (const sentence of analysis.sentences ?? []) {
      if (!missing.length || details.length >= DETAILS_MAX[platform]) break;
      for (const raw of splitLongSentence(sentence, lang)) {
        const piece = asSentence(raw);
        if (!piece || details.length >= DETAILS_MAX[platform]) continue;
        if (chars + piece.length > DETAILS_MAX_CHARS[platform]) continue;
        const carries = missing.filter((f) => findToken(piece, f.text) >= 0);
        if (!carries.length || parts.text.includes(piece)) continue;
        if (inventedFacts(piece, analysis, lang, now).length) continue;
        details.push(platform === 'instagram' ? piece.replace(BARE_LINK, SENTENCES[lang].line.linkInBio) : piece);
        chars += piece.length;
        missing = missing.filter((f) => !carries.includes(f));
      }
    }
  }
  post = joinParts(parts, details, []);
  missing = relevant(findMissingFacts(facts, post, lang, now));
  // Facts no sentence could carry: a line each, so nothing the notice says is lost.
  // (Times no sentence carries share one line: "🕗 8:00, 15:00", not a line each that reads as a range.)
  const extra: string[] = [];
  for (const f of missing.slice(0, 12)) {
    const line = factLine(f, lang);
    const last = extra[extra.length - 1];
    if (f.type === 'time' && last?.startsWith('🕗 ')) extra[extra.length - 1] = `${last}, ${f.text}`;
    else extra.push(line);
  }
  if (extra.length) {
    post = joinParts(parts, details, extra);
    missing = relevant(findMissingFacts(facts, post, lang, now));
  }
  if (platform === 'instagram' && post.length > IG_MAX_CHARS) {
    // Prose goes first, then the last lines, until the caption fits.
    const all = { ...parts, text: [], cta: parts.cta.slice(0, 1) };
    post = joinParts(all, [], extra);
    while (post.length > IG_MAX_CHARS && all.lines.length) {
      all.lines = all.lines.slice(0, -1);
      post = joinParts(all, [], extra);
    }
    if (post.length > IG_MAX_CHARS) post = post.slice(0, IG_MAX_CHARS - 1) + '…';
    warnings.push({ code: 'instagramTrimmed' });
    missing = relevant(findMissingFacts(facts, post, lang, now));
  }
  if (platform === 'facebook' && post.length > FACEBOOK_MAX) warnings.push({ code: 'facebookLong', length: post.length });
  return { post, values: fieldValues(template, analysis, {}), missingFacts: missing, linkInBio, warnings };
}

/** A template filled for a platform, checked against the notice's facts. */
export function composePost(analysis: Analysis | null, template: PostTemplate, edits: FieldValues = {}, ctx: ComposeContext): Composed {
  if (analysis?.frame && !analysis.error && isBuiltinTemplate(template) && !Object.keys(edits).length) return writeFromFrame(analysis, template, ctx);
  const now = ctx.now ?? new Date();
  const lang = (analysis?.lang ?? template.lang) as Lang;
  const platform = ctx.platform;
  let values = fieldValues(template, analysis, edits);
  const renderCtx = { lang, platform, hashtags: hashtagsFor(template, ctx.hashtags ?? [], platform), town: ctx.town ?? '' };
  const body = platform === 'instagram' ? template.instagram : template.facebook;
  if (analysis && edits.details === undefined && typeof values.details === 'string') {
    values = { ...values, details: trimDetails(template, values, analysis, renderCtx) };
  }
  const warnings: RewriteWarning[] = [...(analysis?.warnings ?? [])];
  const facts = analysis?.facts ?? [];

  let post = renderTemplate(body, template.fields, values, renderCtx);
  // Sentences that only repeat the fact lines go (read against the post without its text).
  if (analysis && edits.details === undefined && typeof values.details === 'string' && values.details) {
    const field = template.fields.find((f) => f.name === 'details');
    const shown = field ? formatValue(field, values.details, [], renderCtx) : null;
    const at = shown ? post.indexOf(shown) : -1;
    if (at >= 0) {
      const details = dropRepeats(values.details, post.slice(0, at) + post.slice(at + shown!.length), lang, now);
      if (details !== values.details) {
        values = { ...values, details };
        post = renderTemplate(body, template.fields, values, renderCtx);
      }
    }
  }
  if (platform === 'instagram' && edits.details === undefined && typeof values.details === 'string') {
    post = shortenForInstagram(post, body, template.fields, values, renderCtx, facts, now, warnings);
  }

  // Several days of one list: the date line names them all ("📅 Úterý 7. 4., úterý 21. 4. a úterý 5. 5. 2026").
  if (analysis?.dateList && edits.date === undefined && values.date === analysis.prefill.date) {
    const field = template.fields.find((f) => f.name === 'date');
    const one = field ? formatValue(field, values.date, [], renderCtx) : null;
    const listed = one ? replaceFactLine(post, one, dateListText(analysis.dateList, lang)) : post;
    if (platform !== 'instagram' || listed.length <= IG_MAX_CHARS) post = listed;
  }

  let missing = findMissingFacts(facts, post, lang, now);
  const linkInBio = platform === 'instagram' ? [...new Set(facts.filter((f) => f.type === 'url').map((f) => f.text))] : [];
  if (platform === 'instagram') missing = missing.filter((f) => f.type !== 'url');

  // Nothing edited by the admin yet: facts the template had no place for go in as lines of their own.
  if (missing.length && !Object.keys(edits).length) {
    const extra = missing.map((f) => factLine(f, lang));
    post = insertBeforeHashtags(post, extra.join('\n'));
    if (platform === 'instagram' && post.length > IG_MAX_CHARS) post = post.slice(0, IG_MAX_CHARS);
    missing = findMissingFacts(facts, post, lang, now).filter((f) => platform !== 'instagram' || f.type !== 'url');
  }
  if (platform === 'facebook' && post.length > FACEBOOK_MAX) warnings.push({ code: 'facebookLong', length: post.length });
  return { post, values, missingFacts: missing, linkInBio, warnings };
}

/** "úterý 7. 4., úterý 21. 4. a úterý 5. 5. 2026", "Tuesday 7 April, Tuesday 21 April and Tuesday 5 May 2026". */
function dateListText(list: DateFact[], lang: Lang): string {
  const last = list[list.length - 1]!;
  const shown = list.some((d) => d.y !== null);
  const oneYear = list.every((d) => d.year === last.year);
  const items = list.map((d, i) => {
    const year = shown && (i === list.length - 1 || !oneYear);
    return formatDateWithWeekday(lang, d.year, d.m, d.d, { year, csCase: 'nom' });
  });
  return items.slice(0, -1).join(', ') + (lang === 'cs' ? ' a ' : ' and ') + items[items.length - 1];
}

/** The first line that is a marker and `value` ("📅 V úterý 7. 4. 2026") gets `replacement` instead. */
function replaceFactLine(post: string, value: string, replacement: string): string {
  const lines = post.split('\n');
  const v = value.toLowerCase();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length < value.length || line.slice(-value.length).toLowerCase() !== v) continue;
    const prefix = line.slice(0, line.length - value.length);
    if (/[\p{L}\p{N}]/u.test(prefix)) continue;
    lines[i] = prefix + replacement[0]!.toLocaleUpperCase() + replacement.slice(1);
    return lines.join('\n');
  }
  return post;
}

function insertBeforeHashtags(post: string, block: string): string {
  const lines = post.split('\n');
  const last = lines[lines.length - 1] ?? '';
  if (/^#\S+(?:\s+#\S+)*$/u.test(last.trim())) {
    lines.splice(lines.length - 1, 0, block, '');
    return lines.join('\n').replace(/\n{3,}/g, '\n\n');
  }
  return `${post}\n\n${block}`;
}

/**
 * Instagram gets the headline, the fact lines and only those sentences that add a fact the
 * lines do not already give (plus the first one, for context); then the 2,200-character cap.
 */
function shortenForInstagram(
  full: string,
  body: string,
  fields: readonly TemplateField[],
  values: FieldValues,
  ctx: Parameters<typeof renderTemplate>[3],
  facts: Fact[],
  now: Date,
  warnings: RewriteWarning[],
): string {
  const lang = ctx.lang;
  const details = values.details as string;
  // Lines (bullets, paragraphs) keep their shape; sentences inside a line may go.
  const lines = details.split('\n').map((line) => (line.startsWith('• ') || !line ? [line] : splitSentences(line)));
  const total = lines.reduce((n, l) => n + l.length, 0);
  if (total <= 2 && full.length <= IG_MAX_CHARS) return full;
  const withoutDetails = renderTemplate(body, fields, { ...values, details: '' }, ctx);
  const covered = new Set(extractFacts(withoutDetails, { lang, now }).facts.map(factKey));
  const wanted = new Set(facts.filter((f) => f.type !== 'url').map(factKey));
  let first = true;
  const kept = lines.map((line) =>
    line.filter((s) => {
      if (!s) return true;
      const keysHere = extractFacts(s, { lang, now }).facts.map(factKey).filter((k) => wanted.has(k) && !covered.has(k));
      const keep = first || keysHere.length > 0;
      first = false;
      if (keep) keysHere.forEach((k) => covered.add(k));
      return keep;
    }),
  );
  const join = (ls: string[][]) => ls.map((l) => l.join(' ')).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  let shortened = kept.map((l) => [...l]);
  let count = shortened.reduce((n, l) => n + l.filter(Boolean).length, 0);
  const keptCount = count;
  let post = renderTemplate(body, fields, { ...values, details: join(shortened) }, ctx);
  while (post.length > IG_MAX_CHARS && count > 1) {
    // Drop the last remaining sentence.
    for (let i = shortened.length - 1; i >= 0; i--) {
      const idx = shortened[i]!.map((x) => !!x).lastIndexOf(true);
      if (idx >= 0) {
        shortened[i]!.splice(idx, 1);
        break;
      }
    }
    shortened = shortened.filter((l) => l.length);
    count--;
    post = renderTemplate(body, fields, { ...values, details: join(shortened) }, ctx);
  }
  if (post.length > IG_MAX_CHARS) {
    // One huge sentence (or huge fact lines): cut at a word boundary.
    const cut = post.slice(0, IG_MAX_CHARS - 1);
    post = cut.slice(0, Math.max(cut.lastIndexOf(' '), IG_MAX_CHARS - 200)) + '…';
  }
  if (count < keptCount || post.endsWith('…')) warnings.push({ code: 'instagramTrimmed' });
  return post;
}

/**
 * Official notice → friendly post. Never throws: empty input gives `error: 'empty'`, an
 * unexpected failure `error: 'internal'` (with the notice as it was, so nothing is lost).
 */
export function rewriteNotice(text: string, options: RewriteOptions = {}): RewriteResult {
  const platform: Platform = options.platform === 'instagram' ? 'instagram' : 'facebook';
  const fallbackLang: Lang = options.lang ?? 'cs';
  try {
    const analysis = analyzeNotice(text, options);
    const template = options.template ?? builtinTemplate(analysis.lang, analysis.kind);
    if (analysis.error) {
      return { lang: analysis.lang, kind: analysis.kind, platform, templateId: template.id, post: '', fields: {}, facts: [], missingFacts: [], linkInBio: [], warnings: analysis.warnings, error: analysis.error };
    }
    const composed = composePost(analysis, template, options.values ?? {}, {
      platform,
      now: options.now,
      town: options.town,
      hashtags: options.hashtags,
    });
    return {
      lang: analysis.lang,
      kind: analysis.kind,
      platform,
      templateId: template.id,
      post: composed.post,
      fields: composed.values,
      facts: analysis.facts,
      missingFacts: composed.missingFacts,
      linkInBio: composed.linkInBio,
      warnings: composed.warnings,
      ...(analysis.frame ? { frame: analysis.frame } : {}),
    };
  } catch (e) {
    console.error('[Town Crier] rewrite failed', e);
    return {
      lang: fallbackLang,
      kind: options.kind ?? 'general',
      platform,
      templateId: '',
      post: typeof text === 'string' ? text : '',
      fields: {},
      facts: [],
      missingFacts: [],
      linkInBio: [],
      warnings: [],
      error: 'internal',
    };
  }
}
