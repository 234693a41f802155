import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (lang: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, unknown>;

describe('checklist strings', () => {
  it('keep the catalogues sorted (case-insensitive), so merges stay small', () => {
    for (const lang of ['cs', 'en']) {
      const keys = Object.keys(read(lang));
      expect(keys, lang).toEqual([...keys].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
    }
  });
  it('use only this feature’s prefixes', () => {
    const mine = Object.keys(read('cs')).filter((k) => /^(checklist|hashtags|tags)_/.test(k));
    expect(mine.length).toBeGreaterThan(150);
    expect(mine.filter((k) => !(k in read('en')))).toEqual([]);
  });
});
