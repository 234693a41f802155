/**
 * Every schema version the database has ever had, oldest first. Never edit or remove a
 * version once released: add a new one (with an `upgrade` that returns its promise) and a
 * migration test in ./migrations.test.ts that seeds the previous version.
 *
 * Primary keys are strings (UUIDs / stable ids) so that logs of two admins merge by id.
 */
import type { Transaction } from 'dexie';
import { summarize } from '../log/summary';
import type { PostRecord } from './types';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Moves data to this version's shape; must return Dexie's promise (never await other work). */
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      templates: 'id, kind, lang, order',
      hashtagSets: 'id, name, order',
      tags: 'id, name, category',
      // "today", "this week", "this year per day" are ranges on `day`; `hash` finds duplicates.
      posts: 'id, day, publishedAt, hash, templateId, [platform+day]',
      followers: 'id, day',
    },
  },
  {
    // Per-day totals of posts (the heatmap, week, streaks and stats read one row per day, not
    // every post), filled from the posts already logged; [day+publishedAt] reads a day's newest
    // posts in order without loading the whole day.
    version: 2,
    stores: {
      templates: 'id, kind, lang, order',
      hashtagSets: 'id, name, order',
      tags: 'id, name, category',
      posts: 'id, day, publishedAt, hash, templateId, [platform+day], [day+publishedAt]',
      followers: 'id, day',
      postDays: 'day',
    },
    upgrade: (tx) =>
      tx
        .table<PostRecord>('posts')
        .toArray()
        .then((posts) => tx.table('postDays').bulkPut(summarize(posts))),
  },
  {
    // Drafts of the week plan (issue 16). Photos live in their own table, keyed by the draft:
    // the week reads thousands of drafts and must never pull their images along; a photo is
    // read only when it is shown or copied. `*hashes` finds the draft a published text came from.
    version: 3,
    stores: {
      templates: 'id, kind, lang, order',
      hashtagSets: 'id, name, order',
      tags: 'id, name, category',
      posts: 'id, day, publishedAt, hash, templateId, [platform+day], [day+publishedAt]',
      followers: 'id, day',
      postDays: 'day',
      drafts: 'id, plannedDay, status, updatedAt, *hashes',
      draftPhotos: 'draftId',
    },
  },
];

export const DB_NAME = 'town-crier';
