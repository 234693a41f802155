import { describe, expect, it } from 'vitest';
import { extractFacts, phoneNorm, type Fact } from './facts';

const now = new Date(2026, 2, 1);
const cs = (t: string) => extractFacts(t, { lang: 'cs', now }).facts;
const en = (t: string) => extractFacts(t, { lang: 'en', now }).facts;
const pick = (facts: Fact[], type: Fact['type']) => facts.filter((f) => f.type === type).map((f) => [f.text, f.norm]);

describe('dates', () => {
  it('reads Czech numeric and month-name dates, with and without a year', () => {
    expect(pick(cs('dne 12. 3. 2026, 12.3.2026, 1. 4., 5. května 2026, 7. června a 2026-03-09'), 'date')).toEqual([
      ['12. 3. 2026', '2026-03-12'],
      ['12.3.2026', '2026-03-12'],
      ['1. 4.', '--04-01'],
      ['5. května 2026', '2026-05-05'],
      ['7. června', '--06-07'],
      ['2026-03-09', '2026-03-09'],
    ]);
  });

  it('reads ranges, and a year written once for both ends', () => {
    expect(pick(cs('ve dnech 23.–27. 3. 2026'), 'date')).toEqual([
      ['23.–27. 3. 2026', '2026-03-23'],
      ['23.–27. 3. 2026', '2026-03-27'],
    ]);
    expect(pick(cs('od 1. 4. do 30. 4. 2026'), 'date').map((x) => x[1])).toEqual(['2026-04-01', '2026-04-30']);
    expect(pick(cs('od 30. 12. do 2. 1. 2027'), 'date').map((x) => x[1])).toEqual(['2026-12-30', '2027-01-02']);
  });

  it('gives a list of dates the year written at its end, and reads "z 12. na 13. 5." as a night', () => {
    expect(pick(cs('Svoz bude 3. 6., 17. 6. a 1. 7. 2026.'), 'date').map((x) => x[1])).toEqual(['2026-06-03', '2026-06-17', '2026-07-01']);
    expect(pick(en('Collections on 3 June, 17 June and 1 July 2026.'), 'date').map((x) => x[1])).toEqual(['2026-06-03', '2026-06-17', '2026-07-01']);
    expect(pick(cs('Oprava v noci z 9. na 10. 6. 2026.'), 'date').map((x) => x[1])).toEqual(['2026-06-09', '2026-06-10']);
    expect(pick(cs('Plužení v noci ze 3. 2. na 4. 2. 2027.'), 'date').map((x) => x[1])).toEqual(['2027-02-03', '2027-02-04']);
    // Not a list: written two ways, or out of order.
    expect(pick(cs('Změna z 1. 4., 5. května 2026'), 'date').map((x) => x[1])).toEqual(['--04-01', '2026-05-05']);
  });

  it('ignores impossible dates, times, versions and decimal numbers', () => {
    expect(pick(cs('31. 2. 2026, verze 1.2.3, začátek v 8.30. Cena 12.50 Kč.'), 'date')).toEqual([]);
  });

  it('reads English dates in both orders, ordinals and ranges', () => {
    expect(pick(en('on Thursday 12 March 2026, March 14, 2026, the 3rd of April, 12–14 May 2026, 25/03/2026'), 'date').map((x) => x[1])).toEqual([
      '2026-03-12',
      '2026-03-14',
      '--04-03',
      '2026-05-12',
      '2026-05-14',
      '2026-03-25',
    ]);
  });

  it('notes the weekday written before a date', () => {
    const { dates } = extractFacts('Uzavírka ve středu 12. 3. 2026.', { lang: 'cs', now });
    expect(dates[0]!.weekday).toMatchObject({ text: 'středu', index: 2 });
  });

  it('marks deadlines (a date to act by) and lists them as dates too', () => {
    const facts = cs('Poplatek uhraďte nejpozději do 31. 5. 2026. Uzavírka potrvá do 15. 4. 2026.');
    expect(pick(facts, 'deadline')).toEqual([['31. 5. 2026', '2026-05-31']]);
    expect(pick(facts, 'date').map((x) => x[1])).toEqual(['2026-05-31', '2026-04-15']);
    expect(pick(en('Applications must be submitted by 30 April 2026.'), 'deadline')).toEqual([['30 April 2026', '2026-04-30']]);
  });
});

describe('times', () => {
  it('reads 8:00, 8.00 hod., "v 18 hodin", ranges and am/pm', () => {
    expect(pick(cs('od 8:00 do 14:00 hodin, začátek v 18 hodin, od 8 do 14 hod., v 9.30 hod.'), 'time').map((x) => x[1])).toEqual([
      '08:00',
      '14:00',
      '18:00',
      '08:00',
      '14:00',
      '09:30',
    ]);
    expect(pick(en('from 8am to 2:30 pm, at noon'), 'time').map((x) => x[1])).toEqual(['08:00', '14:30', '12:00']);
  });

  it('does not take durations, scores or prices for times', () => {
    expect(pick(cs('zobrazí se 24 hodin, výsledek 5:2, cena 12.50 Kč, trvá 3 hodiny'), 'time')).toEqual([]);
  });
});

describe('contacts, money, accounts', () => {
  it('reads Czech phone numbers and short lines after a cue, compared by digits', () => {
    expect(pick(cs('tel. 583 468 111, +420 731 444 555, 800850860, volejte linku 158'), 'phone').map((x) => x[1])).toEqual([
      '583468111',
      '731444555',
      '800850860',
      '158',
    ]);
    expect(phoneNorm('+420 583 468 111')).toBe(phoneNorm('583468111'));
    expect(pick(cs('Rok 2026 a 150 lidí'), 'phone')).toEqual([]);
  });

  it('reads every number of "call A or B", and a short line after "the police on"', () => {
    expect(pick(cs('Volejte linku 155 nebo 112, případně 150 lidí.'), 'phone').map((x) => x[1])).toEqual(['155', '112']);
    expect(pick(en('Report it to the police on 158 or call 112.'), 'phone').map((x) => x[1])).toEqual(['158', '112']);
  });

  it('reads e-mails and links exactly, without trailing punctuation', () => {
    const facts = cs('Pište na info@zabreh.cz nebo (viz https://www.zabreh.cz/a_b?x=1). Také zabreh.cz/odpady, www.spvs.cz.');
    expect(pick(facts, 'email')).toEqual([['info@zabreh.cz', 'info@zabreh.cz']]);
    expect(pick(facts, 'url').map((x) => x[0])).toEqual(['https://www.zabreh.cz/a_b?x=1', 'zabreh.cz/odpady', 'www.spvs.cz']);
  });

  it('reads amounts in Czech and English notation with the currency', () => {
    expect(pick(cs('cena 1 500,- Kč, 250 Kč, 2,5 mil. Kč, 20 EUR, 1.200 korun'), 'money').map((x) => x[1])).toEqual([
      '1500 CZK',
      '250 CZK',
      '2500000 CZK',
      '20 EUR',
      '1200 CZK',
    ]);
    expect(pick(en('a fee of CZK 1,500 or €20.50'), 'money').map((x) => x[1])).toEqual(['1500 CZK', '20.50 EUR']);
    // A currency written first, in a Czech notice too: its digits grouped by a comma or a space.
    expect(pick(cs('poplatek Kč 1,500 nebo € 2 000'), 'money').map((x) => x[1])).toEqual(['1500 CZK', '2000 EUR']);
  });

  it('reads bank accounts, and their digits are not a phone number', () => {
    const facts = cs('na účet 19-1325841/0100 nebo 123456789/0800, IBAN CZ65 0800 0000 1920 0014 5399');
    expect(pick(facts, 'account').map((x) => x[1])).toEqual(['19-1325841/0100', '123456789/0800', 'CZ6508000000192000145399']);
    expect(pick(facts, 'phone')).toEqual([]);
  });
});

describe('places and organisations', () => {
  it('reads street lists, squares and venues', () => {
    const facts = cs('v ulicích Havlíčkova, Husova a U Dráhy, na Masarykově náměstí, u kostela sv. Bartoloměje, Postřelmovská ulice');
    expect(pick(facts, 'place').map((x) => x[0])).toEqual(['Havlíčkova', 'Husova', 'U Dráhy', 'Masarykově náměstí', 'kostela sv. Bartoloměje', 'Postřelmovská ulice']);
    expect(facts.filter((f) => f.type === 'place').map((f) => f.sub)).toEqual(['street', 'street', 'street', 'street', 'venue', 'street']);
  });

  it("keeps a street's qualifier with it, and also knows the street alone", () => {
    const facts = cs('Voda nepoteče v ulicích Lipová č. p. 3–15, Polní a Luční (od mostu po školu).');
    expect(pick(facts, 'place').map((x) => x[0])).toEqual(['Lipová', 'Lipová č. p. 3–15', 'Polní', 'Luční', 'Luční (od mostu po školu)']);
    expect(extractFacts('ulice Lipová, Polní', { lang: 'cs', now }).facts.every((f) => f.type !== 'place' || f.listed)).toBe(true);
  });

  it('reads labelled lists of places, inside a line too, with semicolons and "a/and"', () => {
    const places = (t: string, lang: 'cs' | 'en' = 'cs') =>
      extractFacts(t, { lang, now }).facts.filter((f) => f.type === 'place' && f.listed).map((f) => f.text);
    expect(places('Vypnutí se týká obce Lesnice, části: ulice Krátká č. p. 2–8, Dlouhá a Nová.')).toEqual(['Krátká', 'Krátká č. p. 2–8', 'Dlouhá', 'Nová']);
    expect(places('Dotčené ulice: Lipová; Na Vyhlídce; Polní\nDalší text.')).toEqual(['Lipová', 'Na Vyhlídce', 'Polní']);
    expect(places('Kontejnery budou na těchto stanovištích: Náměstí Míru (u kašny), ulice Krátká a Lhota u hřiště.')).toEqual([
      'Náměstí Míru',
      'Náměstí Míru (u kašny)',
      'Krátká',
      'Lhota u hřiště',
    ]);
    expect(places('Affected streets: Mill Road (between Elm and Oak), Bridge Street and part of Church Lane.', 'en')).toEqual([
      'Mill Road',
      'Mill Road (between Elm and Oak)',
      'Bridge Street',
      'Church Lane',
    ]);
    // "v lokalitě X" is a place (not a list: "prodej pozemků v lokalitě X" is no place of the event).
    expect(pick(cs('Voda je závadná v lokalitě Lesnice – Horní Ves a v ulici Polní.'), 'place').map((x) => x[0])).toEqual(['Lesnice – Horní Ves', 'Polní']);
  });

  it('reads one place per line after a line that introduces places, cut before a time', () => {
    const t = 'Voda nepoteče v těchto ulicích:\n• Lipová\n• Luční (č. p. 1–9)\n\nSběr bude na stanovištích:\n• Lhota – náves, 8:00–8:30\n• Horní Ves – u hřiště, 9:00\n\nS sebou:\n• Občanský průkaz';
    expect(extractFacts(t, { lang: 'cs', now }).facts.filter((f) => f.type === 'place' && f.listed).map((f) => f.text)).toEqual([
      'Lipová',
      'Luční',
      'Luční (č. p. 1–9)',
      'Lhota – náves',
      'Horní Ves – u hřiště',
    ]);
    // Bullets that are all street names, in a notice about streets, are places without an introduction.
    const cleaning = 'Čištění ulic.\nPondělí 4. 5.:\n• Lipová\n• Kosmonautů\n• Na Vyhlídce\nÚterý 5. 5.:\n• Zbytky barev\n• Léky';
    expect(extractFacts(cleaning, { lang: 'cs', now }).facts.filter((f) => f.type === 'place').map((f) => f.text)).toEqual(['Lipová', 'Kosmonautů', 'Na Vyhlídce']);
  });

  it('reads roads by number, a section between two places and an address after a comma', () => {
    const places = (t: string) => pick(cs(t), 'place').map((x) => x[0]);
    expect(places('Uzavřena bude silnice II/312 v úseku Lesnice – Lhota, objížďka po silnici I/11.')).toEqual(['silnice II/312', 'Lesnice – Lhota', 'I/11']);
    // Ends of several words: the whole name, not its first word.
    expect(places('Uzavřena bude silnice III/31530 v úseku Zábřeh – Dolní Bušínov. Objížďka přes Rovensko.')).toContain('Zábřeh – Dolní Bušínov');
    expect(places('Silnice I/44 v úseku Nové Město na Moravě – Bohdíkov bude zavřena.')).toContain('Nové Město na Moravě – Bohdíkov');
    expect(places('Volit se bude v budově ZŠ Lesnice, Polní 12, a v sále hasičské zbrojnice.')).toContain('Polní 12');
    expect(places('Cena 150 Kč, Usnesení 5/2026, Celková 3 osoby, Kapacita 20 míst.')).toEqual([]);
    // "Dotčené ulice" is not a street called "Dotčené".
    expect(places('Dotčené ulice budou označeny.')).toEqual([]);
  });

  it('reads the town office, police, firefighters and companies', () => {
    expect(pick(cs('Městský úřad Zábřeh, Policie ČR, HZS Olomouckého kraje a firma Stavby Novák, s. r. o.'), 'organisation').map((x) => x[1])).toEqual([
      'městský úřad zábřeh',
      'policie čr',
      'hzs olomouckého',
      'stavby novák, s. r. o.',
    ]);
  });
});

describe('linear time on hostile input (1 MB each)', () => {
  const MB = 1024 * 1024;
  const inputs: [string, string][] = [
    ['digits', '1'.repeat(MB)],
    ['digits and dots', '1.1.'.repeat(MB / 4)],
    ['digits and spaces', '12 3 '.repeat(MB / 5)],
    ['at signs', 'a@a'.repeat(MB / 3)],
    ['links without end', 'http://'.repeat(MB / 7)],
    ['www dots', 'www.'.repeat(MB / 4)],
    ['letters', 'a'.repeat(MB)],
    ['capitals', 'Městsk '.repeat(MB / 7)],
    ['dashes and dates', '12.–'.repeat(MB / 4)],
    ['street list', 'ulice Aa, '.repeat(MB / 10)],
    ['money', '1 000 '.repeat(MB / 6)],
  ];
  it.each(inputs)('%s', (_name, text) => {
    // The benchmark measures the speed (rewrite.1mb_hostile.ms): here, both languages finish.
    expect(extractFacts(text, { lang: 'cs', now })).toBeTypeOf('object');
    expect(extractFacts(text, { lang: 'en', now })).toBeTypeOf('object');
  });
});
