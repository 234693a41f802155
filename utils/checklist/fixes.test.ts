import { describe, expect, it } from 'vitest';
import { appendAtEnd, applyEdits, removeRanges } from './edit';
import {
  addHashtags,
  addTags,
  camelCaseHashtags,
  correctWeekdays,
  dropBlocks,
  keepHashtags,
  moveHashtagsToEnd,
  removeDuplicateHashtags,
  removeEmptyHashes,
  replaceLinks,
  splitBlocks,
  unhashDigits,
} from './fixes';
import { buildVocabulary, camelize, normalizeHashtag } from './hashtags';

const loose = { ignoreDiacritics: true };
const strict = { ignoreDiacritics: false };

describe('edit helpers', () => {
  it('applyEdits applies edits in any order and skips overlaps', () => {
    expect(applyEdits('abcdef', [{ start: 4, end: 5, replacement: 'E' }, { start: 0, end: 1, replacement: 'A' }, { start: 0, end: 2, replacement: 'X' }])).toBe('AbcdEf');
  });
  it('removeRanges takes the space beside a removed word and a line it empties', () => {
    const t = 'Text #a dál.\n\n#b #c\n\nKonec';
    const b = t.indexOf('#b');
    expect(removeRanges(t, [{ start: 5, end: 7 }])).toBe('Text dál.\n\n#b #c\n\nKonec');
    expect(removeRanges(t, [{ start: b, end: b + 2 }, { start: b + 3, end: b + 5 }])).toBe('Text #a dál.\n\nKonec');
  });
  it('removeRanges does not leave a blank line at the end', () => {
    expect(removeRanges('Ahoj\n\n#a', [{ start: 6, end: 8 }])).toBe('Ahoj');
  });
  it('appendAtEnd joins a closing line of hashtags, else starts a new paragraph', () => {
    expect(appendAtEnd('Ahoj.\n\n#Zábřeh', ['#Kultura'])).toBe('Ahoj.\n\n#Zábřeh #Kultura');
    expect(appendAtEnd('Ahoj.  \n', ['#Kultura'])).toBe('Ahoj.\n\n#Kultura\n');
    expect(appendAtEnd('', ['#Kultura'])).toBe('#Kultura');
  });
});

describe('hashtags', () => {
  it('normalizeHashtag accepts words with or without "#", refuses the rest', () => {
    expect(normalizeHashtag(' Zábřeh ')).toBe('#Zábřeh');
    expect(normalizeHashtag('#Město_2026')).toBe('#Město_2026');
    expect(normalizeHashtag('#2026')).toBeNull();
    expect(normalizeHashtag('dvě slova')).toBeNull();
    expect(normalizeHashtag('#')).toBeNull();
  });

  it('camelize splits known words and capitalises, keeps abbreviations and good tags', () => {
    const vocab = buildVocabulary(['#MěstoZábřeh', 'Zábřeh']);
    expect(camelize('mestozabreh', vocab)).toBe('MestoZabreh');
    expect(camelize('městozábřeh', vocab)).toBe('MěstoZábřeh');
    expect(camelize('Mestozabreh', vocab)).toBe('MestoZabreh');
    expect(camelize('zábřeh', vocab)).toBe('Zábřeh');
    expect(camelize('ZÁBŘEH', vocab)).toBe('Zábřeh');
    expect(camelize('HZS', vocab)).toBe('HZS');
    expect(camelize('MěstoZábřeh', vocab)).toBe('MěstoZábřeh');
    expect(camelize('den_zeme', vocab)).toBe('Den_Zeme');
    expect(camelize('zabreh2026', vocab)).toBe('Zabreh2026');
    // Unknown words cannot be split: only the first letter changes.
    expect(camelize('kvetinovyden', vocab)).toBe('Kvetinovyden');
  });
});

describe('fixes', () => {
  it('addHashtags adds only what is missing (per the diacritics setting)', () => {
    expect(addHashtags('Ahoj #zabreh', ['#Zábřeh', '#Kultura'], loose)).toBe('Ahoj #zabreh #Kultura');
    expect(addHashtags('Ahoj #zabreh', ['#Zábřeh'], strict)).toBe('Ahoj #zabreh #Zábřeh');
    expect(addHashtags('Přijďte.', ['#Zábřeh'], loose)).toBe('Přijďte.\n\n#Zábřeh');
  });

  it('addTags puts partners above the closing hashtags and never twice', () => {
    expect(addTags('Pátráme.\n\n#Zábřeh', ['@policiecz'])).toBe('Pátráme.\n\n@policiecz\n#Zábřeh');
    expect(addTags('Pátráme. #Zábřeh', ['@policiecz'])).toBe('Pátráme. @policiecz #Zábřeh');
    expect(addTags('Pátráme.', ['@Policie ČR'])).toBe('Pátráme.\n\n@Policie ČR');
    expect(addTags('Díky @policiecz', ['@PolicieCZ'])).toBe('Díky @policiecz');
  });

  it('keepHashtags keeps required ones first, then the earliest, and removes the rest cleanly', () => {
    const t = 'Text.\n\n#a #b #c #d #e #f #Zábřeh';
    expect(keepHashtags(t, 5, ['#Zábřeh'], loose)).toBe('Text.\n\n#a #b #c #d #Zábřeh');
    expect(keepHashtags(t, 3, [], loose)).toBe('Text.\n\n#a #b #c');
  });

  it('keepHashtags drops only the "#" of a hashtag inside a sentence', () => {
    expect(keepHashtags('Vítejte v #Zábřeh na trhu. #a #b', 2, ['#a', '#b'], loose)).toBe('Vítejte v Zábřeh na trhu. #a #b');
  });

  it('removeDuplicateHashtags keeps the first of #Zábřeh / #zabreh when diacritics are ignored', () => {
    expect(removeDuplicateHashtags('#Zábřeh #Kultura #zabreh', loose)).toBe('#Zábřeh #Kultura');
    expect(removeDuplicateHashtags('#Zábřeh #Kultura #zabreh', strict)).toBe('#Zábřeh #Kultura #zabreh');
  });

  it('camelCaseHashtags changes only the hashtags, not links with fragments', () => {
    const vocab = buildVocabulary(['#MěstoZábřeh']);
    expect(camelCaseHashtags('Viz https://zabreh.cz/#mestozabreh #mestozabreh', vocab)).toBe('Viz https://zabreh.cz/#mestozabreh #MestoZabreh');
  });

  it('moveHashtagsToEnd moves standalone tags and unhashes tags inside sentences', () => {
    expect(moveHashtagsToEnd('#Zábřeh Dnes je trh.\n\nPřijďte!', loose)).toBe('Dnes je trh.\n\nPřijďte!\n\n#Zábřeh');
    expect(moveHashtagsToEnd('Trh v #Zábřeh je dnes.\n\n#Kultura', loose)).toBe('Trh v Zábřeh je dnes.\n\n#Kultura #Zábřeh');
    expect(moveHashtagsToEnd('Dnes #trh. Přijďte! #Zábřeh', loose)).toBe('Dnes. Přijďte! #Zábřeh #trh');
  });

  it('removeEmptyHashes and unhashDigits', () => {
    expect(removeEmptyHashes('Akce # dnes #')).toBe('Akce dnes');
    expect(unhashDigits('Rok #2026 a #Zábřeh')).toBe('Rok 2026 a #Zábřeh');
  });

  it('replaceLinks leaves e-mails alone', () => {
    expect(replaceLinks('Více na https://zabreh.cz/#x, zabreh.cz nebo info@zabreh.cz.', 'odkaz v bio')).toBe('Více na odkaz v bio, odkaz v bio nebo info@zabreh.cz.');
  });

  it('correctWeekdays fixes every wrong weekday', () => {
    expect(correctWeekdays('ve středu 12. 3. a v úterý 13. 3.', new Date(2026, 2, 1))).toBe('ve čtvrtek 12. 3. a v pátek 13. 3.');
  });

  it('splitBlocks: paragraphs, else lines, else sentences; dropBlocks removes the chosen ones', () => {
    const t = 'První odstavec.\n\nDruhý odstavec.\n\n#Zábřeh';
    const blocks = splitBlocks(t);
    expect(blocks.map((b) => t.slice(b.start, b.end))).toEqual(['První odstavec.', 'Druhý odstavec.', '#Zábřeh']);
    expect(dropBlocks(t, [blocks[1]!.id])).toBe('První odstavec.\n\n#Zábřeh');
    const one = 'Jedna věta. Druhá věta! Třetí?';
    expect(splitBlocks(one).map((b) => one.slice(b.start, b.end))).toEqual(['Jedna věta.', 'Druhá věta!', 'Třetí?']);
    const lines = 'a\nb\nc';
    expect(dropBlocks(lines, [splitBlocks(lines)[1]!.id])).toBe('a\nc');
  });

  it('fixes are idempotent', () => {
    const once = moveHashtagsToEnd('#Zábřeh Dnes je trh.', loose);
    expect(moveHashtagsToEnd(once, loose)).toBe(once);
    const added = addHashtags('Ahoj', ['#Zábřeh'], loose);
    expect(addHashtags(added, ['#Zábřeh'], loose)).toBe(added);
  });
});
