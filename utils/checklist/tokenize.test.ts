import { describe, expect, it } from 'vitest';
import { T, tokenize, type TokenType } from './tokenize';

const NAMES = Object.fromEntries(Object.entries(T).map(([k, v]) => [v, k])) as Record<TokenType, keyof typeof T>;

/** [kind, text] of every token except plain words and punctuation (unless `all`). */
function kinds(text: string, all = false): [string, string][] {
  const t = tokenize(text);
  const out: [string, string][] = [];
  for (let k = 0; k < t.length; k++) {
    const name = NAMES[t.type[k] as TokenType];
    if (all || (name !== 'word' && name !== 'punct')) out.push([name, t.str(k)]);
  }
  return out;
}
const of = (text: string, kind: keyof typeof T) => kinds(text, true).filter(([k]) => k === kind).map(([, s]) => s);

describe('links', () => {
  it('a #fragment belongs to the link, not to the hashtags', () => {
    expect(kinds('Program: https://zabreh.cz/akce#program a #Zábřeh')).toEqual([
      ['url', 'https://zabreh.cz/akce#program'],
      ['hashtag', '#Zábřeh'],
    ]);
  });
  it('recognises www., query strings and bare domains with a known ending', () => {
    expect(of('Viz www.zabreh.cz/odpady?typ=bio&x=1#a, zabreh.cz/#mapa nebo mesto.zabreh.cz.', 'url')).toEqual([
      'www.zabreh.cz/odpady?typ=bio&x=1#a',
      'zabreh.cz/#mapa',
      'mesto.zabreh.cz',
    ]);
  });
  it('leaves the sentence punctuation outside the link, but keeps balanced parentheses', () => {
    expect(of('Více (https://cs.wikipedia.org/wiki/Zábřeh_(město)). Konec!', 'url')).toEqual(['https://cs.wikipedia.org/wiki/Zábřeh_(město)']);
    expect(of('Odkaz: https://zabreh.cz/a.', 'url')).toEqual(['https://zabreh.cz/a']);
  });
  it('a typo without a space is not a link ("konec.Další"), nor is a date', () => {
    expect(of('Byl konec.Další týden 12.3.2026 zase.', 'url')).toEqual([]);
  });
});

describe('e-mails and mentions', () => {
  it('an e-mail is not a mention', () => {
    expect(kinds('Pište na info@zabreh.cz nebo jan.novak@mu-zabreh.cz, označte @policiecz.')).toEqual([
      ['email', 'info@zabreh.cz'],
      ['email', 'jan.novak@mu-zabreh.cz'],
      ['mention', '@policiecz'],
    ]);
  });
  it('a mention ends before the sentence dot; an @ glued to a word is neither', () => {
    expect(of('Díky @hasici.zabreh. A x@y nebo @ samotné.', 'mention')).toEqual(['@hasici.zabreh']);
  });
  it('mentions may contain Czech letters and underscores', () => {
    expect(of('@Město_Zábřeh!', 'mention')).toEqual(['@Město_Zábřeh']);
  });
});

describe('hashtags', () => {
  it('may contain Czech letters and end at punctuation or emoji', () => {
    expect(of('#Zábřeh, #MěstoZábřeh! #ŽivotVeMěstě💧 #den_země.', 'hashtag')).toEqual(['#Zábřeh', '#MěstoZábřeh', '#ŽivotVeMěstě', '#den_země']);
  });
  it('"#" with nothing after it and digits-only tags are problems, not hashtags', () => {
    expect(kinds('Akce # 2026 #2026 #🎉 #')).toEqual([
      ['hashEmpty', '#'],
      ['hashDigits', '#2026'],
      ['hashEmpty', '#'],
      ['emoji', '🎉'],
      ['hashEmpty', '#'],
    ]);
  });
  it('digits with letters are a hashtag', () => {
    expect(of('#Zábřeh2026 #2026Zábřeh', 'hashtag')).toEqual(['#Zábřeh2026', '#2026Zábřeh']);
  });
  it('"C#" and HTML entities are not hashtags; "#a#b" is two', () => {
    expect(kinds('Kurz C# a &#123; a #Jedna#Dva')).toEqual([
      ['hashtag', '#Jedna'],
      ['hashtag', '#Dva'],
    ]);
  });
  it('decomposed diacritics stay inside the hashtag', () => {
    expect(of('#Zábřeh'.normalize('NFD') + '!', 'hashtag')).toEqual(['#Zábřeh'.normalize('NFD')]);
  });
  it('10,000 hashtags are all found', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `#Tag${i}`).join(' ');
    expect(of(text, 'hashtag')).toHaveLength(10_000);
  });
});

describe('emoji, words, sentences, line breaks', () => {
  it('a ZWJ sequence, a flag, a keycap and a skin tone are one emoji each', () => {
    expect(of('👨‍👩‍👧 🇨🇿 1️⃣ #️⃣ 👍🏽 ❤️', 'emoji')).toEqual(['👨‍👩‍👧', '🇨🇿', '1️⃣', '#️⃣', '👍🏽', '❤️']);
  });
  it('© and ™ are text unless written as emoji', () => {
    expect(of('© Město ™ a ©️', 'emoji')).toEqual(['©️']);
  });
  it('hyphenated words and apostrophes stay one word', () => {
    expect(of('Frýdek-Místek don’t', 'word')).toEqual(['Frýdek-Místek', 'don’t']);
  });
  it('marks sentence punctuation and line breaks', () => {
    expect(kinds('Ahoj!\r\nJak?\n…', true).map(([k]) => k)).toEqual(['word', 'punct', 'newline', 'word', 'punct', 'newline', 'punct']);
  });
  it('empty text has no tokens', () => {
    expect(tokenize('').length).toBe(0);
    expect(tokenize('   \t ').length).toBe(0);
  });
});

describe('text built to make naive patterns backtrack', () => {
  // "a.a.a.a…" and "a@a@a@…" would be quadratic with a naive domain/e-mail regex. The time is
  // measured by `npm run bench` (checklist.tokenize_hostile.ms); here: it finishes, all of it read.
  it.each(['a.', 'a@', '#', 'x-'])('"%s" × 200,000 is tokenised to its end', (unit) => {
    const text = unit.repeat(200_000);
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.end[tokens.length - 1]).toBeLessThanOrEqual(text.length);
  });
});
