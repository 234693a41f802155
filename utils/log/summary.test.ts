import { describe, expect, it } from 'vitest';
import { applyPost, emptyDay, summarize } from './summary';
import { postRec } from './testing';

describe('day summaries', () => {
  it('count posts per day, network, kind and template', () => {
    const s = summarize([
      postRec('2026-03-29'),
      postRec('2026-03-29', { platform: 'instagram', kind: 'story', templateId: 't1' }),
      postRec('2026-03-28', { templateId: 't1' }),
    ]);
    expect(s).toEqual([
      { day: '2026-03-28', total: 1, facebook: 1, instagram: 0, kinds: { post: 1 }, templates: { t1: 1 } },
      { day: '2026-03-29', total: 2, facebook: 1, instagram: 1, kinds: { post: 1, story: 1 }, templates: { t1: 1 } },
    ]);
  });

  it('removing what was added leaves an empty day with no leftover keys', () => {
    const p = postRec('2026-03-29', { kind: 'reel', templateId: 't' });
    const rec = applyPost(applyPost(emptyDay('2026-03-29'), p, 1), p, -1);
    expect(rec).toEqual(emptyDay('2026-03-29'));
  });
});
