import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  dayKey,
  daysBetween,
  fromDateTimeLocal,
  isDayKey,
  isWeekend,
  localTimeOn,
  nextLocalMidnight,
  nextLocalTime,
  toDateTimeLocal,
  toLocalIso,
  weekdayIndex,
} from './day';
import { setTimeZone, withTimeZone } from './testing';

// The town's zone; other zones per test below. Set before any Date is used.
const restore = setTimeZone('Europe/Prague');
afterAll(restore);

const H = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe('day keys (Europe/Prague)', () => {
  it('is the local calendar day, not the UTC one', () => {
    // 23:30 UTC on 28 March is 00:30 on 29 March in Prague (winter time).
    expect(dayKey(at('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(dayKey(at('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    // Summer time: midnight is 22:00 UTC.
    expect(dayKey(at('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(dayKey(at('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('rolls over at local midnight on both daylight-saving days', () => {
    expect(dayKey(at('2026-03-29T23:59:59+02:00'))).toBe('2026-03-29');
    expect(dayKey(at('2026-03-30T00:00:00+02:00'))).toBe('2026-03-30');
    expect(dayKey(at('2026-10-25T23:59:59+01:00'))).toBe('2026-10-25');
    expect(dayKey(at('2026-10-26T00:00:00+01:00'))).toBe('2026-10-26');
    // The repeated hour 02:00–03:00 on 25 October belongs to that day both times.
    expect(dayKey(at('2026-10-25T02:30:00+02:00'))).toBe('2026-10-25');
    expect(dayKey(at('2026-10-25T02:30:00+01:00'))).toBe('2026-10-25');
  });

  it('next local midnight is 23 hours after the start of 29 March and 25 hours after the start of 25 October', () => {
    const startMar = at('2026-03-29T00:00:00+01:00');
    expect(nextLocalMidnight(startMar + 10 * H) - startMar).toBe(23 * H);
    expect(nextLocalMidnight(startMar)).toBe(at('2026-03-30T00:00:00+02:00'));
    const startOct = at('2026-10-25T00:00:00+02:00');
    expect(nextLocalMidnight(startOct + 20 * H) - startOct).toBe(25 * H);
    // One millisecond before midnight: the very next instant.
    expect(nextLocalMidnight(at('2026-10-25T23:59:59.999+01:00'))).toBe(at('2026-10-26T00:00:00+01:00'));
  });

  it('the 14:00 reminder stays at 14:00 on the clock across both changes', () => {
    expect(nextLocalTime(at('2026-03-28T15:00:00+01:00'), '14:00')).toBe(at('2026-03-29T14:00:00+02:00'));
    expect(nextLocalTime(at('2026-10-24T15:00:00+02:00'), '14:00')).toBe(at('2026-10-25T14:00:00+01:00'));
    // Before today's time: today; exactly at it: tomorrow (strictly after now).
    expect(nextLocalTime(at('2026-03-29T13:59:00+02:00'), '14:00')).toBe(at('2026-03-29T14:00:00+02:00'));
    expect(nextLocalTime(at('2026-03-29T14:00:00+02:00'), '14:00')).toBe(at('2026-03-30T14:00:00+02:00'));
  });

  it('a reminder time the clock skips (02:30 on 29 March) happens at 03:30 summer time', () => {
    expect(localTimeOn(at('2026-03-29T01:00:00+01:00'), '02:30')).toBe(at('2026-03-29T03:30:00+02:00'));
  });

  it('writes local times with their offset, on both sides of each change', () => {
    expect(toLocalIso(at('2026-03-29T01:59:00+01:00'))).toBe('2026-03-29T01:59:00+01:00');
    expect(toLocalIso(at('2026-03-29T03:00:00+02:00'))).toBe('2026-03-29T03:00:00+02:00');
    expect(toLocalIso(at('2026-10-25T02:30:00+02:00'))).toBe('2026-10-25T02:30:00+02:00');
    expect(toLocalIso(at('2026-10-25T02:30:00+01:00'))).toBe('2026-10-25T02:30:00+01:00');
    expect(toLocalIso(at('2026-07-01T08:00:00.042Z'))).toBe('2026-07-01T10:00:00.042+02:00');
    for (const iso of ['2026-03-29T01:59:00+01:00', '2026-10-25T02:30:00.999+01:00']) expect(Date.parse(toLocalIso(at(iso)))).toBe(at(iso));
  });

  it('reads and writes datetime-local values in local time', () => {
    const t = at('2026-03-29T09:05:00+02:00');
    expect(toDateTimeLocal(t)).toBe('2026-03-29T09:05');
    expect(fromDateTimeLocal('2026-03-29T09:05')).toBe(t);
    for (const bad of ['', '2026-02-30T10:00', '2026-03-29T24:00', '2026-03-29 09:05', '29.3.2026 9:05']) expect(fromDateTimeLocal(bad)).toBeNull();
  });
});

describe('day arithmetic', () => {
  it('adds days across month, year, leap day and both DST days', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245);
    expect(daysBetween('2026-11-01', '2026-03-01')).toBe(-245);
  });

  it('knows weekdays (Monday first) and weekends', () => {
    expect(weekdayIndex('2026-03-30')).toBe(0); // Monday
    expect(weekdayIndex('2026-03-29')).toBe(6); // Sunday (DST day)
    expect(isWeekend('2026-10-24')).toBe(true);
    expect(isWeekend('2026-10-23')).toBe(false);
  });

  it('accepts only real calendar days', () => {
    expect(isDayKey('2026-03-29')).toBe(true);
    expect(isDayKey('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-3-29', '29.3.2026', '', 20260329, null]) expect(isDayKey(bad)).toBe(false);
  });

  it('does not depend on the time zone the code runs in', () => {
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata']) {
      withTimeZone(tz, () => {
        expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
        expect(weekdayIndex('2026-10-25')).toBe(6);
      });
    }
  });
});

describe('other time zones', () => {
  it('the same instant is a different local day in Prague, New York and Auckland', () => {
    const t = at('2026-06-10T23:30:00Z');
    expect(withTimeZone('Europe/Prague', () => dayKey(t))).toBe('2026-06-11');
    expect(withTimeZone('America/New_York', () => dayKey(t))).toBe('2026-06-10');
    expect(withTimeZone('Pacific/Auckland', () => dayKey(t))).toBe('2026-06-11');
  });

  it('New York switches on other dates (8 March, 1 November 2026): midnight and 14:00 stay on the clock', () => {
    withTimeZone('America/New_York', () => {
      const start = at('2026-03-08T00:00:00-05:00');
      expect(nextLocalMidnight(start + H) - start).toBe(23 * H);
      expect(nextLocalTime(at('2026-10-31T15:00:00-04:00'), '14:00')).toBe(at('2026-11-01T14:00:00-05:00'));
    });
  });
});

describe('with a fake clock', () => {
  afterEach(() => vi.useRealTimers());

  it('today follows the clock through the night of 24/25 October (25-hour day) and the next midnight', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-10-24T23:59:59+02:00'));
    expect(dayKey()).toBe('2026-10-24');
    vi.advanceTimersByTime(1_000);
    expect(dayKey()).toBe('2026-10-25');
    expect(nextLocalMidnight(Date.now()) - Date.now()).toBe(25 * H);
    // 02:59 summer time → one hour later it is 02:59 again (winter time), still 25 October.
    vi.setSystemTime(new Date('2026-10-25T02:59:00+02:00'));
    vi.advanceTimersByTime(H);
    expect(toLocalIso(Date.now())).toBe('2026-10-25T02:59:00+01:00');
    // 21 h later it is 23:59 (the day had 25 hours); a minute more and it is the 26th.
    vi.advanceTimersByTime(21 * H);
    expect(dayKey()).toBe('2026-10-25');
    vi.advanceTimersByTime(60_000);
    expect(dayKey()).toBe('2026-10-26');
  });

  it('a timer set for the next midnight fires on the new day, also on 29 March (23-hour day)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-29T00:00:00+01:00'));
    const days: string[] = [];
    setTimeout(() => days.push(dayKey()), nextLocalMidnight(Date.now()) - Date.now());
    vi.advanceTimersByTime(23 * H - 1);
    expect(days).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(days).toEqual(['2026-03-30']);
  });
});
