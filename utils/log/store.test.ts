import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TownCrierDB } from '../db/db';
import { uniqueDbName } from '../db/testing';
import { DUPLICATE_WINDOW_MS, enqueuePublished, publishedQueue, type PublishedEvent } from '../publish/queue';
import { countsOfDay, liveStories, postsOfDay } from './queries';
import {
  addPost,
  addPublishedEvents,
  deletePost,
  drainIntoLog,
  logByHand,
  noteFollowers,
  rebuildDaySummaries,
  restorePost,
  updatePost,
} from './store';
import { summarize } from './summary';
import { setTimeZone } from './testing';

const restoreTz = setTimeZone('Europe/Prague');
afterAll(restoreTz);

let db: TownCrierDB;
beforeEach(async () => {
  db = new TownCrierDB(uniqueDbName());
  await db.open();
});
afterEach(() => db.close());

const at = (iso: string) => Date.parse(iso);
const ev = (hash: string, iso: string, extra: Partial<PublishedEvent> = {}): PublishedEvent => ({
  platform: 'facebook',
  kind: 'post',
  at: at(iso),
  excerpt: '💧 Ve středu nepoteče voda v ulici Žižkova',
  hash,
  ...extra,
});

/** The per-day totals must always equal what the posts say. */
async function expectSummariesConsistent(d = db) {
  expect(await d.postDays.orderBy('day').toArray()).toEqual(summarize(await d.posts.toArray()));
}

describe('logging by hand', () => {
  it('adds a manual entry on the local day with its note, and counts it', async () => {
    const now = at('2026-03-29T00:30:00+01:00');
    const p = await logByHand(db, { platform: 'instagram', kind: 'story', note: '  Jarmark na náměstí  ' }, now);
    expect(p).toMatchObject({ platform: 'instagram', kind: 'story', source: 'manual', day: '2026-03-29', publishedAt: now, note: 'Jarmark na náměstí', updatedAt: now });
    expect(p.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await countsOfDay(db, '2026-03-29')).toEqual({ total: 1, facebook: 0, instagram: 1 });
    expect((await postsOfDay(db, '2026-03-29')).map((x) => x.id)).toEqual([p.id]);
    await expectSummariesConsistent();
  });

  it('lists a day newest first and counts per network', async () => {
    const a = await logByHand(db, { platform: 'facebook' }, at('2026-10-25T08:00:00+02:00'));
    const b = await logByHand(db, { platform: 'instagram' }, at('2026-10-25T20:00:00+01:00'));
    const c = await logByHand(db, { platform: 'facebook' }, at('2026-10-25T02:30:00+01:00'));
    expect((await postsOfDay(db, '2026-10-25')).map((x) => x.id)).toEqual([b.id, a.id, c.id]);
    expect(await countsOfDay(db, '2026-10-25')).toEqual({ total: 3, facebook: 2, instagram: 1 });
    expect(await countsOfDay(db, '2026-10-26')).toEqual({ total: 0, facebook: 0, instagram: 0 });
  });

  it('a day with more entries than the list shows: the newest ones, in order', async () => {
    const t0 = at('2026-03-29T08:00:00+02:00');
    for (let i = 0; i < 8; i++) await logByHand(db, { platform: 'facebook', note: String(i) }, t0 + i * 60_000);
    await logByHand(db, { platform: 'facebook' }, at('2026-03-30T08:00:00+02:00'));
    expect((await postsOfDay(db, '2026-03-29', 3)).map((p) => p.note)).toEqual(['7', '6', '5']);
    expect(await postsOfDay(db, '2026-03-29')).toHaveLength(8);
  });
});

describe('automatic entries', () => {
  it('the same event twice is one entry; the same text 10 minutes later is a new post', async () => {
    const e = ev('h1', '2026-03-29T10:00:00+02:00');
    expect(await addPublishedEvents(db, [e, e])).toEqual({ added: 1, duplicates: 1, invalid: 0 });
    expect(await addPublishedEvents(db, [{ ...e, at: e.at + 60_000 }])).toEqual({ added: 0, duplicates: 1, invalid: 0 });
    expect(await addPublishedEvents(db, [{ ...e, at: e.at + DUPLICATE_WINDOW_MS }])).toMatchObject({ added: 1 });
    const posts = await db.posts.toArray();
    expect(posts).toHaveLength(2);
    expect(posts[0]).toMatchObject({ source: 'auto', hash: 'h1', excerpt: e.excerpt, day: '2026-03-29' });
    await expectSummariesConsistent();
  });

  it('drops malformed events and keeps the uncertain flag', async () => {
    const r = await addPublishedEvents(db, [null, { hash: 'x' }, ev('', '2026-03-29T10:00:00Z'), ev('u', '2026-03-29T10:00:00Z', { uncertain: true })]);
    expect(r).toEqual({ added: 1, duplicates: 0, invalid: 3 });
    expect((await db.posts.toArray())[0]).toMatchObject({ hash: 'u', uncertain: true });
  });

  it('the same event drained by three contexts at once is stored once', async () => {
    const name = db.name;
    const others = [new TownCrierDB(name), new TownCrierDB(name)];
    const e = ev('same', '2026-03-29T10:00:00+02:00');
    const results = await Promise.all([db, ...others].map((d) => addPublishedEvents(d, [e])));
    expect(results.map((r) => r.added).sort()).toEqual([0, 0, 1]);
    expect(await db.posts.count()).toBe(1);
    others.forEach((d) => d.close());
  });

  it('drains the composer queue into the log, once, and empties the queue', async () => {
    await enqueuePublished(ev('q1', '2026-03-29T10:00:00+02:00'));
    await enqueuePublished(ev('q2', '2026-03-29T11:00:00+02:00', { platform: 'instagram', kind: 'reel' }));
    // The same event put in the queue twice (e.g. by an old version) still gives one entry.
    await publishedQueue.setValue([...(await publishedQueue.getValue()), ev('q1', '2026-03-29T10:00:30+02:00')]);
    const drained = await Promise.all([drainIntoLog(db), drainIntoLog(db)]);
    expect(drained.sort()).toEqual([0, 3]);
    expect(await publishedQueue.getValue()).toEqual([]);
    expect((await db.posts.toArray()).map((p) => p.hash).sort()).toEqual(['q1', 'q2']);
    expect(await countsOfDay(db, '2026-03-29')).toEqual({ total: 2, facebook: 1, instagram: 1 });
  });

  it('keeps the queue when the log cannot be written', async () => {
    await enqueuePublished(ev('keep', '2026-03-29T10:00:00+02:00'));
    db.close();
    await expect(drainIntoLog(db)).rejects.toThrow();
    expect(await publishedQueue.getValue()).toHaveLength(1);
  });
});

describe('edit, delete, undo', () => {
  it('editing the time moves the entry to that day; editing the note keeps the day', async () => {
    const p = await logByHand(db, { platform: 'facebook', note: 'x' }, at('2026-03-29T10:00:00+02:00'));
    const moved = await updatePost(db, p.id, { publishedAt: at('2026-03-28T21:00:00+01:00'), kind: 'event' }, at('2026-03-29T11:00:00+02:00'));
    expect(moved).toMatchObject({ day: '2026-03-28', kind: 'event', note: 'x', updatedAt: at('2026-03-29T11:00:00+02:00') });
    expect(await countsOfDay(db, '2026-03-29')).toMatchObject({ total: 0 });
    expect(await db.postDays.get('2026-03-29')).toBeUndefined();
    expect(await db.postDays.get('2026-03-28')).toMatchObject({ total: 1, kinds: { event: 1 } });
    const renoted = await updatePost(db, p.id, { note: '   ', platform: 'instagram' });
    expect(renoted).toMatchObject({ day: '2026-03-28', platform: 'instagram' });
    expect(renoted).not.toHaveProperty('note');
    expect(await updatePost(db, 'gone', { note: 'y' })).toBeNull();
    await expectSummariesConsistent();
  });

  it('deletes and restores an entry exactly as it was', async () => {
    const p = await logByHand(db, { platform: 'facebook', note: 'Uzavírka' }, at('2026-03-29T10:00:00+02:00'));
    const deleted = await deletePost(db, p.id);
    expect(deleted).toEqual(p);
    expect(await db.posts.count()).toBe(0);
    expect(await deletePost(db, p.id)).toBeUndefined();
    await restorePost(db, deleted!);
    await restorePost(db, deleted!);
    expect(await db.posts.toArray()).toEqual([p]);
    await expectSummariesConsistent();
  });

  it('any mix of writes keeps the per-day totals equal to the posts', async () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const ids: string[] = [];
    const t0 = at('2026-03-20T12:00:00+01:00');
    for (let i = 0; i < 150; i++) {
      const r = rnd();
      const time = t0 + Math.floor(rnd() * 14) * 86_400_000 + Math.floor(rnd() * 86_400_000);
      if (r < 0.5 || !ids.length) {
        const p = await addPost(db, { platform: rnd() < 0.5 ? 'facebook' : 'instagram', kind: rnd() < 0.7 ? 'post' : 'story', publishedAt: time, source: 'manual', templateId: rnd() < 0.3 ? 't1' : undefined });
        ids.push(p.post.id);
      } else if (r < 0.8) {
        await updatePost(db, ids[Math.floor(rnd() * ids.length)]!, { publishedAt: time, kind: 'reel' });
      } else {
        await deletePost(db, ids.splice(Math.floor(rnd() * ids.length), 1)[0]!);
      }
    }
    await expectSummariesConsistent();
    const before = await db.postDays.toArray();
    await db.postDays.clear();
    await rebuildDaySummaries(db);
    expect(await db.postDays.toArray()).toEqual(before);
  });
});

describe('concurrency', () => {
  it('200 writes from the panel, the background and a second page at once → exactly 200 entries', async () => {
    const contexts = [db, new TownCrierDB(db.name), new TownCrierDB(db.name)];
    const now = at('2026-03-29T10:00:00+02:00');
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => logByHand(contexts[i % 3]!, { platform: i % 2 ? 'facebook' : 'instagram', note: `#${i}` }, now + i)),
    );
    expect(await db.posts.count()).toBe(200);
    expect(new Set((await db.posts.toArray()).map((p) => p.note)).size).toBe(200);
    expect(await countsOfDay(db, '2026-03-29')).toEqual({ total: 200, facebook: 100, instagram: 100 });
    contexts.slice(1).forEach((d) => d.close());
  });
});

describe('time zones', () => {
  it('an entry keeps the day it was logged on after the time zone changes', async () => {
    const t = at('2026-06-10T22:30:00Z'); // 00:30 on 11 June in Prague, 18:30 on 10 June in New York
    const prague = await logByHand(db, { platform: 'facebook' }, t);
    expect(prague.day).toBe('2026-06-11');
    // The admin travels (or the PC's zone is changed): new entries follow the new zone.
    const back = setTimeZone('America/New_York');
    const ny = await logByHand(db, { platform: 'facebook' }, t).finally(back);
    expect(ny.day).toBe('2026-06-10');
    expect((await db.posts.get(prague.id))!.day).toBe('2026-06-11');
    expect(await countsOfDay(db, '2026-06-11')).toMatchObject({ total: 1 });
  });
});

describe('stories', () => {
  it('lists stories of the last 24 hours only', async () => {
    const now = at('2026-03-29T12:00:00+02:00');
    const fresh = await logByHand(db, { platform: 'instagram', kind: 'story' }, now - 60_000);
    const old = await logByHand(db, { platform: 'instagram', kind: 'story' }, now - 24 * 3_600_000 - 1);
    await logByHand(db, { platform: 'instagram', kind: 'post' }, now - 60_000);
    const edge = await logByHand(db, { platform: 'facebook', kind: 'story' }, now - 24 * 3_600_000 + 1);
    expect((await liveStories(db, now)).map((p) => p.id)).toEqual([fresh.id, edge.id]);
    expect((await liveStories(db, now)).map((p) => p.id)).not.toContain(old.id);
  });
});

describe('followers', () => {
  it('one count per page and day: a second note replaces the first', async () => {
    await noteFollowers(db, { platform: 'facebook', day: '2026-03-29', count: 4380 }, 1);
    await noteFollowers(db, { platform: 'facebook', day: '2026-03-29', count: 4400 }, 2);
    await noteFollowers(db, { platform: 'instagram', day: '2026-03-29', count: 900 }, 3);
    expect(await db.followers.toArray()).toEqual([
      { id: 'facebook:2026-03-29', platform: 'facebook', day: '2026-03-29', count: 4400, updatedAt: 2 },
      { id: 'instagram:2026-03-29', platform: 'instagram', day: '2026-03-29', count: 900, updatedAt: 3 },
    ]);
  });
});

describe('failures', () => {
  it('a write that fails half-way leaves neither the post nor its total behind', async () => {
    await logByHand(db, { platform: 'facebook' }, at('2026-03-29T09:00:00+02:00'));
    const spy = vi.spyOn(db.postDays, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(logByHand(db, { platform: 'facebook' }, at('2026-03-29T10:00:00+02:00'))).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.posts.count()).toBe(1);
    await expectSummariesConsistent();
  });
});
