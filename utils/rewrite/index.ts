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
import { builtinTemplate } from '../templates/builtins';
import { renderTemplate } from '../templates/render';
import type { FieldValues, PostTemplate, TemplateField } from '../templates/types';
import { countWords, joinParagraphs, rewriteBody, splitSentences, type RewriteWarning } from './body';
import { detectKind, detectLang } from './classify';
import { formatDateWithWeekday, isoDate, type Lang } from './dates';
import { extractFacts, factKey, linkedAsRange, normText, type DateFact, type Fact } from './facts';
import { normalizeInput } from './text';

export type { Fact, FactType } from './facts';
export type { RewriteWarning } from './body';
export type { Lang } from './dates';

export const INSTAGRAM_MAX = 2200;
export const INSTAGRAM_VISIBLE = 125;
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
  error?: 'empty' | 'internal';
}

const RANGE_BETWEEN = /^[ \u00a0]{0,3}(?:[-–—]|do|až|to|until|till)[ \u00a0]{0,3}$/iu;
const WORD_LIMIT_TITLE = 10;

function firstOf(facts: Fact[], type: Fact['type']): Fact | undefined {
  return facts.find((f) => f.type === type);
}

function titleFrom(heading: string, firstSentence: string | undefined): { title: string; fromSentence: boolean } {
  if (heading && heading.length <= 70) return { title: heading, fromSentence: false };
  if (!firstSentence) return { title: '', fromSentence: false };
  const bare = firstSentence.replace(/[.!]+$/u, '').trim();
  if (countWords(bare) <= WORD_LIMIT_TITLE && bare.length <= 80) return { title: bare, fromSentence: true };
  return { title: '', fromSentence: false };
}

/** Reads a notice: language, kind, facts, the rewritten sentences and pre-filled field values. */
export function analyzeNotice(raw: string, options: Pick<RewriteOptions, 'lang' | 'kind' | 'now'> = {}): Analysis {
  const now = options.now ?? new Date();
  const warnings: RewriteWarning[] = [];
  let text = normalizeInput(typeof raw === 'string' ? raw : '');
  if (text.length > MAX_INPUT) {
    warnings.push({ code: 'inputTruncated', length: text.length });
    text = text.slice(0, MAX_INPUT);
  }
  const lang = options.lang ?? detectLang(text);
  const kind = options.kind && isPostKind(options.kind) ? options.kind : detectKind(text);
  if (!text) return { lang, kind, text, facts: [], dates: [], prefill: {}, warnings, error: 'empty' };

  const ex = extractFacts(text, { lang, now });
  const body = rewriteBody(text, ex, { lang, now, kind });
  warnings.push(...body.warnings);
  const facts = ex.facts;

  const prefill: FieldValues = {};
  // Dates: the first range (or two dates joined by a dash / "do"), and the first single date.
  const dated = ex.dates.filter((d) => d.type === 'date');
  const rangeFrom = dated.find((d) => d.range === 'from');
  const singles = dated.filter((d) => !d.range);
  let range: [DateFact, DateFact] | undefined = rangeFrom ? [rangeFrom, dated[dated.indexOf(rangeFrom) + 1]!] : undefined;
  for (let i = 0; !range && i + 1 < singles.length; i++) {
    const a = singles[i]!;
    const b = singles[i + 1]!;
    if (linkedAsRange(text, a, b.weekday ?? b)) range = [a, b];
  }
  if (range) prefill.dates = `${isoDate(range[0].year, range[0].m, range[0].d)}/${isoDate(range[1].year, range[1].m, range[1].d)}`;
  const deadlines = new Set(facts.filter((f) => f.type === 'deadline').map((f) => f.start));
  const main = dated.find((d) => !deadlines.has(d.start)) ?? dated[0];
  if (main) prefill.date = isoDate(main.year, main.m, main.d);
  const deadline = ex.dates.find((d) => deadlines.has(d.start) && d.type === 'date');
  if (deadline) prefill.deadline = isoDate(deadline.year, deadline.m, deadline.d);

  const times = facts.filter((f) => f.type === 'time');
  if (times[0]) {
    const next = times[1];
    const joined = next && RANGE_BETWEEN.test(text.slice(times[0].end, next.start).replace(/[ \u00a0]*(?:hod(?:in)?\.?|h)(?=[ \u00a0])/u, ''));
    prefill.time = joined ? `${times[0].norm}–${next.norm}` : times[0].norm;
  }
  const places: string[] = [];
  const seenPlaces = new Set<string>();
  for (const f of facts) {
    if (f.type === 'place' && !seenPlaces.has(f.norm) && places.length < 12) {
      seenPlaces.add(f.norm);
      places.push(f.text);
    }
  }
  if (places.length) prefill.places = places;
  for (const [field, type] of [
    ['amount', 'money'],
    ['account', 'account'],
    ['phone', 'phone'],
    ['email', 'email'],
    ['link', 'url'],
  ] as const) {
    const f = firstOf(facts, type);
    if (f) prefill[field] = f.text;
  }
  if (body.source) prefill.source = body.source;

  const paragraphs = body.paragraphs.map((p) => [...p]);
  const { title, fromSentence } = titleFrom(body.heading, paragraphs[0]?.[0]);
  if (title) {
    prefill.title = title;
    // The headline says it already: the first sentence is not repeated below it.
    if (fromSentence) {
      paragraphs[0]!.shift();
      if (!paragraphs[0]!.length) paragraphs.shift();
    }
  }
  const question = paragraphs.flat().find((s) => s.endsWith('?'));
  if (question && countWords(question) <= 20) prefill.question = question;
  prefill.details = joinParagraphs(paragraphs);
  return { lang, kind, text, facts, dates: ex.dates, prefill, warnings };
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

function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags) {
    const tag = t.startsWith('#') ? t : `#${t}`;
    const key = tag.toLocaleLowerCase('cs');
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
  return platform === 'instagram' ? all.slice(0, 5) : all;
}

/**
 * Facts of the notice that the post does not contain. Compared by normalised value (a date
 * reformatted with its weekday is the same date), with a fallback to the exact text.
 */
export function findMissingFacts(facts: Fact[], post: string, lang: Lang, now: Date = new Date()): Fact[] {
  if (!facts.length) return [];
  // Most facts appear in the post exactly as written (same text = same norm): those need no
  // second extraction. Only the rest (reformatted dates, a range split into lines…) are read
  // back from the post and compared by norm.
  const unsure = facts.filter((f) => !containsToken(post, f.text));
  if (!unsure.length) return [];
  const found = extractFacts(post, { lang, now });
  const keys = new Set(found.facts.map(factKey));
  const monthDays = new Set(found.dates.map((d) => `${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`));
  const yearless = new Set(found.dates.filter((d) => d.y === null).map((d) => isoDate(d.year, d.m, d.d)));
  let flatPost: string | null = null;
  const missing: Fact[] = [];
  const reported = new Set<string>();
  for (const f of unsure) {
    const key = factKey(f);
    if (reported.has(key) || keys.has(key)) continue;
    let ok = false;
    if (f.type === 'date' || f.type === 'deadline') {
      // "12. 3." (no year) is kept by any 12 March; "12. 3. 2026" also by "12. 3." read as 2026.
      ok = f.norm.startsWith('--') ? monthDays.has(f.norm.slice(2)) : yearless.has(f.norm);
    } else if (f.type === 'place' || f.type === 'organisation' || f.type === 'url' || f.type === 'email' || f.type === 'account') {
      flatPost ??= normText(post);
      ok = flatPost.includes(normText(f.text));
    } else if (f.type === 'phone') {
      ok = post.replace(/[^\d\n]/g, '').includes(f.norm);
    }
    if (!ok) {
      reported.add(key);
      missing.push(f);
    }
  }
  return missing;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** `needle` occurs in `hay` as a whole token ("8:00" is not found inside "18:00"). */
function containsToken(hay: string, needle: string): boolean {
  if (!needle) return true;
  let i = hay.indexOf(needle);
  while (i >= 0) {
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    if (!(isWordChar(before) && isWordChar(needle[0])) && !(isWordChar(after) && isWordChar(needle[needle.length - 1]))) return true;
    i = hay.indexOf(needle, i + 1);
  }
  return false;
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
    return `${MARKERS[f.type]} ${formatDateWithWeekday(lang, d.year, d.m, d.d, { year: d.y !== null })}`;
  }
  return `${MARKERS[f.type] ?? '•'} ${f.text}`;
}

interface ComposeContext {
  platform: Platform;
  now?: Date;
  town?: string;
  hashtags?: string[];
}

/** A template filled for a platform, checked against the notice's facts. */
export function composePost(analysis: Analysis | null, template: PostTemplate, edits: FieldValues = {}, ctx: ComposeContext): Composed {
  const now = ctx.now ?? new Date();
  const lang = (analysis?.lang ?? template.lang) as Lang;
  const platform = ctx.platform;
  const values = fieldValues(template, analysis, edits);
  const renderCtx = { lang, platform, hashtags: hashtagsFor(template, ctx.hashtags ?? [], platform), town: ctx.town ?? '' };
  const body = platform === 'instagram' ? template.instagram : template.facebook;
  const warnings: RewriteWarning[] = [...(analysis?.warnings ?? [])];
  const facts = analysis?.facts ?? [];

  let post = renderTemplate(body, template.fields, values, renderCtx);
  if (platform === 'instagram' && edits.details === undefined && typeof values.details === 'string') {
    post = shortenForInstagram(post, body, template.fields, values, renderCtx, facts, lang, now, warnings);
  }

  let missing = findMissingFacts(facts, post, lang, now);
  const linkInBio = platform === 'instagram' ? [...new Set(facts.filter((f) => f.type === 'url').map((f) => f.text))] : [];
  if (platform === 'instagram') missing = missing.filter((f) => f.type !== 'url');

  // Nothing edited by the admin yet: facts the template had no place for go in as lines of their own.
  if (missing.length && !Object.keys(edits).length) {
    const extra = missing.map((f) => factLine(f, lang));
    post = insertBeforeHashtags(post, extra.join('\n'));
    if (platform === 'instagram' && post.length > INSTAGRAM_MAX) post = post.slice(0, INSTAGRAM_MAX);
    missing = findMissingFacts(facts, post, lang, now).filter((f) => platform !== 'instagram' || f.type !== 'url');
  }
  if (platform === 'facebook' && post.length > FACEBOOK_MAX) warnings.push({ code: 'facebookLong', length: post.length });
  return { post, values, missingFacts: missing, linkInBio, warnings };
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
  lang: Lang,
  now: Date,
  warnings: RewriteWarning[],
): string {
  const details = values.details as string;
  const sentences = details.split('\n').flatMap((line) => (line.startsWith('• ') ? [line] : splitSentences(line)));
  if (sentences.length <= 2 && full.length <= INSTAGRAM_MAX) return full;
  const withoutDetails = renderTemplate(body, fields, { ...values, details: '' }, ctx);
  const covered = new Set(extractFacts(withoutDetails, { lang, now }).facts.map(factKey));
  const wanted = new Set(facts.filter((f) => f.type !== 'url').map(factKey));
  const keep: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const keysHere = extractFacts(s, { lang, now }).facts.map(factKey).filter((k) => wanted.has(k) && !covered.has(k));
    if (i === 0 || keysHere.length) {
      keep.push(s);
      keysHere.forEach((k) => covered.add(k));
    }
  }
  let shortened = keep;
  let post = renderTemplate(body, fields, { ...values, details: shortened.join(' ') }, ctx);
  while (post.length > INSTAGRAM_MAX && shortened.length > 1) {
    shortened = shortened.slice(0, -1);
    post = renderTemplate(body, fields, { ...values, details: shortened.join(' ') }, ctx);
  }
  if (post.length > INSTAGRAM_MAX) {
    // One huge sentence (or huge fact lines): cut at a word boundary.
    const cut = post.slice(0, INSTAGRAM_MAX - 1);
    post = cut.slice(0, Math.max(cut.lastIndexOf(' '), INSTAGRAM_MAX - 200)) + '…';
  }
  if (shortened.length < keep.length || post.endsWith('…')) warnings.push({ code: 'instagramTrimmed' });
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
