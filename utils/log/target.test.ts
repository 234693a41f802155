import { describe, expect, it } from 'vitest';
import { meetsMinimum, platformsUnder, targetRange, targetState } from './target';

const combined = { targetMin: 1, targetMax: 3, targetMode: 'combined' as const };
const perPlatform = { ...combined, targetMode: 'perPlatform' as const };
const c = (facebook: number, instagram: number) => ({ total: facebook + instagram, facebook, instagram });

describe('daily target', () => {
  it('combined: under below the minimum, within up to the maximum, over above it', () => {
    expect(targetState(c(0, 0), combined)).toBe('under');
    expect(targetState(c(0, 1), combined)).toBe('within');
    expect(targetState(c(2, 1), combined)).toBe('within');
    expect(targetState(c(2, 2), combined)).toBe('over');
    expect(meetsMinimum(c(0, 1), combined)).toBe(true);
    expect(platformsUnder(c(0, 1), combined)).toEqual([]);
  });

  it('per platform: each network must reach the minimum; under wins over over', () => {
    expect(targetState(c(2, 0), perPlatform)).toBe('under');
    expect(platformsUnder(c(2, 0), perPlatform)).toEqual(['instagram']);
    expect(targetState(c(1, 1), perPlatform)).toBe('within');
    expect(targetState(c(3, 3), perPlatform)).toBe('within');
    expect(targetState(c(4, 1), perPlatform)).toBe('over');
    expect(targetState(c(5, 0), perPlatform)).toBe('under');
    expect(meetsMinimum(c(2, 0), perPlatform)).toBe(false);
  });

  it('a minimum of 0 is always met', () => {
    expect(targetState(c(0, 0), { ...combined, targetMin: 0 })).toBe('within');
  });

  it('writes the range as "1–3" or a single number', () => {
    expect(targetRange(combined)).toBe('1–3');
    expect(targetRange({ targetMin: 2, targetMax: 2 })).toBe('2');
  });
});
