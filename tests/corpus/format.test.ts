/**
 * The FORMAT of the real-notice corpus (tests/fixtures/notices/real): every file has a manifest
 * entry and vice versa, kinds are known, norms well-formed, a source url. Runs on the repo's
 * folder (or TOWN_CRIER_CORPUS); the size goals of issue 11 are checked once the corpus is merged.
 */
import { describe, expect, it } from 'vitest';
import { POST_KINDS } from '../../utils/kinds';
import { corpusDirs, loadCorpus } from './load';

const { notices, problems } = loadCorpus(corpusDirs());

const NORM: Record<string, RegExp> = {
  date: /^(?:\d{4}|-)-\d{2}-\d{2}$/,
  deadline: /^(?:\d{4}|-)-\d{2}-\d{2}$/,
  time: /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, // 24:00 = the end of a day, as notices write it
  phone: /^\d{3,15}$/,
  email: /^[^\sA-Z@]+@[^\sA-Z@]+\.[a-z]{2,}$/,
  url: /^(?!https?:\/\/)\S+[^/]$/,
  money: /^\d+(?:\.\d+)? [A-Z]{3}$/,
  account: /^(?:(?:\d{1,6}-)?\d{2,10}\/\d{4}|[A-Z]{2}\d{2}[A-Z0-9]{10,30})$/,
  place: /^[^A-Z]+$/u,
  organisation: /^[^A-Z]+$/u,
};
const DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('the real corpus format', () => {
  it('has a manifest entry for every file and a file for every entry', () => {
    expect(problems).toEqual([]);
  });

  it('every entry: language, known kind, url, days, well-formed facts', () => {
    const bad: string[] = [];
    for (const { file, entry } of notices) {
      if (entry.lang !== 'cs' && entry.lang !== 'en') bad.push(`${file}: lang ${entry.lang}`);
      if (!file.startsWith(`${entry.lang}-`)) bad.push(`${file}: name does not start with its language`);
      if (!(POST_KINDS as readonly string[]).includes(entry.kind)) bad.push(`${file}: kind ${entry.kind}`);
      if (!/^https?:\/\/\S+$/.test(entry.url ?? '')) bad.push(`${file}: url ${entry.url}`);
      // Many pages show no publication day: null is honest then, the reading day (now) is required.
      if (entry.published !== null && !DAY.test(entry.published ?? '')) bad.push(`${file}: published ${entry.published}`);
      if (!DAY.test(entry.now ?? '')) bad.push(`${file}: now ${entry.now}`);
      if (!Array.isArray(entry.facts)) bad.push(`${file}: no facts`);
      for (const f of entry.facts ?? []) {
        const [type, norm] = f;
        const re = NORM[type];
        if (!re) bad.push(`${file}: fact type ${type}`);
        else if (typeof norm !== 'string' || !re.test(norm)) bad.push(`${file}: ${type} norm "${norm}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('reaches the size of issue 11 once merged (≥ 150 notices, ≥ 120 Czech, ≥ 30 English, ≥ 3 of every kind)', () => {
    // Before the collectors' folders are merged the repo holds only the README: nothing to count yet.
    if (notices.length === 0) return;
    expect(notices.length).toBeGreaterThanOrEqual(150);
    expect(notices.filter((n) => n.entry.lang === 'cs').length).toBeGreaterThanOrEqual(120);
    expect(notices.filter((n) => n.entry.lang === 'en').length).toBeGreaterThanOrEqual(30);
    const count = new Map<string, number>();
    for (const n of notices) count.set(n.entry.kind, (count.get(n.entry.kind) ?? 0) + 1);
    expect(POST_KINDS.filter((k) => (count.get(k) ?? 0) < 3)).toEqual([]);
  });
});
