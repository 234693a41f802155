/**
 * The one-click fixes: pure `(text, …) => text`. Each one re-reads the text it is given, so
 * a fix clicked after the admin typed more still does exactly what its label says.
 */
import { findDates, weekdayCorrection } from '../dates/parse';
import { appendAtEnd, applyEdits, removeRanges, type Edit } from './edit';
import { camelize, endBlockStart, hashtagKey, isInline, type HashtagOptions } from './hashtags';
import { capitalize, countGraphemes, fold } from './text';
import { T, tokenize, type Tokens } from './tokenize';

// Token kinds as local constants: hot loops read them per token (cheaper than a module property).
const { hashDigits: K_HASHDIGITS, hashEmpty: K_HASHEMPTY, hashtag: K_HASHTAG, url: K_URL } = T;

const nfc = (t: string) => t.normalize('NFC');

/** Adds the hashtags the post does not carry yet (compared per `o`), at the end. */
export function addHashtags(text: string, tags: readonly string[], o: HashtagOptions): string {
  const t = nfc(text);
  const tokens = tokenize(t);
  const have = new Set<string>();
  for (let k = 0; k < tokens.length; k++) if (tokens.type[k] === K_HASHTAG) have.add(hashtagKey(tokens.str(k), o));
  const add: string[] = [];
  for (const tag of tags) {
    const key = hashtagKey(tag, o);
    if (!have.has(key)) {
      have.add(key);
      add.push(tag);
    }
  }
  return appendAtEnd(t, add);
}

/** Adds @tags (partners) before the closing hashtags, or at the end. */
export function addTags(text: string, pieces: readonly string[]): string {
  const t = nfc(text);
  const have = fold(t);
  const add = pieces.filter((p) => !have.includes(fold(p)));
  if (add.length === 0) return t;
  const tokens = tokenize(t);
  let firstTag = endBlockStart(tokens);
  while (firstTag < tokens.length && tokens.type[firstTag] !== K_HASHTAG) firstTag++;
  if (firstTag === tokens.length) return appendAtEnd(t, add);
  // Put them on their own line above the hashtags ("… Děkujeme.\n\n@policiecz\n#Zábřeh").
  const at = tokens.start[firstTag]!;
  const lineStart = t.lastIndexOf('\n', at - 1) + 1;
  const onOwnLine = t.slice(lineStart, at).trim() === '';
  return onOwnLine ? `${t.slice(0, lineStart)}${add.join(' ')}\n${t.slice(lineStart)}` : `${t.slice(0, at)}${add.join(' ')} ${t.slice(at)}`;
}

/** Removes a hashtag occurrence: inside a sentence only its "#" goes, elsewhere the whole tag. */
function dropHashtags(t: string, tokens: Tokens, which: readonly number[]): string {
  const unhash: Edit[] = [];
  const remove: { start: number; end: number }[] = [];
  for (const k of which) {
    if (isInline(tokens, k)) unhash.push({ start: tokens.start[k]!, end: tokens.start[k]! + 1, replacement: '' });
    else remove.push({ start: tokens.start[k]!, end: tokens.end[k]! });
  }
  return removeRanges(t, remove, unhash);
}

/** Keeps at most `max` hashtags: required ones first, then the earliest; drops repeats too. */
export function keepHashtags(text: string, max: number, required: readonly string[], o: HashtagOptions): string {
  const t = nfc(text);
  const tokens = tokenize(t);
  const req = new Set(required.map((r) => hashtagKey(r, o)));
  const all: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (tokens.type[k] === K_HASHTAG) all.push(k);
  const keep = new Set<number>();
  const keptKeys = new Set<string>();
  for (const pass of [true, false]) {
    for (const k of all) {
      const key = hashtagKey(tokens.str(k), o);
      if (keep.size >= max && !(pass && req.has(key))) continue;
      if (req.has(key) === pass && !keptKeys.has(key)) {
        keep.add(k);
        keptKeys.add(key);
      }
    }
  }
  return dropHashtags(t, tokens, all.filter((k) => !keep.has(k)));
}

/** Removes repeated hashtags (#Zábřeh … #zabreh), keeping the first. */
export function removeDuplicateHashtags(text: string, o: HashtagOptions): string {
  const t = nfc(text);
  const tokens = tokenize(t);
  const seen = new Set<string>();
  const drop: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.type[k] !== K_HASHTAG) continue;
    const key = hashtagKey(tokens.str(k), o);
    if (seen.has(key)) drop.push(k);
    else seen.add(key);
  }
  return dropHashtags(t, tokens, drop);
}

export function camelCaseHashtags(text: string, vocab: ReadonlySet<string>): string {
  const t = nfc(text);
  const tokens = tokenize(t);
  const edits: Edit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.type[k] !== K_HASHTAG) continue;
    const body = t.slice(tokens.start[k]! + 1, tokens.end[k]);
    const camel = camelize(body, vocab);
    if (camel !== body) edits.push({ start: tokens.start[k]! + 1, end: tokens.end[k]!, replacement: camel });
  }
  return applyEdits(t, edits);
}

/** Moves hashtags that stand before the end of the post to its closing line. */
export function moveHashtagsToEnd(text: string, o: HashtagOptions): string {
  const t = nfc(text);
  const tokens = tokenize(t);
  const endAt = endBlockStart(tokens);
  const moving: number[] = [];
  for (let k = 0; k < endAt; k++) if (tokens.type[k] === K_HASHTAG) moving.push(k);
  if (moving.length === 0) return t;
  const tags = moving.map((k) => tokens.str(k));
  return addHashtags(dropHashtags(t, tokens, moving), tags, o);
}

/** Removes "#" that has nothing after it. */
export function removeEmptyHashes(text: string): string {
  const t = nfc(text);
  const tokens = tokenize(t);
  const r: { start: number; end: number }[] = [];
  for (let k = 0; k < tokens.length; k++) if (tokens.type[k] === K_HASHEMPTY) r.push({ start: tokens.start[k]!, end: tokens.end[k]! });
  return removeRanges(t, r);
}

/** "#2026" → "2026" (platforms make no hashtag of digits). */
export function unhashDigits(text: string): string {
  const t = nfc(text);
  const tokens = tokenize(t);
  const edits: Edit[] = [];
  for (let k = 0; k < tokens.length; k++) if (tokens.type[k] === K_HASHDIGITS) edits.push({ start: tokens.start[k]!, end: tokens.start[k]! + 1, replacement: '' });
  return applyEdits(t, edits);
}

/** Links are not clickable on Instagram: each becomes "odkaz v bio" / "link in bio". */
export function replaceLinks(text: string, replacement: string): string {
  const t = nfc(text);
  const tokens = tokenize(t);
  const edits: Edit[] = [];
  for (let k = 0; k < tokens.length; k++) if (tokens.type[k] === K_URL) edits.push({ start: tokens.start[k]!, end: tokens.end[k]!, replacement });
  return applyEdits(t, edits);
}

/**
 * Shouting words back in normal letters: lower case, capitalised at a sentence start or when
 * the word is a known name (the town, a partner, a hashtag word).
 */
export function normalCase(text: string, shouting: (tokens: Tokens) => number[], sentenceStart: (tokens: Tokens, k: number) => boolean, names: ReadonlySet<string>): string {
  const t = nfc(text);
  const tokens = tokenize(t);
  const edits: Edit[] = [];
  for (const k of shouting(tokens)) {
    const word = tokens.str(k);
    const lower = word.toLocaleLowerCase('cs');
    const cap = sentenceStart(tokens, k) || names.has(fold(lower));
    edits.push({ start: tokens.start[k]!, end: tokens.end[k]!, replacement: cap ? capitalize(lower) : lower });
  }
  return applyEdits(t, edits);
}

/** Makes every weekday word agree with its date. */
export function correctWeekdays(text: string, now: Date): string {
  const t = nfc(text);
  return applyEdits(t, findDates(t, now).flatMap((d) => weekdayCorrection(t, d)));
}

export interface Block {
  id: string;
  start: number;
  end: number;
}

/**
 * The parts a long post can be shortened by: paragraphs; a single paragraph splits into lines,
 * a single line into sentences. Ids are positions, so they stay valid for the same text.
 */
export function splitBlocks(text: string): Block[] {
  const t = nfc(text);
  const by = (re: RegExp): Block[] => {
    const out: Block[] = [];
    let at = 0;
    for (const m of t.matchAll(re)) {
      if (t.slice(at, m.index).trim()) out.push({ id: `${at}`, start: at, end: m.index });
      at = m.index + m[0].length;
    }
    if (t.slice(at).trim()) out.push({ id: `${at}`, start: at, end: t.length });
    // Ignore leading/trailing blanks inside each part.
    return out.map((b) => {
      const s = b.start + (t.slice(b.start, b.end).length - t.slice(b.start, b.end).trimStart().length);
      const e = b.start + t.slice(b.start, b.end).trimEnd().length;
      return { id: `${s}`, start: s, end: e };
    });
  };
  const paragraphs = by(/\n[ \t]*\n\s*/g);
  if (paragraphs.length > 1) return paragraphs;
  const lines = by(/\n/g);
  if (lines.length > 1) return lines;
  return by(/(?<=[.!?…])\s+(?=\p{Lu}|\p{Nd})/gu);
}

/** Drops the chosen parts (ids from `splitBlocks` of the same text). */
export function dropBlocks(text: string, ids: readonly string[]): string {
  const t = nfc(text);
  const chosen = new Set(ids);
  const blocks = splitBlocks(t).filter((b) => chosen.has(b.id));
  return removeRanges(t, blocks);
}

export const blockSize = (text: string, b: Block) => countGraphemes(text.slice(b.start, b.end));
