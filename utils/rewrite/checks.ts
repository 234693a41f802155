/**
 * Measures of a finished post: how long its sentences are, whether every date carries the
 * right weekday, whether an Instagram caption keeps Instagram's limits. Used by the corpus
 * tests and by the Compose view's counters.
 */
import { countWords, splitSentences } from './body';
import { weekdayIndex, type Lang } from '../dates/calendar';
import { weekdayName } from '../dates/format';
import { extractFacts } from './facts';

export const IG_MAX_CHARS = 2200;
export const IG_VISIBLE_CHARS = 125;
export const IG_MAX_HASHTAGS = 5;

const HASHTAG = /(?<![\p{L}\p{N}_])#[\p{L}\p{N}_]+/gu;
const HASHTAG_LINE = /^\s*(?:#[\p{L}\p{N}_]+\s*)+$/u;

/**
 * Characters counted the strict way (UTF-16 units: an emoji counts 2, a family emoji more), so a
 * caption that passes here is never over Instagram's limit however Instagram counts.
 */
export function captionLength(s: string): number {
  return s.length;
}

/** The post's sentences: each line split into sentences; hashtag-only lines are not sentences. */
// (Regex literals with non-ASCII characters are built once here: the bundler rewrites them as
// `new RegExp(…)`, which inside a function would run on every call.)
const BULLET = /^[•]\s*/u;

export function postSentences(post: string): string[] {
  return post
    .split('\n')
    .filter((l) => l.trim() && !HASHTAG_LINE.test(l))
    .flatMap((l) => splitSentences(l.replace(BULLET, '')))
    .filter((s) => countWords(s) > 0);
}

export function meanSentenceLength(post: string): number {
  const sentences = postSentences(post);
  if (!sentences.length) return 0;
  return sentences.reduce((n, s) => n + countWords(s), 0) / sentences.length;
}

export function hashtagsIn(post: string): string[] {
  return post.match(HASHTAG) ?? [];
}

const BARE_LINK = /\bhttps?:\/\/|\bwww\./i;

export interface InstagramProblems {
  tooLong: boolean;
  tooManyHashtags: boolean;
  bareLink: boolean;
  /** The first line (the key message) does not fit in the visible first 125 characters. */
  keyMessageHidden: boolean;
}

export function instagramProblems(post: string): InstagramProblems {
  const firstLine = post.split('\n')[0] ?? '';
  return {
    tooLong: captionLength(post) > IG_MAX_CHARS,
    tooManyHashtags: hashtagsIn(post).length > IG_MAX_HASHTAGS,
    bareLink: BARE_LINK.test(post),
    keyMessageHidden: captionLength(firstLine) > IG_VISIBLE_CHARS,
  };
}

/**
 * Dates in the post without their weekday, or with a wrong one. Birth dates and dates more
 * than a year back are not events and need none.
 */
export function weekdayProblems(post: string, lang: Lang, now: Date): string[] {
  const problems: string[] = [];
  for (const line of post.split('\n')) {
    const { dates } = extractFacts(line, { lang, now });
    for (const d of dates) {
      if (d.range === 'to') continue;
      if (d.y !== null && d.y < now.getFullYear() - 1) continue;
      if (/(?:nar\.|narozen\p{L}*|born)\s*$/iu.test(line.slice(0, d.start))) continue;
      const actual = weekdayIndex(d.year, d.m, d.d);
      const name = weekdayName(lang, d.year, d.m, d.d);
      if (!d.weekday) problems.push(`${d.text}: no weekday (${name})`);
      else if (d.weekday.index !== actual) problems.push(`${d.text}: "${d.weekday.text}" but it is ${name}`);
    }
  }
  return problems;
}
