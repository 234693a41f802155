import { describe, expect, it } from 'vitest';
import { dateNorm, inferYear, isValidDate, parseIso, weekdayIndex } from './calendar';
import { formatDateRange, formatDateWithWeekday, weekdayName } from './format';

describe('calendar', () => {
  it('knows weekdays (Monday = 0) and leap years', () => {
    expect(weekdayIndex(2026, 3, 12)).toBe(3); // Thursday
    expect(weekdayIndex(2024, 2, 29)).toBe(3);
    expect(isValidDate(2026, 2, 29)).toBe(false);
    expect(isValidDate(2028, 2, 29)).toBe(true);
    expect(isValidDate(null, 2, 29)).toBe(true);
    expect(isValidDate(2026, 4, 31)).toBe(false);
    expect(parseIso('2026-02-30')).toBeNull();
  });

  it('normalises dates with and without a year', () => {
    expect(dateNorm(2026, 3, 5)).toBe('2026-03-05');
    expect(dateNorm(null, 3, 5)).toBe('--03-05');
  });

  it('infers the next occurrence, or the year whose weekday matches what the text says', () => {
    const now = new Date(2026, 2, 10);
    expect(inferYear(3, 12, now)).toBe(2026);
    expect(inferYear(3, 10, now)).toBe(2026); // today counts
    expect(inferYear(1, 5, now)).toBe(2027);
    // "v sobotu 7. 3." read on 10 March 2026: 7 March 2026 was a Saturday.
    expect(inferYear(3, 7, now, 5)).toBe(2026);
    expect(inferYear(3, 7, now)).toBe(2027);
  });

  it('writes the weekday in Czech (with v/ve) and English', () => {
    expect(formatDateWithWeekday('cs', 2026, 3, 11)).toBe('ve středu 11. 3. 2026');
    expect(formatDateWithWeekday('cs', 2026, 3, 13)).toBe('v pátek 13. 3. 2026');
    expect(formatDateWithWeekday('cs', 2026, 3, 12, { year: false })).toBe('ve čtvrtek 12. 3.');
    expect(formatDateWithWeekday('en', 2026, 3, 11)).toBe('Wednesday 11 March 2026');
    expect(formatDateRange('cs', { y: 2026, m: 3, d: 12 }, { y: 2026, m: 3, d: 14 })).toBe('od čtvrtka 12. 3. do soboty 14. 3. 2026');
    expect(formatDateRange('en', { y: 2026, m: 12, d: 31 }, { y: 2027, m: 1, d: 2 })).toBe('from Thursday 31 December 2026 to Saturday 2 January 2027');
    expect(weekdayName('cs', 2026, 3, 15)).toBe('neděle');
  });
});
