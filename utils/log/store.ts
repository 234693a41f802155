/**
 * Every write to the post log. Each one is a single read-write transaction over `posts` and
 * `postDays`, so the per-day totals never disagree with the posts, and two contexts (panel,
 * background, a second panel) writing at once are serialised by IndexedDB itself.
 *
 * Runs wherever the extension's IndexedDB is (panel, background); no other browser APIs.
 */
import type { TownCrierDB } from '../db/db';
import type { FollowerRecord, Platform, PostDayRecord, PostKind, PostRecord, PostSource } from '../db/types';
import { DUPLICATE_WINDOW_MS, drainPublished, isPublishedEvent, type PublishedEvent } from '../publish/queue';
import { dayKey } from './day';
import { followerId, MAX_EXCERPT, MAX_NOTE } from './limits';
import { applyPost, emptyDay, summarize, type SummaryPost } from './summary';
import { linkPostToDraft } from '../plan/publish';


export interface NewPost {
  platform: Platform;
  kind: PostKind;
  publishedAt: number;
  source: PostSource;
  excerpt?: string;
  note?: string;
  templateId?: string;
  hash?: string;
  uncertain?: boolean;
  /** Defaults to the local day of `publishedAt` (now, in the admin's time zone). */
  day?: string;
}

const clip = (s: string | undefined, max: number) => (s ?? '').trim().slice(0, max);

export function newPostRecord(input: NewPost, now: number): PostRecord {
  const rec: PostRecord = {
    id: crypto.randomUUID(),
    platform: input.platform,
    kind: input.kind,
    publishedAt: input.publishedAt,
    day: input.day ?? dayKey(input.publishedAt),
    source: input.source,
    excerpt: clip(input.excerpt, MAX_EXCERPT),
    updatedAt: now,
  };
  const note = clip(input.note, MAX_NOTE);
  if (note) rec.note = note;
  if (input.templateId) rec.templateId = input.templateId;
  if (input.hash) rec.hash = input.hash;
  if (input.uncertain) rec.uncertain = true;
  return rec;
}

/**
 * Adds and removes posts from the per-day totals. Call inside a transaction that includes
 * `postDays`; each day is read and written once, however many posts change it.
 */
export async function applyToSummaries(db: TownCrierDB, changes: readonly (readonly [SummaryPost, 1 | -1])[]): Promise<void> {
  if (!changes.length) return;
  const days = [...new Set(changes.map(([p]) => p.day))];
  const stored = await db.postDays.bulkGet(days);
  const recs = new Map<string, PostDayRecord>(days.map((d, i) => [d, stored[i] ?? emptyDay(d)]));
  for (const [post, sign] of changes) applyPost(recs.get(post.day)!, post, sign);
  const all = [...recs.values()];
  await db.postDays.bulkPut(all.filter((r) => r.total > 0));
  const empty = all.filter((r) => r.total <= 0).map((r) => r.day);
  if (empty.length) await db.postDays.bulkDelete(empty);
}

/** A post already logged with the same text hash within 10 minutes of `at` (the same post). */
export function findSamePost(db: TownCrierDB, hash: string, at: number): Promise<PostRecord | undefined> {
  return db.posts
    .where('hash')
    .equals(hash)
    .filter((p) => Math.abs(p.publishedAt - at) < DUPLICATE_WINDOW_MS)
    .first();
}

async function addInTransaction(db: TownCrierDB, input: NewPost, now: number): Promise<{ post: PostRecord; duplicate: boolean }> {
  if (input.hash) {
    const same = await findSamePost(db, input.hash, input.publishedAt);
    if (same) return { post: same, duplicate: true };
  }
  const post = newPostRecord(input, now);
  await db.posts.add(post);
  await applyToSummaries(db, [[post, 1]]);
  return { post, duplicate: false };
}

/** Logs one post; one with a known text hash that is already logged (±10 min) is not added again. */
export function addPost(db: TownCrierDB, input: NewPost, now = Date.now()): Promise<{ post: PostRecord; duplicate: boolean }> {
  return db.transaction('rw', db.posts, db.postDays, () => addInTransaction(db, input, now));
}

export interface ManualEntry {
  platform: Platform;
  kind?: PostKind;
  note?: string;
  /** Defaults to now. */
  publishedAt?: number;
  excerpt?: string;
}

/**
 * "+1": the admin published something and logs it by hand. The panel's buttons call it, and
 * the background's `log:add` message (a keyboard shortcut later).
 */
export function logByHand(db: TownCrierDB, entry: ManualEntry, now = Date.now()): Promise<PostRecord> {
  return addPost(
    db,
    { platform: entry.platform, kind: entry.kind ?? 'post', publishedAt: entry.publishedAt ?? now, source: 'manual', note: entry.note, excerpt: entry.excerpt },
    now,
  ).then((r) => r.post);
}

/**
 * The composer's "published" events, in one transaction: malformed ones are dropped, and an
 * event whose post is already logged (same hash within 10 minutes) is not logged twice, also
 * when another context drains the same event at the same time.
 */
export function addPublishedEvents(db: TownCrierDB, events: readonly unknown[], now = Date.now()): Promise<{ added: number; duplicates: number; invalid: number }> {
  return db.transaction('rw', db.posts, db.postDays, db.drafts, async () => {
    const result = { added: 0, duplicates: 0, invalid: 0 };
    for (const e of events) {
      if (!isPublishedEvent(e)) {
        result.invalid++;
        continue;
      }
      const { post, duplicate } = await addInTransaction(db, fromEvent(e), now);
      // The week plan's draft of this text becomes "published", linked to this one entry.
      if (!duplicate) await linkPostToDraft(db, post);
      result[duplicate ? 'duplicates' : 'added']++;
    }
    return result;
  });
}

function fromEvent(e: PublishedEvent): NewPost {
  return { platform: e.platform, kind: e.kind, publishedAt: e.at, source: 'auto', excerpt: e.excerpt, hash: e.hash, uncertain: e.uncertain };
}

/** Moves the composer's queued events into the log; the queue is emptied only when that succeeded. */
export function drainIntoLog(db: TownCrierDB): Promise<number> {
  return drainPublished(async (events) => {
    await addPublishedEvents(db, events);
  });
}

export type PostPatch = Partial<Pick<PostRecord, 'platform' | 'kind' | 'publishedAt' | 'excerpt' | 'note' | 'uncertain'>>;

/**
 * Edits an entry. A new time moves it to that time's local day; otherwise it keeps its day
 * (a later time-zone change never moves old posts). Returns null if it no longer exists.
 */
export function updatePost(db: TownCrierDB, id: string, patch: PostPatch, now = Date.now()): Promise<PostRecord | null> {
  return db.transaction('rw', db.posts, db.postDays, async () => {
    const old = await db.posts.get(id);
    if (!old) return null;
    const next: PostRecord = { ...old, ...patch, updatedAt: now };
    if (patch.publishedAt !== undefined && patch.publishedAt !== old.publishedAt) next.day = dayKey(patch.publishedAt);
    if (patch.excerpt !== undefined) next.excerpt = clip(patch.excerpt, MAX_EXCERPT);
    if (patch.note !== undefined) {
      const note = clip(patch.note, MAX_NOTE);
      if (note) next.note = note;
      else delete next.note;
    }
    if (!next.uncertain) delete next.uncertain;
    await db.posts.put(next);
    await applyToSummaries(db, [[old, -1], [next, 1]]);
    return next;
  });
}

/** Deletes an entry and returns it (for undo), or undefined if it was already gone. */
export function deletePost(db: TownCrierDB, id: string): Promise<PostRecord | undefined> {
  return db.transaction('rw', db.posts, db.postDays, async () => {
    const old = await db.posts.get(id);
    if (!old) return undefined;
    await db.posts.delete(id);
    await applyToSummaries(db, [[old, -1]]);
    return old;
  });
}

/** Undo of a delete: puts the entry back exactly as it was (no-op if it is there again). */
export function restorePost(db: TownCrierDB, post: PostRecord): Promise<void> {
  return db.transaction('rw', db.posts, db.postDays, async () => {
    if (await db.posts.get(post.id)) return;
    await db.posts.add(post);
    await applyToSummaries(db, [[post, 1]]);
  });
}

/** Recomputes every per-day total from the posts (repair; the v2 migration does the same). */
export function rebuildDaySummaries(db: TownCrierDB): Promise<void> {
  return db.transaction('rw', db.posts, db.postDays, async () => {
    const posts = await db.posts.toArray();
    await db.postDays.clear();
    await db.postDays.bulkPut(summarize(posts));
  });
}

/** Notes the page's fan count on a day; a second count for the same page and day replaces the first. */
export async function noteFollowers(db: TownCrierDB, entry: { platform: Platform; day: string; count: number }, now = Date.now()): Promise<FollowerRecord> {
  const rec: FollowerRecord = { id: followerId(entry.platform, entry.day), ...entry, updatedAt: now };
  await db.followers.put(rec);
  return rec;
}

export function deleteFollowers(db: TownCrierDB, id: string): Promise<void> {
  return db.followers.delete(id);
}

/** Empties the whole log — posts, their per-day totals and fan counts — in one transaction ("Delete everything"). */
export function clearLog(db: TownCrierDB): Promise<void> {
  return db.transaction('rw', db.posts, db.postDays, db.followers, async () => {
    await db.posts.clear();
    await db.postDays.clear();
    await db.followers.clear();
  });
}
