/**
 * Starter hashtag sets and partners, written once when the database is created (see
 * utils/db/populate.ts). They are examples for Zábřeh, marked `starter` so the panel can say
 * so until the admin edits or replaces them.
 */
import type { Transaction } from 'dexie';
import type { HashtagSetRecord, TagRecord } from '../db/types';

export function starterHashtagSets(now: number): HashtagSetRecord[] {
  const set = (id: string, name: string, hashtags: string[], requiredOn: HashtagSetRecord['requiredOn'], order: number): HashtagSetRecord => ({
    id: `starter:set:${id}`,
    name,
    hashtags,
    requiredOn,
    order,
    updatedAt: now,
    starter: true,
  });
  return [
    set('town', 'Město', ['#Zábřeh', '#MěstoZábřeh'], ['facebook', 'instagram'], 0),
    set('culture', 'Kultura', ['#KulturaZábřeh', '#ZábřehŽije'], [], 1),
    set('sport', 'Sport', ['#SportZábřeh'], [], 2),
    set('safety', 'Bezpečnost', ['#BezpečnýZábřeh'], [], 3),
  ];
}

export function starterTags(now: number): TagRecord[] {
  // Handles as the organisations publish them (policie.cz lists facebook.com/PolicieCZ and
  // instagram.com/PolicieCZ); the others are placeholders the admin completes.
  return [
    { id: 'starter:tag:police', name: 'Policie ČR', category: 'police', facebook: 'Policie ČR', instagram: 'policiecz', updatedAt: now, starter: true },
    { id: 'starter:tag:firefighters', name: 'HZS Olomouckého kraje', category: 'firefighters', facebook: 'HZS Olomouckého kraje', updatedAt: now, starter: true },
    { id: 'starter:tag:town', name: 'Město Zábřeh', category: 'town', facebook: 'Město Zábřeh', updatedAt: now, starter: true },
  ];
}

/** Runs inside Dexie's `populate` transaction: add rows, never await other work. */
export function populateChecklist(tx: Transaction): void {
  const now = Date.now();
  void tx.table('hashtagSets').bulkAdd(starterHashtagSets(now));
  void tx.table('tags').bulkAdd(starterTags(now));
}
