import { afterEach, describe, expect, it } from 'vitest';
import { TownCrierDB } from '../db/db';
import { uniqueDbName } from '../db/testing';
import { BUILTIN_VERSION, builtinTemplate, builtinTemplates } from './builtins';
import {
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  importTemplates,
  moveTemplate,
  restoreTemplate,
  saveTemplate,
  syncBuiltinTemplates,
} from './repo';
import type { PostTemplate } from './types';

const open: TownCrierDB[] = [];
async function freshDb(): Promise<TownCrierDB> {
  const db = new TownCrierDB(uniqueDbName());
  open.push(db);
  await db.open();
  return db;
}
afterEach(() => open.splice(0).forEach((db) => db.close()));

const content = (name: string) => {
  const { id: _i, order: _o, createdAt: _c, updatedAt: _u, builtin: _b, ...rest } = builtinTemplate('cs', 'event');
  return { ...rest, name };
};

describe('built-in templates in the database', () => {
  it('are there when the database is created, and a sync adds nothing twice', async () => {
    const db = await freshDb();
    expect(await db.templates.count()).toBe(builtinTemplates().length);
    expect(await syncBuiltinTemplates(db)).toEqual({ added: 0, updated: 0 });
  });

  it('come back after being lost, and older built-in rows are refreshed but keep the admin’s order', async () => {
    const db = await freshDb();
    await db.templates.delete('builtin:cs:poll');
    await db.templates.update('builtin:cs:event', { builtinVersion: BUILTIN_VERSION - 1, facebook: 'old', order: 99_999 });
    expect(await syncBuiltinTemplates(db)).toEqual({ added: 1, updated: 1 });
    const event = (await db.templates.get('builtin:cs:event')) as PostTemplate;
    expect(event.facebook).toBe(builtinTemplate('cs', 'event').facebook);
    expect(event.order).toBe(99_999);
    expect(await db.templates.get('builtin:cs:poll')).toBeTruthy();
  });
});

describe('the admin’s templates', () => {
  it('editing a built-in makes a copy right after it; the built-in stays as shipped', async () => {
    const db = await freshDb();
    const copy = await saveTemplate(db, 'builtin:cs:event', content('Naše pozvánka'));
    expect(copy).toMatchObject({ builtin: false, basedOn: 'builtin:cs:event', name: 'Naše pozvánka' });
    expect(copy.id).not.toMatch(/^builtin:/);
    expect(await db.templates.get('builtin:cs:event')).toMatchObject({ name: builtinTemplate('cs', 'event').name, builtin: true });
    const ordered = (await db.templates.orderBy('order').toArray()).map((t) => t.id);
    expect(ordered[ordered.indexOf('builtin:cs:event') + 1]).toBe(copy.id);
    // Editing the copy changes the copy.
    const again = await saveTemplate(db, copy.id, content('Přejmenováno'));
    expect(again.id).toBe(copy.id);
    expect((await db.templates.get(copy.id))!.name).toBe('Přejmenováno');
  });

  it('create, duplicate, delete with undo; built-ins cannot be deleted', async () => {
    const db = await freshDb();
    const a = await createTemplate(db, content('A'));
    const b = await duplicateTemplate(db, a.id, '(kopie)');
    expect(b.name).toBe('A (kopie)');
    const removed = await deleteTemplate(db, a.id);
    expect(await db.templates.get(a.id)).toBeUndefined();
    await restoreTemplate(db, removed);
    expect(await db.templates.get(a.id)).toEqual(a);
    await expect(deleteTemplate(db, 'builtin:cs:general')).rejects.toThrow();
    expect(await db.templates.get('builtin:cs:general')).toBeTruthy();
  });

  it('moves up and down within the visible list, with no ties afterwards', async () => {
    const db = await freshDb();
    const visible = (await db.templates.where('lang').equals('cs').sortBy('order')).map((t) => t.id);
    expect(await moveTemplate(db, visible[1]!, -1, visible)).toBe(true);
    const after = (await db.templates.where('lang').equals('cs').sortBy('order')).map((t) => t.id);
    expect(after.slice(0, 2)).toEqual([visible[1], visible[0]]);
    expect(await moveTemplate(db, after[0]!, -1, after)).toBe(false);
    const orders = (await db.templates.toArray()).map((t) => t.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('imports in one go, updating by id, and never over a built-in', async () => {
    const db = await freshDb();
    const a = await createTemplate(db, content('A'));
    const count = await importTemplates(db, [
      { ...a, name: 'A z jiného PC' },
      { ...a, id: 'builtin:cs:general', name: 'Podvrh' },
      { ...a, id: crypto.randomUUID(), name: 'Nová' },
    ]);
    expect(count).toBe(2);
    expect((await db.templates.get(a.id))!.name).toBe('A z jiného PC');
    expect((await db.templates.get('builtin:cs:general'))!.name).toBe(builtinTemplate('cs', 'general').name);
  });
});
