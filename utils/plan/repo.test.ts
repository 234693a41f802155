import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TownCrierDB } from '../db/db';
import { uniqueDbName } from '../db/testing';
import { hashText } from '../composer/text';
import { addPublishedEvents } from '../log/store';
import { createDraft, deleteDraft, planDraft, removeDraftPhoto, setDraftPhoto, setDraftStatus, updateDraft } from './repo';

let db: TownCrierDB;
beforeEach(async () => {
  db = new TownCrierDB(uniqueDbName());
  await db.open();
});
afterEach(() => db.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);

describe('drafts repo', () => {
  it('creates a draft with a title, a status from its text and the hashes of its texts', async () => {
    const d = await createDraft({ source: 'citizen', facebook: 'Jarmark na náměstí\nV sobotu od 9:00', instagram: 'Jarmark 🎄', sender: { name: 'Jana', contact: 'jana@example.cz' } }, db, 1000);
    expect(d.title).toBe('Jarmark na náměstí');
    expect(d.status).toBe('wip');
    expect([...d.hashes].sort()).toEqual([await hashText('Jarmark na náměstí\nV sobotu od 9:00'), await hashText('Jarmark 🎄')].sort());
    expect(await db.drafts.get(d.id)).toEqual(d);
    const idea = await createDraft({ source: 'idea', title: 'Anketa' }, db);
    expect(idea.status).toBe('idea');
    expect(idea.hashes).toEqual([]);
  });

  it('plans, moves and unplans a draft; a newer edit always has a later updatedAt', async () => {
    const d = await createDraft({ source: 'notice', facebook: 'Text' }, db, 5000);
    const planned = await planDraft(d.id, '2026-12-12', '17:00', db, 5000);
    expect(planned).toMatchObject({ plannedDay: '2026-12-12', plannedTime: '17:00' });
    expect(planned!.updatedAt).toBeGreaterThan(d.updatedAt);
    const moved = await planDraft(d.id, '2026-12-13', undefined, db);
    expect(moved).toMatchObject({ plannedDay: '2026-12-13', plannedTime: '17:00' });
    const off = await updateDraft(d.id, { plannedDay: undefined }, db);
    expect(off!.plannedDay).toBeUndefined();
    expect(off!.plannedTime).toBeUndefined();
    await expect(planDraft(d.id, '2026-02-30', undefined, db)).rejects.toThrow();
    await expect(planDraft(d.id, '2026-12-12', '25:00', db)).rejects.toThrow();
    expect(await updateDraft('missing', { title: 'x' }, db)).toBeNull();
  });

  it('rehashes an edited text and follows the status machine', async () => {
    const d = await createDraft({ source: 'idea' }, db);
    const written = await updateDraft(d.id, { facebook: 'Nový text' }, db);
    expect(written!.status).toBe('wip');
    expect(written!.hashes).toEqual([await hashText('Nový text')]);
    expect((await setDraftStatus(d.id, 'ready', db))!.status).toBe('ready');
    await expect(setDraftStatus(d.id, 'idea', db)).resolves.toMatchObject({ status: 'idea' });
    await expect(setDraftStatus(d.id, 'published', db)).rejects.toThrow();
  });

  it('keeps a photo apart from the draft, refuses what is not an image, deletes both together', async () => {
    const d = await createDraft({ source: 'citizen', facebook: 'Foto' }, db);
    const text = new Blob(['Dobrý den'], { type: 'image/png' });
    expect(await setDraftPhoto(d.id, text, 'alt', db)).toEqual({ ok: false, problem: 'notImage' });
    expect(await db.draftPhotos.count()).toBe(0);
    expect(await setDraftPhoto(d.id, new Blob([PNG], { type: 'image/png' }), 'Kaple sv. Anny v zimě', db)).toEqual({ ok: true });
    expect(await db.drafts.get(d.id)).toMatchObject({ hasPhoto: true, photoAlt: 'Kaple sv. Anny v zimě' });
    expect((await db.draftPhotos.get(d.id))!.size).toBe(PNG.length);
    await removeDraftPhoto(d.id, db);
    expect((await db.drafts.get(d.id))!.hasPhoto).toBeUndefined();
    await setDraftPhoto(d.id, new Blob([PNG]), '', db);
    await deleteDraft(d.id, db);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.draftPhotos.count()).toBe(0);
  });
});

describe('publish detection links the log entry to its draft', () => {
  const event = async (text: string, at: number) => ({ platform: 'facebook', kind: 'post', at, excerpt: text.slice(0, 20), hash: await hashText(text) });

  it('marks the draft published and links it to exactly one entry, also when the event comes twice', async () => {
    const text = 'Jarmark v sobotu 17:00\n\nPřijďte!';
    const d = await createDraft({ source: 'citizen', facebook: text, status: 'ready', plannedDay: '2026-12-12', plannedTime: '17:00' }, db);
    const other = await createDraft({ source: 'notice', facebook: 'Jiný text' }, db);
    const at = new Date(2026, 11, 12, 17, 2).getTime();
    // The composer's text comes back with other line endings and spaces: still the same post.
    const r = await addPublishedEvents(db, [await event('Jarmark v sobotu 17:00\r\n\r\nPřijďte!  ', at)]);
    expect(r.added).toBe(1);
    const posts = await db.posts.toArray();
    expect(posts).toHaveLength(1);
    expect(await db.drafts.get(d.id)).toMatchObject({ status: 'published', postId: posts[0]!.id });
    expect((await db.drafts.get(other.id))!.status).toBe('wip');
    // The same event again (another tab): a duplicate, no second entry, the link stays.
    await addPublishedEvents(db, [await event(text, at + 1000)]);
    expect(await db.posts.count()).toBe(1);
    expect((await db.drafts.get(d.id))!.postId).toBe(posts[0]!.id);
  });

  it('a second post of the same text an hour later is a new entry and does not steal the link', async () => {
    const text = 'Sběr nebezpečného odpadu';
    const d = await createDraft({ source: 'notice', facebook: text }, db);
    const at = Date.now();
    await addPublishedEvents(db, [await event(text, at)]);
    const first = (await db.drafts.get(d.id))!.postId;
    await addPublishedEvents(db, [await event(text, at + 3_600_000)]);
    expect(await db.posts.count()).toBe(2);
    expect((await db.drafts.get(d.id))!.postId).toBe(first);
  });
});
