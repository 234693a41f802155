import { describe, expect, it } from 'vitest';
import { detectKind, detectLang, scoreKinds } from './classify';

describe('detectLang', () => {
  it.each([
    ['Z důvodu opravy nepoteče voda v ulici Husova.', 'cs'],
    ['Ulice bude uzavřena.', 'cs'],
    ['The road will be closed on Monday, please use the detour.', 'en'],
    ['Water outage in Husova Street on 12 March', 'en'],
    ['', 'cs'],
  ])('%s → %s', (text, lang) => expect(detectLang(text)).toBe(lang));
});

describe('detectKind', () => {
  // Short, unseen phrasings (not the corpus): the rules must generalise.
  it.each([
    ['V pondělí nepoteče voda v ulici Zahradní kvůli havárii potrubí.', 'water-outage'],
    ['ČEZ Distribuce vypne elektřinu v části Krumpach.', 'power-outage'],
    ['Most přes Moravu bude uzavřen, objížďka vede přes Leštinu.', 'road-closure'],
    ['Sběrný dvůr bude v sobotu otevřen, svoz bioodpadu začíná v dubnu.', 'waste-collection'],
    ['Hromadné očkování psů proti vzteklině proběhne u hasičárny.', 'dog-fee'],
    ['Připomínáme, že poplatek za komunální odpad je splatný do konce května.', 'fee-deadline'],
    ['Zveme vás na zasedání zastupitelstva města.', 'council-meeting'],
    ['Úřední hodiny podatelny se od května mění.', 'office-hours'],
    ['Informace pro voliče: volební místnosti budou otevřeny od 14 hodin.', 'election'],
    ['Policie ČR pátrá po pohřešovaném muži, svědci se mohou ozvat.', 'police-appeal'],
    ['Hasiči zasahovali u požáru stodoly.', 'fire-brigade'],
    ['Posyp chodníků a protahování sněhu zajišťují technické služby.', 'winter-maintenance'],
    ['Srdečně zveme na farmářský trh a koncert na náměstí.', 'event'],
    ['Gratulujeme našim atletům k zlaté medaili!', 'sports'],
    ['Anketa: kam umístit nové lavičky?', 'poll'],
    ['Soutěž o nejhezčí vánoční výzdobu, výherce získá poukaz.', 'contest'],
    ['Přijměte výzvu a ukliďte s námi okolí řeky!', 'challenge'],
    ['Sledujte živý přenos z rozsvícení stromu.', 'live-stream'],
    ['Město vyhlašuje dotační program na opravy fasád.', 'grant'],
    ['Fotka dne: východ slunce nad radnicí.', 'photo'],
    ['Dobré ráno ze Zábřehu', 'story'],
    ['Town council meeting on Thursday, agenda attached.', 'council-meeting'],
    ['Missing person: police appeal for witnesses.', 'police-appeal'],
  ])('%s → %s', (text, kind) => expect(detectKind(text)).toBe(kind));

  it('reads cues written with no-break spaces like any other', () => {
    expect(detectKind('Z\u00a0důvodu havárie bude přerušena dodávka pitné\u00a0vody.')).toBe('water-outage');
  });

  it('does not take a passing mention for the subject, or water unfit to drink for an outage', () => {
    // "Come in office hours" is not an office-hours notice.
    expect(detectKind('Žádosti o prodloužení nájmu hrobového místa přijímáme v\u00a0úředních hodinách v kanceláři správy hřbitova u obřadní síně.')).toBe('general');
    expect(detectKind('Voda z vodovodu v obci Lhota není pitná, k pití a vaření ji převařte. Vodu lze dál používat k praní a úklidu.')).toBe('general');
    // The dog fee is a dog-fee notice even though it is a local fee with a deadline.
    expect(detectKind('Místní poplatek ze psů je splatný do 31. 3., variabilní symbol je číslo známky.')).toBe('dog-fee');
  });

  it('falls back to a general notice when no kind has enough weight', () => {
    expect(detectKind('Městský úřad informuje o změně vyhlášky č. 3/2026 a jejím znění.')).toBe('general');
    expect(scoreKinds('').size).toBe(0);
  });
});

describe('kind cues', () => {
  it('all start with two literal letters (the scan files them under those)', async () => {
    const { cueKeysAreLiteral } = await import('./classify');
    expect(cueKeysAreLiteral()).toBe(true);
  });
});
