import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, parseHashtags, validateSettings } from './settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing, garbage or a partial object', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ townName: 'Zábřeh' })).toEqual({ ...DEFAULT_SETTINGS, townName: 'Zábřeh' });
  });

  it('replaces each invalid field by its default and keeps the valid ones', () => {
    const s = normalizeSettings({ language: 'de', targetMin: -1, targetMax: 2.5, reminderTime: '25:00', maxEmoji: 4, weekendsCount: 'yes' });
    expect(s).toMatchObject({ language: 'auto', targetMin: 1, targetMax: 3, reminderTime: '14:00', maxEmoji: 4, weekendsCount: true });
  });

  it('never stores min > max', () => {
    expect(normalizeSettings({ targetMin: 5, targetMax: 2 })).toMatchObject({ targetMin: 5, targetMax: 5 });
  });

  it('cleans hashtags and caps the town name', () => {
    const s = normalizeSettings({ defaultHashtags: ['#Zábřeh', 'Zábřeh', 42, '#2026'], townName: '  ' + 'x'.repeat(200) });
    expect(s.defaultHashtags).toEqual(['#Zábřeh']);
    expect(s.townName).toHaveLength(80);
  });
});

describe('parseHashtags', () => {
  it('splits on anything but letters, digits and _ and adds #', () => {
    expect(parseHashtags('#Zábřeh, MěstoZábřeh  #zabreh_2026')).toEqual(['#Zábřeh', '#MěstoZábřeh', '#zabreh_2026']);
  });
  it('drops duplicates (ignoring case), digit-only tags and emoji', () => {
    expect(parseHashtags('#Zábřeh #ZÁBŘEH #2026 💧 ##')).toEqual(['#Zábřeh']);
  });
  it('returns nothing for empty input', () => {
    expect(parseHashtags('   ')).toEqual([]);
  });
});

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS })).toEqual([]);
  });
  it('reports min above max, out-of-range numbers and bad times', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, targetMin: 4, targetMax: 2 })).toEqual(['targetOrder']);
    expect(validateSettings({ ...DEFAULT_SETTINGS, targetMin: NaN })).toEqual(['targetRange']);
    expect(validateSettings({ ...DEFAULT_SETTINGS, targetMax: 0 })).toEqual(['targetRange']);
    expect(validateSettings({ ...DEFAULT_SETTINGS, reminderTime: '7' })).toEqual(['reminderTime']);
  });
});
