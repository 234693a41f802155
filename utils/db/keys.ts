/** Dexie's key bounds for compound-index ranges, so code outside utils/db/ never imports Dexie itself. */
import Dexie from 'dexie';

export const MIN_KEY = Dexie.minKey;
export const MAX_KEY = Dexie.maxKey;
