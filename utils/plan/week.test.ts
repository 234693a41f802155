import { describe, expect, it } from 'vitest';
import { dueAt, gaps, isOverdue, todayPlan, weekModel, weekStart } from './week';
import { draft } from './testing';

// Wednesday 9 December 2026, 10:00 local time.
const NOW = new Date(2026, 11, 9, 10, 0).getTime();
const settings = { targetMin: 1, targetMax: 3 };

describe('weekModel', () => {
  it('starts on Monday and lays the drafts on their days, by time', () => {
    expect(weekStart('2026-12-13')).toBe('2026-12-07');
    expect(weekStart('2026-12-07')).toBe('2026-12-07');
    const late = draft({ plannedDay: '2026-12-12', plannedTime: '17:00' });
    const early = draft({ plannedDay: '2026-12-12', plannedTime: '09:30' });
    const anytime = draft({ plannedDay: '2026-12-12' });
    const w = weekModel({ drafts: [late, anytime, early], day: '2026-12-09', now: NOW, postedByDay: new Map(), settings });
    expect(w.start).toBe('2026-12-07');
    expect(w.days.map((d) => d.day)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    const sat = w.days[5]!;
    expect(sat.weekend).toBe(true);
    expect(sat.drafts.map((d) => d.id)).toEqual([early.id, late.id, anytime.id]);
    expect(sat.evening).toBe(true);
    expect(sat.state).toBe('met');
  });

  it('flags days ahead with nothing planned as gaps, and counts the log so nothing is counted twice', () => {
    const out = draft({ plannedDay: '2026-12-10', status: 'published' });
    const w = weekModel({
      drafts: [out, draft({ plannedDay: '2026-12-11' }), draft({ plannedDay: '2026-12-11' }), ...[1, 2, 3].map(() => draft({ plannedDay: '2026-12-13' }))],
      day: '2026-12-09',
      now: NOW,
      postedByDay: new Map([['2026-12-10', 1], ['2026-12-13', 1], ['2026-12-07', 2]]),
      settings: { targetMin: 2, targetMax: 3 },
    });
    const [mon, tue, wed, thu, fri, sat, sun] = w.days;
    expect(mon!.state).toBe('met'); // past, two posted
    expect(tue!.state).toBe('past'); // past, nothing posted: not a gap any more
    expect(wed!.state).toBe('gap');
    expect(thu!.covered).toBe(1);
    expect(thu!.state).toBe('under');
    expect(thu!.published.map((d) => d.id)).toEqual([out.id]);
    expect(fri!.state).toBe('met');
    expect(sat!.state).toBe('gap');
    expect(sun!.covered).toBe(4);
    expect(sun!.state).toBe('over');
    expect(gaps(w).map((d) => d.day)).toEqual(['2026-12-09', '2026-12-12']);
  });

  it('keeps drafts whose time passed as overdue, also from earlier weeks, and lists unplanned ones', () => {
    const lastWeek = draft({ plannedDay: '2026-11-30', plannedTime: '08:00' });
    const thisMorning = draft({ plannedDay: '2026-12-09', plannedTime: '09:00' });
    const tonight = draft({ plannedDay: '2026-12-09', plannedTime: '19:00' });
    const yesterdayAnyTime = draft({ plannedDay: '2026-12-08' });
    const publishedLate = draft({ plannedDay: '2026-12-08', status: 'published' });
    const idea = draft({ status: 'idea', updatedAt: 50 });
    const idea2 = draft({ status: 'idea', updatedAt: 60 });
    const w = weekModel({ drafts: [tonight, thisMorning, lastWeek, yesterdayAnyTime, publishedLate, idea, idea2], day: '2026-12-09', now: NOW, postedByDay: new Map(), settings });
    expect(w.overdue.map((d) => d.id)).toEqual([lastWeek.id, yesterdayAnyTime.id, thisMorning.id]);
    expect(w.unplanned.map((d) => d.id)).toEqual([idea2.id, idea.id]);
    // Still on its day too: overdue is shown, never dropped.
    expect(w.days[2]!.drafts.map((d) => d.id)).toEqual([thisMorning.id, tonight.id]);
    expect(isOverdue(tonight, NOW)).toBe(false);
    expect(dueAt({ plannedDay: '2026-12-08' })).toBe(new Date(2026, 11, 9).getTime());
  });
});

describe('todayPlan', () => {
  it('counts what is ready per time and what is still being written', () => {
    const today = '2026-12-09';
    const p = todayPlan(
      [
        draft({ plannedDay: today, plannedTime: '17:00', status: 'ready' }),
        draft({ plannedDay: today, plannedTime: '08:00', status: 'ready' }),
        draft({ plannedDay: today, plannedTime: '17:00', status: 'ready' }),
        draft({ plannedDay: today, status: 'wip' }),
        draft({ plannedDay: today, status: 'published' }),
        draft({ plannedDay: '2026-12-10', status: 'ready' }),
      ],
      today,
      1,
    );
    expect(p).toEqual({ posted: 1, ready: [{ time: '08:00', count: 1 }, { time: '17:00', count: 2 }], other: 1 });
  });
});
