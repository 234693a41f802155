/**
 * Templates in Dexie (`db.templates`), the source of truth; the panel reads them with
 * `useLiveQuery`. Built-in templates are synced in by id every time the panel opens, so one
 * added by an extension update appears, and one the admin reordered keeps its place. Editing a
 * built-in template makes the admin's own copy; built-ins are never changed by the admin and
 * never deleted.
 */
import type { TemplateConflict, TemplateImportPlan } from './io';
import type { TownCrierDB } from '../db/db';
import type { TemplateRecord } from '../db/types';
import { isPostKind } from '../kinds';
import { BUILTIN_VERSION, builtinTemplates } from './builtins';
import type { PostTemplate, TemplateContent } from './types';

export const newTemplateId = (): string => crypto.randomUUID();

/** Rows the panel can use as templates (a row written by an older or other version may lack a text or fields). */
export function isPostTemplate(row: TemplateRecord): row is PostTemplate {
  return isPostKind(row.kind) && Array.isArray(row.fields) && typeof row.facebook === 'string' && typeof row.instagram === 'string';
}

/** All usable templates in the admin's order (for useLiveQuery). */
export async function listTemplates(db: TownCrierDB): Promise<PostTemplate[]> {
  return (await db.templates.orderBy('order').toArray()).filter(isPostTemplate).map((t) => ({ ...t, emoji: typeof t.emoji === 'string' ? t.emoji : '📢' }));
}

const ORDER_STEP = 10;

/**
 * Adds missing built-ins and refreshes built-in rows of an older version (their content only:
 * the admin's order is kept). Rows the admin made are never touched.
 */
export async function syncBuiltinTemplates(db: TownCrierDB): Promise<{ added: number; updated: number }> {
  const shipped = builtinTemplates();
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.bulkGet(shipped.map((t) => t.id));
    const add: PostTemplate[] = [];
    const update: PostTemplate[] = [];
    shipped.forEach((t, i) => {
      const row = existing[i] as PostTemplate | undefined;
      if (!row) add.push({ ...t });
      else if (row.builtin && (row.builtinVersion ?? 0) < BUILTIN_VERSION) update.push({ ...t, order: row.order });
    });
    if (add.length) await db.templates.bulkAdd(add);
    if (update.length) await db.templates.bulkPut(update);
    return { added: add.length, updated: update.length };
  });
}

async function nextOrder(db: TownCrierDB): Promise<number> {
  const last = await db.templates.orderBy('order').last();
  return (last?.order ?? 0) + ORDER_STEP;
}

type Editable = TemplateContent;

/** A new row of the admin's (`fields` give its content, order and basedOn): fresh id and times, never built-in. */
function ownRow(fields: TemplateContent & { order: number; builtinVersion?: number }, now: number): PostTemplate {
  const row: PostTemplate = { ...fields, id: newTemplateId(), builtin: false, createdAt: now, updatedAt: now };
  // A copy of a built-in template has no shipped version (the sync would otherwise overwrite it).
  delete row.builtinVersion;
  return row;
}

/** A new template of the admin's, at the end of the list. */
export async function createTemplate(db: TownCrierDB, content: Editable, now = Date.now()): Promise<PostTemplate> {
  const row = ownRow({ ...content, order: await nextOrder(db) }, now);
  await db.templates.add(row);
  return row;
}

/**
 * Saves an edit. A built-in template is not changed: the edit becomes the admin's own copy
 * (placed right after the original), which is returned.
 */
export async function saveTemplate(db: TownCrierDB, id: string, content: Editable, now = Date.now()): Promise<PostTemplate> {
  return db.transaction('rw', db.templates, async () => {
    const current = (await db.templates.get(id)) as PostTemplate | undefined;
    if (!current) throw new Error(`Template ${id} does not exist`);
    if (current.builtin) {
      const copy = ownRow({ ...content, basedOn: current.id, order: current.order + 1 }, now);
      await db.templates.add(copy);
      return copy;
    }
    const next: PostTemplate = { ...current, ...content, updatedAt: now };
    await db.templates.put(next);
    return next;
  });
}

export async function duplicateTemplate(db: TownCrierDB, id: string, nameSuffix: string, now = Date.now()): Promise<PostTemplate> {
  return db.transaction('rw', db.templates, async () => {
    const current = (await db.templates.get(id)) as PostTemplate | undefined;
    if (!current) throw new Error(`Template ${id} does not exist`);
    const copy = ownRow(
      {
        ...current,
        name: `${current.name} ${nameSuffix}`.slice(0, 100),
        basedOn: current.builtin ? current.id : current.basedOn,
        order: current.order + 1,
      },
      now,
    );
    await db.templates.add(copy);
    return copy;
  });
}

/** Deletes one of the admin's templates and returns it (for "Undo"). Built-ins cannot be deleted. */
export async function deleteTemplate(db: TownCrierDB, id: string): Promise<PostTemplate> {
  return db.transaction('rw', db.templates, async () => {
    const current = (await db.templates.get(id)) as PostTemplate | undefined;
    if (!current) throw new Error(`Template ${id} does not exist`);
    if (current.builtin) throw new Error('Built-in templates cannot be deleted');
    await db.templates.delete(id);
    return current;
  });
}

/** Undo of a delete: the row comes back exactly as it was. */
export async function restoreTemplate(db: TownCrierDB, row: PostTemplate): Promise<void> {
  await db.templates.put(row);
}

/**
 * Moves a template one place up or down within `visibleIds` (the list as the admin sees it,
 * e.g. one language). Orders are renumbered when two rows share one.
 */
export async function moveTemplate(db: TownCrierDB, id: string, direction: -1 | 1, visibleIds: readonly string[]): Promise<boolean> {
  const i = visibleIds.indexOf(id);
  const j = i + direction;
  if (i < 0 || j < 0 || j >= visibleIds.length) return false;
  return db.transaction('rw', db.templates, async () => {
    const all = (await db.templates.orderBy('order').toArray()) as PostTemplate[];
    const a = all.find((t) => t.id === id);
    const b = all.find((t) => t.id === visibleIds[j]);
    if (!a || !b) return false;
    // Swap the two in the full order, then renumber everything: no ties, no drift.
    const ia = all.indexOf(a);
    const ib = all.indexOf(b);
    all[ia] = b;
    all[ib] = a;
    await db.templates.bulkPut(all.map((t, k) => ({ ...t, order: (k + 1) * ORDER_STEP })));
    return true;
  });
}

/** Writes what planTemplateImport decided (conflicts wait for the admin: resolveTemplateConflict). One transaction. */
export async function applyTemplateImport(db: TownCrierDB, plan: Pick<TemplateImportPlan, 'add' | 'update'>): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    let order = await nextOrder(db);
    const rows = [...plan.update, ...plan.add.map((t) => ({ ...t, builtin: false, order: (order += ORDER_STEP) }))];
    await db.templates.bulkPut(rows);
  });
}

/**
 * The admin's choice for a template changed on both sides. Keeping this one marks the file's
 * version as seen (a later import of the same file does not ask again).
 */
export async function resolveTemplateConflict(db: TownCrierDB, c: TemplateConflict, keep: 'local' | 'file'): Promise<void> {
  const seen = c.incoming.updatedAt;
  const row = keep === 'file' ? c.incoming : { ...c.local, updatedAt: Math.max(c.local.updatedAt, seen + 1), syncedAt: seen };
  await db.templates.put(row);
}

/** Adds (or updates, by id) imported templates, after the existing ones. One transaction: all or nothing. */
export async function importTemplates(db: TownCrierDB, templates: readonly PostTemplate[]): Promise<number> {
  return db.transaction('rw', db.templates, async () => {
    let order = await nextOrder(db);
    const existing = (await db.templates.bulkGet(templates.map((t) => t.id))) as (PostTemplate | undefined)[];
    const rows: PostTemplate[] = [];
    templates.forEach((t, i) => {
      if (existing[i]?.builtin) return;
      rows.push({ ...t, builtin: false, order: existing[i]?.order ?? (order += ORDER_STEP) });
    });
    await db.templates.bulkPut(rows);
    return rows.length;
  });
}
