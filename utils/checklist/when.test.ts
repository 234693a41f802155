import { describe, expect, it } from 'vitest';
import { fold } from './text';
import { hasPlace, hasTime } from './when';

describe('hasTime', () => {
  it.each(['v 18:00', 'od 8 do 12 hodin', 'začátek v 17.30', 'v 18.00 hod.', '8–12 h', 'at 6 pm', 'v poledne', '7:30–15:00'])('%s', (t) => {
    expect(hasTime(fold(t))).toBe(true);
  });
  it.each(['dne 12. 3.', 'Cena 150 Kč', 'v sobotu'])('not: %s', (t) => {
    expect(hasTime(fold(t))).toBe(false);
  });
});

describe('hasPlace', () => {
  it.each(['na náměstí', 'v sokolovně', 'Masarykovo nám. 510/20', 'v ulici Krumpach', 'na Valštejně', 'at the Town Hall', 'v Zábřehu'])('%s', (t) => {
    expect(hasPlace(t, fold(t), 'Zábřeh')).toBe(true);
  });
  it.each(['přijďte všichni', 've středu 12. 3.', 'V pondělí bude zavřeno'])('not: %s', (t) => {
    expect(hasPlace(t, fold(t), 'Zábřeh')).toBe(false);
  });
});
