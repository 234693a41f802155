import { describe, expect, it } from 'vitest';
import { checkPost } from '../checklist/check';
import { seenAsPeople } from './seen';

/** The number the Checklist shows in its Instagram length item. */
function checklistCount(post: string): number {
  const settings = { defaultHashtags: [], hashtagIgnoreDiacritics: true, hashtagCamelCase: true, maxEmoji: 6, townName: 'Zábřeh' };
  const item = checkPost(post, { platform: 'instagram', now: new Date(2030, 0, 1), tags: [], hashtagSets: [], settings }).find((i) => i.id === 'ig.length');
  return (item!.message as unknown as { params: { count: number } }).params.count;
}

describe('seenAsPeople', () => {
  it.each([
    ['plain', 'Zítra nepoteče voda.'],
    ['emoji, a flag and a ZWJ family', 'Voda 💧 🇨🇿 👨‍👩‍👧 #Zábřeh'],
    ['decomposed diacritics', 'Z\u0061\u0301bˇreh – Z\u0065\u030cleznice'],
  ])('counts %s exactly as the Checklist does', (_name, post) => {
    expect(seenAsPeople(post, 'facebook').chars).toBe(checklistCount(post));
    expect(seenAsPeople(post, 'instagram').chars).toBe(checklistCount(post));
  });

  it('cuts Facebook at 125 characters on a phone and 477 on a computer, never inside an emoji', () => {
    const post = '👨‍👩‍👧'.repeat(124) + 'ab' + 'x'.repeat(400);
    const [phone, computer] = seenAsPeople(post, 'facebook').cuts;
    expect(phone).toMatchObject({ where: 'phone', limit: 125, cut: true });
    expect(phone!.visible).toBe('👨‍👩‍👧'.repeat(124) + 'a');
    expect(computer).toMatchObject({ where: 'computer', limit: 477, cut: true });
    expect(computer!.visible).toBe('👨‍👩‍👧'.repeat(124) + 'ab' + 'x'.repeat(477 - 126));
  });

  it('a short post is shown whole (trailing blank lines do not count as cut)', () => {
    const [phone, computer] = seenAsPeople('Krátká zpráva 💧\n\n', 'facebook').cuts;
    expect(phone).toMatchObject({ visible: 'Krátká zpráva 💧', cut: false });
    expect(computer).toMatchObject({ visible: 'Krátká zpráva 💧', cut: false });
  });

  it('Instagram: one cut at 125', () => {
    const { cuts } = seenAsPeople('a'.repeat(130), 'instagram');
    expect(cuts).toEqual([{ where: 'phone', limit: 125, visible: 'a'.repeat(125), cut: true }]);
  });
});
