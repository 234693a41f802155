// Synthetic notices (written for these tests, not measured on): the conditions of the writer's sentences.
import type { PostKindId } from '../kinds';
import { describe, expect, it } from 'vitest';
import { rewriteNotice } from './index';

const now = new Date(2026, 0, 5, 9);
const fb = (text: string, kind?: PostKindId, lang?: 'cs' | 'en') => rewriteNotice(text, { now, kind, lang });

describe('the written post', () => {
  it('says the fee deadline, never the start of the payment window', () => {
    const r = fb('Místní poplatek za odpad je splatný od 1. 1. 2026 do 31. 3. 2026.', 'fee-deadline');
    expect(r.post.split('\n')[0]).toContain('do úterý 31. 3.');
    expect(r.post.split('\n')[0]).not.toContain('1. 1.');
  });

  it('writes one time line per polling day when the hours differ', () => {
    const r = fb('Volby do zastupitelstva obce se konají v pátek 23. 9. 2026 od 14:00 do 22:00 hodin a v sobotu 24. 9. 2026 od 8:00 do 14:00 hodin.', 'election');
    // 23. 9. 2026 is a Wednesday: the weekday of the calendar, not the notice's "pátek".
    expect(r.post).toMatch(/^🕗 \p{L}+ 14:00–22:00$/mu);
    expect(r.post.match(/^🕗 /gmu)!.length).toBe(2);
    expect(r.post).toContain('8:00–14:00');
  });

  it('asks for bottles only before a planned outage', () => {
    const bottles = /Natočte si/u;
    expect(fb('Plánovaná odstávka vody bude 12. 1. 2026 od 8:00 do 15:00 v ulici Lipová.', 'water-outage').post).toMatch(bottles);
    expect(fb('Z důvodu havárie vodovodu nepoteče 12. 1. 2026 voda v ulici Lipová.', 'water-outage').post).not.toMatch(bottles);
    expect(fb('Plánovaná odstávka vody byla 2. 1. 2026 od 8:00 do 15:00 v ulici Lipová.', 'water-outage').post).not.toMatch(bottles);
  });

  it('invites people in only to a public meeting held in person', () => {
    const come = /přijďte|come along/iu;
    expect(fb('Veřejné zasedání zastupitelstva se koná 20. 1. 2026 od 18:00 v sále kulturního domu, Hlavní 5.', 'council-meeting').post).toMatch(come);
    expect(fb('Zasedání zastupitelstva se koná 20. 1. 2026 od 18:00 online na www.lhota.cz/zive, bod 3 je neveřejný.', 'council-meeting').post).not.toMatch(come);
    expect(fb('The council meeting on 20 January 2026 at 6pm will be held online at www.town.gov.uk/live.', 'council-meeting', 'en').post).not.toMatch(come);
  });

  it('gives the police phone from the notice, 158 only in Czech, never in an English post', () => {
    const en = fb('Police are appealing for witnesses to a collision on Mill Road on 3 January 2026 at 6pm. Call 01234 567890.', 'police-appeal', 'en');
    expect(en.post).not.toContain('158');
    expect(en.post).toContain('01234 567890');
    const cs = fb('Policie ČR hledá svědky nehody, která se stala 3. 1. 2026 v 18:00 v ulici Lipová. Volejte 974 779 730.', 'police-appeal');
    expect(cs.post).toContain('974 779 730');
  });

  it('never cuts a house number', () => {
    expect(fb('Dne 12. 1. 2026 od 8:00 do 14:00 nepoteče voda v ulici Lipová 260/3A.', 'water-outage').post).toContain('260/3A');
  });

  it('does not announce a cancelled outage as coming', () => {
    const r = fb('Zrušení plánované odstávky vody\n\nPlánovaná odstávka vody 12. 1. 2026 v ulici Lipová se ruší.', 'water-outage');
    expect(r.post).not.toMatch(/nepoteče|Natočte/u);
    expect(r.post.split('\n')[0]).toMatch(/^❌/u);
  });

  it('a notice it cannot tell: a plain post from its first sentences, with the note', () => {
    const r = fb('Vážení občané, v knihovně máme nové knihy. Těšíme se na vás každé úterý.', 'general');
    expect(r.kind).toBe('general');
    expect(r.warnings).toContainEqual({ code: 'kindUnknown' });
    expect(r.post).toContain('nové knihy');
  });

  it('uses no words of a kind the notice never uses', () => {
    // A clothing drive is not a police appeal, even when the admin's guess (or a classifier's) says so.
    const r = rewriteNotice('Diakonie pořádá sbírku oblečení od 7. 2. do 11. 2. 2026 na obecním úřadě.', { now });
    expect(r.post).not.toMatch(/polici|158/iu);
  });
});
