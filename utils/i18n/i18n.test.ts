import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueKeys, resolveLang, translate, translatePlural, type MessageKey } from './i18n';

const localesDir = path.resolve(__dirname, '../../public/_locales');
const read = (lang: string) =>
  JSON.parse(fs.readFileSync(path.join(localesDir, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('locales', () => {
  const cs = read('cs');
  const en = read('en');

  it('have exactly the same keys in Czech and English', () => {
    const onlyCs = Object.keys(cs).filter((k) => !(k in en));
    const onlyEn = Object.keys(en).filter((k) => !(k in cs));
    expect({ onlyCs, onlyEn }).toEqual({ onlyCs: [], onlyEn: [] });
  });

  it('are sorted by key, case-insensitively (node scripts/sort-locales.mjs), so merges stay small', () => {
    const byKey = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
    for (const cat of [cs, en]) expect(Object.keys(cat)).toEqual(Object.keys(cat).sort(byKey));
  });

  it('are the only locales, and the manifest default (cs) is one of them', () => {
    expect(fs.readdirSync(localesDir).sort()).toEqual(['cs', 'en']);
  });

  it.each(['cs', 'en'])('%s: every message is non-empty, keys are valid for Chrome, placeholders match', (lang) => {
    const cat = read(lang);
    const other = read(lang === 'cs' ? 'en' : 'cs');
    for (const [key, { message }] of Object.entries(cat)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(message.trim(), key).not.toBe('');
      // Chrome would try to substitute $name$ placeholders we never declare.
      expect(message, key).not.toMatch(/\$[A-Za-z0-9_]+\$/);
      const names = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(names(message), `${lang}:${key}`).toEqual(names(other[key]!.message));
    }
  });

  it('the manifest strings fit the stores: name ≤ 45, short name ≤ 12, description ≤ 132 characters', () => {
    for (const cat of [cs, en]) {
      expect(cat.extName!.message.length).toBeLessThanOrEqual(45);
      expect(cat.extShortName!.message.length).toBeLessThanOrEqual(13);
      expect(cat.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('plural families have every form in both languages', () => {
    for (const lang of ['cs', 'en'] as const) {
      const bases = new Set(catalogueKeys(lang).filter((k) => /_(one|few|many|other)$/.test(k)).map((k) => k.replace(/_(one|few|many|other)$/, '')));
      for (const base of bases) {
        for (const form of ['one', 'few', 'many', 'other']) expect(catalogueKeys(lang), `${base}_${form}`).toContain(`${base}_${form}`);
      }
    }
  });
});

describe('translate', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'settings_saved')).toBe('Saved ✓');
    expect(translate('cs', 'settings_saved')).toBe('Uloženo ✓');
    expect(translate('en', 'no_such_key' as MessageKey)).toBe('no_such_key');
  });

  it('picks Czech plural forms by count', () => {
    // Uses whatever plural family exists; the rules themselves come from Intl.
    const base = catalogueKeys('cs').find((k) => k.endsWith('_few'))?.replace(/_few$/, '');
    if (!base) return expect(base).toBeUndefined();
    const one = translatePlural('cs', base, 1);
    const few = translatePlural('cs', base, 3);
    const many = translatePlural('cs', base, 5);
    expect(one).toContain('1');
    expect(few).toContain('3');
    expect(many).toContain('5');
    expect(new Set([one.replace('1', 'N'), few.replace('3', 'N'), many.replace('5', 'N')]).size).toBe(3);
  });
});

describe('resolveLang', () => {
  it.each([
    ['auto', 'cs', 'cs'],
    ['auto', 'cs-CZ', 'cs'],
    ['auto', 'sk', 'cs'],
    ['auto', 'en-US', 'en'],
    ['auto', 'de', 'en'],
    ['auto', undefined, 'en'],
    ['cs', 'en-US', 'cs'],
    ['en', 'cs', 'en'],
  ] as const)('%s with browser %s → %s', (setting, ui, expected) => {
    expect(resolveLang(setting, ui)).toBe(expected);
  });
});
