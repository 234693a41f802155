/**
 * Starter data written once, when the database is first created (Dexie's `populate`, inside
 * the creating transaction: add rows with `tx.table(...).bulkAdd`, never await other work).
 * Each feature appends its function here.
 */
import type { Transaction } from 'dexie';
import { populateChecklist } from '../checklist/starter';

export const POPULATE: ((tx: Transaction) => void)[] = [
  populateChecklist, // example hashtag sets and partners (checklist)
];
