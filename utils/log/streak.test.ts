import { describe, expect, it } from 'vitest';
import { addDays } from './day';
import { computeStreaks } from './streak';
import type { DayCounts } from './target';

const base = { targetMin: 1, targetMax: 3, targetMode: 'combined' as const, weekendsCount: true };
const map = (entries: Record<string, number | [number, number]>) =>
  new Map<string, DayCounts>(
    Object.entries(entries).map(([d, v]) => {
      const [fb, ig] = typeof v === 'number' ? [v, 0] : v;
      return [d, { total: fb + ig, facebook: fb, instagram: ig }];
    }),
  );
/** n consecutive days ending at `last`, each with `count` posts. */
const run = (last: string, n: number, count = 1) => Object.fromEntries(Array.from({ length: n }, (_, i) => [addDays(last, -i), count]));

// 2026-03-30 is a Monday; 28/29 March a weekend (29 March: DST starts).
describe('streaks', () => {
  it('an empty log has no streak', () => {
    expect(computeStreaks(new Map(), '2026-03-30', null, base)).toEqual({ current: 0, longest: 0 });
  });

  it('counts consecutive days meeting the minimum up to today, across the DST change', () => {
    expect(computeStreaks(map(run('2026-03-30', 5)), '2026-03-30', '2026-03-26', base)).toEqual({ current: 5, longest: 5 });
  });

  it('today not yet met does not break the streak before midnight', () => {
    expect(computeStreaks(map(run('2026-03-29', 4)), '2026-03-30', '2026-03-26', base)).toEqual({ current: 4, longest: 4 });
  });

  it('a missed day breaks it; the longest streak is remembered', () => {
    const counts = map({ ...run('2026-03-20', 10), ...run('2026-03-30', 3) });
    // 21 March missed: current 3, longest 10.
    expect(computeStreaks(counts, '2026-03-30', '2026-03-11', base)).toEqual({ current: 3, longest: 10 });
    // Yesterday missed and today not yet posted: 0.
    expect(computeStreaks(map(run('2026-03-28', 3)), '2026-03-30', '2026-03-26', base).current).toBe(0);
  });

  it('with weekends not counting, Saturday and Sunday neither break nor add', () => {
    // Thu 26, Fri 27 posted; Sat 28, Sun 29 nothing; Mon 30 posted.
    const counts = map({ '2026-03-26': 1, '2026-03-27': 2, '2026-03-30': 1 });
    expect(computeStreaks(counts, '2026-03-30', '2026-03-26', { ...base, weekendsCount: false })).toEqual({ current: 3, longest: 3 });
    expect(computeStreaks(counts, '2026-03-30', '2026-03-26', base)).toEqual({ current: 1, longest: 2 });
    // A weekend day that was posted on does not add either (it is left out).
    const withSat = map({ '2026-03-27': 1, '2026-03-28': 1, '2026-03-30': 1 });
    expect(computeStreaks(withSat, '2026-03-30', '2026-03-27', { ...base, weekendsCount: false }).current).toBe(2);
    expect(computeStreaks(withSat, '2026-03-30', '2026-03-27', base).current).toBe(1);
    // A missed weekday still breaks it.
    const missedFri = map({ '2026-03-26': 1, '2026-03-30': 1 });
    expect(computeStreaks(missedFri, '2026-03-30', '2026-03-26', { ...base, weekendsCount: false }).current).toBe(1);
  });

  it('per platform: a day counts only when both networks met the minimum', () => {
    const counts = map({ '2026-03-28': [1, 1], '2026-03-29': [3, 0], '2026-03-30': [1, 1] });
    expect(computeStreaks(counts, '2026-03-30', '2026-03-28', { ...base, targetMode: 'perPlatform' })).toEqual({ current: 1, longest: 1 });
    expect(computeStreaks(counts, '2026-03-30', '2026-03-28', base)).toEqual({ current: 3, longest: 3 });
  });

  it('a higher minimum: days with fewer posts do not count', () => {
    const counts = map({ '2026-03-28': 2, '2026-03-29': 1, '2026-03-30': 2 });
    expect(computeStreaks(counts, '2026-03-30', '2026-03-28', { ...base, targetMin: 2 })).toEqual({ current: 1, longest: 1 });
  });

  it('with a minimum of 0 every day since the first entry counts, none before it', () => {
    expect(computeStreaks(new Map(), '2026-03-30', '2026-03-21', { ...base, targetMin: 0 })).toEqual({ current: 10, longest: 10 });
  });

  it('runs over ten years of history', () => {
    const counts = map(run('2026-03-30', 3650));
    expect(computeStreaks(counts, '2026-03-30', addDays('2026-03-30', -3649), base)).toEqual({ current: 3650, longest: 3650 });
  });
});
