import { describe, expect, it } from 'vitest';
import { TownCrierDB } from '../db/db';
import { uniqueDbName } from '../db/testing';
import { applyImport, deleteHashtagSet, deleteTag, moveHashtagSet, previewImport, restoreHashtagSet, saveHashtagSet, saveTag } from './repo';
import { starterHashtagSets, starterTags } from './starter';
import { parseFile } from './transfer';

async function freshDb() {
  const db = new TownCrierDB(uniqueDbName('tc-checklist'));
  await db.open();
  return db;
}

describe('starter data', () => {
  it('a new database holds the example sets and partners, once', async () => {
    const db = await freshDb();
    expect((await db.hashtagSets.orderBy('order').toArray()).map((s) => s.name)).toEqual(['Město', 'Kultura', 'Sport', 'Bezpečnost']);
    expect((await db.hashtagSets.get('starter:set:town'))?.requiredOn).toEqual(['facebook', 'instagram']);
    expect((await db.tags.toArray()).map((t) => t.category).sort()).toEqual(['firefighters', 'police', 'town']);
    expect((await db.tags.toArray()).every((t) => t.starter)).toBe(true);
    // Opening again does not add them twice; what the admin deleted stays deleted.
    await db.hashtagSets.delete('starter:set:sport');
    db.close();
    const again = new TownCrierDB(db.name);
    await again.open();
    expect(await again.hashtagSets.count()).toBe(3);
    again.close();
  });

  it('every starter entry passes the same validation as the editor', async () => {
    const db = await freshDb();
    for (const s of starterHashtagSets(1)) expect((await saveHashtagSet(s, db)).ok).toBe(true);
    for (const t of starterTags(1)) expect((await saveTag(t, db)).ok).toBe(true);
    db.close();
  });
});

describe('hashtag sets', () => {
  it('saving validates, appends to the end, and clears the example mark', async () => {
    const db = await freshDb();
    const r = await saveHashtagSet({ name: 'Advent', hashtags: ['advent', '#VánoceVZábřehu'], requiredOn: [] }, db);
    expect(r.ok && r.record).toMatchObject({ hashtags: ['#advent', '#VánoceVZábřehu'], order: 4 });
    const edited = await saveHashtagSet({ id: 'starter:set:town', name: 'Město', hashtags: ['#Zábřeh'], requiredOn: ['facebook'] }, db);
    expect(edited.ok).toBe(true);
    expect(await db.hashtagSets.get('starter:set:town')).toMatchObject({ hashtags: ['#Zábřeh'], order: 0 });
    expect((await db.hashtagSets.get('starter:set:town'))?.starter).toBeUndefined();
    db.close();
  });

  it('refuses bad input and duplicate names without writing anything', async () => {
    const db = await freshDb();
    const before = await db.hashtagSets.toArray();
    expect(await saveHashtagSet({ name: 'Nová', hashtags: ['#2026'], requiredOn: [] }, db)).toMatchObject({ ok: false, problems: [{ key: 'checklist_problem_hashtag' }] });
    expect(await saveHashtagSet({ name: 'KULTURA', hashtags: ['#a'], requiredOn: [] }, db)).toMatchObject({ ok: false, problems: [{ key: 'checklist_problem_setNameTaken' }] });
    expect(await db.hashtagSets.toArray()).toEqual(before);
    db.close();
  });

  it('delete returns the row; restore puts it back; move swaps neighbours', async () => {
    const db = await freshDb();
    const old = await deleteHashtagSet('starter:set:culture', db);
    expect(await db.hashtagSets.get('starter:set:culture')).toBeUndefined();
    await restoreHashtagSet(old!, db);
    expect(await db.hashtagSets.get('starter:set:culture')).toEqual(old);
    await moveHashtagSet('starter:set:sport', -1, db);
    expect((await db.hashtagSets.orderBy('order').toArray()).map((s) => s.name)).toEqual(['Město', 'Sport', 'Kultura', 'Bezpečnost']);
    await moveHashtagSet('starter:set:town', -1, db); // already first: nothing happens
    expect((await db.hashtagSets.orderBy('order').first())?.name).toBe('Město');
    db.close();
  });
});

describe('partners', () => {
  it('saves valid partners, refuses bad handles', async () => {
    const db = await freshDb();
    expect((await saveTag({ name: 'TJ Sokol', category: 'sports', instagram: '@sokol_zabreh' }, db)).ok).toBe(true);
    expect((await db.tags.where('name').equals('TJ Sokol').first())?.instagram).toBe('sokol_zabreh');
    expect(await saveTag({ name: 'Klub', category: 'sports', instagram: 'má mezeru' }, db)).toMatchObject({ ok: false });
    expect(await saveTag({ name: 'policie čr', category: 'police' }, db)).toMatchObject({ ok: false, problems: [{ key: 'checklist_problem_tagNameTaken' }] });
    expect((await deleteTag('starter:tag:town', db))?.name).toBe('Město Zábřeh');
    db.close();
  });
});

describe('import', () => {
  it('merge and replace write exactly what the preview said', async () => {
    const db = await freshDb();
    const parsed = parseFile(
      JSON.stringify({ format: 'town-crier/checklist', version: 1, hashtagSets: [{ name: 'Kultura', hashtags: ['#Divadlo'] }, { name: 'Advent', hashtags: ['#Advent'] }], tags: [] }),
    );
    if (!parsed.ok) throw new Error('fixture');
    const merge = await previewImport(parsed.file, 'merge', db);
    await applyImport(merge, db);
    expect((await db.hashtagSets.orderBy('order').toArray()).map((s) => `${s.name}:${s.hashtags.join()}`)).toEqual([
      'Město:#Zábřeh,#MěstoZábřeh',
      'Kultura:#Divadlo',
      'Sport:#SportZábřeh',
      'Bezpečnost:#BezpečnýZábřeh',
      'Advent:#Advent',
    ]);
    expect(await db.tags.count()).toBe(3);

    const replace = await previewImport(parsed.file, 'replace', db);
    await applyImport(replace, db);
    expect((await db.hashtagSets.orderBy('order').toArray()).map((s) => s.name)).toEqual(['Kultura', 'Advent']);
    expect(await db.tags.count()).toBe(0);
    db.close();
  });

  it('is all or nothing: a failing write leaves the database as it was', async () => {
    const db = await freshDb();
    const before = { sets: await db.hashtagSets.toArray(), tags: await db.tags.toArray() };
    const parsed = parseFile(JSON.stringify({ format: 'town-crier/checklist', version: 1, hashtagSets: [{ name: 'Nová', hashtags: ['#N'] }], tags: [] }));
    if (!parsed.ok) throw new Error('fixture');
    const plan = await previewImport(parsed.file, 'replace', db);
    // A row without its primary key makes bulkPut fail half-way through the transaction.
    const broken = { ...plan, tags: [{ ...plan.sets[0]!, id: undefined } as never] };
    await expect(applyImport(broken, db)).rejects.toThrow();
    expect(await db.hashtagSets.toArray()).toEqual(before.sets);
    expect(await db.tags.toArray()).toEqual(before.tags);
    db.close();
  });
});
