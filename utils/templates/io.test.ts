import { describe, expect, it } from 'vitest';
import { builtinTemplate } from './builtins';
import { EXPORT_FORMAT, exportTemplates, parseTemplateFile } from './io';
import type { PostTemplate } from './types';

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const mine = (over: Partial<PostTemplate> = {}): PostTemplate => ({
  ...builtinTemplate('cs', 'event'),
  id: '11111111-2222-4333-8444-555555555555',
  builtin: false,
  basedOn: 'builtin:cs:event',
  name: 'Naše pozvánka',
  ...over,
});
const file = (templates: unknown[]) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-03-01T00:00:00Z', templates });

describe('export and import', () => {
  it('round-trips the admin’s templates and leaves built-ins out of the file', () => {
    const text = exportTemplates([builtinTemplate('cs', 'general'), mine()]);
    const back = parseTemplateFile(text, { newId, now: 5 });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.templates).toHaveLength(1);
    expect(back.templates[0]).toMatchObject({ id: mine().id, name: 'Naše pozvánka', builtin: false, facebook: mine().facebook, fields: mine().fields, updatedAt: 5 });
  });

  it('reads a file saved with a BOM (Notepad), like the checklist and log imports', () => {
    const back = parseTemplateFile('\uFEFF' + exportTemplates([mine()]), { newId });
    expect(back.ok).toBe(true);
  });

  it.each([
    ['not JSON', '{nope', { code: 'notJson' }],
    ['another app’s JSON', JSON.stringify({ templates: [] }), { code: 'notOurs' }],
    ['a newer format', JSON.stringify({ format: EXPORT_FORMAT, version: 99, templates: [mine()] }), { code: 'newerVersion' }],
    ['no templates', file([]), { code: 'noTemplates' }],
    ['too big', 'x'.repeat(1024 * 1024 + 1), { code: 'tooBig' }],
  ])('rejects %s', (_name, text, problem) => {
    expect(parseTemplateFile(text as string, { newId })).toEqual({ ok: false, problem });
  });

  it.each([
    ['an unknown field type', { fields: [{ name: 'x', type: 'colour', label: 'X' }] }, 'fieldType'],
    ['a placeholder with no field', { facebook: 'Ahoj {kdo}' }, 'placeholder'],
    ['a reserved field name', { fields: [{ name: 'hashtags', type: 'text', label: 'X' }] }, 'fieldNameReserved'],
    ['a duplicate field', { fields: [{ name: 'a', type: 'text', label: 'A' }, { name: 'a', type: 'text', label: 'B' }], facebook: '{a}', instagram: '{a}' }, 'fieldDuplicate'],
    ['an unknown kind', { kind: 'party' }, 'kind'],
    ['a bad hashtag', { hashtags: ['no hash'] }, 'hashtags'],
    ['an all-digit hashtag (not a hashtag anywhere else in the app either)', { hashtags: ['#2026'] }, 'hashtags'],
    ['a choice without options', { fields: [{ name: 'c', type: 'choice', label: 'C' }], facebook: '{c}', instagram: '{c}' }, 'fieldOptions'],
    ['an empty name', { name: ' ' }, 'name'],
  ])('rejects the whole file for %s, naming the template', (_name, change, problem) => {
    const r = parseTemplateFile(file([mine({ id: newId() }), { ...mine(), ...change }]), { newId });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ code: 'invalidTemplate', index: 2, problem });
  });

  it('never lets an imported template pose as a built-in or reuse a foreign id', () => {
    const r = parseTemplateFile(file([{ ...mine(), id: 'builtin:cs:event', builtin: true }, { ...mine(), id: 'whatever' }]), { newId });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.templates.every((t) => !t.builtin && !t.id.startsWith('builtin:'))).toBe(true);
    expect(new Set(r.templates.map((t) => t.id)).size).toBe(2);
  });
});
