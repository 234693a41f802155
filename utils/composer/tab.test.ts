import { describe, expect, it } from 'vitest';
import { explicitTabId } from './tab';

describe('explicitTabId', () => {
  it.each([
    ['?tabId=12', 12],
    ['?x=1&tabId=0', 0],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-3', null],
    ['?tabId=1.5', null],
    ['?tabId=abc', null],
    ['?tabId=99999999999999999999', null],
  ])('%s → %s', (search, id) => {
    expect(explicitTabId(search)).toBe(id);
  });
});
