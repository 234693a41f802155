/**
 * The plan as JSON for a colleague (no server): export every draft; importing merges by id
 * and `updatedAt` — the newer wins; a draft both sides changed differently is listed as a
 * conflict with the side that won. A file that is not ours, or with one bad draft, is refused
 * as a whole: nothing changes. Photos stay on the computer they were added on (a JSON of
 * 10 MB images is not something to e-mail); an imported draft keeps its alt text.
 */
import type { DraftRecord } from '../db/types';
import { readJsonEnvelope, type JsonEnvelopeProblem } from '../files/jsonFile';
import { isDayKey } from '../log/day';
import { isTimeOfDay } from '../settings/settings';
import { isDraftStatus } from './status';
import type { ExportFile } from '../files/exportFile';

export const PLAN_FORMAT = 'town-crier-plan';
export const PLAN_VERSION = 1;
export const MAX_PLAN_BYTES = 50 * 1024 * 1024;
const SOURCES = ['notice', 'citizen', 'partner', 'idea', 'compose'];

export interface PlanFile {
  format: typeof PLAN_FORMAT;
  version: number;
  exportedAt: string;
  drafts: DraftRecord[];
}

export function exportPlanJson(drafts: readonly DraftRecord[], now = new Date()): ExportFile {
  const clean = drafts.map(({ hasPhoto: _p, ...d }) => d);
  const file = { format: PLAN_FORMAT, version: PLAN_VERSION, exportedAt: now.toISOString(), drafts: clean };
  return { fileName: `hlasna-trouba-plan-${now.toISOString().slice(0, 10)}.json`, type: 'application/json', text: JSON.stringify(file, null, 2) };
}

const str = (v: unknown): v is string => typeof v === 'string';
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A draft from a file, or null when any field is not what a draft holds. */
export function parseDraft(x: unknown): DraftRecord | null {
  const d = x as Partial<DraftRecord> | null;
  if (!d || typeof d !== 'object') return null;
  const ok =
    str(d.id) && d.id.length > 0 && d.id.length <= 100 &&
    str(d.title) && str(d.facebook) && str(d.instagram) && str(d.kind) &&
    SOURCES.includes(d.source as string) && isDraftStatus(d.status) &&
    (d.plannedDay === undefined || isDayKey(d.plannedDay)) &&
    (d.plannedTime === undefined || isTimeOfDay(d.plannedTime)) &&
    (d.notes === undefined || str(d.notes)) &&
    (d.sender === undefined || (typeof d.sender === 'object' && d.sender !== null && str(d.sender.name) && (d.sender.contact === undefined || str(d.sender.contact)))) &&
    (d.thanked === undefined || typeof d.thanked === 'boolean') &&
    Array.isArray(d.hashes) && d.hashes.every(str) &&
    (d.postId === undefined || str(d.postId)) &&
    (d.photoAlt === undefined || str(d.photoAlt)) &&
    num(d.createdAt) && num(d.updatedAt);
  if (!ok) return null;
  const { hasPhoto: _p, ...rest } = d as DraftRecord;
  return rest;
}

/** 'calendar': an .ics (ours or anyone's) picked where the plan's JSON is expected. */
export type PlanImportProblem = JsonEnvelopeProblem | 'badDraft' | 'calendar';

export interface PlanMerge {
  /** Drafts to write (new ones and those where the file is newer). */
  put: DraftRecord[];
  added: number;
  updated: number;
  unchanged: number;
  /** Same id, different content: which side won (the newer `updatedAt`; a tie keeps ours). */
  conflicts: { id: string; title: string; winner: 'theirs' | 'ours' }[];
}

export type PlanImport = { ok: true; drafts: DraftRecord[] } | { ok: false; problem: PlanImportProblem; index?: number };

export function readPlanFile(text: string): PlanImport {
  // Calendars are exported for Outlook and co., never read back: say so instead of "not JSON".
  if (/^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text.slice(0, 200))) return { ok: false, problem: 'calendar' };
  const env = readJsonEnvelope(text, { format: PLAN_FORMAT, version: PLAN_VERSION, maxBytes: MAX_PLAN_BYTES });
  if (!env.ok) return { ok: false, problem: env.reason };
  if (!Array.isArray(env.data.drafts)) return { ok: false, problem: 'notOurs' };
  const drafts: DraftRecord[] = [];
  for (const [i, x] of env.data.drafts.entries()) {
    const d = parseDraft(x);
    if (!d) return { ok: false, problem: 'badDraft', index: i };
    drafts.push(d);
  }
  return { ok: true, drafts };
}

const content = ({ updatedAt: _u, hasPhoto: _p, ...d }: DraftRecord) => JSON.stringify(Object.entries(d).sort(([a], [b]) => a.localeCompare(b)));

export function mergePlan(ours: readonly DraftRecord[], theirs: readonly DraftRecord[]): PlanMerge {
  const byId = new Map(ours.map((d) => [d.id, d]));
  const m: PlanMerge = { put: [], added: 0, updated: 0, unchanged: 0, conflicts: [] };
  for (const t of theirs) {
    const o = byId.get(t.id);
    if (!o) {
      m.put.push(t);
      m.added++;
      continue;
    }
    if (content(o) === content(t)) {
      m.unchanged++;
      continue;
    }
    const theirsWin = t.updatedAt > o.updatedAt;
    m.conflicts.push({ id: t.id, title: (theirsWin ? t : o).title, winner: theirsWin ? 'theirs' : 'ours' });
    if (theirsWin) {
      // A photo added here stays with the draft.
      m.put.push(o.hasPhoto ? { ...t, hasPhoto: true } : t);
      m.updated++;
    }
  }
  return m;
}
