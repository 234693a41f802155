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
    ['Hasiči zasahovali u požáru stodoly.', 'fire-report'],
    ['Jednotka SDH vyjela v 19:15 k požáru trávy, oheň uhasila za hodinu.', 'fire-report'],
    ['Hasiči upozorňují: v období sucha platí zákaz rozdělávání ohňů a pálení klestí.', 'fire-brigade'],
    ['Koncert se kvůli nemoci zpěváka nekoná, vstupenky vrátíme.', 'cancellation'],
    ['Charita pořádá sbírku ošacení, přineste čisté oblečení a hračky.', 'collection'],
    ['Blood drive at the community centre: please donate.', 'collection'],
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

  it('the cases the issue lists: a clothing collection, a remembrance parade, a fire station as a place', () => {
    // Synthetic phrasings of the kinds of notices that went wrong (the real ones are in the corpus).
    expect(detectKind('Diakonie Broumov – sbírka použitého oblečení. Oblečení, lůžkoviny a obuv zabalené v igelitových pytlích můžete přinést na obecní úřad.')).toBe('collection');
    expect(detectKind('Remembrance Sunday parade: the Town Council invites everyone to the wreath laying at the war memorial.')).toBe('event');
    expect(detectKind('Zastupitelstvo obce zve na pietní akt a lampionový průvod k pomníku padlých.')).toBe('event');
    // "U hasičárny" is where the vaccination is, not a fire.
    expect(detectKind('Očkování psů proti vzteklině proběhne v sobotu u hasičárny, poplatek 200 Kč.')).toBe('dog-fee');
    expect(scoreKinds('Sraz u hasičské zbrojnice.').get('fire-brigade')).toBeUndefined();
    expect(scoreKinds('Sraz u hasičské zbrojnice.').get('fire-report')).toBeUndefined();
  });

  it('is general and uncertain when the best kind does not clearly beat the runner-up, or nothing has evidence', async () => {
    const { classify, KIND_UNCERTAIN_NOTE } = await import('./classify');
    // A fee notice and a waste notice in one: which post to write is the admin's call.
    const mixed = classify('Poplatek za odpad a svoz popelnic v pondělí.');
    expect(mixed).toMatchObject({ kind: 'general', uncertain: true });
    expect(mixed.runnerUp).toEqual(expect.arrayContaining(['waste-collection', 'fee-deadline']));
    const none = classify('Městský úřad informuje o změně vyhlášky č. 3/2026 a jejím znění.');
    expect(none).toMatchObject({ kind: 'general', uncertain: true });
    const clear = classify('V pondělí nepoteče voda v ulici Zahradní kvůli havárii potrubí.');
    expect(clear).toMatchObject({ kind: 'water-outage', uncertain: false, runnerUp: [] });
    expect(clear.margin).toBeGreaterThan(0);
    expect(KIND_UNCERTAIN_NOTE.cs).toBe('Nerozpoznal jsem druh oznámení – zkontrolujte příspěvek');
    // The same words as the locale files (the panel renders the code, the pure rewriter the string).
    const fs = await import('node:fs');
    for (const lang of ['cs', 'en'] as const) {
      const messages = JSON.parse(fs.readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      expect(messages.compose_kindUncertain!.message).toBe(KIND_UNCERTAIN_NOTE[lang]);
    }
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
