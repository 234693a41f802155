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

/** Every store any version of ours has had (Dexie's own start with `$` or `_`). */
const KNOWN_STORES = new Set(SCHEMA_VERSIONS.flatMap((v) => Object.keys(v.stores)));

/**
 * What is on disk, read before Dexie opens: Dexie would upgrade, heal missing stores and
 * populate built-in templates into a database a NEWER version of the extension wrote (or one
 * with tables we do not know), changing it for good. Null: nothing there yet, or a shape this
 * version may open (the same, or an older one it upgrades). Never creates the database.
 */
export async function inspectExisting(name: string, idb: IDBFactory = indexedDB): Promise<{ problem: 'newer'; detail: string } | null> {
  const listing = typeof idb.databases === 'function' ? await idb.databases().catch(() => null) : null;
  if (listing) {
    const found = listing.find((d) => d.name === name);
    if (!found) return null;
    if ((found.version ?? 0) > LATEST_VERSION * 10) return { problem: 'newer', detail: `IndexedDB version ${found.version} (this version knows up to ${LATEST_VERSION * 10})` };
  }
  const shape = await new Promise<{ version: number; stores: string[] } | null>((resolve, reject) => {
    const req = idb.open(name);
    // No database yet: opening without a version would create an empty one; abort that.
    req.onupgradeneeded = (e) => {
      if (e.oldVersion === 0) req.transaction?.abort();
    };
    req.onsuccess = () => {
      const d = req.result;
      const r = { version: d.version, stores: [...d.objectStoreNames] };
      d.close();
      resolve(r);
    };
    req.onerror = (e) => {
      e.preventDefault();
      if (req.error?.name === 'AbortError') resolve(null);
      else reject(req.error);
    };
    req.onblocked = () => resolve(null);
  });
  if (!shape) return null;
  const detail = `IndexedDB version ${shape.version}, stores: ${shape.stores.join(', ')}`;
  if (shape.version > LATEST_VERSION * 10) return { problem: 'newer', detail };
  const unknown = shape.stores.filter((s) => !KNOWN_STORES.has(s) && !/^[$_]/.test(s));
  // A store we never had: a newer (or renamed) shape. Only missing stores of ours is damage
  // Dexie heals (a store it recreates empty loses nothing that was there).
  if (unknown.length) return { problem: 'newer', detail };
  return null;
}

async function openAndCheck(database: Dexie): Promise<OpenResult> {
  try {
    if (!database.isOpen()) {
      const existing = await inspectExisting(database.name);
      if (existing) return { ok: false, ...existing };
    }
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
