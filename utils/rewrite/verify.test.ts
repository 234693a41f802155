// Synthetic cases.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { inventedFacts } from './verify';

const now = new Date(2026, 0, 5, 9);
const notice = 'Dne 12. 1. 2026 od 8:00 do 14:00 nepoteče voda v ulici Lipová. Informace na tel. 583 468 111, poplatek 200 Kč.';
const facts = extractFacts(notice, { lang: 'cs', now }).facts;
const invented = (post: string) => inventedFacts(post, { facts, text: notice }, 'cs', now).map((x) => x.type);

describe('inventedFacts', () => {
  it('accepts what the notice says, reformatted', () => {
    expect(invented('💧 V pondělí 12. 1. nepoteče voda\n🕗 8:00–14:00\n☎️ 583 468 111\n💰 200 Kč')).toEqual([]);
  });
  it('finds a date, time, amount, phone or year the notice lacks, and a wrong weekday', () => {
    expect(invented('📅 V úterý 13. 1.')).toContain('date');
    expect(invented('🕗 9:30')).toContain('time');
    expect(invented('💰 300 Kč')).toContain('money');
    expect(invented('☎️ 777 123 456')).toContain('phone');
    expect(invented('Platí i v roce 2027.')).toContain('year');
    expect(invented('📅 V úterý 12. 1.')).toContain('weekday');
  });
});
