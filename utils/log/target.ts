/**
 * The daily target (Settings: at least `targetMin`, at most `targetMax` posts a day, counted
 * for both networks together or for each one). Every kind of entry counts: a story is
 * published content too.
 */
import type { Platform } from '../db/types';
import type { Settings } from '../settings/settings';
import { PLATFORMS } from '../hosts/hosts';

export interface DayCounts {
  total: number;
  facebook: number;
  instagram: number;
}

export type TargetState = 'under' | 'within' | 'over';
export type TargetSettings = Pick<Settings, 'targetMin' | 'targetMax' | 'targetMode'>;

export const NO_POSTS: Readonly<DayCounts> = Object.freeze({ total: 0, facebook: 0, instagram: 0 });

/** The counts the target applies to: one number (combined) or one per network. */
function countsFor(c: DayCounts, s: TargetSettings): number[] {
  return s.targetMode === 'perPlatform' ? PLATFORMS.map((p) => c[p]) : [c.total];
}

/** Under wins over over: "post more on Instagram" matters more than "too much on Facebook". */
export function targetState(c: DayCounts, s: TargetSettings): TargetState {
  const counts = countsFor(c, s);
  if (counts.some((n) => n < s.targetMin)) return 'under';
  if (counts.some((n) => n > s.targetMax)) return 'over';
  return 'within';
}

export function meetsMinimum(c: DayCounts, s: TargetSettings): boolean {
  return countsFor(c, s).every((n) => n >= s.targetMin);
}

/** The networks still below the minimum (per-platform mode), or [] when combined. */
export function platformsUnder(c: DayCounts, s: TargetSettings): Platform[] {
  return s.targetMode === 'perPlatform' ? PLATFORMS.filter((p) => c[p] < s.targetMin) : [];
}

/** '1–3', or '2' when min = max. */
export function targetRange(s: Pick<Settings, 'targetMin' | 'targetMax'>): string {
  return s.targetMin === s.targetMax ? String(s.targetMin) : `${s.targetMin}–${s.targetMax}`;
}
