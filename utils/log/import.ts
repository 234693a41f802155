/**
 * Import of an exported log into the database: everything is checked first (./exchange.ts),
 * then merged in ONE transaction, so a file is either merged completely or not at all.
 *
 * Merging is by id, so two admins of the same page can combine their logs (and import the
 * same file twice) without duplicates: an entry already here is replaced only by a newer
 * edit of it; a new entry whose post is already logged under another id (same text hash
 * within 10 minutes) is skipped.
 */
import type { TownCrierDB } from '../db/db';
import type { FollowerRecord, PostRecord } from '../db/types';
import { DUPLICATE_WINDOW_MS } from '../publish/queue';
import { MAX_IMPORT_BYTES, parseLogText, type ImportProblem } from './exchange';
import { applyToSummaries } from './store';
import type { SummaryPost } from './summary';

export interface ImportFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  followers: number;
}

export type ImportResult = ({ ok: true } & MergeCounts) | { ok: false; problems: ImportProblem[] };

export async function importLogFile(db: TownCrierDB, file: ImportFile, now = Date.now()): Promise<ImportResult> {
  // Checked before reading: a huge file is not loaded into memory at all.
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problems: [{ code: 'tooLarge', n: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) }] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problems: [{ code: 'notLog' }] };
  }
  const parsed = parseLogText(text, now);
  if (!parsed.ok) return parsed;
  return { ok: true, ...(await mergeIntoLog(db, parsed.posts, parsed.followers)) };
}

export function mergeIntoLog(db: TownCrierDB, posts: PostRecord[], followers: FollowerRecord[]): Promise<MergeCounts> {
  return db.transaction('rw', db.posts, db.postDays, db.followers, async () => {
    const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0, duplicates: 0, followers: 0 };
    const existing = await db.posts.bulkGet(posts.map((p) => p.id));
    // Times of posts per text hash: those logged here, and those this file adds.
    const hashes = [...new Set(posts.map((p) => p.hash).filter((h): h is string => !!h))];
    const timesByHash = new Map<string, number[]>();
    const noteHash = (hash: string, at: number) => {
      const list = timesByHash.get(hash);
      if (list) list.push(at);
      else timesByHash.set(hash, [at]);
    };
    if (hashes.length) for (const p of await db.posts.where('hash').anyOf(hashes).toArray()) noteHash(p.hash!, p.publishedAt);

    const toPut: PostRecord[] = [];
    const changes: [SummaryPost, 1 | -1][] = [];
    posts.forEach((incoming, i) => {
      const old = existing[i];
      if (old) {
        if (incoming.updatedAt <= old.updatedAt) return void counts.unchanged++;
        const next = { ...incoming, source: old.source };
        toPut.push(next);
        changes.push([old, -1], [next, 1]);
        counts.updated++;
        return;
      }
      if (incoming.hash && timesByHash.get(incoming.hash)?.some((t) => Math.abs(t - incoming.publishedAt) < DUPLICATE_WINDOW_MS)) {
        return void counts.duplicates++;
      }
      const next: PostRecord = { ...incoming, source: 'import' };
      if (incoming.hash) noteHash(incoming.hash, incoming.publishedAt);
      toPut.push(next);
      changes.push([next, 1]);
      counts.added++;
    });
    await db.posts.bulkPut(toPut);
    await applyToSummaries(db, changes);

    const oldFollowers = await db.followers.bulkGet(followers.map((f) => f.id));
    const newerFollowers = followers.filter((f, i) => {
      const old = oldFollowers[i];
      return !old || (f.updatedAt ?? 0) > (old.updatedAt ?? 0);
    });
    await db.followers.bulkPut(newerFollowers);
    counts.followers = newerFollowers.length;
    return counts;
  });
}

/** Everything the log holds, for export. */
export async function readWholeLog(db: TownCrierDB): Promise<{ posts: PostRecord[]; followers: FollowerRecord[] }> {
  return db.transaction('r', db.posts, db.followers, async () => ({ posts: await db.posts.toArray(), followers: await db.followers.toArray() }));
}
