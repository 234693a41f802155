import { describe, expect, it } from 'vitest';
import { clean, excerptOf, hashText, isInserted, normalizeText } from './text';

describe('clean / normalizeText', () => {
  it('removes what editors add without the admin: CRLF, nbsp, zero-width spaces, decomposed letters', () => {
    expect(clean('Za\u0301br\u030ceh\r\na\u00a0b\u200b\ufeffc')).toBe('Zábřeh\na bc');
  });
  it('keeps ZWJ emoji sequences and flags intact', () => {
    expect(clean('👨‍👩‍👧 🇨🇿 🏳️‍🌈')).toBe('👨‍👩‍👧 🇨🇿 🏳️‍🌈');
  });
  it('normalizeText also drops trailing spaces, extra blank lines and outer whitespace', () => {
    expect(normalizeText('  A  \n\n\n\nB\t\n\n')).toBe('A\n\nB');
    expect(normalizeText(' \n\u00a0\n')).toBe('');
  });
});

describe('hashText', () => {
  it('is the same for the same post however an editor rendered it, and differs for another post', async () => {
    const a = await hashText('Zítra nepoteče voda.\n\n#Zábřeh');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(await hashText('Zi\u0301tra nepoteče voda.  \r\n\r\n\r\n#Zábřeh\n')).toBe(a);
    expect(await hashText('Zítra nepoteče voda.\n\n#Zabreh')).not.toBe(a);
  });
});

describe('excerptOf', () => {
  it('is one line of at most 140 characters, cut between code points', () => {
    expect(excerptOf('Ahoj\n\nsvěte')).toBe('Ahoj světe');
    const long = '🇨🇿'.repeat(100);
    const ex = excerptOf(long);
    expect(Array.from(ex)).toHaveLength(140);
    expect(ex.endsWith('…')).toBe(true);
    // No lone surrogate: every character round-trips through encodeURIComponent.
    expect(() => encodeURIComponent(ex)).not.toThrow();
  });
});

describe('isInserted', () => {
  const text = 'Řádek 1 👋\n\nŘádek 2 #Zábřeh';
  it('replace: the editor holds exactly the text (an empty last paragraph aside)', () => {
    expect(isInserted('staré', text, text, true)).toBe(true);
    expect(isInserted('staré', text, text + '\n', true)).toBe(true);
    expect(isInserted('staré', text, 'Řádek 1 👋Řádek 2 #Zábřeh', true)).toBe(false); // line breaks lost
    expect(isInserted('staré', text, text + text, true)).toBe(false); // doubled
  });
  it('caret: the old text with the new text at one position, nothing else', () => {
    expect(isInserted('AB', 'X', 'AXB', false)).toBe(true);
    expect(isInserted('AB', 'X', 'XAB', false)).toBe(true);
    expect(isInserted('ab', 'ab', 'aabb', false)).toBe(true);
    expect(isInserted('Dobrý den,\n', 'X', 'Dobrý den,\nX', false)).toBe(true);
    expect(isInserted('AB', 'X', 'AXXB', false)).toBe(false); // doubled
    expect(isInserted('AB', 'X\nY', 'AXYB', false)).toBe(false); // line break lost
    expect(isInserted('AB', 'X', 'AX', false)).toBe(false); // something else went missing
    expect(isInserted('AB', 'X', 'AB', false)).toBe(false); // nothing happened
  });
  it('compares normalised forms (nbsp, decomposed letters)', () => {
    expect(isInserted('a', ' Zábřeh', 'a\u00a0Za\u0301břeh', false)).toBe(true);
  });
});
