import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { inspectExisting, openDatabase, TownCrierDB } from './db';
import { SCHEMA_VERSIONS } from './schema';
import { openAtVersion, uniqueDbName } from './testing';

const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!;

/** Everything on disk: version, stores and every row (raw IndexedDB, no Dexie). */
function dump(name: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const d = req.result;
      const stores = [...d.objectStoreNames].sort();
      const out: Record<string, unknown> = { version: d.version, stores };
      if (!stores.length) return (d.close(), resolve(out));
      const tx = d.transaction(stores, 'readonly');
      for (const s of stores) {
        const r = tx.objectStore(s).getAll();
        r.onsuccess = () => (out[s] = r.result);
      }
      tx.oncomplete = () => (d.close(), resolve(out));
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** A database as raw IndexedDB leaves it: `version` with `stores`, one row in each. */
function rawDb(name: string, version: number, stores: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => {
      for (const s of stores) req.result.createObjectStore(s, { keyPath: s === 'postDays' ? 'day' : 'id' }).put(s === 'postDays' ? { day: '2026-03-29', total: 3 } : { id: `${s}-1`, day: '2026-03-29' });
    };
    req.onsuccess = () => (req.result.close(), resolve());
    req.onerror = () => reject(req.error);
  });
}

const ours = Object.keys(latest.stores);

describe('a database written by a newer version is never touched (checked before Dexie opens)', () => {
  const variants: [string, (name: string) => Promise<void>][] = [
    ['a higher version, our stores', (n) => rawDb(n, latest.version * 10 + 10, ours)],
    ['a higher version with a table we do not know', (n) => rawDb(n, latest.version * 10 + 10, [...ours, 'laterTable'])],
    ['our version with a renamed table (postDays → dayTotals)', (n) => rawDb(n, latest.version * 10, [...ours.filter((s) => s !== 'postDays'), 'dayTotals'])],
    [
      'a newer Dexie schema (version 3, one more table, rows in it)',
      async (n) => {
        const d = new Dexie(n);
        d.version(latest.version + 1).stores({ ...latest.stores, laterTable: 'id' });
        await d.open();
        await d.table('posts').put({ id: 'p1', day: '2026-03-29', publishedAt: 1 });
        await d.table('drafts').put({ id: 'd1' });
        d.close();
      },
    ],
  ];

  it.each(variants)('%s: the same "newer" message, nothing written (no upgrade, no built-in templates)', async (_what, make) => {
    const name = uniqueDbName();
    await make(name);
    const before = await dump(name);
    const db = new TownCrierDB(name);
    const r = await openDatabase(db);
    expect(r).toMatchObject({ ok: false, problem: 'newer' });
    expect(db.isOpen()).toBe(false);
    expect(await dump(name)).toEqual(before);
  });

  it('a new profile: nothing there, nothing created by the check; Dexie then creates and populates it', async () => {
    const name = uniqueDbName();
    expect(await inspectExisting(name)).toBeNull();
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
    const db = new TownCrierDB(name);
    expect(await openDatabase(db)).toEqual({ ok: true });
    expect(await db.templates.count()).toBeGreaterThan(0);
    db.close();
  });

  it('without indexedDB.databases() (older Firefox) the check still works and still creates nothing', async () => {
    const idb = Object.create(indexedDB, { databases: { value: undefined } }) as IDBFactory;
    const fresh = uniqueDbName();
    expect(await inspectExisting(fresh, idb)).toBeNull();
    expect((await indexedDB.databases()).some((d) => d.name === fresh)).toBe(false);
    const newer = uniqueDbName();
    await rawDb(newer, latest.version * 10 + 10, ours);
    expect(await inspectExisting(newer, idb)).toMatchObject({ problem: 'newer' });
  });

  it('an older version is still upgraded', async () => {
    const name = uniqueDbName();
    const old = openAtVersion(name, 1);
    await old.open();
    await old.table('posts').put({ id: 'p1', platform: 'facebook', kind: 'post', publishedAt: 1, day: '2026-03-29', source: 'manual', excerpt: 'x', updatedAt: 1 });
    old.close();
    const db = new TownCrierDB(name);
    expect(await openDatabase(db)).toEqual({ ok: true });
    expect(await db.posts.count()).toBe(1);
    db.close();
  });
});
