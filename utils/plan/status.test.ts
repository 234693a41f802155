import { describe, expect, it } from 'vitest';
import { canMove, isDraftStatus, nextStatus, statusForText } from './status';

describe('draft status machine', () => {
  it('moves forward one step at a time', () => {
    expect(canMove('idea', 'wip')).toBe(true);
    expect(canMove('wip', 'ready')).toBe(true);
    expect(canMove('ready', 'published')).toBe(true);
    expect(canMove('idea', 'ready')).toBe(false);
    expect(canMove('idea', 'published')).toBe(false);
  });
  it('moves back to any earlier step, except out of published', () => {
    expect(canMove('ready', 'idea')).toBe(true);
    expect(canMove('ready', 'wip')).toBe(true);
    expect(canMove('published', 'ready')).toBe(false);
    expect(canMove('wip', 'wip')).toBe(false);
  });
  it('names the next step and knows its statuses', () => {
    expect(nextStatus('idea')).toBe('wip');
    expect(nextStatus('ready')).toBe('published');
    expect(nextStatus('published')).toBeNull();
    expect(isDraftStatus('wip')).toBe(true);
    expect(isDraftStatus('done')).toBe(false);
    expect(statusForText('  ')).toBe('idea');
    expect(statusForText('Jarmark')).toBe('wip');
  });
});
