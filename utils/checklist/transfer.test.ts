import { describe, expect, it } from 'vitest';
import type { HashtagSetRecord, TagRecord } from '../db/types';
import { renderMsg } from './render';
import { checklistFile, FILE_FORMAT, parseFile, planImport, toFile, validateSet, validateTag } from './transfer';

const set = (id: string, name: string, order: number, hashtags = ['#Zábřeh']): HashtagSetRecord => ({ id, name, hashtags, requiredOn: [], order, updatedAt: 1 });
const tag = (id: string, name: string): TagRecord => ({ id, name, category: 'police', updatedAt: 1 });
const en = (ps: Parameters<typeof renderMsg>[0][]) => ps.map((p) => renderMsg(p, 'en'));
const good = (over: object = {}) =>
  JSON.stringify({
    format: FILE_FORMAT,
    version: 1,
    hashtagSets: [{ name: 'Kultura', hashtags: ['#KulturaZábřeh', 'ZábřehŽije'], requiredOn: ['instagram'] }],
    tags: [{ name: 'Policie ČR', category: 'police', facebook: 'Policie ČR', instagram: '@policiecz' }],
    ...over,
  });

describe('export', () => {
  it('writes names (not ids) in the admin’s order, and reads back the same', () => {
    const file = toFile([set('b', 'Sport', 2), set('a', 'Město', 0)], [{ ...tag('t', 'Policie ČR'), instagram: 'policiecz' }], new Date('2026-03-01T10:00:00Z'));
    expect(file.hashtagSets.map((s) => s.name)).toEqual(['Město', 'Sport']);
    expect(JSON.stringify(file)).not.toContain('"id"');
    const back = parseFile(JSON.stringify(file));
    expect(back.ok && back.file.tags[0]).toEqual({ name: 'Policie ČR', category: 'police', instagram: 'policiecz' });
    expect(back.ok && back.file.hashtagSets).toEqual(file.hashtagSets);
  });
});

describe('parseFile', () => {
  it('accepts a valid file and normalises hashtags and handles', () => {
    const r = parseFile('\uFEFF' + good());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.hashtagSets[0]!.hashtags).toEqual(['#KulturaZábřeh', '#ZábřehŽije']);
    expect(r.file.tags[0]!.instagram).toBe('policiecz');
  });

  it('broken JSON: says so and on which line', () => {
    const r = parseFile('{\n  "format": "town-crier/checklist",\n  "version": 1,\n  oops\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(en(r.problems)).toEqual(['The file is damaged (error near line 4). Load a file Town Crier downloaded, unchanged.']);
  });

  it('another kind of file, or one from a newer version', () => {
    expect(parseFile('[1,2,3]')).toMatchObject({ ok: false, problems: [{ key: 'checklist_problem_wrongFile' }] });
    expect(parseFile('{"hello":"world"}')).toMatchObject({ ok: false, problems: [{ key: 'checklist_problem_wrongFile' }] });
    expect(parseFile(good({ version: 2 }))).toMatchObject({ ok: false, problems: [{ key: 'checklist_problem_newerFile' }] });
  });

  it('lists every problem with where it is, and returns no data', () => {
    const r = parseFile(
      good({
        hashtagSets: [
          { name: 'Kultura', hashtags: ['#ok', '#2026', 'dvě slova'] },
          { name: '', hashtags: ['#a'] },
          { name: 'kultura', hashtags: ['#b'] },
          { name: 'Sport', hashtags: ['#s'], requiredOn: ['twitter'] },
        ],
        tags: [{ name: 'Klub', category: 'pub', instagram: 'ne platný' }],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(en(r.problems)).toEqual([
      'Set 1 (“Kultura”): “#2026” is not a valid hashtag (letters, digits and _ only, not digits alone).',
      'Set 1 (“Kultura”): “dvě slova” is not a valid hashtag (letters, digits and _ only, not digits alone).',
      'Set 2 (“—”): Give the set a name.',
      'Set 3 (“kultura”): A set called “kultura” already exists. Choose another name.',
      'Set 4 (“Sport”): Required can only be set for Facebook and Instagram.',
      'Partner 1 (“Klub”): Unknown category “pub”.',
      'Partner 1 (“Klub”): “ne platný” is not an Instagram handle (letters without accents, digits, . and _, at most 30).',
    ]);
  });

  it('refuses an empty file, a huge file and lists that are not lists', () => {
    expect(parseFile(good({ hashtagSets: [], tags: [] }))).toMatchObject({ ok: false, problems: [{ key: 'checklist_problem_emptyFile' }] });
    expect(parseFile(' '.repeat(1_000_001))).toMatchObject({ ok: false, problems: [{ key: 'checklist_problem_fileTooBig' }] });
    expect(parseFile(good({ tags: 'Policie' }))).toMatchObject({ ok: false, problems: [{ key: 'checklist_problem_notList' }] });
  });
});

describe('validators (shared with the editor)', () => {
  it('validateSet', () => {
    expect(validateSet({ name: ' Město ', hashtags: ['Zábřeh', '#zábřeh', '#MěstoZábřeh'], requiredOn: ['instagram', 'facebook'] }).value).toEqual({
      name: 'Město',
      hashtags: ['#Zábřeh', '#MěstoZábřeh'],
      requiredOn: ['facebook', 'instagram'],
    });
    expect(validateSet({ name: 'x'.repeat(81), hashtags: [] }).problems.map((p) => ('key' in p ? p.key : p.plural))).toEqual([
      'checklist_problem_nameLong',
      'checklist_problem_setHashtags',
    ]);
  });
  it('validateTag', () => {
    expect(validateTag({ name: 'HZS', category: 'firefighters', facebook: ' @HZS OK ', instagram: '' }).value).toEqual({ name: 'HZS', category: 'firefighters', facebook: 'HZS OK' });
    expect(validateTag({ name: 'X', category: 'police', instagram: 'a'.repeat(31) }).value).toBeUndefined();
  });
});

describe('planImport', () => {
  const file = (() => {
    const r = parseFile(good({ hashtagSets: [{ name: 'město', hashtags: ['#Nový'] }, { name: 'Kultura', hashtags: ['#K'] }] }));
    if (!r.ok) throw new Error('fixture');
    return r.file;
  })();
  const existing = { sets: [set('s1', 'Město', 0), set('s2', 'Sport', 1)], tags: [tag('t1', 'Policie ČR'), tag('t2', 'HZS')] };
  let n = 0;
  const newId = () => `new${++n}`;

  it('merge: same name (any case) is updated in place, the rest is added after', () => {
    const p = planImport(file, existing, 'merge', 5, newId);
    expect(p.sets.map((s) => [s.id, s.name, s.order])).toEqual([
      ['s1', 'město', 0],
      [expect.stringMatching(/^new/), 'Kultura', 2],
    ]);
    expect(p.tags[0]!.id).toBe('t1');
    expect(p.removeSetIds).toEqual([]);
    expect(p.counts).toMatchObject({ setsAdded: 1, setsUpdated: 1, tagsAdded: 0, tagsUpdated: 1 });
  });

  it('replace: the file becomes the whole list', () => {
    const p = planImport(file, existing, 'replace', 5, newId);
    expect(p.removeSetIds).toEqual(['s2']);
    expect(p.removeTagIds).toEqual(['t2']);
    expect(p.sets.map((s) => s.order)).toEqual([0, 1]);
  });
});

describe('checklistFile', () => {
  it('names the file by the local day (half past midnight is already the new day)', () => {
    const f = checklistFile([set('s', 'Město', 0)], [], new Date(2026, 10, 26, 0, 30));
    expect(f.fileName).toBe('hlasna-trouba-hashtagy-partneri-2026-11-26.json');
    expect(JSON.parse(f.text).hashtagSets).toEqual([{ name: 'Město', hashtags: ['#Zábřeh'], requiredOn: [] }]);
  });
});
