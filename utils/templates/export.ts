/** The admin's own templates as an export file, named by the local day (not UTC: after midnight in Prague that is still yesterday). */
import type { TownCrierDB } from '../db/db';
import type { ExportFile } from '../files/exportFile';
import { dayKey } from '../log/day';
import { exportTemplates } from './io';
import { listTemplates } from './repo';
import type { PostTemplate } from './types';

export function templatesFile(own: readonly PostTemplate[], now = new Date()): ExportFile {
  return { fileName: `hlasna-trouba-sablony-${dayKey(now)}.json`, type: 'application/json', text: exportTemplates(own, now) };
}

export async function templatesExport(db: TownCrierDB, now = new Date()): Promise<ExportFile> {
  return templatesFile((await listTemplates(db)).filter((t) => !t.builtin), now);
}
