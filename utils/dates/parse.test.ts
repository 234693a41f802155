import { describe, expect, it } from 'vitest';
import { applyEdits } from '../checklist/edit';
import { findDates, resolveYear, weekdayCorrection, weekdayOf, wrongWeekdays, yearContext } from './parse';

// Sunday 1 March 2026, 10:00 local time.
const NOW = new Date(2026, 2, 1, 10, 0);
const dates = (text: string, now = NOW) =>
  findDates(text, now).map((d) => ({
    date: `${d.day}.${d.month}.${d.year}`,
    valid: d.valid,
    weekday: d.weekday ? text.slice(d.weekday.start, d.weekday.end) : undefined,
  }));
const corrected = (text: string, now = NOW) => applyEdits(text, findDates(text, now).flatMap((d) => weekdayCorrection(text, d)));

describe('weekdayOf', () => {
  it('knows the calendar (0 = Monday)', () => {
    expect(weekdayOf(2026, 3, 12)).toBe(3); // Thursday
    expect(weekdayOf(2024, 2, 29)).toBe(3);
    expect(weekdayOf(2026, 3, 1)).toBe(6); // Sunday
  });
});

describe('findDates: Czech', () => {
  it.each([
    ['12. 3. 2026', '12.3.2026'],
    ['12.3.2026', '12.3.2026'],
    ['12. března 2026', '12.3.2026'],
    ['12. brezna', '12.3.2026'],
    ['1. července', '1.7.2026'],
    ['2026-03-12', '12.3.2026'],
  ])('%s → %s', (text, date) => {
    expect(dates(text).map((d) => d.date)).toEqual([date]);
  });

  it('a date without a year is its next occurrence from now', () => {
    expect(dates('12. 3.').map((d) => d.date)).toEqual(['12.3.2026']);
    expect(dates('12. 2.').map((d) => d.date)).toEqual(['12.2.2027']); // February has passed
    expect(dates('1. 3.').map((d) => d.date)).toEqual(['1.3.2026']); // today counts
    expect(dates('29. 2.', new Date(2026, 5, 1)).map((d) => d.date)).toEqual(['29.2.2028']); // next leap year
  });

  it('finds the weekday written before or after the date', () => {
    expect(dates('Ve středu 12. 3. a v pátek 13. 3.')).toEqual([
      { date: '12.3.2026', valid: true, weekday: 'středu' },
      { date: '13.3.2026', valid: true, weekday: 'pátek' },
    ]);
    expect(dates('čt 12. 3.')[0]!.weekday).toBe('čt');
    expect(dates('12. 3. (st)')[0]!.weekday).toBe('st');
    expect(dates('streda 12. 3.')[0]!.weekday).toBe('streda');
  });

  it('"po 12. 3." means "after", not Monday', () => {
    expect(dates('po 12. 3. bude otevřeno')[0]!.weekday).toBeUndefined();
  });

  it('times, section numbers and prices are not dates', () => {
    expect(dates('Začátek v 18.30. Cena 1.50.')).toEqual([]);
    expect(dates('v 18.00 hod.')).toEqual([]);
  });

  it('reports days that do not exist when the text clearly means a date', () => {
    expect(dates('do 30. 2. 2026')).toEqual([{ date: '30.2.2026', valid: false, weekday: undefined }]);
    expect(dates('v pátek 31. 4.')).toEqual([{ date: '31.4.2026', valid: false, weekday: 'pátek' }]);
    expect(dates('31. dubna')[0]!.valid).toBe(false);
  });
});

describe('findDates: English', () => {
  it.each([
    ['Wednesday 12 March 2026', '12.3.2026', 'Wednesday'],
    ['Thursday, March 12, 2026', '12.3.2026', 'Thursday'],
    ['on Thu the 12th of March', '12.3.2026', 'Thu'],
    ['March 12', '12.3.2026', undefined],
    ['Sat 14 Mar', '14.3.2026', 'Sat'],
  ])('%s', (text, date, weekday) => {
    expect(dates(text)).toEqual([{ date, valid: true, weekday }]);
  });
  it('month names must be capitalised ("you may 12" is not a date)', () => {
    expect(dates('you may 12 times')).toEqual([]);
  });
});

describe('weekdayCorrection', () => {
  it('keeps the grammatical case and fixes "v/ve"', () => {
    expect(corrected('Ve středu 12. 3. 2026 bude zavřeno.')).toBe('Ve čtvrtek 12. 3. 2026 bude zavřeno.');
    expect(corrected('v pondělí 12. 3.')).toBe('ve čtvrtek 12. 3.');
    expect(corrected('ve čtvrtek 13. 3.')).toBe('v pátek 13. 3.');
    expect(corrected('od pondělí 2. 3. do pátku 7. 3.')).toBe('od pondělí 2. 3. do soboty 7. 3.');
    expect(corrected('Středa 12. 3.')).toBe('Čtvrtek 12. 3.');
  });
  it('keeps the style of abbreviations and English names', () => {
    expect(corrected('st 12. 3.')).toBe('čt 12. 3.');
    expect(corrected('Wednesday 12 March')).toBe('Thursday 12 March');
    expect(corrected('Wed, March 12')).toBe('Thu, March 12');
  });
  it('changes nothing when the weekday is right', () => {
    const text = 've čtvrtek 12. března, v sobotu 14. 3., Sunday 15 March';
    expect(corrected(text)).toBe(text);
  });
});

describe('the year of a date written without one', () => {
  const one = (text: string, now = NOW) => findDates(text, now).map((d) => ({ date: `${d.day}.${d.month}.${d.year}`, source: d.yearSource }));

  it('comes from the same day written with a year elsewhere (a dated title), before `now`', () => {
    // The case: read in 2026, "27. června" of a 2018 notice is 27 June 2018, not 2026.
    const text = 'Oslavy 27. června 2018\nZveme vás v neděli 27. června na náves.';
    expect(one(text)).toEqual([
      { date: '27.6.2018', source: 'text' },
      { date: '27.6.2018', source: 'notice' },
    ]);
  });

  it('comes from the notice\'s other dates, across New Year too', () => {
    expect(one('Uzávěrka 28. 12. 2025, výsledky 5. 1.').map((d) => d.date)).toEqual(['28.12.2025', '5.1.2026']);
    expect(one('Podpis: V Zábřehu 3. 6. 2018. Sraz v sobotu 9. 6.')[1]).toEqual({ date: '9.6.2018', source: 'notice' });
    // A real fee notice (June 2024): its deadline at the end of the year is that year's, not the year before.
    expect(one('V pátek 7. června 2024 vybíráme poplatek. Splatnost poplatku je do úterý 31.prosince.')[1]).toEqual({ date: '31.12.2024', source: 'notice' });
    // Far from every written date: the notice says nothing about its year.
    expect(one('Založeno 1. 5. 1998. Sraz 9. 6.')[1]).toEqual({ date: '9.6.2026', source: 'now' });
  });

  it('comes from the weekday when it fits a nearby year, else from `now`', () => {
    const tue10 = new Date(2026, 2, 10, 9, 0);
    expect(one('v neděli 8. 3.', tue10)).toEqual([{ date: '8.3.2026', source: 'weekday' }]);
    expect(one('8. 3.', tue10)).toEqual([{ date: '8.3.2027', source: 'now' }]);
    // 12. 3. 2025 was a Wednesday, but a year back is not "nearby": the weekday is wrong.
    expect(one('ve středu 12. 3.')).toEqual([{ date: '12.3.2026', source: 'now' }]);
  });

  it('resolveYear works on a context built once (the rewriter resolves dates one by one)', () => {
    const ctx = yearContext('Jarmark 27. června 2018, stavba od 1. 7. 2018', NOW);
    expect(resolveYear(27, 6, ctx)).toEqual({ year: 2018, source: 'notice' });
    expect(resolveYear(15, 7, ctx)).toEqual({ year: 2018, source: 'notice' });
    expect(resolveYear(15, 7, { now: NOW, years: [] })).toEqual({ year: 2026, source: 'now' });
  });
});

describe('wrongWeekdays', () => {
  const wrong = (text: string, now = NOW) => wrongWeekdays(text, now).map((w) => ({ written: w.written, actual: w.actual, certain: w.certain, fixable: w.edits.length > 0 }));

  it('knows when the year is certain (then a rewriter may correct it) and when it only warns', () => {
    expect(wrong('ve středu 12. 3. 2026')).toEqual([{ written: 'středu', actual: 3, certain: true, fixable: true }]);
    expect(wrong('Uzávěrka 10. 3. 2026, ve středu 12. 3.')).toEqual([{ written: 'středu', actual: 3, certain: true, fixable: true }]);
    expect(wrong('ve středu 12. 3.')).toEqual([{ written: 'středu', actual: 3, certain: false, fixable: true }]);
  });

  it('accepts right weekdays of a day just past and of a shared list', () => {
    expect(wrong('v neděli 8. 3.', new Date(2026, 2, 10))).toEqual([]);
    expect(wrong('vždy v úterý: 7. 4., 21. 4., 5. 5.')).toEqual([]);
    expect(wrong('každou sobotu 7. 3., 14. 3. a 21. 3.')).toEqual([]);
    expect(wrong('vždy v úterý: 7. 4., 22. 4.')).toEqual([{ written: 'úterý', actual: 2, certain: false, fixable: false }]);
  });

  it('has nothing to say about dates of every year', () => {
    expect(wrong('Každoročně v pondělí 28. 10. klademe věnce.')).toEqual([]);
    expect(wrong('The fair is held annually on Monday 5 November.')).toEqual([]);
    expect(findDates('Každého roku 28. 10. i letos.', NOW)[0]!.everyYear).toBe(true);
    expect(findDates('Sraz 28. 10. na návsi.', NOW)[0]!.everyYear).toBe(false);
  });

  it('the correction keeps the grammar of its preposition', () => {
    expect(corrected('k pondělí 12. 3. 2026')).toBe('ke čtvrtku 12. 3. 2026');
    expect(corrected('ze čtvrtka 13. 3. 2026')).toBe('z pátku 13. 3. 2026');
    expect(corrected('z pátku 14. 3. 2026')).toBe('ze soboty 14. 3. 2026');
    expect(corrected('do středy 13. 3. 2026')).toBe('do pátku 13. 3. 2026');
  });
});
