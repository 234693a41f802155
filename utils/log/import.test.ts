import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TownCrierDB } from '../db/db';
import { uniqueDbName } from '../db/testing';
import type { PostRecord } from '../db/types';
import { parseCsv } from './csv';
import { exportCsv, exportJson, LOG_FORMAT, MAX_IMPORT_BYTES, parseLogText, type ProblemCode } from './exchange';
import { importLogFile, readWholeLog } from './import';
import { describeProblem } from './problems';
import { addPublishedEvents, logByHand, noteFollowers } from './store';
import { summarize } from './summary';
import { setTimeZone } from './testing';

const restoreTz = setTimeZone('Europe/Prague');
afterAll(restoreTz);

const NOW = Date.parse('2026-11-01T12:00:00+01:00');
const file = (text: string, name = 'log.json') => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
};

let db: TownCrierDB;
beforeEach(async () => {
  db = new TownCrierDB(uniqueDbName());
  await db.open();
});
afterEach(() => db.close());

async function seed(d: TownCrierDB, now = NOW + 457) {
  const a = await logByHand(d, { platform: 'facebook', note: 'Uzavírka „Žižkova“; objížďka přes Bludov\nDruhý řádek' }, Date.parse('2026-03-29T09:15:07.123+02:00'));
  const b = await logByHand(d, { platform: 'instagram', kind: 'story', excerpt: '=HYPERLINK("http://x";"klikni")' }, Date.parse('2026-10-25T02:30:00+01:00'));
  await addPublishedEvents(d, [{ platform: 'facebook', kind: 'reel', at: Date.parse('2026-03-28T23:30:00+01:00'), excerpt: '💧 Nepoteče voda, "pozor"', hash: 'h-voda', uncertain: true }], now);
  await noteFollowers(d, { platform: 'facebook', day: '2023-03-01', count: 1450 }, now);
  await noteFollowers(d, { platform: 'facebook', day: '2026-03-01', count: 4400 }, now);
  return { a, b };
}

async function snapshot(d: TownCrierDB) {
  return { posts: await d.posts.orderBy('id').toArray(), days: await d.postDays.toArray(), followers: await d.followers.toArray() };
}



describe('export', () => {
  it('CSV: UTF-8 BOM, ";" separated, quoted, local ISO times, formulas defused', async () => {
    await seed(db);
    const csv = exportCsv((await readWholeLog(db)).posts);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('"id";"day";"publishedAt";"platform";"kind";"source";"excerpt";"note";"templateId";"hash";"uncertain";"updatedAt"');
    // Oldest first: the reel of 28 March (23:30 in winter time).
    expect(lines[1]).toContain('"2026-03-28";"2026-03-28T23:30:00+01:00";"facebook";"reel";"auto";"💧 Nepoteče voda, ""pozor""";"";"";"h-voda";"true"');
    expect(csv).toContain('"\'=HYPERLINK(""http://x"";""klikni"")"');
    expect(csv).toContain('"Uzavírka „Žižkova“; objížďka přes Bludov\nDruhý řádek"');
    const parsed = parseCsv(csv);
    expect(parsed.ok && parsed.rows.length).toBe(4);
  });

  it('JSON: the format marker, posts and follower counts', async () => {
    await seed(db);
    const { posts, followers } = await readWholeLog(db);
    const json = JSON.parse(exportJson(posts, followers, NOW));
    expect(json).toMatchObject({ format: LOG_FORMAT, version: 1, exportedAt: '2026-11-01T12:00:00+01:00' });
    expect(json.posts).toHaveLength(3);
    expect(json.followers.map((f: { count: number }) => f.count)).toEqual([1450, 4400]);
  });
});

describe('import round trip', () => {
  it.each(['json', 'csv'] as const)('%s: what export writes, import reads back exactly (source kept)', async (format) => {
    await seed(db);
    const { posts, followers } = await readWholeLog(db);
    const text = format === 'json' ? exportJson(posts, followers, NOW) : exportCsv(posts);
    const other = new TownCrierDB(uniqueDbName());
    const r = await importLogFile(other, file(text, `log.${format}`), NOW);
    expect(r).toEqual({ ok: true, encoding: 'utf-8', added: 3, updated: 0, unchanged: 0, duplicates: 0, followers: format === 'json' ? 2 : 0 });
    const imported = await other.posts.orderBy('id').toArray();
    // Every field, the source too ("manual", "auto"): an import no longer stamps "import" on everything.
    expect(imported).toEqual(await db.posts.orderBy('id').toArray());
    expect(imported.map((p) => p.source).sort()).toEqual(['auto', 'manual', 'manual']);
    // And the file again from the copy: the same bytes.
    const again = await readWholeLog(other);
    expect(format === 'json' ? exportJson(again.posts, again.followers, NOW) : exportCsv(again.posts)).toBe(text);
    expect(await other.postDays.toArray()).toEqual(await db.postDays.toArray());
    if (format === 'json') expect(await other.followers.toArray()).toEqual(followers);
    // The same file again: nothing new.
    expect(await importLogFile(other, file(text), NOW)).toMatchObject({ ok: true, added: 0, unchanged: 3, followers: 0 });
    expect(await other.posts.count()).toBe(3);
    other.close();
  });

  it('reads a CSV re-saved with "," separators and without the BOM', async () => {
    await seed(db);
    const { posts } = await readWholeLog(db);
    const parsed = parseCsv(exportCsv(posts));
    if (!parsed.ok) throw new Error('parse');
    const comma = parsed.rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\n');
    const r = parseLogText(comma, NOW);
    expect(r.ok && r.posts.map((p) => p.excerpt)).toEqual(posts.sort((x, y) => x.publishedAt - y.publishedAt).map((p) => p.excerpt));
  });

  it('two admins combine their logs: new entries added, newer edits win, no duplicates', async () => {
    const { a } = await seed(db);
    const other = new TownCrierDB(uniqueDbName());
    await importLogFile(other, file(exportJson(...Object.values(await readWholeLog(db)) as [PostRecord[], []], NOW)), NOW);
    // The second admin edits a's note later, logs a post of their own, and auto-logs the
    // same published reel under another id (same text hash, 2 minutes apart).
    await other.posts.update(a.id, { note: 'Opraveno', updatedAt: NOW + 1000 });
    const own = await logByHand(other, { platform: 'instagram' }, NOW);
    await other.posts.put({ id: 'other-reel', platform: 'facebook', kind: 'reel', publishedAt: Date.parse('2026-03-28T23:32:00+01:00'), day: '2026-03-28', source: 'auto', excerpt: 'x', hash: 'h-voda', updatedAt: NOW });
    const theirs = await readWholeLog(other);
    const r = await importLogFile(db, file(exportJson(theirs.posts, theirs.followers, NOW + 2000)), NOW + 5000);
    expect(r).toEqual({ ok: true, encoding: 'utf-8', added: 1, updated: 1, unchanged: 2, duplicates: 1, followers: 0 });
    expect((await db.posts.get(a.id))!.note).toBe('Opraveno');
    expect((await db.posts.get(a.id))!.source).toBe('manual');
    expect(await db.posts.get(own.id)).toMatchObject({ source: 'manual', platform: 'instagram' });
    expect(await db.posts.get('other-reel')).toBeUndefined();
    expect(await db.postDays.orderBy('day').toArray()).toEqual(summarize(await db.posts.toArray()));
    other.close();
  });
});

const goodPost = {
  id: 'p1',
  day: '2026-03-29',
  publishedAt: '2026-03-29T10:00:00+02:00',
  platform: 'facebook',
  kind: 'post',
  source: 'manual',
  excerpt: 'Jarmark',
  updatedAt: '2026-03-29T10:00:00+02:00',
};
const log = (posts: unknown[], extra: object = {}) => JSON.stringify({ format: LOG_FORMAT, version: 1, posts, ...extra });
const csvHeader = '"id";"day";"publishedAt";"platform";"kind";"source";"excerpt";"note";"templateId";"hash";"uncertain";"updatedAt"';

const MALFORMED: [string, string, ProblemCode][] = [
  ['an empty file', '', 'empty'],
  ['only white space', '  \r\n\t', 'empty'],
  ['broken JSON', '{"format": "town-crier-log", "posts": [', 'notJson'],
  ['a JSON array', '[1, 2]', 'notLog'],
  ['another JSON file', '{"name": "package", "version": "1.0.0"}', 'notLog'],
  ['a newer format version', JSON.stringify({ format: LOG_FORMAT, version: 2, posts: [] }), 'newerVersion'],
  ['posts not a list', JSON.stringify({ format: LOG_FORMAT, version: 1, posts: { p1: goodPost } }), 'noPosts'],
  ['an entry that is not an object', log([goodPost, 42]), 'type'],
  ['a wrong type (time as a number)', log([{ ...goodPost, publishedAt: 1774771200000 }]), 'type'],
  ['a missing id', log([{ ...goodPost, id: undefined }]), 'missing'],
  ['an unknown network', log([{ ...goodPost, platform: 'tiktok' }]), 'platform'],
  ['an unknown kind', log([{ ...goodPost, kind: 'tweet' }]), 'kind'],
  ['an unknown source', log([{ ...goodPost, source: 'robot' }]), 'source'],
  ['an impossible day', log([{ ...goodPost, day: '2026-02-30' }]), 'date'],
  ['a time without a zone', log([{ ...goodPost, publishedAt: '2026-03-29 10:00' }]), 'date'],
  ['a date in the future', log([{ ...goodPost, day: '2030-01-01', publishedAt: '2030-01-01T10:00:00+01:00' }]), 'future'],
  ['a date in the far past', log([{ ...goodPost, day: '1999-12-31', publishedAt: '1999-12-31T10:00:00+01:00' }]), 'past'],
  ['a day that does not match the time', log([{ ...goodPost, day: '2026-01-01' }]), 'dayMismatch'],
  ['duplicate ids', log([goodPost, { ...goodPost, excerpt: 'jiný' }]), 'duplicateId'],
  ['an excerpt too long', log([{ ...goodPost, excerpt: 'x'.repeat(1000) }]), 'tooLong'],
  ['"uncertain" not a boolean', log([{ ...goodPost, uncertain: 'yes' }]), 'type'],
  ['a negative fan count', log([], { followers: [{ day: '2026-03-01', platform: 'facebook', count: -5 }] }), 'count'],
  ['the same page and day counted twice', log([], { followers: [{ day: '2026-03-01', platform: 'facebook', count: 5 }, { day: '2026-03-01', platform: 'facebook', count: 6 }] }), 'duplicateFollower'],
  ['too many entries', log(Array.from({ length: 200_001 }, () => 0)), 'tooMany'],
  ['CSV from another tool', '\uFEFFDatum;Text\r\n29.3.2026;Jarmark\r\n', 'csvColumns'],
  ['CSV with a column missing', csvHeader.replace(';"hash"', '') + '\r\n', 'csvColumns'],
  ['CSV with a row of the wrong length', `${csvHeader}\r\n"p1";"2026-03-29"\r\n`, 'csvFieldCount'],
  ['CSV with an unterminated quote', `${csvHeader}\r\n"p1";"2026-03-29\r\n`, 'csvQuote'],
  ['CSV with a bad value', `${csvHeader}\r\n"p1";"2026-03-29";"2026-03-29T10:00:00+02:00";"facebook";"post";"manual";"x";"";"";"";"maybe";"2026-03-29T10:00:00+02:00"\r\n`, 'type'],
  ['a binary file', 'PK\u0003\u0004\u0000\u0000\u0014\u0000', 'nul'],
];

describe('import rejects malformed files, says why, and changes nothing', () => {
  it.each(MALFORMED)('%s', async (_what, text, code) => {
    await seed(db);
    const before = await snapshot(db);
    const r = await importLogFile(db, file(text), NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toContain(code);
    for (const lang of ['cs', 'en'] as const) {
      for (const p of r.problems) {
        const msg = describeProblem(lang, p);
        expect(msg).not.toMatch(/log_import|\{\w+\}/);
        expect(msg.length).toBeGreaterThan(10);
      }
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('a huge file is refused without being read', async () => {
    await seed(db);
    const before = await snapshot(db);
    const text = vi.fn(async () => new ArrayBuffer(0));
    const r = await importLogFile(db, { name: 'big.json', size: MAX_IMPORT_BYTES + 1, arrayBuffer: text }, NOW);
    expect(r).toEqual({ ok: false, problems: [{ code: 'tooLarge', n: 50 }] });
    expect(describeProblem('cs', { code: 'tooLarge', n: 50 })).toContain('50 MB');
    expect(text).not.toHaveBeenCalled();
    expect(await snapshot(db)).toEqual(before);
  });

  it('lists every problem of every row, with where it is, up to a limit', async () => {
    const r = parseLogText(log([{ ...goodPost, platform: 'tiktok', kind: 'tweet' }, goodPost, { ...goodPost, id: 'p2', day: 'včera' }]), NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { code: 'platform', at: { in: 'post', n: 1 }, field: 'platform', value: 'tiktok' },
      { code: 'kind', at: { in: 'post', n: 1 }, field: 'kind', value: 'tweet' },
      { code: 'date', at: { in: 'post', n: 3 }, field: 'day', value: 'včera' },
    ]);
    expect(describeProblem('en', r.problems[0]!)).toBe('Post 1: “tiktok” is not a network: use facebook or instagram.');
    expect(describeProblem('cs', r.problems[2]!)).toBe('Příspěvek č. 3: pole „day“ neobsahuje platné datum („včera“), např. 2026-03-29 nebo 2026-03-29T10:00:00+02:00.');
    const many = parseLogText(log(Array.from({ length: 100 }, (_, i) => ({ ...goodPost, id: `x${i}`, kind: 'tweet' }))), NOW);
    expect(!many.ok && many.problems).toHaveLength(31);
    expect(!many.ok && describeProblem('cs', many.problems[30]!)).toBe('…a 70 dalších problémů.');
    const csvLine = parseLogText(`${csvHeader}\r\n"p1";"2026-03-29";"2026-03-29T10:00:00+02:00";"fb";"post";"manual";"Dva\r\nřádky";"";"";"";"";"2026-03-29T10:00:00+02:00"\r\n"p2";"2026-03-29"\r\n`, NOW);
    expect(!csvLine.ok && csvLine.problems.map((p) => describeProblem('en', p))).toEqual([
      'Line 2: “fb” is not a network: use facebook or instagram.',
      'Line 4: the row has 2 fields instead of 12.',
    ]);
  });

  it('a valid file whose write fails half-way leaves the database exactly as it was', async () => {
    await seed(db);
    const before = await snapshot(db);
    const text = log([goodPost, { ...goodPost, id: 'p2' }], { followers: [{ day: '2026-03-02', platform: 'facebook', count: 4410 }] });
    vi.spyOn(db.followers, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(importLogFile(db, file(text), NOW)).rejects.toThrow('QuotaExceededError');
    expect(await snapshot(db)).toEqual(before);
  });
});
