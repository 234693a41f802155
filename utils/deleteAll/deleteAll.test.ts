import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TownCrierDB } from '../db/db';
import { uniqueDbName } from '../db/testing';
import { parseFile } from '../checklist/transfer';
import { parseLogText } from '../log/exchange';
import { logByHand, noteFollowers } from '../log/store';
import { pendingNoticeItem } from '../notice/store';
import { getWelcome, setWelcome } from '../onboarding/store';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { getSettings, updateSettings } from '../settings/store';
import { parseTemplateFile } from '../templates/io';
import { createTemplate, syncBuiltinTemplates } from '../templates/repo';
import { builtinTemplate } from '../templates/builtins';
import { checklistExport } from '../checklist/repo';
import { logExport } from '../log/export';
import { templatesExport } from '../templates/export';
import { countData, deleteEverything, type DeleteAllDeps } from './deleteAll';

let db: TownCrierDB;
beforeEach(async () => {
  db = new TownCrierDB(uniqueDbName());
  await db.open();
});
afterEach(() => db.close());

async function seed() {
  await syncBuiltinTemplates(db);
  await createTemplate(db, { ...builtinTemplate('cs', 'event'), name: 'Moje akce' });
  await logByHand(db, { platform: 'facebook' });
  await logByHand(db, { platform: 'instagram', kind: 'story' });
  await noteFollowers(db, { platform: 'facebook', day: '2026-11-20', count: 4400 });
  await updateSettings({ townName: 'Zábřeh', targetMin: 2 });
  await setWelcome({ shownAt: 111, completedAt: 222, step: 'finish' });
  await pendingNoticeItem.setValue({ text: 'Oznámení', at: 1, source: 'popup' });
  await fakeBrowser.storage.session.set({ something: 1 });
}

const deps = (): DeleteAllDeps => ({
  clearLocal: () => fakeBrowser.storage.local.clear(),
  clearSession: () => fakeBrowser.storage.session.clear(),
  getWelcome,
  setWelcome,
  now: () => 999,
});

describe('countData', () => {
  it('counts what the confirmation names (own templates only, not the built-ins)', async () => {
    await seed();
    // The starter hashtag sets (4) and partners (3) were written when the database was created.
    expect(await countData(db)).toEqual({ ownTemplates: 1, hashtagSets: 4, partners: 3, posts: 2, fanCounts: 1 });
  });
});

describe('deleteEverything', () => {
  it('leaves every table empty, the settings at their defaults, nothing pending, and the welcome page counted as shown', async () => {
    await seed();
    await deleteEverything(db, deps());
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await pendingNoticeItem.getValue()).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ welcome: { shownAt: 111, completedAt: null, step: 'language' } });
    expect(await getWelcome()).toEqual({ shownAt: 111, completedAt: null, step: 'language' });
  });

  it('built-in templates come back when the Compose tab syncs them, the starter examples do not', async () => {
    await seed();
    await deleteEverything(db, deps());
    await syncBuiltinTemplates(db);
    expect(await countData(db)).toEqual({ ownTemplates: 0, hashtagSets: 0, partners: 0, posts: 0, fanCounts: 0 });
    expect(await db.templates.count()).toBeGreaterThan(0);
  });

  it('changes nothing when the database part fails (storage is cleared only after it)', async () => {
    await seed();
    const broken = { ...deps(), clearLocal: () => Promise.reject(new Error('not reached')) };
    db.close();
    await expect(deleteEverything(db, broken)).rejects.toThrow();
    expect((await getSettings()).townName).toBe('Zábřeh');
  });
});

describe('the exports offered before deleting', () => {
  it('are the files the Log, the template library and the checklist import again', async () => {
    await seed();
    const log = await logExport(db, 'town-crier-log', Date.parse('2026-11-26T10:00:00Z'));
    expect(log.fileName).toBe('town-crier-log-2026-11-26.json');
    const parsed = parseLogText(log.text, Date.now());
    expect(parsed.ok && parsed.posts.length).toBe(2);
    expect(parsed.ok && parsed.followers.length).toBe(1);
    const templates = parseTemplateFile((await templatesExport(db)).text, { newId: () => 'x' });
    expect(templates.ok && templates.templates.map((t) => t.name)).toEqual(['Moje akce']);
    const checklist = parseFile((await checklistExport(db)).text);
    expect(checklist.ok && checklist.file.hashtagSets.length).toBe(4);
  });
});
