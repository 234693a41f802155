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
import { readFileText, type Encoding, type ReadableFile } from '../files/decode';
import { ImportCancelled, runSliced, type SliceOptions } from '../files/slices';
import { MAX_IMPORT_BYTES, parseLogSteps, type ImportProblem } from './exchange';
import { applyToSummaries } from './store';
import type { SummaryPost } from './summary';

export type ImportFile = ReadableFile;

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  followers: number;
}

/** `encoding`: what the file was in (anything but UTF-8 was converted, and the panel says so). */
export type ImportResult = ({ ok: true; encoding: Encoding } & MergeCounts) | { ok: false; problems: ImportProblem[]; cancelled?: true };

/**
 * Reads, checks and merges a file in slices (progress 0…1, cancellable at any point: a cancel
 * during the write rolls the transaction back, so the log is then exactly as before).
 */
export async function importLogFile(db: TownCrierDB, file: ImportFile, now = Date.now(), opts: SliceOptions = {}): Promise<ImportResult> {
  // Checked before reading: a huge file is not loaded into memory at all.
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problems: [{ code: 'tooLarge', n: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) }] };
  try {
    const read = await readFileText(file);
    if (!read.ok) return { ok: false, problems: [{ code: read.reason === 'read' ? 'notLog' : read.reason }] };
    const parsed = await runSliced(parseLogSteps(read.text, now), opts);
    if (!parsed.ok) return parsed;
    return { ok: true, encoding: read.encoding, ...(await mergeIntoLog(db, parsed.posts, parsed.followers, opts)) };
  } catch (e) {
    if (e instanceof ImportCancelled || (e as { inner?: unknown })?.inner instanceof ImportCancelled) return { ok: false, problems: [], cancelled: true };
    throw e;
  }
}

/** Rows per IndexedDB call: each call's structured clone is one task of the page. */
const CHUNK = 2000;

export function mergeIntoLog(db: TownCrierDB, posts: PostRecord[], followers: FollowerRecord[], { signal, onProgress }: SliceOptions = {}): Promise<MergeCounts> {
  const check = () => {
    if (signal?.aborted) throw new ImportCancelled();
  };
  return db.transaction('rw', db.posts, db.postDays, db.followers, async () => {
    const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0, duplicates: 0, followers: 0 };
    const existing: (PostRecord | undefined)[] = [];
    for (let i = 0; i < posts.length; i += CHUNK) {
      check();
      existing.push(...(await db.posts.bulkGet(posts.slice(i, i + CHUNK).map((p) => p.id))));
    }
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
      // The file's own source (auto, manual, import): a round trip keeps what the entry was.
      const next: PostRecord = incoming;
      if (incoming.hash) noteHash(incoming.hash, incoming.publishedAt);
      toPut.push(next);
      changes.push([next, 1]);
      counts.added++;
    });
    for (let i = 0; i < toPut.length; i += CHUNK) {
      check();
      onProgress?.(0.9 + (0.1 * i) / toPut.length);
      await db.posts.bulkPut(toPut.slice(i, i + CHUNK));
    }
    check();
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
