/**
 * Helpers for migration tests: open the database as it was at an older schema version,
 * seed it, then open the current `TownCrierDB` on the same name and assert nothing was lost.
 */
import Dexie from 'dexie';
import { SCHEMA_VERSIONS } from './schema';

export function openAtVersion(name: string, version: number): Dexie {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > version) break;
    const declared = old.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return old;
}

let counter = 0;
/** A database name no other test uses (fake-indexeddb is shared within a test file). */
export function uniqueDbName(prefix = 'tc-test'): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}`;
}
