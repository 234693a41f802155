/**
 * The SYNTHETIC notices in tests/fixtures/notices (hand-written for the tests: unit cases, not the
 * corpus the rewriter is measured on — that is tests/fixtures/notices/real, `npm run rewrite:report`),
 * each through the rewriter, for both platforms: language and
 * kind recognised, the facts the manifest lists found, every fact kept in the post, no office
 * phrase left, short sentences, weekdays right, Instagram limits kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IG_MAX_HASHTAGS, hashtagsIn, instagramProblems, meanSentenceLength, weekdayProblems } from './checks';
import { findOfficePhrases } from './phrases';
import { rewriteNotice, type Lang } from './index';

const DIR = path.resolve(__dirname, '../../tests/fixtures/notices');
interface Entry {
  lang: Lang;
  kind: string;
  now: string;
  facts: [string, string][];
}
const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as Record<string, Entry>;
const files = fs.readdirSync(DIR).filter((f) => f !== 'manifest.json' && fs.statSync(path.join(DIR, f)).isFile()).sort();
const TOWN_TAGS = ['#Zábřeh', '#MěstoZábřeh'];

describe('the synthetic notices', () => {
  it('are at least 24 in Czech and English, every file is in the manifest, every kind a known one', async () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
    expect(files.filter((f) => !manifest[f])).toEqual([]);
    expect(Object.keys(manifest).filter((k) => k !== '//' && !files.includes(k))).toEqual([]);
    const { POST_KINDS } = await import('../kinds');
    // Kinds added with the real corpus (fire-report, cancellation, collection) have real notices only.
    expect(files.filter((f) => !(POST_KINDS as readonly string[]).includes(manifest[f]!.kind))).toEqual([]);
    expect(new Set(files.map((f) => manifest[f]!.lang))).toEqual(new Set(['cs', 'en']));
  });
});

describe.each(files)('%s', (file) => {
  const entry = manifest[file]!;
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  const [y, m, d] = entry.now.split('-').map(Number) as [number, number, number];
  const now = new Date(y, m - 1, d, 9, 0);
  const fb = rewriteNotice(text, { now, platform: 'facebook', hashtags: TOWN_TAGS });
  const ig = rewriteNotice(text, { now, platform: 'instagram', hashtags: TOWN_TAGS });

  it('recognises the language and the kind', () => {
    expect(fb.error).toBeUndefined();
    expect(fb.lang).toBe(entry.lang);
    expect(fb.kind).toBe(entry.kind);
  });

  it('finds the facts the notice contains', () => {
    const found = new Set(fb.facts.map((f) => `${f.type}:${f.norm}`));
    const expected = entry.facts.map(([type, norm]) => `${type}:${norm}`);
    expect(expected.filter((k) => !found.has(k))).toEqual([]);
  });

  it('keeps every fact in the Facebook post', () => {
    expect(fb.missingFacts.map((f) => `${f.type}:${f.text}`)).toEqual([]);
  });

  it('keeps every fact in the Instagram post (links go to the bio)', () => {
    expect(ig.missingFacts.map((f) => `${f.type}:${f.text}`)).toEqual([]);
    const urls = fb.facts.filter((f) => f.type === 'url').map((f) => f.text);
    expect(new Set(ig.linkInBio)).toEqual(new Set(urls));
  });

  it('leaves no office phrase', () => {
    expect(findOfficePhrases(fb.post, entry.lang)).toEqual([]);
    expect(findOfficePhrases(ig.post, entry.lang)).toEqual([]);
  });

  it('keeps sentences short (mean ≤ 15 words)', () => {
    expect(meanSentenceLength(fb.post)).toBeLessThanOrEqual(15);
    expect(meanSentenceLength(ig.post)).toBeLessThanOrEqual(15);
  });

  it('gives every date the right weekday', () => {
    expect(weekdayProblems(fb.post, entry.lang, now)).toEqual([]);
    expect(weekdayProblems(ig.post, entry.lang, now)).toEqual([]);
  });

  it('keeps Instagram limits: ≤ 2,200 characters, key message in the first 125, ≤ 5 hashtags, no bare links', () => {
    expect(instagramProblems(ig.post)).toEqual({ tooLong: false, tooManyHashtags: false, bareLink: false, keyMessageHidden: false });
    expect(hashtagsIn(ig.post).length).toBeLessThanOrEqual(IG_MAX_HASHTAGS);
  });

  it('puts the main point first and the hashtags last on Facebook', () => {
    const lines = fb.post.split('\n');
    // One emoji opens the headline; the last line is the hashtags (the town's are there).
    expect(lines[0]).toMatch(/^\p{Extended_Pictographic}/u);
    expect(lines[lines.length - 1]).toMatch(/^#/);
    for (const tag of TOWN_TAGS) expect(lines[lines.length - 1]).toContain(tag);
  });
});
