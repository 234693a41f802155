import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { monthDays, monthlyReport, reportCsv } from './report';

const day = (d: string, facebook: number, instagram: number, kinds: Record<string, number>) => ({ day: d, total: facebook + instagram, facebook, instagram, kinds, templates: {} });
const s = { ...DEFAULT_SETTINGS, targetMin: 1, targetMax: 3, weekendsCount: true };

describe('monthly report', () => {
  it('counts networks, kinds, stories, days met, the longest streak and fan growth over the real history', () => {
    const summaries = [
      day('2026-11-10', 1, 0, { post: 1 }),
      day('2026-11-11', 1, 1, { post: 1, story: 1 }),
      day('2026-11-12', 0, 1, { story: 1 }),
      day('2026-11-14', 2, 0, { post: 2 }),
      day('2026-10-31', 5, 0, { post: 5 }),
    ];
    const followers = [
      { id: 'facebook:2026-11-10', day: '2026-11-10', count: 1000, platform: 'facebook' as const },
      { id: 'facebook:2026-11-30', day: '2026-11-30', count: 1050, platform: 'facebook' as const },
    ];
    // The log starts on 10 November: the month has 21 days of history, not 30.
    const r = monthlyReport(summaries, followers, '2026-11', '2026-12-07', '2026-11-10', s);
    expect(r.days).toBe(21);
    expect(r).toMatchObject({ total: 6, facebook: 4, instagram: 2, stories: 2, daysMet: 4, longestStreak: 3, fanGrowthPct: 5 });
    expect(r.kinds).toEqual({ post: 4, story: 2 });
    expect(monthDays('2026-02')).toHaveLength(28);
  });

  it('writes a CSV for Czech Excel: BOM, semicolons, Czech columns, local dates, no ids', () => {
    const r = monthlyReport([day('2026-11-10', 1, 0, { post: 1 })], [], '2026-11', '2026-11-11', '2026-11-10', s);
    const csv = reportCsv(r);
    expect(csv.startsWith('\uFEFF"Datum";"Příspěvků celkem";"Facebook";"Instagram";"Cíl splněn"\r\n')).toBe(true);
    expect(csv).toContain('"10.11.2026";"1";"1";"0";"ano"\r\n"11.11.2026";"0";"0";"0";"ne"');
    expect(csv).not.toMatch(/id/i);
    expect(r.fanGrowthPct).toBeNull();
  });
});
