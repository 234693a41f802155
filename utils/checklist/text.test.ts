import { describe, expect, it } from 'vitest';
import { compareKey, countChars, countGraphemes, fold, graphemePrefixEnd } from './text';

const segmenter = new Intl.Segmenter('cs', { granularity: 'grapheme' });
const reference = (s: string) => [...segmenter.segment(s)].length;

describe('countGraphemes', () => {
  // Each string is counted by Intl.Segmenter (the Unicode reference) and must agree.
  const samples: [string, string][] = [
    ['plain Czech', 'Zábřeh, Štíty a Hoštejn – přijďte!'],
    ['decomposed diacritics (NFD)', 'Zábřeh'.normalize('NFD')],
    ['ZWJ family', '👨‍👩‍👧‍👦'],
    ['skin tone', '👍🏽'],
    ['flag pair and a lone regional indicator', '🇨🇿🇸🇰🇨'],
    ['subdivision flag (tag characters)', '🏴󠁧󠁢󠁳󠁣󠁴󠁿'],
    ['keycap', '1️⃣#️⃣*️⃣'],
    ['heart with selector', '❤️ a ❤'],
    ['rainbow flag ZWJ', '🏳️‍🌈'],
    ['CR LF counts as one', 'a\r\nb\nc\r'],
    ['combining mark at the very start', '\u0301a'],
    ['mixed post', 'Ve středu 12. 3. 💧 #Zábřeh 👨‍👩‍👧 @policiecz\r\nDěkujeme 🇨🇿'],
  ];
  it.each(samples)('%s: matches Intl.Segmenter', (_name, s) => {
    expect(countGraphemes(s)).toBe(reference(s));
  });

  it('counts what a reader sees, not UTF-16 units', () => {
    expect(countGraphemes('👨‍👩‍👧')).toBe(1);
    expect('👨‍👩‍👧'.length).toBe(8);
    expect(countGraphemes('Zábřeh'.normalize('NFD'))).toBe(6);
  });

  it('is 0 for empty text and handles a lone surrogate', () => {
    expect(countGraphemes('')).toBe(0);
    expect(countGraphemes('a\uD83Db')).toBe(3);
  });

  it('counts code points separately (some counters treat emoji sequences that way)', () => {
    expect(countChars('👨‍👩‍👧').codePoints).toBe(5);
    expect(countChars('a👍🏽')).toEqual({ graphemes: 2, codePoints: 3 });
  });
});

describe('graphemePrefixEnd', () => {
  it('never cuts an emoji or a letter with its accent', () => {
    const s = 'ab👨‍👩‍👧cd';
    expect(s.slice(0, graphemePrefixEnd(s, 3))).toBe('ab👨‍👩‍👧');
    const nfd = 'Zábřeh'.normalize('NFD');
    expect(nfd.slice(0, graphemePrefixEnd(nfd, 2)).normalize('NFC')).toBe('Zá');
  });
  it('returns the full length when the text is shorter', () => {
    expect(graphemePrefixEnd('abc', 125)).toBe(3);
  });
});

describe('fold', () => {
  it('lowercases and removes diacritics without changing the length', () => {
    const s = 'Středa ŽLUŤOUČKÝ kůň, Ärger 👍';
    const f = fold(s);
    expect(f).toBe('streda zlutoucky kun, arger 👍');
    expect(f.length).toBe(s.length);
  });
  it('returns the same string when nothing changes', () => {
    expect(fold('abc 12')).toBe('abc 12');
  });
  it('folds long text in one piece', () => {
    const s = 'Ž'.repeat(10_000);
    expect(fold(s)).toBe('z'.repeat(10_000));
  });
});

describe('compareKey', () => {
  it('ignores case always and diacritics only when asked', () => {
    expect(compareKey('Zábřeh', true)).toBe(compareKey('ZABREH', true));
    expect(compareKey('Zábřeh', false)).not.toBe(compareKey('Zabreh', false));
    expect(compareKey('Zábřeh', false)).toBe(compareKey('ZÁBŘEH', false));
    expect(compareKey('Zábřeh'.normalize('NFD'), false)).toBe(compareKey('zábřeh', false));
  });
});
