import { describe, expect, it } from 'vitest';
import { addDays, weekdayIndex } from './day';
import { byDay, followerSeries, heatmapCells, heatmapStart, kindStats, lastSevenDays, templateStats, weekdayStats } from './stats';
import { dayRec } from './testing';

const target = { targetMin: 1, targetMax: 3, targetMode: 'combined' as const };

describe('12-month heatmap', () => {
  it('starts on a Monday at most 53 weeks back and ends today', () => {
    for (const today of ['2026-03-29', '2026-03-30', '2026-10-25', '2028-02-29']) {
      const start = heatmapStart(today);
      expect(weekdayIndex(start)).toBe(0);
      expect(start <= addDays(today, -364)).toBe(true);
      expect(start > addDays(today, -371)).toBe(true);
      const cells = heatmapCells(new Map(), today, target);
      expect(cells[0]!.day).toBe(start);
      expect(cells.at(-1)!.day).toBe(today);
      expect(cells.every((c) => c.weekday === weekdayIndex(c.day))).toBe(true);
      expect(new Set(cells.map((c) => c.day)).size).toBe(cells.length);
    }
  });

  it('colours each day by its target state and places it in its week', () => {
    const today = '2026-03-30';
    const summaries = byDay([dayRec('2026-03-30', 1), dayRec('2026-03-29', 2, 2), dayRec('2025-06-01', 1)]);
    const cells = heatmapCells(summaries, today, target);
    const get = (d: string) => cells.find((c) => c.day === d)!;
    expect(get('2026-03-30')).toMatchObject({ count: 1, level: 'within', weekday: 0, week: get('2026-03-29').week + 1 });
    expect(get('2026-03-29')).toMatchObject({ count: 4, level: 'over', weekday: 6 });
    expect(get('2026-03-28')).toMatchObject({ count: 0, level: 'none' });
    expect(get('2025-06-01')).toMatchObject({ count: 1, level: 'within' });
    // Under is only for days with posts but below a higher minimum.
    expect(heatmapCells(summaries, today, { ...target, targetMin: 2 }).find((c) => c.day === today)!.level).toBe('under');
  });
});

describe('stats', () => {
  const summaries = [
    dayRec('2026-03-23', 2, 0, { kinds: { post: 1, story: 1 }, templates: { 'builtin:cs:water-outage': 1 } }), // Monday
    dayRec('2026-03-28', 1, 1, { kinds: { post: 1, reel: 1 }, templates: { a: 1, 'builtin:cs:water-outage': 1 } }), // Saturday
    dayRec('2026-03-30', 3, 0, { kinds: { post: 3 }, templates: { a: 1 } }), // Monday
  ];

  it('last 7 days, oldest first, zeros for empty days', () => {
    const week = lastSevenDays(byDay(summaries), '2026-03-30');
    expect(week.map((d) => d.day)).toEqual(['2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
    expect(week.map((d) => d.counts.total)).toEqual([0, 0, 0, 0, 2, 0, 3]);
  });

  it('per weekday: totals and the average over every such day in the range', () => {
    const st = weekdayStats(summaries, '2026-03-23', '2026-03-30'); // 8 days: two Mondays
    expect(st[0]).toEqual({ weekday: 0, posts: 5, days: 2, average: 2.5 });
    expect(st[5]).toEqual({ weekday: 5, posts: 2, days: 1, average: 2 });
    expect(st.map((s) => s.days)).toEqual([2, 1, 1, 1, 1, 1, 1]);
    expect(weekdayStats(summaries, '2026-03-24', '2026-03-29')[0]!.posts).toBe(0);
  });

  it('per kind and per template', () => {
    expect(kindStats(summaries)).toEqual({ post: 5, story: 1, reel: 1, live: 0, event: 0 });
    expect(templateStats(summaries)).toEqual([
      { templateId: 'a', posts: 2 },
      { templateId: 'builtin:cs:water-outage', posts: 2 },
    ]);
  });
});

describe('followers', () => {
  it('one series per network, by date, with the growth factor (Zábřeh: tripled in three years)', () => {
    const s = followerSeries([
      { id: 'facebook:2026-03-01', platform: 'facebook', day: '2026-03-01', count: 4400 },
      { id: 'facebook:2023-03-01', platform: 'facebook', day: '2023-03-01', count: 1450 },
      { id: 'facebook:2024-09-01', platform: 'facebook', day: '2024-09-01', count: 2900 },
      { id: 'instagram:2026-03-01', platform: 'instagram', day: '2026-03-01', count: 0 },
    ]);
    expect(s.map((x) => x.platform)).toEqual(['facebook', 'instagram']);
    expect(s[0]!.points.map((p) => p.day)).toEqual(['2023-03-01', '2024-09-01', '2026-03-01']);
    expect(s[0]!.factor).toBeCloseTo(3.03, 2);
    expect(s[1]!.factor).toBeNull();
  });
});
