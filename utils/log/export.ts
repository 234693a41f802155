/** The log's export files (CSV for Excel, JSON for a backup), named by the admin's local day. */
import type { TownCrierDB } from '../db/db';
import type { ExportFile } from '../files/exportFile';
import { dayKey } from './day';
import { exportCsv, exportJson } from './exchange';
import { readWholeLog } from './import';

export async function logExport(db: TownCrierDB, baseName: string, now = Date.now(), format: 'csv' | 'json' = 'json'): Promise<ExportFile> {
  const { posts, followers } = await readWholeLog(db);
  const base = `${baseName}-${dayKey(now)}`;
  return format === 'csv'
    ? { fileName: `${base}.csv`, type: 'text/csv;charset=utf-8', text: exportCsv(posts) }
    : { fileName: `${base}.json`, type: 'application/json', text: exportJson(posts, followers, now) };
}
