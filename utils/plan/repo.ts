/**
 * Drafts in Dexie (the source of truth; views read them with useLiveQuery). Every write sets
 * `updatedAt` (JSON import merges by it) and keeps `hashes` in step with the texts, so a
 * published text finds its draft (./publish.ts).
 */
import { db as defaultDb, type TownCrierDB } from '../db/db';
import type { DraftRecord, DraftStatus } from '../db/types';
import { hashText } from '../composer/text';
import { isDayKey } from '../log/day';
import { isTimeOfDay } from '../settings/settings';
import { mergePlan, readPlanFile, type PlanImportProblem, type PlanMerge } from './exchange';
import { checkPhoto, type PhotoProblem } from './photo';
import { canMove, statusForText } from './status';

export type NewDraft = Partial<Omit<DraftRecord, 'id' | 'hashes' | 'createdAt' | 'updatedAt'>> & Pick<DraftRecord, 'source'>;

export const MAX_DRAFT_TEXT = 70_000;
const clip = (s: string | undefined, max = MAX_DRAFT_TEXT) => (s ?? '').slice(0, max);

/** Hashes of the texts the draft would insert (Facebook and Instagram). */
export async function textHashes(d: Pick<DraftRecord, 'facebook' | 'instagram'>): Promise<string[]> {
  const texts = [d.facebook, d.instagram].filter((t) => t.trim());
  return [...new Set(await Promise.all(texts.map(hashText)))];
}

export function titleOf(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  const chars = Array.from(line.trim());
  return chars.length > 60 ? chars.slice(0, 59).join('') + '…' : chars.join('');
}

export async function createDraft(input: NewDraft, database: TownCrierDB = defaultDb, now = Date.now()): Promise<DraftRecord> {
  const facebook = clip(input.facebook);
  const instagram = clip(input.instagram);
  const rec: DraftRecord = {
    ...input,
    id: crypto.randomUUID(),
    title: clip(input.title, 200) || titleOf(facebook || instagram),
    facebook,
    instagram,
    kind: input.kind ?? 'general',
    status: input.status ?? statusForText(facebook || instagram),
    hashes: [],
    createdAt: now,
    updatedAt: now,
  };
  if (rec.plannedDay !== undefined && !isDayKey(rec.plannedDay)) delete rec.plannedDay;
  if (rec.plannedTime !== undefined && !isTimeOfDay(rec.plannedTime)) delete rec.plannedTime;
  rec.hashes = await textHashes(rec);
  await database.drafts.add(rec);
  return rec;
}

export type DraftPatch = Partial<Pick<DraftRecord, 'title' | 'facebook' | 'instagram' | 'kind' | 'notes' | 'sender' | 'thanked' | 'photoAlt' | 'plannedDay' | 'plannedTime'>>;

/** Edits a draft; `plannedDay: undefined` in the patch takes it off the plan. Null if it is gone. */
export async function updateDraft(id: string, patch: DraftPatch, database: TownCrierDB = defaultDb, now = Date.now()): Promise<DraftRecord | null> {
  if (patch.plannedDay !== undefined && !isDayKey(patch.plannedDay)) throw new Error('plannedDay must be YYYY-MM-DD');
  if (patch.plannedTime !== undefined && !isTimeOfDay(patch.plannedTime)) throw new Error('plannedTime must be HH:MM');
  // Hash outside the transaction: IndexedDB commits a transaction that waits on other promises.
  const old = await database.drafts.get(id);
  if (!old) return null;
  const next: DraftRecord = { ...old, ...patch, updatedAt: Math.max(now, old.updatedAt + 1) };
  if ('plannedDay' in patch && patch.plannedDay === undefined) {
    delete next.plannedDay;
    delete next.plannedTime;
  }
  if ('plannedTime' in patch && patch.plannedTime === undefined) delete next.plannedTime;
  next.facebook = clip(next.facebook);
  next.instagram = clip(next.instagram);
  next.hashes = await textHashes(next);
  if (next.status === 'idea' && (next.facebook.trim() || next.instagram.trim())) next.status = 'wip';
  await database.drafts.put(next);
  return next;
}

/** Plans a draft for a day (and time); the keyboard and drag both end here. */
export function planDraft(id: string, day: string, time?: string, database: TownCrierDB = defaultDb, now = Date.now()): Promise<DraftRecord | null> {
  return updateDraft(id, time === undefined ? { plannedDay: day } : { plannedDay: day, plannedTime: time }, database, now);
}

export async function setDraftStatus(id: string, to: DraftStatus, database: TownCrierDB = defaultDb, now = Date.now()): Promise<DraftRecord | null> {
  return database.transaction('rw', database.drafts, async () => {
    const old = await database.drafts.get(id);
    if (!old) return null;
    if (!canMove(old.status, to)) throw new Error(`A draft cannot go from ${old.status} to ${to}`);
    const next = { ...old, status: to, updatedAt: Math.max(now, old.updatedAt + 1) };
    await database.drafts.put(next);
    return next;
  });
}

export async function deleteDraft(id: string, database: TownCrierDB = defaultDb): Promise<DraftRecord | undefined> {
  return database.transaction('rw', database.drafts, database.draftPhotos, async () => {
    const old = await database.drafts.get(id);
    await database.drafts.delete(id);
    await database.draftPhotos.delete(id);
    return old;
  });
}

export function allDrafts(database: TownCrierDB = defaultDb): Promise<DraftRecord[]> {
  return database.drafts.toArray();
}

export async function setDraftPhoto(id: string, file: Blob & { name?: string }, alt: string, database: TownCrierDB = defaultDb, now = Date.now()): Promise<{ ok: true } | { ok: false; problem: PhotoProblem }> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const check = checkPhoto(file.size, head);
  if (!check.ok) return check;
  await database.transaction('rw', database.drafts, database.draftPhotos, async () => {
    const old = await database.drafts.get(id);
    if (!old) throw new Error('No such draft');
    await database.draftPhotos.put({ draftId: id, blob: file, type: check.type, name: file.name ?? '', size: file.size });
    await database.drafts.put({ ...old, hasPhoto: true, photoAlt: alt.slice(0, 1000), updatedAt: Math.max(now, old.updatedAt + 1) });
  });
  return { ok: true };
}

export async function removeDraftPhoto(id: string, database: TownCrierDB = defaultDb, now = Date.now()): Promise<void> {
  await database.transaction('rw', database.drafts, database.draftPhotos, async () => {
    const old = await database.drafts.get(id);
    await database.draftPhotos.delete(id);
    if (old) {
      const { hasPhoto: _h, ...rest } = old;
      await database.drafts.put({ ...rest, updatedAt: Math.max(now, old.updatedAt + 1) });
    }
  });
}

/** What importing a colleague's plan file would do (nothing is written yet). */
export async function previewPlanImport(text: string, database: TownCrierDB = defaultDb): Promise<{ ok: true; merge: PlanMerge } | { ok: false; problem: PlanImportProblem }> {
  const file = readPlanFile(text);
  if (!file.ok) return { ok: false, problem: file.problem };
  return { ok: true, merge: mergePlan(await database.drafts.toArray(), file.drafts) };
}

export async function applyPlanImport(merge: PlanMerge, database: TownCrierDB = defaultDb): Promise<void> {
  await database.drafts.bulkPut(merge.put);
}
