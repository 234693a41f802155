import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../templates/builtins';
import { instagramProblems, weekdayProblems } from './checks';
import { analyzeNotice, composePost, findMissingFacts, rewriteNotice } from './index';

const now = new Date(2026, 2, 1, 9);
const NOTICE =
  'Městský úřad Zábřeh oznamuje, že z důvodu opravy bude dne 12. 3. 2026 v době od 8:00 do 14:00 hodin přerušena dodávka pitné vody v ulicích Havlíčkova a Husova. Informace na tel. 583 468 111 a na www.zabreh.cz/voda.';

describe('rewriteNotice', () => {
  it('returns the language, kind, post, fields, facts and missing facts', () => {
    const r = rewriteNotice(NOTICE, { now });
    expect(r).toMatchObject({ lang: 'cs', kind: 'water-outage', platform: 'facebook', templateId: 'builtin:cs:water-outage', missingFacts: [] });
    expect(r.error).toBeUndefined();
    expect(r.post.split('\n')[0]).toBe('💧 Ve čtvrtek 12. 3. nepoteče voda ve dvou ulicích');
    expect(r.fields).toMatchObject({ date: '2026-03-12', time: '08:00–14:00', places: ['Havlíčkova', 'Husova'], phone: '583 468 111', link: 'www.zabreh.cz/voda', source: 'Městský úřad Zábřeh' });
    expect(r.facts.map((f) => f.type)).toEqual(expect.arrayContaining(['date', 'time', 'place', 'phone', 'url', 'organisation']));
  });

  it('gives a clear error for empty or whitespace input, and never throws on anything', () => {
    for (const input of ['', '   \n\t ', '<p> </p>', null, undefined, 42, {}]) {
      const r = rewriteNotice(input as string, { now });
      expect(r.error).toBe('empty');
      expect(r.post).toBe('');
    }
  });

  it('reads HTML like the same text typed in, without running or loading anything', () => {
    const html = `<div><script>document.title='x'</script><p>${NOTICE.replace(' 12. 3. 2026', '&nbsp;12.&nbsp;3.&nbsp;2026')}</p><img src=x onerror=alert(1)></div>`;
    const fromHtml = rewriteNotice(html, { now });
    const fromText = rewriteNotice(NOTICE, { now });
    expect(fromHtml.facts.map((f) => f.norm)).toEqual(fromText.facts.map((f) => f.norm));
    expect(fromHtml.post).not.toMatch(/script|onerror|<|>/);
  });

  it('keeps emoji, ZWJ sequences, no-break spaces and odd dashes', () => {
    const text = 'Sraz 👨‍👩‍👧 rodin dne 14.\u00a03.\u00a02026 od 9:00 \u2012 11:00 a 13:00 \u2212 15:00 u hasičské zbrojnice 🇨🇿.';
    const r = rewriteNotice(text, { now });
    expect(r.facts.filter((f) => f.type === 'time').map((f) => f.norm)).toEqual(['09:00', '11:00', '13:00', '15:00']);
    expect(r.post).toContain('👨‍👩‍👧');
    expect(r.post).toContain('🇨🇿');
    expect(r.missingFacts).toEqual([]);
  });

  it('handles 1 MB: a result, quickly, with Instagram still within its limits', () => {
    const big = `${NOTICE}\n\n`.repeat(Math.ceil((1024 * 1024) / (NOTICE.length + 2)));
    const t = performance.now();
    const fb = rewriteNotice(big, { now });
    const ig = rewriteNotice(big, { now, platform: 'instagram' });
    expect(performance.now() - t).toBeLessThan(15_000);
    // One notice pasted 5,000 times: one short post, and still every fact of it.
    expect(fb.missingFacts).toEqual([]);
    expect(fb.post.length).toBeLessThan(1_000);
    expect(instagramProblems(ig.post)).toMatchObject({ tooLong: false, bareLink: false, tooManyHashtags: false });
  });

  it('follows the options: language, kind, platform, today, town hashtags, template', () => {
    const r = rewriteNotice('Koncert bude 14. 3. na náměstí.', { now, kind: 'event', lang: 'cs', hashtags: ['#Zábřeh', '#MěstoZábřeh'] });
    expect(r.kind).toBe('event');
    // No year in the text: the next 14 March from "now", a Saturday.
    expect(r.post).toContain('v sobotu 14. 3.');
    expect(r.facts.find((f) => f.type === 'date')!.norm).toBe('--03-14');
    expect(r.post.split('\n').at(-1)).toBe('#Pozvánka #Zábřeh #MěstoZábřeh');
    expect(rewriteNotice('Koncert bude 14. 3. na náměstí.', { now: new Date(2026, 3, 1) }).post).toContain('v neděli 14. 3.');

    const ig = rewriteNotice(NOTICE, { now, platform: 'instagram', hashtags: ['#a', '#b', '#c', '#d', '#e', '#f'] });
    expect(ig.post.match(/#\p{L}+/gu)!.length).toBe(5);
    expect(ig.post).not.toMatch(/www\.|https?:/);
    expect(ig.post).toContain('odkaz v profilu');
    expect(ig.linkInBio).toEqual(['www.zabreh.cz/voda']);

    const general = rewriteNotice(NOTICE, { now, template: builtinTemplate('cs', 'general') });
    expect(general.templateId).toBe('builtin:cs:general');
    expect(general.missingFacts).toEqual([]);
  });

  it('writes weekdays into every dated line', () => {
    const r = rewriteNotice('Uzavírka ulice Husova 23.–27. 3. 2026, objížďka od 30. 3. do 2. 4. 2026.', { now });
    expect(weekdayProblems(r.post, 'cs', now)).toEqual([]);
    expect(r.missingFacts).toEqual([]);
  });
});

describe('the places line', () => {
  const places = (t: string) => analyzeNotice(t, { now }).prefill.places;

  it('lists every street of a list, with its house numbers', () => {
    expect(places('Dne 9. 3. 2026 nepůjde elektřina v obci Lhota, části: ulice Lipová č. p. 2–20, Polní, Luční.')).toEqual(['Lipová č. p. 2–20', 'Polní', 'Luční']);
    expect(places('Ve čtvrtek 12. 3. 2026 nepoteče voda v těchto ulicích:\n– Lipová\n– Polní (č. p. 1–9)\n– Luční\n\nCisterna bude u školy.')).toEqual([
      'Lipová',
      'Polní (č. p. 1–9)',
      'Luční',
    ]);
  });

  it("says where the main thing happens: not the detour, not an office address elsewhere", () => {
    expect(places('Dne 9. 3. 2026 bude uzavřena ulice Lipová. Objížďka vede ulicemi Polní a Luční. Informace na MěÚ, Masarykovo nám. 1.')).toEqual(['Lipová']);
    expect(places('Road closure on 9 March 2026 in Mill Road. Traffic will be diverted via Elm Street and Oak Lane.')).toEqual(['Mill Road']);
  });

  it("includes a place the notice's title names", () => {
    expect(places('Uzavírka silnice II/312\n\nDne 9. 3. 2026 bude uzavřena ulice Lipová.')).toEqual(['silnice II/312', 'Lipová']);
  });

  it('falls back to the streets of the sentence that names the first one', () => {
    expect(places('Svoz bude 9. 3. 2026. Kontejnery budou v ulici Lipová a na Náměstí Míru. Vstupenky v pokladně, Polní 5.')).toEqual(['Lipová', 'Náměstí Míru']);
  });
});

describe('the amount line', () => {
  const amount = (t: string, lang: 'cs' | 'en' = 'cs') => analyzeNotice(t, { now, lang }).prefill.amount;

  it('carries every amount of its sentence, each with what it is for', () => {
    expect(amount('Vstupné činí 120 Kč pro dospělé a 60 Kč pro děti od 6 let. Parkování 50 Kč.')).toBe('120 Kč pro dospělé, 60 Kč pro děti od 6 let');
    expect(amount('The fee is CZK 300 per bin and CZK 150 for each extra bag.', 'en')).toBe('CZK 300 per bin, CZK 150 for each extra bag');
    // Different things: each amount keeps its label.
    expect(amount('Nájem sálu činí 800 Kč za hodinu a úklid 300 Kč.')).toBe('Nájem sálu 800 Kč za hodinu, úklid 300 Kč');
  });

  it('gives one amount what it is for, and stops before the verb', () => {
    expect(amount('Poplatek ve výši 700 Kč za osobu a rok je splatný do 30. 6.')).toBe('700 Kč za osobu a rok');
    expect(amount('Pokuta může být až 5 000 Kč.')).toBe('5 000 Kč');
  });
});

describe('the date line', () => {
  it('names every day of a list the main date belongs to, and a time only when all days share it', () => {
    const list = rewriteNotice('Svoz papíru bude 3. 6., 17. 6. a 1. 7. 2026 vždy od 7:00.', { now, kind: 'waste-collection' });
    // (This year's dates: no year.)
    expect(list.post).toContain('📅 Středa 3. 6., středa 17. 6. a středa 1. 7.');
    const programme = rewriteNotice('Program:\n• sobota 6. 6. v 18:00 – divadlo\n• sobota 13. 6. v 19:00 – koncert\nVstupné 100 Kč.', { now, kind: 'event' });
    expect(programme.post).toContain('📅 Sobota 6. 6. a sobota 13. 6.');
    expect(programme.fields.time).toBeUndefined();
    expect(weekdayProblems(programme.post, 'cs', now)).toEqual([]);
  });

  it('takes a coming date for the main one, and never a deadline', () => {
    const later = new Date(2026, 3, 18, 9);
    const a = analyzeNotice('Vzorek odebraný 16. 4. 2026 ukázal závadu. Oprava potrubí proběhne 22. 4. 2026, voda nepoteče.', { now: later, kind: 'water-outage' });
    expect(a.prefill.date).toBe('2026-04-22');
    expect(analyzeNotice('Poplatek uhraďte nejpozději do 31. 3. 2026.', { now }).prefill.date).toBeUndefined();
  });

  it('reads "between 7.30 am and 3 pm" and "mezi 8 a 12 hod." as a time range', () => {
    expect(analyzeNotice('The power will be off on 14 April 2026 between 7.30 am and 3 pm.', { now, lang: 'en' }).prefill.time).toBe('07:30–15:00');
    expect(analyzeNotice('Voda nepoteče 14. 4. 2026 mezi 8 a 12 hod.', { now }).prefill.time).toBe('08:00–12:00');
  });
});

describe('sentences that only repeat the fact lines', () => {
  it('go, when every word and fact of them is in the lines already', () => {
    const r = rewriteNotice('Dne 9. 3. 2026 nepůjde elektřina kvůli výměně sloupů.\nDotčené ulice: Lipová; Polní; Luční\nInformace na tel. 800 111 222.', { now });
    expect(r.post).toContain('📍 Lipová, Polní a Luční');
    expect(r.post).not.toContain('Dotčené ulice');
    expect(r.missingFacts).toEqual([]);
  });

  it('stay (in the capped details block) when they carry a fact no line holds', () => {
    const r = rewriteNotice('Dne 9. 3. 2026 nepůjde elektřina kvůli výměně sloupů.\nDotčené ulice: Lipová; Polní.\nNáhradní zdroj bude stát u školy, info na tel. 800 111 222.', { now });
    expect(r.post).toContain('800 111 222');
    expect(r.missingFacts).toEqual([]);
  });
});

describe("the notice's own title", () => {
  it('goes when the headline says something of its own, and stays under a general headline', () => {
    const withDate = rewriteNotice('Oznámení o přerušení dodávky vody\n\nDne 9. 3. 2026 nepoteče voda v ulici Lipová.', { now });
    expect(withDate.post.split('\n')[0]).toBe('💧 V pondělí 9. 3. nepoteče voda');
    expect(withDate.post).not.toContain('Přerušení dodávky vody');
    // No date: the headline is a general "Pozor, nepoteče voda", and the title is the only topic line left.
    const noDate = rewriteNotice('Havárie vodovodu v ulici Lipová\n\nNepoteče voda v ulici Lipová, opravu hlásíme.', { now });
    expect(noDate.post).toContain('Havárie vodovodu v ulici Lipová');
  });
});

describe('missing facts', () => {
  it('reports a fact the admin removed, and accepts the same fact reformatted', () => {
    const analysis = analyzeNotice(NOTICE, { now });
    const template = builtinTemplate('cs', 'water-outage');
    const edited = composePost(analysis, template, { details: 'Nepoteče voda.', phone: '', places: [] }, { platform: 'facebook', now });
    expect(edited.missingFacts.map((f) => f.type).sort()).toEqual(['phone', 'place', 'place']);
    expect(findMissingFacts(analysis.facts, 've čtvrtek 12. 3. 2026 8:00–14:00 Havlíčkova Husova 583468111 www.zabreh.cz/voda Městský úřad Zábřeh', 'cs', now)).toEqual([]);
    expect(findMissingFacts(analysis.facts, '13. 3. 2026 18:00', 'cs', now).map((f) => f.type)).toContain('date');
  });

  it('does not silently re-add what the admin deleted', () => {
    const analysis = analyzeNotice(NOTICE, { now });
    const edited = composePost(analysis, builtinTemplate('cs', 'water-outage'), { phone: '', details: 'Nic.' }, { platform: 'facebook', now });
    expect(edited.post).not.toContain('583 468 111');
  });
});

describe('missing facts: dates written another way', () => {
  it('accepts a range rewritten with weekdays, but not the same day of another year', () => {
    const analysis = analyzeNotice('Uzavírka 23.–27. 3. 2026 v ulici Husova.', { now });
    const range = analysis.facts.filter((f) => f.type === 'date');
    expect(findMissingFacts(range, 'od pondělí 23. 3. do pátku 27. 3. 2026', 'cs', now)).toEqual([]);
    expect(findMissingFacts(range, 'od 23. 3. 2027 do 27. 3. 2027', 'cs', now).map((f) => f.norm)).toEqual(['2026-03-23', '2026-03-27']);
  });
});

describe('the town name', () => {
  it('goes where a template asks for it, and is simply left out when not set', () => {
    const photo = rewriteNotice('Východ slunce nad náměstím', { now, kind: 'photo', town: 'Zábřeh', template: undefined });
    expect(photo.post.split('\n')[0]).toBe('📸 Východ slunce nad náměstím');
    const sports = rewriteNotice('Gratulujeme našim hokejistům k vítězství v turnaji.', { now, kind: 'sports', town: 'Zábřeh' });
    expect(sports.post).toContain('Děkujeme za skvělou reprezentaci města Zábřeh!');
    expect(rewriteNotice('Gratulujeme našim hokejistům k vítězství v turnaji.', { now, kind: 'sports' }).post).toContain('Děkujeme za skvělou reprezentaci našeho města!');
  });
});
