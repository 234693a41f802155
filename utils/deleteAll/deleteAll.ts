/**
 * "Delete everything" (Settings): what would be lost, the exports offered first, and the
 * deletion itself. After it, Town Crier is as after installation, with two documented
 * exceptions:
 * - built-in templates come back the next time the Compose tab opens (they are part of the
 *   extension, not the admin's data; utils/templates/repo.ts syncs them);
 * - the welcome page counts as shown (it never pops up by itself again; Settings opens it).
 * The starter examples (hashtag sets and partners for Zábřeh) are not written again: the
 * admin asked for everything to go.
 *
 * No browser APIs here: storage comes in as a parameter.
 */
import type { TownCrierDB } from '../db/db';
import { clearLog } from '../log/store';
import { afterDeleteAll, type WelcomeState } from '../onboarding/welcome';

export interface DataCounts {
  ownTemplates: number;
  hashtagSets: number;
  partners: number;
  posts: number;
  fanCounts: number;
}

export async function countData(db: TownCrierDB): Promise<DataCounts> {
  const [ownTemplates, hashtagSets, partners, posts, fanCounts] = await Promise.all([
    db.templates.filter((t) => !t.builtin).count(),
    db.hashtagSets.count(),
    db.tags.count(),
    db.posts.count(),
    db.followers.count(),
  ]);
  return { ownTemplates, hashtagSets, partners, posts, fanCounts };
}

export interface DeleteAllDeps {
  /** Empties the extension's storage.local (settings, welcome record, pending notice, queues). */
  clearLocal(): Promise<void>;
  /** Empties storage.session where the browser has it. */
  clearSession?(): Promise<void>;
  getWelcome(): Promise<WelcomeState>;
  setWelcome(state: WelcomeState): Promise<void>;
  now(): number;
}

/**
 * Deletes every row of every table in one transaction (the log through its own module, which
 * keeps posts and their per-day totals together), then the extension's storage.
 */
export async function deleteEverything(db: TownCrierDB, d: DeleteAllDeps): Promise<void> {
  const logTables = new Set([db.posts.name, db.postDays.name, db.followers.name]);
  await db.transaction('rw', db.tables, async () => {
    await clearLog(db);
    for (const table of db.tables) if (!logTables.has(table.name)) await table.clear();
  });
  const welcome = await d.getWelcome();
  await d.clearLocal();
  await d.clearSession?.();
  await d.setWelcome(afterDeleteAll(welcome, d.now()));
}
