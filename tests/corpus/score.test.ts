/**
 * The report's scoring rules on small SYNTHETIC inputs (written for these tests; the real corpus is
 * only measured, never used to test the scorer).
 */
import { describe, expect, it } from 'vitest';
import { copiedRatio, datesWithoutWeekday, factKept, frameAgreement, inventedFacts, kindRight, longSentences, median, postFacts, rareKinds, summarize, scoreNotice, type CorpusEntry } from './score';

const NOW = new Date(2026, 2, 2, 9, 0); // Monday 2 March 2026
const kept = (fact: [string, string], post: string, linkInBio: string[] = []) => factKept(fact, post, postFacts(post, 'cs', NOW), linkInBio);

describe('factKept (synthetic)', () => {
  it('matches dates in any written form, times, phones with any spacing, money', () => {
    expect(kept(['date', '2026-03-12'], '📅 čtvrtek 12. 3.')).toBe(true);
    expect(kept(['date', '2026-03-12'], 'Ve čtvrtek 12. března 2026 nepoteče voda.')).toBe(true);
    expect(kept(['date', '2026-03-12'], '📅 pátek 13. 3.')).toBe(false);
    expect(kept(['time', '07:30'], '🕗 7.30–15.00')).toBe(true);
    expect(kept(['time', '07:30'], '🕗 8:30')).toBe(false);
    expect(kept(['phone', '583416222'], '☎️ 583 416 222')).toBe(true);
    expect(kept(['phone', '583416222'], '☎️ 583 416 223')).toBe(false);
    expect(kept(['money', '1500 CZK'], '💰 1 500 Kč')).toBe(true);
  });

  it('takes a url from the post or, on Instagram, from the link in bio', () => {
    expect(kept(['url', 'www.cezdistribuce.cz/odstavky'], '🔗 https://www.cezdistribuce.cz/odstavky/')).toBe(true);
    expect(kept(['url', 'www.cezdistribuce.cz/odstavky'], 'Odkaz v profilu.', ['https://www.cezdistribuce.cz/odstavky'])).toBe(true);
    expect(kept(['url', 'www.cezdistribuce.cz/odstavky'], 'Odkaz v profilu.')).toBe(false);
  });

  it('matches places and organisations on folded stems, so Czech cases match', () => {
    expect(kept(['place', 'masarykovo náměstí'], 'Sraz na Masarykově náměstí.')).toBe(true);
    expect(kept(['place', 'u hasičské zbrojnice'], 'u hasicske zbrojnice')).toBe(true);
    expect(kept(['organisation', 'čez distribuce'], 'Vypíná ČEZ Distribuce.')).toBe(true);
    expect(kept(['place', 'masarykovo náměstí'], 'Sraz na návsi.')).toBe(false);
  });
});

describe('inventedFacts (synthetic)', () => {
  const notice = 'Dne 12. 3. od 8:00 do 12:00 nepoteče voda. Informace na tel. 583 416 222. Poplatek 200 Kč.';
  it('accepts what the notice says, in other forms', () => {
    expect(inventedFacts('📅 čtvrtek 12. 3.\n🕗 8.00–12.00\n☎️ 583416222\n💰 200 Kč', notice, 'cs', NOW)).toEqual([]);
  });
  it('reports dates, years, times, amounts and phones the notice does not have, and wrong weekdays', () => {
    const got = inventedFacts('📅 pátek 13. 3.\n🕗 9:00\n☎️ Volejte 158\n💰 300 Kč\nRok 2027', notice, 'cs', NOW).map((i) => i.type);
    expect(got).toEqual(expect.arrayContaining(['date', 'time', 'phone', 'money', 'year']));
    expect(inventedFacts('📅 středa 12. 3.', notice, 'cs', NOW)).toEqual([{ type: 'weekday', text: 'středa 12. 3.' }]);
  });
  it('reads the weekday of a yearless post date in the notice\'s year (a 2018 notice read today)', () => {
    // 27 June 2018 was a Wednesday; 2026's is a Saturday.
    const old = 'Oslavy 27. června 2018. Sraz 27. června na návsi.';
    expect(inventedFacts('📅 středa 27. 6.', old, 'cs', NOW)).toEqual([]);
    expect(inventedFacts('📅 sobota 27. 6.', old, 'cs', NOW)).toEqual([{ type: 'weekday', text: 'sobota 27. 6.' }]);
  });
});

describe('post checks (synthetic)', () => {
  it('finds full dates without a weekday, except dates of every year', () => {
    expect(datesWithoutWeekday('Voda nepoteče 12. 3.', '12. 3.', NOW)).toEqual(['12. 3.']);
    expect(datesWithoutWeekday('Voda nepoteče ve čtvrtek 12. 3.', '12. 3.', NOW)).toEqual([]);
    expect(datesWithoutWeekday('Každoročně 28. 10. klademe věnce.', '28. 10.', NOW)).toEqual([]);
  });

  it('counts sentences over 20 words outside fact lines and lists', () => {
    const long = 'Jedna dva tři čtyři pět šest sedm osm devět deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct dvacet jednadvacet.';
    expect(longSentences(`${long} Krátká věta.`)).toHaveLength(1);
    expect(longSentences(`📍 ${long}\n- ${long}\n#Zábřeh`)).toEqual([]);
    expect(longSentences('Sraz 12. 3. v 8 hodin. Přijďte.')).toEqual([]);
  });

  it('measures the share of words in runs of 5+ copied from the notice', () => {
    const notice = 'Z důvodu opravy vodovodního řadu bude přerušena dodávka vody v ulici Husova.';
    expect(copiedRatio('V ulici Husova nepoteče voda, opravujeme potrubí.', notice)).toBe(0);
    expect(copiedRatio('Z důvodu opravy vodovodního řadu bude přerušena dodávka vody.', notice)).toBe(1);
    // 5 of 10 prose words copied; the fact line and hashtags do not count.
    expect(copiedRatio('bude přerušena dodávka vody v jiné a nové ulici města\n📍 Z důvodu opravy vodovodního řadu\n#Zábřeh', notice)).toBe(0.5);
  });
});

describe('kind and frame rules (synthetic)', () => {
  it('counts an uncertain general as right only for general or rare kinds', () => {
    const rare = rareKinds([...Array(40).fill('water-outage'), 'photo']);
    expect([...rare]).toEqual(['photo']);
    expect(kindRight('photo', 'general', true, rare)).toEqual({ strict: false, cautious: true });
    expect(kindRight('water-outage', 'general', true, rare)).toEqual({ strict: false, cautious: false });
    expect(kindRight('photo', 'general', false, rare)).toEqual({ strict: false, cautious: false });
    expect(kindRight('general', 'general', true, rare)).toEqual({ strict: true, cautious: true });
  });

  it('compares frame slots on folded values, and says n/a without a frame', () => {
    expect(frameAgreement({ from: '08:00', area: 'Celá obec', source: 'x' }, { from: '08:00', area: 'cela obec' })).toEqual({ slots: 2, agree: 2 });
    expect(frameAgreement({ from: '08:00' }, { from: '09:00' })).toEqual({ slots: 1, agree: 0 });
    expect(frameAgreement({ from: '08:00' }, undefined)).toBeUndefined();
  });

  it('summarises notices into percentages and medians', () => {
    const entry: CorpusEntry = { lang: 'cs', kind: 'water-outage', url: 'x', published: '2026-03-02', now: '2026-03-02', facts: [['date', '2026-03-12'], ['time', '08:00']] };
    const notice = 'Dne 12. 3. od 8:00 nepoteče voda.';
    const a = scoreNotice('a.txt', notice, entry, { kind: 'water-outage', post: '🚱 Nepoteče voda\n📅 čtvrtek 12. 3.\n🕗 od 8:00', linkInBio: [] }, { kind: 'water-outage', post: '🚱 Nepoteče voda čtvrtek 12. 3.', linkInBio: [] }, false, new Set());
    expect(a).toMatchObject({ keptFb: 2, keptIg: 1, strict: true, invented: [] });
    const s = summarize([a, { ...a, strict: false, cautious: false, fbChars: 100 }]);
    expect(s).toMatchObject({ notices: 2, factsFbPct: 100, factsIgPct: 50, kindPct: 50, invented: 0 });
    expect(s.medianFbChars).toBe(median([a.fbChars, 100]));
    expect(s.framePct).toBeUndefined();
    // An empty corpus must not look like a perfect one.
    expect(summarize([])).toMatchObject({ notices: 0, factsFbPct: 0, kindPct: 0 });
  });
});
