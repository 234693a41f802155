import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates/builtins';
import { TownCrierDB } from './db';
import { uniqueDbName } from './testing';

// This file imports nothing of templates/repo.ts, like the background: a database it creates
// must still start with the built-in templates.
describe('populate', () => {
  it('a fresh database has the built-in templates and the checklist examples', async () => {
    const db = new TownCrierDB(uniqueDbName());
    expect(await db.templates.count()).toBe(builtinTemplates().length);
    expect(await db.hashtagSets.count()).toBeGreaterThan(0);
    db.close();
  });
});
