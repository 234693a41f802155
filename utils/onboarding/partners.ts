/**
 * What the welcome page changes in the checklist's data (hashtag sets and partners in Dexie),
 * through the checklist's own repository where it validates.
 *
 * The starter data (utils/checklist/starter.ts) is written for Zábřeh: a set "Město" with
 * #Zábřeh #MěstoZábřeh required on every post, and partners such as "Město Zábřeh". A town that
 * chooses its own hashtags must not be asked for Zábřeh's on every post.
 */
import type { TownCrierDB } from '../db/db';
import type { TagRecord } from '../db/types';
import { deleteTag } from '../checklist/repo';

export const STARTER_TOWN_SET_ID = 'starter:set:town';

/**
 * The starter set of the town's hashtags, while still the unedited example, takes the hashtags
 * the admin chose (none chosen: it stops being required). Sets the admin made or edited are not touched.
 */
export async function adoptTownHashtags(db: TownCrierDB, hashtags: readonly string[]): Promise<boolean> {
  return db.transaction('rw', db.hashtagSets, async () => {
    const set = await db.hashtagSets.get(STARTER_TOWN_SET_ID);
    if (!set?.starter) return false;
    const same = set.hashtags.length === hashtags.length && set.hashtags.every((h, i) => h === hashtags[i]);
    if (same) return false;
    await db.hashtagSets.put({
      ...set,
      hashtags: hashtags.length ? [...hashtags] : set.hashtags,
      requiredOn: hashtags.length ? set.requiredOn : [],
      updatedAt: Date.now(),
    });
    return true;
  });
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('cs');

/**
 * Which partners the welcome page offers ticked: all, except starter examples that name
 * another town than the admin's (the examples are Zábřeh's).
 */
export function keepByDefault(tag: Pick<TagRecord, 'name' | 'starter'>, townName: string): boolean {
  const town = fold(townName.trim());
  if (!tag.starter || !town) return true;
  return !fold(tag.name).includes('zabreh') || town.includes('zabreh');
}

/** The town's own page as a partner to suggest, unless a partner of category "town" already names the town. */
export function suggestTownPartner(tags: readonly Pick<TagRecord, 'name' | 'category'>[], townName: string): string | null {
  const town = townName.trim();
  if (!town) return null;
  const has = tags.some((t) => t.category === 'town' && fold(t.name).includes(fold(town)));
  return has ? null : /^(město|obec|městys)\s/i.test(town) ? town : `Město ${town}`;
}

/** Deletes the partners the admin unticked. */
export async function removePartners(db: TownCrierDB, ids: readonly string[]): Promise<void> {
  for (const id of ids) await deleteTag(id, db);
}
