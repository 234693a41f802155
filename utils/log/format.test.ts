import { afterAll, describe, expect, it } from 'vitest';
import { formatDay, formatDuration, formatNumber, formatTime, weekdayNames } from './format';
import { setTimeZone, withTimeZone } from './testing';

const restore = setTimeZone('Europe/Prague');
afterAll(restore);

describe('formatting in the admin language', () => {
  it('days in Czech and English, never shifted by the time zone', () => {
    expect(formatDay('cs', '2026-03-29')).toBe('neděle 29. března 2026');
    expect(formatDay('en', '2026-03-29')).toBe('Sunday, March 29, 2026');
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) expect(withTimeZone(tz, () => formatDay('cs', '2026-10-25', 'short'))).toBe('25. 10.');
  });

  it('local clock times', () => {
    expect(formatTime('cs', Date.parse('2026-03-29T01:30:00Z'))).toBe('03:30');
  });

  it('time left of a story', () => {
    expect(formatDuration('cs', (5 * 60 + 20) * 60_000)).toBe('5 h 20 min');
    expect(formatDuration('en', 45 * 60_000 - 5_000)).toBe('45 min');
    expect(formatDuration('en', -1)).toBe('0 min');
  });

  it('numbers and weekday names', () => {
    expect(formatNumber('cs', 4400)).toBe('4\u00a0400');
    expect(formatNumber('en', 3.04, 1)).toBe('3');
    expect(weekdayNames('cs')).toEqual(['po', 'út', 'st', 'čt', 'pá', 'so', 'ne']);
    expect(weekdayNames('en')[0]).toBe('Mon');
  });
});
