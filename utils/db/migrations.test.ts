import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase, TownCrierDB } from './db';
import { SCHEMA_VERSIONS } from './schema';
import { openAtVersion, uniqueDbName } from './testing';
import type { PostRecord } from './types';

const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

const post = (id: string, day: string): PostRecord => ({
  id,
  platform: 'facebook',
  kind: 'post',
  publishedAt: Date.parse(`${day}T10:00:00Z`),
  day,
  source: 'manual',
  excerpt: `Příspěvek ${id} 💧`,
  updatedAt: 1,
});

describe('schema versions', () => {
  it('are declared in ascending order without gaps', () => {
    SCHEMA_VERSIONS.forEach((v, i) => expect(v.version).toBe(i + 1));
  });

  it('the app opens at the latest version', async () => {
    const db = new TownCrierDB(uniqueDbName());
    await db.open();
    expect(db.verno).toBe(latest);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      Object.keys(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.stores).sort(),
    );
    db.close();
  });

  // The pattern every schema change must follow: seed version N with data, open the app's
  // database (latest version), assert every row survived.
  it.each(SCHEMA_VERSIONS.map((v) => v.version))('data written at version %i survives opening the latest', async (n) => {
    const name = uniqueDbName();
    const old = openAtVersion(name, n);
    await old.open();
    await old.table('posts').bulkAdd([post('a', '2026-03-29'), post('b', '2026-10-25')]);
    await old.table('tags').add({ id: 't1', name: 'Policie ČR', category: 'police', updatedAt: 1 });
    await old.table('hashtagSets').add({ id: 'h1', name: 'Město', hashtags: ['#Zábřeh'], requiredOn: ['facebook'], order: 0, updatedAt: 1 });
    old.close();

    const db = new TownCrierDB(name);
    await db.open();
    expect(db.verno).toBe(latest);
    expect(await db.posts.where('day').between('2026-01-01', '2026-12-31').primaryKeys()).toEqual(['a', 'b']);
    expect((await db.posts.get('a'))?.excerpt).toBe('Příspěvek a 💧');
    expect((await db.tags.get('t1'))?.name).toBe('Policie ČR');
    expect((await db.hashtagSets.get('h1'))?.hashtags).toEqual(['#Zábřeh']);
    db.close();
  });
});

describe('openDatabase on a database it cannot use', () => {
  it('reports "newer" when a newer version of the extension wrote it, instead of failing query by query', async () => {
    const name = uniqueDbName();
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 99_990);
      req.onsuccess = () => (req.result.close(), resolve());
      req.onerror = () => reject(req.error);
    });
    const r = await openDatabase(new TownCrierDB(name));
    expect(r).toMatchObject({ ok: false, problem: 'newer' });
  });

  it('heals a database whose stores went missing (Dexie recreates them) and keeps what is there', async () => {
    const name = uniqueDbName();
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, latest * 10);
      req.onupgradeneeded = () => req.result.createObjectStore('posts', { keyPath: 'id' }).add(post('kept', '2026-11-26'));
      req.onsuccess = () => (req.result.close(), resolve());
      req.onerror = () => reject(req.error);
    });
    const db = new TownCrierDB(name);
    expect(await openDatabase(db)).toEqual({ ok: true });
    expect(await db.tags.count()).toBe(0);
    expect((await db.posts.get('kept'))?.day).toBe('2026-11-26');
    db.close();
  });
});

describe('version 1 → 2 (per-day totals of posts)', () => {
  it('keeps every post and field, and fills the totals from the posts already logged', async () => {
    const name = uniqueDbName();
    const v1 = openAtVersion(name, 1);
    await v1.open();
    const rows: PostRecord[] = [
      post('a', '2026-03-29'),
      { ...post('b', '2026-03-29'), platform: 'instagram', kind: 'story', templateId: 'builtin:cs:event', hash: 'h', note: 'Jarmark' },
      { ...post('c', '2026-10-25'), source: 'auto', kind: 'reel' },
    ];
    await v1.table('posts').bulkAdd(rows);
    await v1.table('followers').add({ id: 'facebook:2023-03-01', day: '2023-03-01', count: 1450, platform: 'facebook' });
    v1.close();

    const db = new TownCrierDB(name);
    await db.open();
    expect(await db.posts.orderBy('id').toArray()).toEqual(rows);
    expect(await db.followers.toArray()).toEqual([{ id: 'facebook:2023-03-01', day: '2023-03-01', count: 1450, platform: 'facebook' }]);
    expect(await db.postDays.toArray()).toEqual([
      { day: '2026-03-29', total: 2, facebook: 1, instagram: 1, kinds: { post: 1, story: 1 }, templates: { 'builtin:cs:event': 1 } },
      { day: '2026-10-25', total: 1, facebook: 1, instagram: 0, kinds: { reel: 1 }, templates: {} },
    ]);
    // The new [day+publishedAt] index covers the old rows too.
    expect(await db.posts.where('[day+publishedAt]').between(['2026-03-29', 0], ['2026-03-29', Infinity]).primaryKeys()).toEqual(['a', 'b']);
    db.close();
  });

  it('an empty version-1 database upgrades to empty totals', async () => {
    const name = uniqueDbName();
    const v1 = openAtVersion(name, 1);
    await v1.open();
    v1.close();
    const db = new TownCrierDB(name);
    await db.open();
    expect(await db.postDays.count()).toBe(0);
    db.close();
  });
});

describe('version 2 → 3 (drafts of the week plan)', () => {
  it('keeps every row of every version-2 table and starts with no drafts', async () => {
    const name = uniqueDbName();
    const v2 = openAtVersion(name, 2);
    await v2.open();
    const rows = [post('a', '2026-03-29'), { ...post('b', '2026-12-05'), hash: 'abc', templateId: 'builtin:cs:event' }];
    const day = { day: '2026-03-29', total: 1, facebook: 1, instagram: 0, kinds: { post: 1 }, templates: {} };
    const follower = { id: 'facebook:2026-03-01', day: '2026-03-01', count: 1450, platform: 'facebook', updatedAt: 5 };
    const template = { id: 'mine-1', lang: 'cs', kind: 'event', name: 'Akce', order: 0, builtin: false, platforms: ['facebook'], hashtags: [], tagCategories: [], createdAt: 1, updatedAt: 2, body: 'x' };
    await v2.table('posts').bulkAdd(rows);
    await v2.table('postDays').add(day);
    await v2.table('followers').add(follower);
    await v2.table('templates').add(template);
    v2.close();

    const db = new TownCrierDB(name);
    await db.open();
    expect(await db.posts.orderBy('id').toArray()).toEqual(rows);
    expect(await db.postDays.toArray()).toEqual([day]);
    expect(await db.followers.toArray()).toEqual([follower]);
    expect(await db.templates.get('mine-1')).toEqual(template);
    expect(await db.drafts.count()).toBe(0);
    // The new indexes work on the upgraded database.
    await db.drafts.add({ id: 'd1', title: 'T', facebook: 'F', instagram: '', kind: 'event', source: 'citizen', status: 'ready', plannedDay: '2026-12-12', hashes: ['h1', 'h2'], createdAt: 1, updatedAt: 1 });
    expect(await db.drafts.where('hashes').equals('h2').primaryKeys()).toEqual(['d1']);
    expect(await db.drafts.where('plannedDay').between('2026-12-07', '2026-12-13', true, true).primaryKeys()).toEqual(['d1']);
    db.close();
  });
});

describe('openDatabase when another connection blocks the upgrade', () => {
  it('answers "blocked" instead of waiting forever, then gets through once the other lets go', async () => {
    const name = uniqueDbName();
    const held = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10); // version 1, never closed on versionchange
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const db = new TownCrierDB(name);
    const first = await openDatabase(db, 2_000);
    expect(first).toMatchObject({ ok: false, problem: 'blocked' });
    held.close();
    expect(first.ok === false && (await first.later)).toEqual({ ok: true });
    db.close();
  });
});
