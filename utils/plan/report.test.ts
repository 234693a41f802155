import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import type { PostRecord } from '../db/types';
import { setTimeZone } from '../log/testing';
import { czNumber, monthDays, monthlyReport, reportCsv, reportPostsCsv } from './report';

const restoreTz = setTimeZone('Europe/Prague');
afterAll(restoreTz);

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
    // The average is over the 21 days of history, not the 30 days of November.
    expect(r.averagePerDay).toBeCloseTo(6 / 21, 5);
    expect(r.perDay.find((p) => p.day === '2026-11-12')).toMatchObject({ stories: 1, met: true, level: 'within' });
    expect(r.perDay.find((p) => p.day === '2026-11-13')).toMatchObject({ total: 0, met: false, level: 'none' });
    expect(monthDays('2026-02')).toHaveLength(28);
  });

  it('writes a CSV for Czech Excel: BOM, semicolons, Czech columns, local dates, no ids', () => {
    const r = monthlyReport([day('2026-11-10', 1, 0, { post: 1 })], [], '2026-11', '2026-11-11', '2026-11-10', s);
    const csv = reportCsv(r);
    expect(csv.startsWith('\uFEFF"Datum";"Příspěvků celkem";"Facebook";"Instagram";"Příběhy";"Cíl splněn"\r\n')).toBe(true);
    expect(csv).toContain('"10.11.2026";"1";"1";"0";"0";"ano"\r\n"11.11.2026";"0";"0";"0";"0";"ne"');
    expect(csv).not.toMatch(/id/i);
    expect(r.fanGrowthPct).toBeNull();
  });

  it('a month with no history averages 0, not NaN', () => {
    const r = monthlyReport([], [], '2026-12', '2026-11-30', null, s);
    expect(r).toMatchObject({ days: 0, total: 0, averagePerDay: 0, longestStreak: 0 });
    expect(czNumber(1.25)).toBe('1,3');
  });

  it('writes the month’s posts with local date and time columns, formula-guarded text, ids only when asked', () => {
    const post = (id: string, at: string, platform: 'facebook' | 'instagram', excerpt: string): PostRecord => {
      const publishedAt = new Date(at).getTime();
      return { id, platform, kind: platform === 'instagram' ? 'story' : 'post', publishedAt, day: '2026-11-10', source: 'auto', excerpt, updatedAt: publishedAt };
    };
    // 16:05 UTC is 17:05 in Prague (CET): the local time is what the admin saw.
    const posts = [post('b-2', '2026-11-10T16:05:00Z', 'instagram', 'Jarmark'), post('a-1', '2026-11-10T07:30:00Z', 'facebook', '=HYPERLINK("x")')];
    const labels = { platform: (p: string) => (p === 'facebook' ? 'Facebook' : 'Instagram'), kind: (k: string) => ({ post: 'příspěvek', story: 'příběh' })[k] ?? k };
    const csv = reportPostsCsv(posts, labels);
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('"Datum";"Čas";"Síť";"Druh";"Text"');
    expect(lines[1]).toBe('"10.11.2026";"8:30";"Facebook";"příspěvek";"\'=HYPERLINK(""x"")"');
    expect(lines[2]).toBe('"10.11.2026";"17:05";"Instagram";"příběh";"Jarmark"');
    expect(csv).not.toContain('a-1');
    const withIds = reportPostsCsv(posts, labels, true).split('\r\n');
    expect(withIds[0]).toMatch(/;"ID"$/);
    expect(withIds[1]).toMatch(/;"a-1"$/);
  });
});
