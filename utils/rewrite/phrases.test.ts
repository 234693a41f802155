import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates/builtins';
import { inflectFollowing } from './inflect';
import { tidySentence } from './body';
import fs from 'node:fs';
import path from 'node:path';
import { anchorWords, findOfficePhrases, phraseRules, replacePhrases, replacePhrasesFullScan } from './phrases';

// As the rewriter uses it: replacement, then the sentence tidied (spaces, capital letter).
const cs = (t: string) => tidySentence(replacePhrases(t, 'cs').text);
const en = (t: string) => replacePhrases(t, 'en').text;

describe('Czech office phrases', () => {
  it.each([
    ['Z důvodu plánované opravy vodovodního řadu.', 'Kvůli plánované opravě vodovodního řadu.'],
    ['z důvodu havárie', 'Kvůli havárii'],
    ['z důvodu nepříznivého počasí', 'Kvůli nepříznivému počasí'],
    ['z důvodu stavebních prací', 'Kvůli stavebním pracím'],
    ['z důvodu konání akce', 'Kvůli konání akce'],
    ['z důvodu poruchy', 'Kvůli poruše'],
    ['z důvodu uzavírky mostu', 'Kvůli uzavírce mostu'],
    ['V souladu se zákonem č. 128/2000 Sb.', 'Podle zákona č. 128/2000 Sb.'],
    ['v souladu s obecně závaznou vyhláškou města', 'Podle obecně závazné vyhlášky města'],
    ['v souladu s usnesením rady', 'Podle usnesení rady'],
    ['Žádáme občany, aby nepoužívali vodu.', 'Prosíme vás, abyste nepoužívali vodu.'],
    ['Občané jsou žádáni, aby dodržovali pokyny.', 'Prosíme vás, abyste dodržovali pokyny.'],
    ['Řidiči jsou žádáni, aby dbali opatrnosti.', 'Prosíme řidiče, aby dbali opatrnosti.'],
    ['Tímto oznamujeme, že úřad je zavřen.', 'Úřad je zavřen.'],
    ['Děkujeme za pochopení.', 'Moc děkujeme za trpělivost.'],
    ['Bude dne 12. 3. v době od 8:00 do 14:00 přerušena dodávka pitné vody.', 'Dne 12. 3. od 8:00 do 14:00 nepoteče voda.'],
    ['Oprava bude. Potom bude přerušena dodávka vody.', 'Oprava bude. Potom nepoteče voda.'],
    ['Oprava bude provedena v pondělí.', 'Oprava proběhne v pondělí.'],
    ['Koncert se bude konat v sobotu.', 'Koncert bude v sobotu.'],
    ['V případě dotazů volejte 583 468 111.', 'S dotazy volejte 583 468 111.'],
    // Talking to people: the verb follows "vás" only when the clause is about them.
    ['Žádáme odběratele, aby si vytvořili zásobu vody.', 'Prosíme vás, abyste si vytvořili zásobu vody.'],
    ['Žádáme občany, aby nádoby byly přistaveny do 6 hodin.', 'Prosíme vás, aby nádoby byly přistaveny do 6 hodin.'],
    ['Zákazníci jsou žádáni, aby nemanipulovali se zařízením.', 'Prosíme vás, abyste nemanipulovali se zařízením.'],
    ['Žádáme občany, kteří viděli nehodu, aby se ozvali.', 'Prosíme všechny, kteří viděli nehodu, aby se ozvali.'],
    ['Policie žádá občany, kteří mají informace, aby volali 158.', 'Policie prosí všechny, kteří mají informace, aby volali 158.'],
    ['Vlastníci, kteří chtějí kontejner, jsou žádáni, aby se přihlásili.', 'Prosíme vlastníky, kteří chtějí kontejner, aby se přihlásili.'],
    ['Chodci, kteří jdou kolem stavby, jsou žádáni, aby dbali opatrnosti.', 'Prosíme chodce, kteří jdou kolem stavby, aby dbali opatrnosti.'],
    ['O výsledku budeme občany informovat.', 'O výsledku vás budeme informovat.'],
    ['Budeme obyvatele včas informovat.', 'Budeme vás včas informovat.'],
    // Legal citations: the law's name stays, its numbers go.
    ['Úřad podle § 94 odst. 2 zákona č. 183/2006 Sb., stavebního zákona, ve znění pozdějších předpisů, vydává rozhodnutí.', 'Úřad podle stavebního zákona vydává rozhodnutí.'],
    ['Starosta dle § 15 zákona č. 491/2001 Sb., o volbách do zastupitelstev obcí, oznamuje', 'Starosta podle zákona o volbách do zastupitelstev obcí oznamuje'],
    ['Vyhláška č. 5/2020 Sb., ve znění pozdějších předpisů, platí.', 'Vyhláška č. 5/2020 Sb., platí.'],
    // A length of time stays "po dobu"; a clause gets its comma, and "se" moves after the verb.
    ['Vodu převařte po dobu nejméně 1 minuty.', 'Vodu převařte po dobu nejméně 1 minuty.'],
    ['V případě potřeby se obraťte na dispečink.', 'Když bude potřeba, obraťte se na dispečink.'],
    ['V případě nepříznivého počasí se trh koná v hale.', 'Za špatného počasí se trh koná v hale.'],
    ['Zařízení je nutno považovat za živé.', 'Zařízení je potřeba považovat za živé.'],
  ])('%s → %s', (from, to) => {
    expect(cs(from)).toBe(to);
    expect(findOfficePhrases(cs(from), 'cs')).toEqual([]);
  });

  it('never changes a digit', () => {
    const text = 'z důvodu opravy 12. 3. 2026 v době od 8:00 do 14:00, tel. 583 468 111, 1 500 Kč, v souladu s vyhláškou č. 4/2025';
    const digits = (s: string) => s.replace(/\D/g, '');
    expect(digits(cs(text))).toBe(digits(text));
  });

  it('leaves words that only contain a phrase alone', () => {
    expect(cs('Nezdůvodnil to. Tímtovaný.')).toBe('Nezdůvodnil to. Tímtovaný.');
  });

  it('does not join two sentences into one', () => {
    const text = 'Zítra bude. Pak přerušena dodávka vody.';
    expect(cs(text)).toBe(text);
  });
});

describe('English office phrases', () => {
  it.each([
    ['We hereby inform you that the office is closed.', 'The office is closed.'],
    ['Residents are advised to store water prior to 8am.', 'Please store water before 8am.'],
    ['In accordance with the ordinance, fees are due.', 'Under the ordinance, fees are due.'],
    ['Drivers are requested to use the detour.', 'Drivers, please use the detour.'],
    ['The water supply will be interrupted on Monday.', 'There will be no water on Monday.'],
    ['We apologise for any inconvenience caused.', 'Sorry for the trouble.'],
    ['Thank you for your understanding.', 'Thanks for bearing with us.'],
    // After a request that speaks to the reader, the clause's "their/they" speak to them too.
    ['Residents are advised to plan their journeys accordingly.', 'Please plan your journeys accordingly.'],
    ['Drivers are requested to move their cars and to lock them.', 'Drivers, please move your cars and lock them.'],
    ['Customers are asked to check their meters before they leave.', 'Please check your meters before you leave.'],
    ['Owners are asked to keep their dogs on a lead.', 'Owners, please keep your dogs on a lead.'],
    // A new subject ("that children …") keeps its own "their".
    ['Parents are asked to ensure that children wear their helmets.', 'Parents, please ensure that children wear their helmets.'],
  ])('%s → %s', (from, to) => {
    const out = en(from).replace(/ ,/g, ',').replace(/^\s+/, '');
    expect(out[0]!.toUpperCase() + out.slice(1)).toBe(to);
  });

  it('starts the sentence with a capital when its opening phrase is dropped', () => {
    expect(en('Bins go out by 6 am. Residents are reminded that glass must not be placed in the bins.').replace(/  +/g, ' ')).toBe('Bins go out by 6 am. Glass must not be placed in the bins.');
  });
});

describe('inflection after a swapped preposition', () => {
  it('changes only the noun phrase, and leaves unknown shapes alone', () => {
    expect(inflectFollowing(' opravy vodovodního řadu', 'gen', 'dat')).toEqual({ text: ' opravě', consumed: 7 });
    expect(inflectFollowing(' 12. 3.', 'gen', 'dat')).toEqual({ text: '', consumed: 0 });
    expect(inflectFollowing(' vyhláškou', 'ins', 'gen')).toEqual({ text: ' vyhlášky', consumed: 10 });
  });
});

describe('the dictionary', () => {
  it('is not empty in either language and every rule has a plain replacement', () => {
    expect(phraseRules('cs').length).toBeGreaterThan(30);
    expect(phraseRules('en').length).toBeGreaterThan(30);
  });

  it('finds what it replaces: none of the issue’s examples survive a rewrite', () => {
    for (const p of ['z důvodu', 'tímto oznamujeme', 'žádáme občany', 'v souladu s', 'děkujeme za pochopení']) expect(findOfficePhrases(`x ${p} y`, 'cs')).not.toEqual([]);
    for (const p of ['hereby', 'in accordance with', 'residents are advised to']) expect(findOfficePhrases(`x ${p} y`, 'en')).not.toEqual([]);
  });

  it('built-in templates use none of the office phrases', () => {
    for (const t of builtinTemplates()) {
      expect(findOfficePhrases(t.facebook, t.lang), t.id).toEqual([]);
      expect(findOfficePhrases(t.instagram, t.lang), t.id).toEqual([]);
    }
  });
});

describe('the anchored scan', () => {
  it('every rule contains an anchor word (so no phrase can be missed)', () => {
    for (const lang of ['cs', 'en'] as const) {
      const anchors = anchorWords(lang);
      for (const rule of phraseRules(lang)) {
        // Each top-level alternative of the rule must contain an anchor.
        const alternatives = topLevelAlternatives(rule.from);
        for (const alt of alternatives) expect(anchors.some((a) => alt.toLowerCase().includes(a)), `${lang}: ${alt}`).toBe(true);
      }
    }
  });

  it('gives exactly what a scan of the whole text gives, on the corpus and on dense text', () => {
    const dir = path.resolve(__dirname, '../../tests/fixtures/notices');
    const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const dense = 'Tímto oznamujeme, že z důvodu opravy a v souladu s vyhláškou, v době od 8:00, žádáme občany, aby… '.repeat(50);
    // Every wording of every rule, each in a sentence of its own.
    const variants = [
      'Občané jsou informováni, že', 'Obyvatelé jsou upozorňováni na', 'dojde k přerušení dodávky elektřiny', 'Koncerty se konají v sobotu.', 'Práce budou zahájeny.',
      'Z provozních důvodů.', 'S ohledem na to, že', 'Za předpokladu, že', 'prostřednictvím formuláře', 'V průběhu akce', 'Po dobu opravy', 'V čase od 8', 'V období od 1. 4.',
      'V termínu do 5. 5.', 'bezodkladně', 'Je nezbytně nutné', 'Bližší podrobnosti', 'za účelem opravy', 'vzhledem ke stavu', 'na základě žádosti', 'Apelujeme na občany',
      'Vyzýváme spoluobčany, aby', 'Sdělujeme Vám, že', 'Dovolujeme si Vás informovat, že', 'Děkujeme předem za vaše pochopení a spolupráci.',
      'Omlouváme se za vzniklé nepříjemnosti.', 'Z výše uvedených důvodů.', 'Budou provedeny opravy.', 'Bude ukončena.', 'Se bude konat.', 'Bude se konat.',
      'Řidiči jsou žádáni, aby', 'Majitelé jsou prošeni, aby', 'Dodávka elektrické energie bude přerušena.', 'Dodávka vody bude přerušena.',
      'We would like to inform you that', 'Please be advised that', 'Residents are kindly requested to', 'The public is reminded that', 'Drivers are urged to',
      'We apologize for any disruption this may cause.', 'Thank you for your patience and understanding.', 'The gas supply will be cut off.', 'Pursuant to the act',
      'In compliance with', 'On account of the fact that', 'Owing to', 'In order to', 'Prior to', 'Subsequent to', 'In the event that', 'In the event of',
      'With respect to', 'In relation to', 'In respect of', 'At this point in time', 'At the present time', 'In the vicinity of', 'A considerable number of',
      'is being carried out', 'will be commenced', 'will be held', 'commencing', 'commencement', 'commenced', 'commences', 'terminated', 'utilized', 'utilising',
      'approximately', 'sufficient', 'assistance', 'endeavour', 'forthwith', 'individuals', 'persons', 'hereby',
    ].join(' Další věta. ');
    for (const text of [...texts, dense, variants, `${'x '.repeat(200)}bude ${'y'.repeat(70)} přerušena dodávka vody`]) {
      for (const lang of ['cs', 'en'] as const) expect(replacePhrases(text, lang)).toEqual(replacePhrasesFullScan(text, lang));
    }
  });
});

function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}
