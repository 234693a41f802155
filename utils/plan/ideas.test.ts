import { describe, expect, it } from 'vitest';
import { catalogueKeys } from '../i18n/i18n';
import { IDEAS, ideasFor, ideaText } from './ideas';

describe('ideas for empty days', () => {
  it('has the formats of the issue, each with Czech and English texts', () => {
    expect(IDEAS.map((i) => i.id).sort()).toEqual(['challenge', 'contest', 'history', 'live', 'photo', 'poll', 'story', 'thanks']);
    for (const lang of ['cs', 'en'] as const) {
      const keys = catalogueKeys(lang);
      for (const i of IDEAS) {
        expect(keys).toContain(`plan_idea_${i.id}_name`);
        expect(keys).toContain(`plan_idea_${i.id}_text`);
      }
    }
    expect(ideaText('cs', IDEAS[0]!, 'Zábřeh')).toContain('Zábřeh');
    expect(ideaText('en', IDEAS[0]!, '')).toContain('our town');
  });

  it('offers weekend formats on a weekend and different ideas on different days', () => {
    const sat = ideasFor({ weekday: 5, weekend: true });
    expect(sat).toHaveLength(3);
    expect(sat.every((i) => i.weekend)).toBe(true);
    const mon = ideasFor({ weekday: 0, weekend: false });
    const tue = ideasFor({ weekday: 1, weekend: false });
    expect(mon.every((i) => !i.weekend)).toBe(true);
    expect(mon[0]!.id).not.toBe(tue[0]!.id);
  });
});
