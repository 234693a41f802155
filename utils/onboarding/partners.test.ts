import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TownCrierDB } from '../db/db';
import { uniqueDbName } from '../db/testing';
import { adoptTownHashtags, keepByDefault, removePartners, STARTER_TOWN_SET_ID, suggestTownPartner } from './partners';

let db: TownCrierDB;
beforeEach(async () => {
  db = new TownCrierDB(uniqueDbName());
  await db.open(); // the starter sets and partners are written on creation
});
afterEach(() => db.close());

describe('adoptTownHashtags', () => {
  it('gives the untouched starter town set the admin\'s hashtags, keeping it required', async () => {
    expect((await db.hashtagSets.get(STARTER_TOWN_SET_ID))?.hashtags).toEqual(['#Zábřeh', '#MěstoZábřeh']);
    expect(await adoptTownHashtags(db, ['#Šumperk', '#MěstoŠumperk'])).toBe(true);
    expect(await db.hashtagSets.get(STARTER_TOWN_SET_ID)).toMatchObject({ hashtags: ['#Šumperk', '#MěstoŠumperk'], requiredOn: ['facebook', 'instagram'], starter: true });
  });

  it('with no hashtags chosen, the example stops being required instead of asking for Zábřeh\'s', async () => {
    expect(await adoptTownHashtags(db, [])).toBe(true);
    expect(await db.hashtagSets.get(STARTER_TOWN_SET_ID)).toMatchObject({ hashtags: ['#Zábřeh', '#MěstoZábřeh'], requiredOn: [] });
  });

  it('never touches a set the admin edited or deleted', async () => {
    await db.hashtagSets.update(STARTER_TOWN_SET_ID, { starter: undefined, hashtags: ['#Moje'] });
    expect(await adoptTownHashtags(db, ['#Šumperk'])).toBe(false);
    expect((await db.hashtagSets.get(STARTER_TOWN_SET_ID))?.hashtags).toEqual(['#Moje']);
    await db.hashtagSets.delete(STARTER_TOWN_SET_ID);
    expect(await adoptTownHashtags(db, ['#Šumperk'])).toBe(false);
    expect(await db.hashtagSets.get(STARTER_TOWN_SET_ID)).toBeUndefined();
  });
});

describe('partners', () => {
  it('offers the starter examples of Zábřeh ticked only to Zábřeh (or when no town is given)', async () => {
    const town = { name: 'Město Zábřeh', starter: true };
    const police = { name: 'Policie ČR', starter: true };
    expect(keepByDefault(town, 'Šumperk')).toBe(false);
    expect(keepByDefault(town, 'Zabreh')).toBe(true);
    expect(keepByDefault(town, '')).toBe(true);
    expect(keepByDefault(police, 'Šumperk')).toBe(true);
    expect(keepByDefault({ name: 'Město Zábřeh', starter: undefined }, 'Šumperk')).toBe(true);
  });

  it('suggests the town\'s own page unless a town partner names it already', () => {
    expect(suggestTownPartner([{ name: 'Město Zábřeh', category: 'town' }], 'Šumperk')).toBe('Město Šumperk');
    expect(suggestTownPartner([{ name: 'Město Zábřeh', category: 'town' }], 'Zábřeh')).toBeNull();
    expect(suggestTownPartner([], 'Obec Lipová')).toBe('Obec Lipová');
    expect(suggestTownPartner([], ' ')).toBeNull();
  });

  it('removes the unticked partners', async () => {
    const before = (await db.tags.toArray()).map((t) => t.id);
    await removePartners(db, [before[0]!]);
    expect((await db.tags.toArray()).map((t) => t.id)).toEqual(before.slice(1));
  });
});
