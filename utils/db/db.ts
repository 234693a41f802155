/**
 * The extension's database. Open it only from extension pages and the background: in a
 * content script it would be the host page's own IndexedDB.
 */
import Dexie, { type EntityTable } from 'dexie';
import { POPULATE } from './populate';
import { DB_NAME, SCHEMA_VERSIONS } from './schema';
import type { DraftPhotoRecord, DraftRecord, FollowerRecord, HashtagSetRecord, PostDayRecord, PostRecord, TagRecord, TemplateRecord } from './types';

export class TownCrierDB extends Dexie {
  templates!: EntityTable<TemplateRecord, 'id'>;
  hashtagSets!: EntityTable<HashtagSetRecord, 'id'>;
  tags!: EntityTable<TagRecord, 'id'>;
  posts!: EntityTable<PostRecord, 'id'>;
  followers!: EntityTable<FollowerRecord, 'id'>;
  /** Derived from `posts`; written only by utils/log/store.ts, in the same transaction. */
  postDays!: EntityTable<PostDayRecord, 'day'>;
  /** The week plan's drafts (utils/plan/repo.ts). */
  drafts!: EntityTable<DraftRecord, 'id'>;
  draftPhotos!: EntityTable<DraftPhotoRecord, 'draftId'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    // Starter data, once, when the database is created (what the admin deletes stays deleted).
    this.on('populate', (tx) => {
      for (const populate of POPULATE) populate(tx);
    });
  }
}

export const db = new TownCrierDB();

export type DbProblem = 'unavailable' | 'blocked' | 'quota' | 'newer' | 'corrupt' | 'unknown';

/** Maps what IndexedDB throws to something the panel can explain to the admin. */
export function classifyDbError(e: unknown): DbProblem {
  const err = e as { name?: string; inner?: { name?: string }; message?: string } | null;
  const names = [err?.name, err?.inner?.name];
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('VersionError')) return 'newer';
  if (names.includes('MissingAPIError') || names.includes('InvalidStateError') || names.includes('SecurityError'))
    return 'unavailable';
  if (names.includes('DatabaseClosedError') && /blocked/i.test(err?.message ?? '')) return 'blocked';
  if (names.includes('OpenFailedError')) return 'unavailable';
  return 'unknown';
}

const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

function schemaProblem(database: Dexie): DbProblem | null {
  const idb = database.backendDB();
  const stores = idb.objectStoreNames;
  const expected = Object.keys(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.stores);
  const missing = expected.filter((name) => !stores.contains(name));
  if (!missing.length) return null;
  // Dexie stores version n as IndexedDB version n × 10, and patches missing stores itself when
  // it can; what is still missing comes from a newer version of the extension (or damage).
  return idb.version > LATEST_VERSION * 10 ? 'newer' : 'corrupt';
}

export type OpenResult =
  | { ok: true }
  | {
      ok: false;
      problem: DbProblem;
      detail: string;
      /** For 'blocked': settles when the other connection lets go (the panel then recovers). */
      later?: Promise<OpenResult>;
    };

async function openAndCheck(database: Dexie): Promise<OpenResult> {
  try {
    await database.open();
    // Dexie 4 opens a database that a newer version (or a damaged profile) left in another
    // shape without complaint; queries would then fail one by one. Check the shape once here.
    const problem = schemaProblem(database);
    if (problem) return { ok: false, problem, detail: `IndexedDB version ${database.backendDB().version}, stores: ${[...database.backendDB().objectStoreNames].join(', ')}` };
    return { ok: true };
  } catch (e) {
    return { ok: false, problem: classifyDbError(e), detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/**
 * Opens the database; resolves to a problem instead of throwing. An upgrade that another
 * open connection blocks would otherwise wait forever ("Loading…" for good): after Dexie's
 * `blocked` event or `timeoutMs` it answers 'blocked', with `later` for when it gets through.
 */
export async function openDatabase(database: Dexie = db, timeoutMs = 8_000): Promise<OpenResult> {
  if (typeof indexedDB === 'undefined') return { ok: false, problem: 'unavailable', detail: 'indexedDB is undefined' };
  const opening = openAndCheck(database);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onBlocked: (() => void) | undefined;
  const blocked = new Promise<OpenResult>((resolve) => {
    const answer = (detail: string) => resolve({ ok: false, problem: 'blocked', detail, later: opening });
    onBlocked = () => answer('another connection keeps the database open');
    database.on('blocked', onBlocked);
    timer = setTimeout(() => answer(`no answer from IndexedDB after ${timeoutMs} ms`), timeoutMs);
  });
  try {
    return await Promise.race([opening, blocked]);
  } finally {
    clearTimeout(timer);
    database.on('blocked').unsubscribe(onBlocked!);
  }
}
