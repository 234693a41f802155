/**
 * Hashtag sets and partners in Dexie (the source of truth; the panel reads them with
 * useLiveQuery). Every write validates first, so a bad value never reaches the database.
 */
import type { EntityTable, InsertType } from 'dexie';
import { db as defaultDb, type TownCrierDB } from '../db/db';
import type { HashtagSetRecord, TagRecord } from '../db/types';
import type { ExportFile } from '../files/exportFile';
import { checklistFile, planImport, validateSet, validateTag, type ChecklistFile, type ImportMode, type ImportPlan } from './transfer';
import type { MessageKey } from '../i18n/i18n';
import type { Msg } from './types';

export type SaveResult<T> = { ok: true; record: T } | { ok: false; problems: Msg[] };

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Puts a record whose name must be unique (any case) in its table, in one transaction. */
function saveNamed<R extends { id: string; name: string }>(
  database: TownCrierDB,
  table: EntityTable<R, 'id'>,
  id: string | undefined,
  name: string,
  taken: MessageKey,
  build: (all: R[], old: R | undefined) => R,
): Promise<SaveResult<R>> {
  return database.transaction('rw', table, async (): Promise<SaveResult<R>> => {
    const all = await table.toArray();
    if (all.some((r) => r.id !== id && sameName(r.name, name))) return { ok: false, problems: [{ key: taken, params: { name } }] };
    const record = build(all, id ? all.find((r) => r.id === id) : undefined);
    await table.put(record as InsertType<R, 'id'>);
    return { ok: true, record };
  });
}

export async function saveHashtagSet(
  input: { id?: string; name: string; hashtags: string[]; requiredOn: HashtagSetRecord['requiredOn'] },
  database: TownCrierDB = defaultDb,
): Promise<SaveResult<HashtagSetRecord>> {
  const { value, problems } = validateSet(input);
  if (!value) return { ok: false, problems };
  // A new set goes to the end of the list; an edited one keeps its place (and is no longer an example).
  return saveNamed(database, database.hashtagSets, input.id, value.name, 'checklist_problem_setNameTaken', (all, old) => ({
    id: old?.id ?? crypto.randomUUID(),
    ...value,
    order: old?.order ?? all.reduce((max, s) => Math.max(max, s.order), -1) + 1,
    updatedAt: Date.now(),
  }));
}

export async function saveTag(
  input: { id?: string; name: string; category: TagRecord['category']; facebook?: string; instagram?: string },
  database: TownCrierDB = defaultDb,
): Promise<SaveResult<TagRecord>> {
  const { value, problems } = validateTag(input);
  if (!value) return { ok: false, problems };
  return saveNamed(database, database.tags, input.id, value.name, 'checklist_problem_tagNameTaken', (_all, old) => ({
    id: old?.id ?? crypto.randomUUID(),
    ...value,
    updatedAt: Date.now(),
  }));
}

/** Deletes and returns the row, so the panel can offer "Undo". */
export async function deleteHashtagSet(id: string, database: TownCrierDB = defaultDb): Promise<HashtagSetRecord | undefined> {
  return database.transaction('rw', database.hashtagSets, async () => {
    const old = await database.hashtagSets.get(id);
    await database.hashtagSets.delete(id);
    return old;
  });
}

export async function deleteTag(id: string, database: TownCrierDB = defaultDb): Promise<TagRecord | undefined> {
  return database.transaction('rw', database.tags, async () => {
    const old = await database.tags.get(id);
    await database.tags.delete(id);
    return old;
  });
}

/** Puts back what "Undo" restores (same id, same place). */
export async function restoreHashtagSet(record: HashtagSetRecord, database: TownCrierDB = defaultDb): Promise<void> {
  await database.hashtagSets.put(record);
}
export async function restoreTag(record: TagRecord, database: TownCrierDB = defaultDb): Promise<void> {
  await database.tags.put(record);
}

/** Swaps a set with its neighbour in the list. */
export async function moveHashtagSet(id: string, direction: -1 | 1, database: TownCrierDB = defaultDb): Promise<void> {
  await database.transaction('rw', database.hashtagSets, async () => {
    const all = await database.hashtagSets.orderBy('order').toArray();
    const i = all.findIndex((s) => s.id === id);
    const j = i + direction;
    if (i < 0 || j < 0 || j >= all.length) return;
    const a = all[i]!;
    const b = all[j]!;
    // Orders may repeat after imports: renumber the whole list, then swap.
    all.forEach((s, k) => (s.order = k));
    [a.order, b.order] = [b.order, a.order];
    await database.hashtagSets.bulkPut(all);
  });
}

export async function previewImport(file: ChecklistFile, mode: ImportMode, database: TownCrierDB = defaultDb): Promise<ImportPlan> {
  const [sets, tags] = await Promise.all([database.hashtagSets.toArray(), database.tags.toArray()]);
  return planImport(file, { sets, tags }, mode);
}

/** Writes an import in one transaction: all of it, or (on any error) none of it. */
export async function applyImport(plan: ImportPlan, database: TownCrierDB = defaultDb): Promise<void> {
  await database.transaction('rw', database.hashtagSets, database.tags, async () => {
    await database.hashtagSets.bulkDelete(plan.removeSetIds);
    await database.tags.bulkDelete(plan.removeTagIds);
    await database.hashtagSets.bulkPut(plan.sets);
    await database.tags.bulkPut(plan.tags);
  });
}

/** Everything in the sets and partners tables, as the checklist's export file. */
export async function checklistExport(database: TownCrierDB = defaultDb, now = new Date()): Promise<ExportFile> {
  const [sets, tags] = await Promise.all([database.hashtagSets.toArray(), database.tags.toArray()]);
  return checklistFile(sets, tags, now);
}
