/**
 * Property-based fuzz of the four import paths (log CSV, log JSON, templates JSON, checklist
 * JSON): generated hostile files (formula cells, quotes, apostrophes, NUL, broken ids, wrong
 * types, Windows-1250 bytes, …). Each file is either imported exactly (every field as generated)
 * or rejected with the problem its mutation made, and after a rejection the database is
 * byte-identical (every table dumped before and after). Fixed seed, so a failure reproduces.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TownCrierDB } from '../../utils/db/db';
import { uniqueDbName } from '../../utils/db/testing';
import type { PostRecord } from '../../utils/db/types';
import { dayKey } from '../../utils/log/day';
import { exportCsv, exportJson, type ProblemCode } from '../../utils/log/exchange';
import { importLogFile } from '../../utils/log/import';
import { describeProblem } from '../../utils/log/problems';
import { logByHand } from '../../utils/log/store';
import { setTimeZone } from '../../utils/log/testing';
import { builtinTemplate } from '../../utils/templates/builtins';
import { EXPORT_FORMAT, parseTemplateFile, planTemplateImport, type TemplateProblem } from '../../utils/templates/io';
import { applyTemplateImport, listTemplates } from '../../utils/templates/repo';
import { FILE_FORMAT, parseFile } from '../../utils/checklist/transfer';
import { applyImport, previewImport } from '../../utils/checklist/repo';
import { decodeBytes } from '../../utils/files/decode';
import { translate } from '../../utils/i18n/i18n';
import { renderMsg } from '../../utils/checklist/render';

const restoreTz = setTimeZone('Europe/Prague');
afterAll(restoreTz);

const RUNS = 200;
const SEED = 20261207;
const NOW = Date.parse('2026-11-01T12:00:00+01:00');
const counts: Record<string, { files: number; imported: number; rejected: number }> = {};
const note = (path: string, imported: boolean) => {
  const c = (counts[path] ??= { files: 0, imported: 0, rejected: 0 });
  c.files++;
  c[imported ? 'imported' : 'rejected']++;
};
afterAll(() => console.log('[fuzz] files per path:', JSON.stringify(counts)));

/** Windows-1250 bytes of a text (Czech Excel's "CSV"), from the decoder's own table. */
const CP1250 = (() => {
  const dec = new TextDecoder('windows-1250');
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) map.set(dec.decode(Uint8Array.of(b)), b);
  return map;
})();
function encode1250(text: string): Uint8Array | null {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (CP1250.has(ch)) out.push(CP1250.get(ch)!);
    else return null;
  }
  return Uint8Array.from(out);
}

const asFile = (bytes: Uint8Array, name = 'f') => ({ name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer });

async function dump(db: TownCrierDB) {
  const out: Record<string, unknown> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return JSON.stringify(out);
}

// Text the admin might write, and what a hostile file holds: formula starts, quotes, separators, line breaks.
const HOSTILE = ['=', '+', '-', '@', '\t', '\r', '\n', "'", '"', ';', ',', ' ', 'a', 'Ž', 'ř', 'ě', '„', '“', '😀', '\\', '{', '}'];
const text = (max: number, alphabet = HOSTILE) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength: max });
const NO_EMOJI = HOSTILE.filter((c) => c !== '😀');

const post = (alphabet: string[]) =>
  fc
    .record({
      id: fc.uuid(),
      platform: fc.constantFrom('facebook' as const, 'instagram' as const),
      kind: fc.constantFrom('post' as const, 'story' as const, 'reel' as const, 'live' as const, 'event' as const),
      source: fc.constantFrom('auto' as const, 'manual' as const, 'import' as const),
      sec: fc.integer({ min: Date.parse('2020-01-01') / 1000, max: NOW / 1000 }),
      edit: fc.integer({ min: 0, max: 86_400 }),
      excerpt: text(40, alphabet),
      note: fc.option(text(40, alphabet).filter((s) => s !== ''), { nil: undefined }),
      templateId: fc.option(fc.oneof(fc.uuid(), fc.constant('builtin:cs:event')), { nil: undefined }),
      hash: fc.option(fc.stringMatching(/^[0-9a-f]{16}$/), { nil: undefined }),
      uncertain: fc.boolean(),
    })
    .map((r): PostRecord => {
      const publishedAt = r.sec * 1000;
      const p: PostRecord = { id: r.id, platform: r.platform, kind: r.kind, publishedAt, day: dayKey(publishedAt), source: r.source, excerpt: r.excerpt, updatedAt: Math.min(NOW, publishedAt + r.edit * 1000) };
      if (r.note !== undefined) p.note = r.note;
      if (r.templateId) p.templateId = r.templateId;
      if (r.hash) p.hash = r.hash;
      if (r.uncertain) p.uncertain = true;
      return p;
    });

/** One field of one post made hostile, and the problem the import must name. */
type Mutation = { field: keyof PostRecord | 'drop'; value: unknown; code: ProblemCode };
const MUTATIONS: Mutation[] = [
  { field: 'id', value: '=cmd|" /C calc"!A0', code: 'id' },
  { field: 'id', value: "'=1+1", code: 'id' },
  { field: 'hash', value: '+1', code: 'id' },
  { field: 'templateId', value: '@SUM(A1)', code: 'id' },
  { field: 'id', value: '-2', code: 'id' },
  { field: 'platform', value: 'tiktok', code: 'platform' },
  { field: 'platform', value: 'x'.repeat(60), code: 'platform' },
  { field: 'kind', value: 'tweet', code: 'kind' },
  { field: 'source', value: 'hacker', code: 'source' },
  { field: 'day', value: '2026-02-30', code: 'date' },
  { field: 'excerpt', value: 'x'.repeat(281), code: 'tooLong' },
  { field: 'excerpt', value: 'nul\u0000here', code: 'nul' },
  { field: 'note', value: '\u0000', code: 'nul' },
  { field: 'drop', value: 'id', code: 'missing' },
];

let db: TownCrierDB;
beforeAll(async () => {
  db = new TownCrierDB(uniqueDbName('fuzz'));
  await db.open();
  await logByHand(db, { platform: 'facebook', note: 'Už v logu' }, NOW - 86_400_000);
});

function checkRejection(problems: { code: ProblemCode }[], code: ProblemCode) {
  expect(problems.map((p) => p.code)).toContain(code);
  for (const p of problems)
    for (const lang of ['cs', 'en'] as const) {
      const msg = describeProblem(lang, p as Parameters<typeof describeProblem>[1]);
      expect(msg).not.toMatch(/undefined|\{\w+\}|^$/);
    }
}

describe('log import fuzz', () => {
  for (const format of ['csv', 'json'] as const) {
    it(`${format}: ${RUNS} generated files: imported exactly, or rejected naming the problem with the database unchanged`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(post(HOSTILE), { minLength: 1, maxLength: 6, selector: (p) => p.id }),
          fc.option(fc.record({ m: fc.constantFrom(...MUTATIONS), at: fc.nat() }), { nil: undefined, freq: 2 }),
          fc.boolean(),
          async (posts, mutation, cp1250) => {
            let file: string;
            if (!mutation) file = format === 'csv' ? exportCsv(posts) : exportJson(posts, [], NOW);
            else {
              // Mutate the written file's data (what a hand edit or a hostile file would hold).
              const rows = JSON.parse(exportJson(posts, [], NOW));
              const target = rows.posts[mutation.at % rows.posts.length];
              if (mutation.m.field === 'drop') delete target[mutation.m.value as string];
              else target[mutation.m.field] = mutation.m.value;
              if (format === 'json') file = JSON.stringify(rows);
              else {
                const cols = ['id', 'day', 'publishedAt', 'platform', 'kind', 'source', 'excerpt', 'note', 'templateId', 'hash', 'uncertain', 'updatedAt'];
                // Written raw, without the export's guard: the import must catch what the guard would have hidden.
                const cell = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
                file = [cols.map(cell).join(';'), ...rows.posts.map((p: Record<string, unknown>) => cols.map((c) => cell(c === 'uncertain' ? (p[c] ? 'true' : '') : p[c])).join(';'))].join('\r\n');
              }
            }
            const bytes = (cp1250 && encode1250(file)) || new TextEncoder().encode(file);
            const before = await dump(db);
            const r = await importLogFile(db, asFile(bytes), NOW);
            if (!mutation) {
              expect(r).toMatchObject({ ok: true });
              for (const p of posts) expect(await db.posts.get(p.id)).toEqual(p);
              note(`log ${format}`, true);
            } else {
              expect(r.ok).toBe(false);
              if (r.ok) return;
              checkRejection(r.problems, mutation.m.code);
              expect(await dump(db)).toBe(before);
              note(`log ${format}`, false);
            }
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    }, 60_000);
  }

  it('files that are not logs at all: random bytes and broken JSON/CSV are rejected with a message, nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 200 }), text(200).map((s) => new TextEncoder().encode('{"format":"town-crier-log","version":1,"posts":[' + s))), async (bytes) => {
        const before = await dump(db);
        const r = await importLogFile(db, asFile(bytes), NOW);
        if (r.ok) return; // a random CSV that happens to be a valid empty log is fine
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems) expect(describeProblem('cs', p)).not.toMatch(/undefined|�/);
        expect(await dump(db)).toBe(before);
      }),
      { numRuns: 100, seed: SEED },
    );
  }, 60_000);
});

describe('templates import fuzz', () => {
  const NAMES = ['place', 'when', 'a_1', 'Datum', 'constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'isPrototypeOf', 'hashtags', 'town', '1st', 'x-y', 'ř', ''];
  const expected = (name: string): TemplateProblem | null =>
    name === '' ? 'fieldNameMissing' : !/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(name) ? 'fieldName' : ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'hashtags', 'town'].includes(name) ? 'fieldNameReserved' : null;

  it(`${RUNS} generated files: imported exactly (merged, never doubled), or rejected naming the problem with the database unchanged`, async () => {
    const tdb = new TownCrierDB(uniqueDbName('fuzz-t'));
    await tdb.open();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        text(30, NO_EMOJI).filter((s) => s.trim() !== '' && !s.includes('{') && !s.includes('}')),
        fc.boolean(),
        fc.constantFrom('none', 'nulEscape', 'badVersion', 'newerVersion', 'truncate'),
        fc.boolean(),
        async (fieldName, name, withId, damage, cp1250) => {
          const base = builtinTemplate('cs', 'event');
          const tpl = { ...base, id: withId ? crypto.randomUUID() : undefined, builtin: false, name, fields: [...base.fields, { name: fieldName, type: 'text', label: 'Pole' }], facebook: `${base.facebook}\n${name.trim() ? 'x' : ''}` };
          let json = JSON.stringify({ format: EXPORT_FORMAT, version: damage === 'badVersion' ? '1' : damage === 'newerVersion' ? 2 : 1, exportedAt: '2026-11-01T00:00:00Z', templates: [tpl] });
          if (damage === 'nulEscape') json = json.replace('"Pole"', '"Po\\u0000le"');
          if (damage === 'truncate') json = json.slice(0, json.length - 5);
          const bytes = (cp1250 && encode1250(json)) || new TextEncoder().encode(json);
          const before = await dump(tdb);
          const decoded = decodeBytes(bytes);
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          expect(decoded.text).toBe(json); // never "�"
          const parsed = parseTemplateFile(decoded.text, { newId: () => crypto.randomUUID(), now: NOW });
          const want = damage === 'none' ? expected(fieldName) : null;
          if (damage !== 'none') {
            const code = { nulEscape: 'nul', badVersion: 'badVersion', newerVersion: 'newerVersion', truncate: 'notJson' }[damage];
            expect(parsed).toMatchObject({ ok: false, problem: { code } });
          } else if (want) {
            expect(parsed).toMatchObject({ ok: false, problem: { code: 'invalidTemplate', problem: want } });
            if (!parsed.ok && parsed.problem.code === 'invalidTemplate') {
              const msg = translate('cs', `template_problem_${parsed.problem.problem}`, { detail: parsed.problem.detail });
              expect(msg).not.toMatch(/undefined/);
            }
          } else {
            expect(parsed.ok).toBe(true);
            if (!parsed.ok) return;
            const existing = await listTemplates(tdb);
            const plan = planTemplateImport(parsed.templates, parsed.origins, existing, NOW);
            await applyTemplateImport(tdb, plan);
            const after = await listTemplates(tdb);
            // Never doubled: the same content is in the database once.
            expect(after.filter((t) => t.name === name.trim() && t.facebook === tpl.facebook && t.fields.length === tpl.fields.length)).toHaveLength(1);
            note('templates json', true);
            return;
          }
          expect(await dump(tdb)).toBe(before);
          note('templates json', false);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    tdb.close();
  }, 60_000);
});

describe('checklist import fuzz', () => {
  it(`${RUNS} generated files: imported exactly, or rejected with a message and the database unchanged`, async () => {
    const cdb = new TownCrierDB(uniqueDbName('fuzz-c'));
    await cdb.open();
    await fc.assert(
      fc.asyncProperty(
        text(20, NO_EMOJI),
        fc.constantFrom('#Zábřeh', '#Šumperk', 'no hash', '#', '#2026', '=HYPERLINK("x")', '#ok\u0000'),
        fc.oneof(fc.constant(undefined), fc.constant(12), fc.constant('pá.ja_1'), fc.constant('@bad handle')),
        fc.constantFrom('none', 'badVersion', 'newerVersion', 'truncate'),
        fc.boolean(),
        async (name, hashtag, instagram, damage, cp1250) => {
          const json = JSON.stringify({
            format: FILE_FORMAT,
            version: damage === 'badVersion' ? 'one' : damage === 'newerVersion' ? 9 : 1,
            exportedAt: '2026-11-01T00:00:00Z',
            hashtagSets: [{ name, hashtags: [hashtag], requiredOn: [] }],
            tags: [{ name: name || 'Hasiči', category: 'other', ...(instagram !== undefined ? { instagram } : {}) }],
          });
          const file = damage === 'truncate' ? json.slice(0, -3) : json;
          const bytes = (cp1250 && encode1250(file)) || new TextEncoder().encode(file);
          const before = await dump(cdb);
          const decoded = decodeBytes(bytes);
          if (!decoded.ok) throw new Error('decode');
          expect(decoded.text).toBe(file);
          const parsed = parseFile(decoded.text);
          // Only ASCII Instagram handles exist; a number is not a handle either.
          const valid = damage === 'none' && name.trim() !== '' && name.trim().length <= 80 && ['#Zábřeh', '#Šumperk'].includes(hashtag) && instagram === undefined;
          if (valid) {
            expect(parsed.ok).toBe(true);
            if (!parsed.ok) return;
            await applyImport(await previewImport(parsed.file, 'merge', cdb), cdb);
            const sets = await cdb.hashtagSets.toArray();
            expect(sets.find((s) => s.name === name.trim())?.hashtags).toEqual([hashtag]);
            note('checklist json', true);
          } else {
            expect(parsed.ok).toBe(false);
            if (parsed.ok) return;
            for (const p of parsed.problems) expect(renderMsg(p, 'cs')).not.toMatch(/undefined|\{\w+\}/);
            const first = parsed.problems[0] as { key?: string };
            if (damage === 'badVersion') expect(first.key).toBe('checklist_problem_badVersion');
            if (damage === 'newerVersion') expect(first.key).toBe('checklist_problem_newerFile');
            if (damage === 'truncate') expect(first.key).toBe('checklist_problem_notJson');
            expect(await dump(cdb)).toBe(before);
            note('checklist json', false);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    cdb.close();
  }, 60_000);
});
