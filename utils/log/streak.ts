/**
 * Streaks: consecutive days that met the daily minimum, in the admin's calendar days.
 *
 * - Today is still in progress: if it has not met the minimum yet, the streak ends yesterday
 *   (it is not broken before midnight).
 * - With "weekends count towards the streak" off, Saturdays and Sundays are left out: they
 *   neither break the streak nor add to it (a town office that rests on weekends keeps it).
 * - Days before the first logged entry are not days of the log (with a minimum of 0 the streak
 *   would otherwise be endless).
 */
import type { Settings } from '../settings/settings';
import { addDays, isWeekend } from './day';
import { meetsMinimum, NO_POSTS, type DayCounts, type TargetSettings } from './target';

export type StreakSettings = TargetSettings & Pick<Settings, 'weekendsCount'>;

export interface Streaks {
  current: number;
  longest: number;
}

type Verdict = 'met' | 'skip' | 'missed';

/**
 * @param counts totals of the days that have posts (days without any may be missing)
 * @param firstDay the first day the log has an entry for (null: an empty log)
 */
export function computeStreaks(
  counts: ReadonlyMap<string, DayCounts>,
  today: string,
  firstDay: string | null,
  s: StreakSettings,
): Streaks {
  if (!firstDay || firstDay > today) return { current: 0, longest: 0 };
  const verdict = (day: string): Verdict => {
    if (!s.weekendsCount && isWeekend(day)) return 'skip';
    if (meetsMinimum(counts.get(day) ?? NO_POSTS, s)) return 'met';
    return day === today ? 'skip' : 'missed';
  };

  let run = 0;
  let longest = 0;
  for (let day = firstDay; day <= today; day = addDays(day, 1)) {
    const v = verdict(day);
    if (v === 'met') longest = Math.max(longest, ++run);
    else if (v === 'missed') run = 0;
  }
  // The loop's last run is exactly the streak that reaches today (or yesterday).
  return { current: run, longest };
}
