/**
 * Starter data written once, when the database is first created (Dexie's `populate`, inside
 * the creating transaction: add rows with `tx.table(...).bulkAdd`, never await other work).
 * Each feature appends its function here.
 */
import type { Transaction } from 'dexie';
import { populateChecklist } from '../checklist/starter';
import { builtinTemplates } from '../templates/builtins';

/**
 * Listed here, not pushed by the features' modules when imported: the background opens the
 * database too (on install) without importing the template code, and the database it creates
 * must have the built-in templates as well. (The panel still syncs them on every open: updates.)
 */
export const POPULATE: ((tx: Transaction) => void)[] = [
  populateChecklist, // example hashtag sets and partners (checklist)
  (tx) => void tx.table('templates').bulkAdd(builtinTemplates().map((t) => ({ ...t }))), // built-in templates
];
