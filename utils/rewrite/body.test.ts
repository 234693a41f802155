import { describe, expect, it } from 'vitest';
import { countWords, joinParagraphs, rewriteBody, splitLongSentence, splitSentences } from './body';
import { extractFacts } from './facts';
import type { Lang } from '../dates/calendar';

const now = new Date(2026, 2, 1);
const body = (text: string, lang: Lang = 'cs', kind = 'general') => rewriteBody(text, extractFacts(text, { lang, now }), { lang, now, kind });
const text = (t: string, lang: Lang = 'cs') => joinParagraphs(body(t, lang).paragraphs);

describe('weekdays', () => {
  it.each([
    ['Oprava proběhne dne 12. 3. 2026.', 'Oprava proběhne ve čtvrtek 12. 3. 2026.'],
    ['Uzavírka potrvá do 13. 3. 2026.', 'Uzavírka potrvá do pátku 13. 3. 2026.'],
    ['Platí od 16. 3. 2026.', 'Platí od pondělí 16. 3. 2026.'],
    ['Usnesení ze dne 11. 3. 2026.', 'Usnesení ze středy 11. 3. 2026.'],
    ['Sraz je 14. 3. u radnice.', 'Sraz je v sobotu 14. 3. u radnice.'],
    ['Uzavírka 23.–27. 3. 2026.', 'Uzavírka od pondělí 23. 3. do pátku 27. 3. 2026.'],
    ['Volby budou 9. a 10. 10. 2026.', 'Volby budou v pátek 9. 10. 2026 a v sobotu 10. 10. 2026.'],
    ['Narozen 3. 5. 1950.', 'Narozen 3. 5. 1950.'],
  ])('%s → %s', (from, to) => expect(text(from)).toBe(to));

  it('corrects a wrong weekday (keeping its case and preposition) and warns about it', () => {
    const b = body('Oprava proběhne v pondělí 12. 3. 2026.');
    expect(joinParagraphs(b.paragraphs)).toBe('Oprava proběhne ve čtvrtek 12. 3. 2026.');
    expect(b.warnings).toContainEqual({ code: 'weekdayMismatch', text: 'pondělí 12. 3. 2026', written: 'pondělí', actual: 'čtvrtek' });
  });

  it('adds weekdays to the first 500 dates of a paste, and leaves the rest as written', () => {
    const lines = Array.from({ length: 600 }, () => 'Svoz 12. 3. 2026.');
    const out = text(lines.join('\n'));
    expect(out.match(/Svoz ve čtvrtek 12\. 3\. 2026\./g)).toHaveLength(500);
    expect(out.match(/Svoz 12\. 3\. 2026\./g)).toHaveLength(100);
    expect(out.endsWith('Svoz 12. 3. 2026.')).toBe(true);
  });

  it('adds English weekdays', () => {
    expect(text('The road closes on 12 March 2026.', 'en')).toBe('The road closes on Thursday 12 March 2026.');
    expect(text('Meeting: March 19, 2026.', 'en')).toBe('Meeting: Thursday, March 19, 2026.');
    expect(text('Closed from 23 to 27 March 2026.', 'en')).toBe('Closed from Monday 23 March to Friday 27 March 2026.');
  });

  it('warns about a date in the past when the notice is about the future', () => {
    const b = rewriteBody('Voda nepoteče 12. 2. 2026.', extractFacts('Voda nepoteče 12. 2. 2026.', { lang: 'cs', now }), { lang: 'cs', now, kind: 'water-outage' });
    expect(b.warnings).toContainEqual({ code: 'pastDate', text: '12. 2. 2026' });
  });
});

describe('openers, headings and thanks', () => {
  it('drops "X oznamuje, že" and keeps X as the source', () => {
    const b = body('Městský úřad Zábřeh oznamuje, že ulice Husova bude uzavřena.');
    expect(b.source).toBe('Městský úřad Zábřeh');
    expect(joinParagraphs(b.paragraphs)).toBe('Ulice Husova bude uzavřena.');
    const e = body('The Town Office hereby informs residents that the library is closed.', 'en');
    expect(e.source).toBe('Town Office');
    expect(joinParagraphs(e.paragraphs)).toBe('The library is closed.');
  });

  it('turns "X žádá občany, aby" into "Prosíme vás, abyste"', () => {
    expect(text('Město Zábřeh žádá občany, aby neparkovali na chodníku.')).toBe('Prosíme vás, abyste neparkovali na chodníku.');
  });

  it('reads the addressee, a legal basis and an adverb out of the opener', () => {
    const b = body('Finanční odbor Obce Lhota upozorňuje držitele psů, že poplatek je splatný do 31. 3. 2026.');
    expect(b.source).toBe('Finanční odbor Obce Lhota');
    expect(joinParagraphs(b.paragraphs)).toBe('Poplatek je splatný do úterý 31. 3. 2026.');
    const law = body('Starosta obce Lhota podle § 15 odst. 1 zákona č. 491/2001 Sb., o volbách do zastupitelstev obcí, oznamuje, že volby budou v pátek.');
    expect(law.source).toBe('Starosta obce Lhota');
    expect(joinParagraphs(law.paragraphs)).toBe('Volby budou v pátek.');
    expect(body('Policie ČR opětovně upozorňuje, že banka nikdy nevolá.').source).toBe('Policie ČR');
    expect(body('Společnost Teplo Lhota, jako provozovatel sítě, oznamuje, že topení nepůjde.').source).toBe('Společnost Teplo Lhota');
    expect(body('The Parish Council hereby gives notice that the hall is closed.', 'en').source).toBe('Parish Council');
    expect(body('Obec Lhota ve spolupráci se společností Eko Sběr s.r.o. oznamuje, že svoz bude v sobotu.').source).toBe('Obec Lhota a Eko Sběr s.r.o.');
  });

  it('keeps an opener whose addressee holds a fact, and reads a second opener after one in a heading', () => {
    expect(text('Správa hřbitova upozorňuje nájemce hrobů na hřbitově v ulici Lipová, že smlouvy končí.')).toBe(
      'Správa hřbitova upozorňuje nájemce hrobů na hřbitově v ulici Lipová, že smlouvy končí.',
    );
    const b = body('Hasiči upozorňují: suchá tráva\n\nHasičský záchranný sbor Lhota upozorňuje, že pálení je zakázáno.');
    expect(b.source).toBe('Hasičský záchranný sbor Lhota');
    expect(joinParagraphs(b.paragraphs)).toBe('Suchá tráva\n\nPálení je zakázáno.');
  });

  it('drops a salutation, an apology that closes the notice and a signature line (its name is the source)', () => {
    const b = body('Vážení zákazníci, dne 9. 3. 2026 nepoteče voda.\nZa vzniklé komplikace se vám omlouváme.\nVodárna Lhota, a. s.');
    expect(joinParagraphs(b.paragraphs)).toBe('V pondělí 9. 3. 2026 nepoteče voda.');
    expect(b.source).toBe('Vodárna Lhota, a. s.');
    expect(text('Dear customers, the shop is closed on Monday.', 'en')).toBe('The shop is closed on Monday.');
  });

  it('keeps a line without a full stop on a line of its own (a label line is not the start of a sentence)', () => {
    expect(text('Termín: 9. 3. 2026\nMísto: hasičská zbrojnice\nPřijďte včas.')).toBe('Termín: pondělí 9. 3. 2026\nMísto: hasičská zbrojnice\nPřijďte včas.');
  });

  it('keeps the wish after thanks', () => {
    expect(text('Úřad je zavřen. Děkujeme za pochopení a přejeme hezké svátky.')).toBe('Úřad je zavřen. Přejeme hezké svátky.');
  });

  it('drops title lines that only say what a notice is, and the dry word of a title', () => {
    expect(body('INFORMACE PRO OBČANY\nČištění ulic – jaro\n\nUlice se budou čistit.').heading).toBe('Čištění ulic – jaro');
    expect(body('Oznámení o přerušení provozu koupaliště\n\nKoupaliště je zavřené.').heading).toBe('Přerušení provozu koupaliště');
    // "o uzavírce" is not "uzavírka": the title stays as written.
    expect(body('Oznámení o uzavírce mostu\n\nMost je zavřený.').heading).toBe('Oznámení o uzavírce mostu');
    expect(body('UPOZORNĚNÍ – voda není pitná\n\nNepijte ji.').heading).toBe('Voda není pitná');
    const en = body('Notice of road closure:\nTemporary closure – Mill Road\n\nMill Road is closed.', 'en');
    expect(en.heading).toBe('Temporary closure – Mill Road');
    expect(en.paragraphs).toEqual([['Temporary closure – Mill Road'], ['Mill Road is closed.']]);
  });

  it('keeps a heading, drops one that says nothing, and leaves thanks to the template', () => {
    const b = body('OZNÁMENÍ\n\nVÁNOČNÍ JARMARK\n\nJarmark bude na náměstí. Děkujeme za pochopení.');
    expect(b.heading).toBe('Vánoční jarmark');
    expect(b.paragraphs).toEqual([['Vánoční jarmark'], ['Jarmark bude na náměstí.']]);
  });
});

describe('sentences', () => {
  it('does not end a sentence at abbreviations, initials or inside a date', () => {
    expect(splitSentences('Sraz u kostela sv. Bartoloměje dne 12. 3. 2026 v 8 hod. Pak J. Novák promluví. Konec!')).toEqual([
      'Sraz u kostela sv. Bartoloměje dne 12. 3. 2026 v 8 hod.',
      'Pak J. Novák promluví.',
      'Konec!',
    ]);
  });

  it('splits a sentence of more than 20 words at a clause boundary, into parts of at least 5 words', () => {
    const long =
      'Kvůli opravě vodovodního řadu nepoteče ve čtvrtek voda v ulicích Havlíčkova, Husova a Nádražní, a proto si prosím natočte vodu do zásoby ještě ve středu večer.';
    const parts = splitLongSentence(long, 'cs');
    expect(parts.length).toBe(2);
    expect(parts[1]).toMatch(/^Proto si prosím/);
    for (const p of parts) expect(countWords(p)).toBeLessThanOrEqual(20);
    expect(splitLongSentence('Krátká věta.', 'cs')).toEqual(['Krátká věta.']);
  });

  it('counts words like a reader: numbers count, punctuation and emoji do not', () => {
    expect(countWords('💧 Ve čtvrtek 12. 3. nepoteče voda!')).toBe(6);
    expect(countWords('e-mail: info@zabreh.cz')).toBe(4);
  });
});
