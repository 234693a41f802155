import { describe, expect, it } from 'vitest';
import { exceedsBytes, MAX_NOTICE_BYTES } from './size';

describe('exceedsBytes', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(exceedsBytes('a'.repeat(MAX_NOTICE_BYTES), MAX_NOTICE_BYTES)).toBe(false);
    expect(exceedsBytes('a'.repeat(MAX_NOTICE_BYTES + 1), MAX_NOTICE_BYTES)).toBe(true);
    // "ř" is 2 bytes: 1.1 M of them is 2.2 MB although only 1.1 M characters.
    expect(exceedsBytes('ř'.repeat(1_100_000), MAX_NOTICE_BYTES)).toBe(true);
    expect(exceedsBytes('ř'.repeat(1_000_000), MAX_NOTICE_BYTES)).toBe(false);
  });

  it('answers a 5 MB paste at once', () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const t = performance.now();
    expect(exceedsBytes(big, MAX_NOTICE_BYTES)).toBe(true);
    expect(performance.now() - t).toBeLessThan(5);
  });
});
