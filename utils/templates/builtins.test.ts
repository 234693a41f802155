import { describe, expect, it } from 'vitest';
import { KIND_TAG_CATEGORIES, POST_KINDS } from '../kinds';
import { builtinTemplates } from './builtins';
import { checkTemplate } from './io';
import { renderTemplate } from './render';

describe('built-in templates', () => {
  const all = builtinTemplates();

  it('cover every kind in Czech and English, with stable ids', () => {
    for (const lang of ['cs', 'en'] as const) {
      expect(all.filter((t) => t.lang === lang).map((t) => t.kind)).toEqual([...POST_KINDS]);
    }
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    expect(all.every((t) => t.id === `builtin:${t.lang}:${t.kind}` && t.builtin)).toBe(true);
  });

  it('are valid templates (the same check as an import), with the checklist’s hashtags and tag categories', () => {
    for (const t of all) {
      const checked = checkTemplate(t);
      expect(checked.ok, `${t.id}: ${checked.ok ? '' : checked.problem + ' ' + checked.detail}`).toBe(true);
      expect(t.tagCategories).toEqual([...KIND_TAG_CATEGORIES[t.kind]]);
      for (const h of t.hashtags) expect(h).toMatch(/^#\p{Lu}/u);
    }
  });

  it('start with the kind’s emoji, end with hashtags, and render with no fields filled', () => {
    for (const t of all) {
      for (const platform of ['facebook', 'instagram'] as const) {
        const out = renderTemplate(platform === 'facebook' ? t.facebook : t.instagram, t.fields, {}, { lang: t.lang, platform, hashtags: ['#Zábřeh'], town: '' });
        if (t.kind !== 'story') expect(out.startsWith(t.emoji), t.id).toBe(true);
        expect(out.split('\n').at(-1)).toMatch(/^#/);
        expect(out).not.toMatch(/\{\w+/);
      }
    }
  });

  it('keep the Instagram text no longer than the Facebook one', () => {
    for (const t of all) expect(t.instagram.length, t.id).toBeLessThanOrEqual(t.facebook.length);
  });
});
