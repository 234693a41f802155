/**
 * The checklist's rules engine: `checkPost(text, context)` → items `{ id, status, message, fix? }`.
 * Pure TypeScript (runs in Node, tests and benchmarks). One tokenisation and one pass per
 * concern; fixes are closures that re-read the text they are given (see fixes.ts).
 *
 * Platform facts (see /work/shared/notes/setup.md): Instagram captions ≤ 2,200 characters,
 * ~125 shown before "more", ≤ 5 hashtags (since December 2025), ~20 @mentions, links not
 * clickable; Facebook posts ≤ 63,206 characters, ~477 shown before "See more" on desktop,
 * 1–3 hashtags recommended. "Characters" are grapheme clusters (text.ts explains why).
 */
import { KIND_TAG_CATEGORIES, KINDS_NEEDING_WHEN_WHERE, TAG_CATEGORIES } from '../kinds';
import type { TagCategory } from '../db/types';
import { findDates, wrongWeekdays, type FoundDate } from '../dates/parse';
import { hasPlace, hasTime } from './when';
import {
  addHashtags,
  addTags,
  blockSize,
  camelCaseHashtags,
  correctWeekdays,
  dropBlocks,
  keepHashtags,
  moveHashtagsToEnd,
  normalCase,
  removeDuplicateHashtags,
  removeEmptyHashes,
  replaceLinks,
  splitBlocks,
  unhashDigits,
} from './fixes';
import { buildVocabulary, camelize, endBlockStart, hashtagKey, normalizeHashtag, type HashtagOptions } from './hashtags';
import { countChars, countGraphemes, fold, graphemePrefixEnd, isLowerUnit, isUpperUnit } from './text';
import { T, tokenize, Tokens } from './tokenize';
import type { MessageKey } from '../i18n/i18n';
import type { ApplyFix, CheckContext, CheckItem, Msg, MsgParams, PluralBase } from './types';

// Token kinds as local constants: hot loops read them per token (cheaper than a module property).
const { email: K_EMAIL, emoji: K_EMOJI, hashDigits: K_HASHDIGITS, hashEmpty: K_HASHEMPTY, hashtag: K_HASHTAG, mention: K_MENTION, newline: K_NEWLINE, punct: K_PUNCT, url: K_URL, word: K_WORD } = T;

export const LIMITS = {
  instagram: { chars: 2200, hashtags: 5, mentions: 20, preview: 125 },
  facebook: { chars: 63206, preview: 477, hashtagsMin: 1, hashtagsMax: 3 },
  sentenceWords: 25,
  /** All-caps words this long are shouting; shorter ones are abbreviations (HZS, ČR, ZUŠ). */
  shoutingLetters: 5,
} as const;

/** Partner categories in the order menus show them (defined with the kinds that need them). */

/** Message keys of the category names ("other" would read as a plural form: `_misc`). */
export const TAG_CATEGORY_KEYS: Readonly<Record<TagCategory, MessageKey>> = {
  police: 'tags_category_police',
  firefighters: 'tags_category_firefighters',
  sports: 'tags_category_sports',
  school: 'tags_category_school',
  media: 'tags_category_media',
  town: 'tags_category_town',
  other: 'tags_category_misc',
};

// Words after which "." does not end a sentence (titles and place abbreviations before a name).
const NAME_ABBREVIATIONS = new Set(
  'ing mgr bc mudr mvdr judr phdr rndr paeddr phmr doc prof dr p pi sl ul nam tr sv c cp st mr mrs ms ave'.split(' '),
);
const ALLOWED_CAPS = new Set(['unesco', 'covid', 'unicef', 'erasmus']);

const msg = (key: MessageKey, params?: MsgParams): Msg => ({ key, params });
const plural = (base: PluralBase, count: number, params?: MsgParams): Msg => ({ plural: base, count, params });
const list = (xs: readonly string[], max = 5) => (xs.length > max ? `${xs.slice(0, max).join(', ')} …` : xs.join(', '));

interface Sentence {
  start: number;
  end: number;
  words: number;
}

/** What the rules need to know about sentences (kept small: no object per sentence). */
interface SentenceStats {
  first: Sentence | null;
  /** Sentences over the word limit, and the first of them. */
  longCount: number;
  firstLong: Sentence | null;
}

// Reused by every check (checks are synchronous and nothing keeps the tokens afterwards).
const scratchTokens = new Tokens('');

/** What the rules share, computed once per check. */
class Analysis {
  readonly tokens: Tokens;
  readonly chars: number;
  readonly codePoints: number;
  readonly hashtags: number[] = [];
  readonly mentions: number[] = [];
  readonly urls: number[] = [];
  emoji = 0;
  private _folded?: string;
  private _sentences?: SentenceStats;
  private _dates?: FoundDate[];

  constructor(
    readonly text: string,
    readonly now: Date,
  ) {
    this.tokens = tokenize(text, scratchTokens);
    const counted = countChars(text);
    this.chars = counted.graphemes;
    this.codePoints = counted.codePoints;
    const { type } = this.tokens;
    for (let k = 0; k < this.tokens.length; k++) {
      const t = type[k];
      if (t === K_HASHTAG) this.hashtags.push(k);
      else if (t === K_MENTION) this.mentions.push(k);
      else if (t === K_URL) this.urls.push(k);
      else if (t === K_EMOJI) this.emoji++;
    }
  }

  get folded(): string {
    return (this._folded ??= fold(this.text));
  }

  get dates(): FoundDate[] {
    return (this._dates ??= findDates(this.text, this.now, this.folded));
  }

  get sentences(): SentenceStats {
    return (this._sentences ??= sentencesOf(this.tokens));
  }
}

const isDigits = (s: string, from = 0, to = s.length) => {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/** Between a full stop and the next sentence: spaces, closing brackets and quotes. */
const isBlankAfterStop = (c: number) => c === 32 || c === 0xa0 || c === 9 || c === 41 || c === 34 || c === 0x201c || c === 0x201d;

/** Does the "." (or "…") at token k end a sentence? "12. 3.", "ul. Masarykova", "tzv. hasiči": no. */
function endsSentence(tokens: Tokens, k: number): boolean {
  const text = tokens.text;
  const s = tokens.start[k]!;
  const e = tokens.end[k]!;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 33 || text.charCodeAt(i) === 63) return true; // ! ?
  let i = e;
  while (i < text.length && isBlankAfterStop(text.charCodeAt(i))) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c === 10 || c === 13) return true;
  if (isLowerUnit(c)) return false; // "tzv. hasiči"
  if (k > 0 && tokens.type[k - 1] === K_WORD && tokens.end[k - 1] === s) {
    const ps = tokens.start[k - 1]!;
    if (c >= 48 && c <= 57 && isDigits(text, ps, s)) return false; // 12. 3. 2026
    if (e - s === 1 && s - ps <= 6 && NAME_ABBREVIATIONS.has(fold(text.slice(ps, s)))) return false; // "ul. Masarykova"
  }
  return true;
}

function sentencesOf(tokens: Tokens): SentenceStats {
  const stats: SentenceStats = { first: null, longCount: 0, firstLong: null };
  let start = -1;
  let end = -1;
  let words = 0;
  const close = (at: number) => {
    if (words > 0) {
      if (!stats.first) stats.first = { start, end: Math.max(end, at), words };
      if (words > LIMITS.sentenceWords && stats.longCount++ === 0) stats.firstLong = { start, end: Math.max(end, at), words };
    }
    start = -1;
    words = 0;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens.type[k];
    if (t === K_WORD || t === K_URL || t === K_EMAIL) {
      if (start < 0) start = tokens.start[k]!;
      end = tokens.end[k]!;
      // Numbers are not words here ("12. 3. 2026 v 18:00" is not six words).
      if (t !== K_WORD || !isDigits(tokens.text, tokens.start[k], tokens.end[k])) words++;
    } else if (t === K_PUNCT) {
      if (start >= 0 && endsSentence(tokens, k)) close(tokens.end[k]!);
    } else if (t === K_NEWLINE) close(end);
  }
  close(end);
  return stats;
}

/** All-caps words that shout (not abbreviations). */
function shoutingWords(tokens: Tokens, abbreviations: () => ReadonlySet<string>): number[] {
  const caps: number[] = [];
  const letters: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.type[k] !== K_WORD) continue;
    const s = tokens.start[k]!;
    const e = tokens.end[k]!;
    if (e - s < 3) continue;
    // Count letters without making strings; any lower-case letter means it is not all caps.
    let n = 0;
    let upper = 0;
    let lower = false;
    for (let i = s; i < e && !lower; i++) {
      const c = tokens.text.charCodeAt(i);
      lower = isLowerUnit(c);
      if (isUpperUnit(c)) upper++;
      if (!(c >= 48 && c <= 57) && c !== 45 && c !== 39 && c !== 0x2019) n++;
    }
    if (lower || upper < 2 || n < 3) continue;
    const key = fold(tokens.text.slice(s, e));
    if (ALLOWED_CAPS.has(key) || abbreviations().has(key)) continue;
    caps.push(k);
    letters.push(n);
  }
  // Long ones shout; a short one shouts only next to a long one ("POZOR VODA", not "HZS ČR").
  const out: number[] = [];
  for (let i = 0; i < caps.length; i++) {
    const long = letters[i]! >= LIMITS.shoutingLetters;
    const nearLong = (j: number) => j >= 0 && j < caps.length && letters[j]! >= LIMITS.shoutingLetters && Math.abs(caps[j]! - caps[i]!) <= 2;
    if (long || nearLong(i - 1) || nearLong(i + 1)) out.push(caps[i]!);
  }
  return out;
}

function isSentenceStart(tokens: Tokens, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens.type[j];
    if (t === K_NEWLINE) return true;
    if (t === K_PUNCT) return endsSentence(tokens, j);
    if (t === K_EMOJI || t === K_HASHTAG || t === K_MENTION) continue;
    return false;
  }
  return true;
}

/** Required hashtags: the admin's "every post" ones, required sets for this platform, the template's. */
export function requiredHashtags(ctx: CheckContext, o: HashtagOptions): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (raw: string) => {
    const tag = normalizeHashtag(raw);
    if (!tag) return;
    const key = hashtagKey(tag, o);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  };
  ctx.settings.defaultHashtags.forEach(add);
  for (const set of ctx.hashtagSets ?? []) if (set.requiredOn.includes(ctx.platform)) set.hashtags.forEach(add);
  ctx.template?.hashtags.forEach(add);
  return out;
}

/** Partner categories the post must tag (its template's and its kind's). */
export function requiredCategories(ctx: CheckContext): TagCategory[] {
  const cats = new Set<TagCategory>(ctx.template?.tagCategories ?? []);
  if (ctx.kind) for (const c of KIND_TAG_CATEGORIES[ctx.kind] ?? []) cats.add(c);
  return TAG_CATEGORIES.filter((c) => cats.has(c));
}

/** How a partner is tagged on the platform ("@policiecz", "@Policie ČR"); null if no handle. */
export function tagPiece(tag: NonNullable<CheckContext['tags']>[number], platform: CheckContext['platform']): string | null {
  if (platform === 'instagram') {
    const h = tag.instagram?.trim().replace(/^@/, '');
    return h ? `@${h}` : null;
  }
  const h = (tag.facebook?.trim() || tag.name.trim()).replace(/^@/, '');
  return h ? `@${h}` : null;
}

/** What depends only on the context (not the text), kept while the context's parts are the same objects. */
interface Derived {
  o: HashtagOptions;
  required: string[];
  requiredKeys: Set<string>;
  categories: TagCategory[];
  keyOf: (tag: string) => string;
  /** Words for splitting "#mestozabreh" (the admin's hashtags, town, partners, common words). */
  vocab: () => Set<string>;
  /** CamelCase form of a hashtag (with "#"), remembered per tag. */
  camel: (tag: string) => string;
  /** Names that keep their capital when un-shouting (town, partners). */
  names: () => Set<string>;
  /** All-caps words in partner names (HZS, ČR): abbreviations, not shouting. */
  abbreviations: () => Set<string>;
}

// A few recent contexts: the tab's summary and the Checklist view read the same data through
// their own queries (equal, but different objects), and must not evict each other.
const recentDerived: { parts: unknown[]; value: Derived }[] = [];

/** A string function that remembers its answers (bounded: a pasted text may hold many tags). */
function remember(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > 5000) cache.clear();
      cache.set(s, (v = f(s)));
    }
    return v;
  };
}

/*
 * The panel re-checks on every keystroke with the same settings, sets and tags (the same
 * objects from storage and useLiveQuery), so this is computed once per change of those.
 * The cache holds only what the context implies, never text.
 */
function derive(ctx: CheckContext): Derived {
  const parts = [ctx.settings, ctx.hashtagSets, ctx.tags, ctx.template, ctx.platform, ctx.kind];
  const hit = recentDerived.find((r) => r.parts.every((p, i) => p === parts[i]));
  if (hit) return hit.value;
  const o: HashtagOptions = { ignoreDiacritics: ctx.settings.hashtagIgnoreDiacritics };
  const required = requiredHashtags(ctx, o);
  const lazy = <T,>(make: () => T) => {
    let v: T | undefined;
    return () => (v ??= make());
  };
  const value: Derived = {
    o,
    required,
    requiredKeys: new Set(required.map((r) => hashtagKey(r, o))),
    categories: requiredCategories(ctx),
    // Long texts repeat the same few hashtags: compute each key once.
    keyOf: remember((tag) => hashtagKey(tag, o)),
    vocab: lazy(() =>
      buildVocabulary([...required, ...(ctx.hashtagSets ?? []).flatMap((s) => s.hashtags), ctx.settings.townName, ...(ctx.tags ?? []).map((t) => t.name)]),
    ),
    camel: remember((tag) => '#' + camelize(tag.slice(1), value.vocab())),
    names: lazy(() => buildVocabulary([ctx.settings.townName, ...(ctx.tags ?? []).map((t) => t.name)], false)),
    abbreviations: lazy(
      () =>
        new Set(
          (ctx.tags ?? [])
            .flatMap((t) => t.name.split(/[^\p{L}\p{M}]+/u))
            .filter((w) => w.length > 1 && w === w.toUpperCase())
            .map(fold),
        ),
    ),
  };
  recentDerived.unshift({ parts, value });
  recentDerived.length = Math.min(recentDerived.length, 4);
  return value;
}

/** Everything a rule reads: the text's analysis, what the context implies, and the list it adds to. */
interface Rules {
  text: string;
  a: Analysis;
  d: Derived;
  ctx: CheckContext;
  items: CheckItem[];
  /** Comparison keys of the hashtags in the text (same order as a.hashtags) and the distinct ones. */
  tagKeys: string[];
  present: Set<string>;
}

export function checkPost(rawText: string, ctx: CheckContext): CheckItem[] {
  const text = rawText.normalize('NFC');
  if (text.trim() === '') return [];
  const a = new Analysis(text, ctx.now ?? new Date());
  const d = derive(ctx);
  const tagKeys = a.hashtags.map((k) => d.keyOf(a.tokens.str(k)));
  const r: Rules = { text, a, d, ctx, items: [], tagKeys, present: new Set(tagKeys) };
  hashtagRules(r);
  tagRules(r);
  if (ctx.platform === 'instagram') instagramRules(r);
  else facebookRules(r);
  readabilityRules(r);
  whenWhereRules(r);
  reminderRules(r);
  return r.items;
}

function hashtagRules({ a, d, ctx, items, tagKeys, present }: Rules): void {
  const { tokens } = a;
  const { o, required, keyOf } = d;
  if (required.length > 0) {
    const missing = required.filter((t) => !present.has(keyOf(t)));
    items.push(
      missing.length === 0
        ? { id: 'hashtags.required', group: 'hashtags', status: 'pass', message: msg('checklist_required_ok', { tags: list(required) }) }
        : {
            id: 'hashtags.required',
            group: 'hashtags',
            status: 'fail',
            message: plural('checklist_required_missing', missing.length, { tags: list(missing, 8) }),
            fix: { kind: 'apply', label: msg('checklist_fix_addHashtags', { tags: list(missing, 8) }), apply: (t) => addHashtags(t, missing, o) },
          },
    );
  }

  let empties = 0;
  const digits: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.type[k] === K_HASHEMPTY) empties++;
    else if (tokens.type[k] === K_HASHDIGITS) digits.push(tokens.str(k));
  }
  if (empties > 0)
    items.push({
      id: 'hashtags.empty',
      group: 'hashtags',
      status: 'fail',
      message: plural('checklist_hashEmpty', empties),
      fix: { kind: 'apply', label: msg('checklist_fix_removeEmptyHash'), apply: removeEmptyHashes },
    });
  if (digits.length > 0)
    items.push({
      id: 'hashtags.digits',
      group: 'hashtags',
      status: 'fail',
      message: msg('checklist_hashDigits', { tags: list(digits) }),
      fix: { kind: 'apply', label: msg('checklist_fix_unhashDigits'), apply: unhashDigits },
    });

  if (a.hashtags.length === 0) return; // the rules below are about hashtags that are there

  const seen = new Set<string>();
  const dups = new Set<string>();
  a.hashtags.forEach((k, i) => {
    if (seen.has(tagKeys[i]!)) dups.add(tokens.str(k));
    else seen.add(tagKeys[i]!);
  });
  items.push(
    dups.size === 0
      ? { id: 'hashtags.duplicates', group: 'hashtags', status: 'pass', message: msg('checklist_duplicates_ok') }
      : {
          id: 'hashtags.duplicates',
          group: 'hashtags',
          status: 'warn',
          message: msg(o.ignoreDiacritics ? 'checklist_duplicates_foundDiacritics' : 'checklist_duplicates_found', { tags: list([...dups]) }),
          fix: { kind: 'apply', label: msg('checklist_fix_removeDuplicates'), apply: (t) => removeDuplicateHashtags(t, o) },
        },
  );

  if (ctx.settings.hashtagCamelCase) {
    const wrong: string[] = [];
    const checked = new Set<string>();
    for (const k of a.hashtags) {
      const tag = tokens.str(k);
      if (checked.has(tag) || wrong.length > 20) continue;
      checked.add(tag);
      const camel = d.camel(tag);
      if (camel !== tag) wrong.push(`${tag} → ${camel}`);
    }
    items.push(
      wrong.length === 0
        ? { id: 'hashtags.camelCase', group: 'hashtags', status: 'pass', message: msg('checklist_camel_ok') }
        : {
            id: 'hashtags.camelCase',
            group: 'hashtags',
            status: 'warn',
            message: msg('checklist_camel_found', { tags: list(wrong, 3) }),
            fix: { kind: 'apply', label: msg('checklist_fix_camelCase'), apply: (t) => camelCaseHashtags(t, d.vocab()) },
          },
    );
  }

  const endAt = endBlockStart(tokens);
  const early = a.hashtags.filter((k) => k < endAt).map((k) => tokens.str(k));
  items.push(
    early.length === 0
      ? { id: 'hashtags.atEnd', group: 'hashtags', status: 'pass', message: msg('checklist_atEnd_ok') }
      : {
          id: 'hashtags.atEnd',
          group: 'hashtags',
          status: 'warn',
          message: msg('checklist_atEnd_found', { tags: list(early) }),
          fix: { kind: 'apply', label: msg('checklist_fix_moveToEnd'), apply: (t) => moveHashtagsToEnd(t, o) },
        },
  );
}

/** `name` occurs in `folded` at least once not right after "@" (a linked tag in Facebook's composer). */
function isLinkedIn(folded: string, name: string): boolean {
  if (!name) return false;
  for (let i = folded.indexOf(name); i >= 0; i = folded.indexOf(name, i + 1)) {
    if (folded[i - 1] !== '@') return true;
  }
  return false;
}

/** Partners the post must tag (its kind's and template's categories), from the directory. */
function tagRules({ a, d, ctx, items }: Rules): void {
  if (d.categories.length === 0) return;
  const ig = ctx.platform === 'instagram';
  const mentionKeys = new Set(a.mentions.map((k) => a.tokens.str(k).toLowerCase()));
  // Instagram: the @handle; Facebook: "@Page name" as typed (any case, with or without diacritics).
  // Facebook's composer shows a real tag as the bare name and leaves an unlinked "@Name" as typed.
  const fromComposer = !ig && ctx.source === 'composer';
  const isTagged = (piece: string) =>
    ig ? mentionKeys.has(piece.toLowerCase()) : fromComposer ? isLinkedIn(a.folded, fold(piece.slice(1))) : a.folded.includes(fold(piece));
  for (const cat of d.categories) {
    const partners = (ctx.tags ?? []).filter((t) => t.category === cat);
    const candidates = partners.flatMap((p) => {
      const piece = tagPiece(p, ctx.platform);
      return piece ? [{ p, piece }] : [];
    });
    const category = msg(TAG_CATEGORY_KEYS[cat]);
    const id = `tags.${cat}`;
    const tagged = candidates.filter((c) => isTagged(c.piece));
    const unlinked = fromComposer ? candidates.filter((c) => a.folded.includes(fold(c.piece))) : [];
    if (tagged.length === 0 && unlinked.length > 0) {
      items.push({ id, group: 'tags', status: 'fail', message: msg('checklist_tags_unlinked', { category, tags: list(unlinked.map((c) => c.piece)) }) });
    } else if (tagged.length > 0) {
      items.push({ id, group: 'tags', status: 'pass', message: msg('checklist_tags_ok', { category, tags: list(tagged.map((c) => c.piece)) }) });
    } else if (candidates.length === 0) {
      const key = partners.length === 0 ? 'checklist_tags_noPartner' : ig ? 'checklist_tags_noInstagram' : 'checklist_tags_noFacebook';
      items.push({ id, group: 'tags', status: 'warn', message: msg(key, { category }) });
    } else {
      items.push({
        id,
        group: 'tags',
        status: 'fail',
        message: msg('checklist_tags_missing', { category, tags: list(candidates.map((c) => c.piece), 3) }),
        fix: {
          kind: 'choose',
          label: msg('checklist_fix_addTags'),
          prompt: msg('checklist_fix_addTags_prompt', { category }),
          options: candidates.map((c) => ({ id: c.piece, label: `${c.piece} (${c.p.name})` })),
          apply: (t, chosen) => addTags(t, chosen),
        },
      });
    }
  }
}

/** "Keep only N hashtags" — offered only when the required ones alone fit. */
function keepFix({ d }: Rules, max: number): ApplyFix | undefined {
  if (d.requiredKeys.size > max) return undefined;
  return { kind: 'apply', label: msg('checklist_fix_keepHashtags', { max }), apply: (t) => keepHashtags(t, max, d.required, d.o) };
}

function instagramRules(r: Rules): void {
  const { text, a, ctx, items, present } = r;
  const L = LIMITS.instagram;
  if (a.chars > L.chars) {
    items.push({
      id: 'ig.length',
      group: 'platform',
      status: 'fail',
      message: msg('checklist_ig_length_over', { count: a.chars, max: L.chars, over: a.chars - L.chars }),
      fix: {
        kind: 'choose',
        label: msg('checklist_fix_shorten'),
        prompt: msg('checklist_fix_shorten_prompt', { over: a.chars - L.chars }),
        mustRemove: a.chars - L.chars,
        options: splitBlocks(text).map((b) => {
          const part = text.slice(b.start, b.end);
          const short = part.slice(0, graphemePrefixEnd(part, 70));
          return { id: b.id, label: short.length < part.length ? `${short}…` : short, size: blockSize(text, b) };
        }),
        apply: (t, chosen) => dropBlocks(t, chosen),
      },
    });
  } else if (a.codePoints > L.chars) {
    items.push({ id: 'ig.length', group: 'platform', status: 'warn', message: msg('checklist_ig_length_emoji', { count: a.chars, max: L.chars, codePoints: a.codePoints }) });
  } else {
    items.push({ id: 'ig.length', group: 'platform', status: 'pass', message: msg('checklist_length_ok', { count: a.chars, max: L.chars }) });
  }

  items.push(
    present.size > L.hashtags
      ? { id: 'ig.hashtags', group: 'platform', status: 'fail', message: msg('checklist_ig_hashtags_over', { count: present.size, max: L.hashtags }), fix: keepFix(r, L.hashtags) }
      : { id: 'ig.hashtags', group: 'platform', status: 'pass', message: msg('checklist_ig_hashtags_ok', { count: present.size, max: L.hashtags }) },
  );

  if (a.mentions.length > 0) {
    const over = a.mentions.length > L.mentions;
    items.push({
      id: 'ig.mentions',
      group: 'platform',
      status: over ? 'fail' : 'pass',
      message: msg(over ? 'checklist_ig_mentions_over' : 'checklist_ig_mentions_ok', { count: a.mentions.length, max: L.mentions }),
    });
  }

  if (a.urls.length > 0) {
    const bio = ctx.postLang === 'en' ? 'link in bio' : 'odkaz v bio';
    items.push({
      id: 'ig.links',
      group: 'platform',
      status: 'warn',
      message: msg('checklist_ig_links', { links: list(a.urls.map((k) => a.tokens.str(k)), 2) }),
      fix: { kind: 'apply', label: msg('checklist_fix_linkInBio', { text: bio }), apply: (t) => replaceLinks(t, bio) },
    });
  }

  items.push(previewItem('ig.preview', a, L.preview, 'checklist_ig_preview'));
}

function facebookRules(r: Rules): void {
  const { a, items, present } = r;
  const L = LIMITS.facebook;
  items.push(
    a.chars > L.chars
      ? { id: 'fb.length', group: 'platform', status: 'fail', message: msg('checklist_fb_length_over', { count: a.chars, max: L.chars, over: a.chars - L.chars }) }
      : { id: 'fb.length', group: 'platform', status: 'pass', message: msg('checklist_length_ok', { count: a.chars, max: L.chars }) },
  );
  if (present.size > L.hashtagsMax) {
    items.push({
      id: 'fb.hashtags',
      group: 'platform',
      status: 'warn',
      message: msg('checklist_fb_hashtags_tooMany', { count: present.size, max: L.hashtagsMax }),
      fix: keepFix(r, L.hashtagsMax),
    });
  } else if (present.size < L.hashtagsMin) {
    items.push({ id: 'fb.hashtags', group: 'platform', status: 'warn', message: msg('checklist_fb_hashtags_none') });
  } else {
    items.push({ id: 'fb.hashtags', group: 'platform', status: 'pass', message: msg('checklist_fb_hashtags_ok', { count: present.size }) });
  }
  items.push(previewItem('fb.seeMore', a, L.preview, 'checklist_fb_preview'));
}

function readabilityRules({ text, a, d, ctx, items }: Rules): void {
  const shouting = shoutingWords(a.tokens, d.abbreviations);
  items.push(
    shouting.length === 0
      ? { id: 'read.caps', group: 'readability', status: 'pass', message: msg('checklist_caps_ok') }
      : {
          id: 'read.caps',
          group: 'readability',
          status: 'warn',
          message: msg('checklist_caps_found', { words: list([...new Set(shouting.map((k) => a.tokens.str(k)))]) }),
          fix: {
            kind: 'apply',
            label: msg('checklist_fix_normalCase'),
            apply: (t) => normalCase(t, (tk) => shoutingWords(tk, d.abbreviations), isSentenceStart, d.names()),
          },
        },
  );

  const { longCount, firstLong } = a.sentences;
  items.push(
    !firstLong
      ? { id: 'read.sentences', group: 'readability', status: 'pass', message: msg('checklist_sentences_ok', { max: LIMITS.sentenceWords }) }
      : {
          id: 'read.sentences',
          group: 'readability',
          status: 'warn',
          message: plural('checklist_sentences_long', longCount, { max: LIMITS.sentenceWords, words: firstLong.words, start: opening(text, firstLong.start) }),
        },
  );

  const max = ctx.settings.maxEmoji;
  items.push({
    id: 'read.emoji',
    group: 'readability',
    status: a.emoji > max ? 'warn' : 'pass',
    message: msg(a.emoji > max ? 'checklist_emoji_tooMany' : 'checklist_emoji_ok', { count: a.emoji, max }),
  });
}

function whenWhereRules({ text, a, ctx, items }: Rules): void {
  const invalid = a.dates.filter((date) => !date.valid);
  if (invalid.length > 0)
    items.push({
      id: 'when.invalid',
      group: 'whenWhere',
      status: 'fail',
      message: msg('checklist_date_invalid', { dates: list(invalid.map((date) => text.slice(date.start, date.end).trim())) }),
    });

  if (a.dates.some((date) => date.valid && date.weekday && !date.everyYear)) {
    // The first date whose weekday is wrong. The post is written now, so a weekday that fits no
    // nearby year is wrong even without a written year; a shared one ("vždy v úterý: …") has no
    // one-click fix (its other dates may be right).
    const wrong = wrongWeekdays(text, a.now, a.dates)[0];
    const now = a.now;
    items.push(
      !wrong
        ? { id: 'when.weekday', group: 'whenWhere', status: 'pass', message: msg('checklist_weekday_ok') }
        : {
            id: 'when.weekday',
            group: 'whenWhere',
            status: 'fail',
            message: msg('checklist_weekday_wrong', {
              written: wrong.written,
              date: `${wrong.date.day}. ${wrong.date.month}. ${wrong.date.year}`,
              actual: msg(WEEKDAY_KEYS[wrong.actual]!),
            }),
            ...(wrong.edits.length > 0
              ? { fix: { kind: 'apply' as const, label: msg('checklist_fix_weekday', { correct: wrong.edits.at(-1)!.replacement }), apply: (t: string) => correctWeekdays(t, now) } }
              : {}),
          },
    );
  }

  if (!ctx.kind || !KINDS_NEEDING_WHEN_WHERE.has(ctx.kind)) return;
  // A calendar date, or a relative one ("zítra", "v sobotu") for posts about the next days.
  const date = a.dates.length > 0 || RELATIVE_DAY.test(a.folded);
  const time = hasTime(a.folded);
  // Places are guessed from words and names: a missing one is a warning, not a failure.
  const place = hasPlace(text, a.folded, ctx.settings.townName);
  items.push(
    { id: 'when.date', group: 'whenWhere', status: date ? 'pass' : 'fail', message: msg(date ? 'checklist_when_date_ok' : 'checklist_when_date_missing') },
    { id: 'when.time', group: 'whenWhere', status: time ? 'pass' : 'fail', message: msg(time ? 'checklist_when_time_ok' : 'checklist_when_time_missing') },
    { id: 'when.place', group: 'whenWhere', status: place ? 'pass' : 'warn', message: msg(place ? 'checklist_when_place_ok' : 'checklist_when_place_missing') },
  );
}

/** What needs the admin's eye (cannot be read from the text); ticking one makes it pass. */
function reminderRules({ a, d, ctx, items }: Rules): void {
  const done = ctx.done ?? [];
  const reminder = (id: string, key: MessageKey): CheckItem => ({ id, group: 'reminders', status: done.includes(id) ? 'pass' : 'warn', message: msg(key), reminder: true });
  items.push(reminder('remind.photoAlt', 'checklist_remind_photoAlt'));
  if (a.mentions.length > 0 || d.categories.length > 0)
    items.push(ctx.platform === 'instagram' ? reminder('remind.igPhotoTags', 'checklist_remind_igPhotoTags') : reminder('remind.fbTags', 'checklist_remind_fbTags'));
}

const WEEKDAY_KEYS: readonly MessageKey[] = [
  'checklist_weekday_mon',
  'checklist_weekday_tue',
  'checklist_weekday_wed',
  'checklist_weekday_thu',
  'checklist_weekday_fri',
  'checklist_weekday_sat',
  'checklist_weekday_sun',
];
const RELATIVE_DAY =
  /(?<![a-z])(?:dnes|zitra|pozitri|today|tomorrow|tonight|(?:v|ve|tento|tuto|pristi|this|next|on) (?:pondeli|utery|stredu|ctvrtek|patek|sobotu|nedeli|monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![a-z])/;

/** The first words of a sentence, for messages ("Vzhledem k tomu, že …"). */
function opening(text: string, start: number): string {
  const part = text.slice(start, start + 200);
  const words = part.split(/\s+/).slice(0, 6).join(' ');
  return `${words} …`;
}

/** The opening the platform shows before "more": does the first sentence fit in it? */
function previewItem(id: string, a: Analysis, limit: number, base: 'checklist_ig_preview' | 'checklist_fb_preview'): CheckItem {
  const group = 'platform' as const;
  if (a.chars <= limit) return { id, group, status: 'pass', message: msg(`${base}_all`, { max: limit }) };
  const first = a.sentences.first;
  const cut = graphemePrefixEnd(a.text, limit);
  if (!first || first.start >= cut) return { id, group, status: 'warn', message: msg(`${base}_noText`, { max: limit }) };
  const firstLen = countGraphemes(a.text.slice(0, first.end));
  if (first.end <= cut) return { id, group, status: 'pass', message: msg(`${base}_ok`, { count: firstLen, max: limit }) };
  return { id, group, status: 'warn', message: msg(`${base}_long`, { count: firstLen, max: limit }) };
}
