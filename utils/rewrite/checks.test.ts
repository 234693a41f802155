import { describe, expect, it } from 'vitest';
import { captionLength, instagramProblems, meanSentenceLength, postSentences, weekdayProblems } from './checks';

const now = new Date(2026, 2, 1);

describe('post checks', () => {
  it('finds a missing or wrong weekday, and accepts right ones in any Czech case', () => {
    expect(weekdayProblems('📅 Ve čtvrtek 12. 3. 2026\nod pátku 13. 3. do soboty 14. 3. 2026', 'cs', now)).toEqual([]);
    expect(weekdayProblems('Oprava 12. 3. 2026', 'cs', now)).toEqual(['12. 3. 2026: no weekday (čtvrtek)']);
    expect(weekdayProblems('v pondělí 12. 3. 2026', 'cs', now)).toEqual(['12. 3. 2026: "pondělí" but it is čtvrtek']);
    expect(weekdayProblems('Friday 12 March 2026', 'en', now)).toEqual(['12 March 2026: "Friday" but it is Thursday']);
    expect(weekdayProblems('Narozen 3. 5. 1950', 'cs', now)).toEqual([]);
  });

  it('measures sentence length without hashtag lines', () => {
    expect(postSentences('Jedna dvě tři. Čtyři pět.\n#Zábřeh #Město')).toEqual(['Jedna dvě tři.', 'Čtyři pět.']);
    expect(meanSentenceLength('Jedna dvě tři. Čtyři pět.\n#Zábřeh')).toBe(2.5);
    expect(meanSentenceLength('')).toBe(0);
  });

  it('checks Instagram limits, counting emoji the strict way', () => {
    expect(captionLength('💧')).toBe(2);
    expect(captionLength('💧'.repeat(1100))).toBe(2200);
    expect(instagramProblems('💧'.repeat(1101)).tooLong).toBe(true);
    expect(instagramProblems('Krátký titulek\nText\n#a #b')).toEqual({ tooLong: false, tooManyHashtags: false, bareLink: false, keyMessageHidden: false });
    expect(instagramProblems(`${'x'.repeat(130)}\n${'y'.repeat(2100)}\n#a #b #c #d #e #f https://zabreh.cz`)).toEqual({
      tooLong: true,
      tooManyHashtags: true,
      bareLink: true,
      keyMessageHidden: true,
    });
  });
});
