/**
 * Hashtag sets and partners as a JSON file (export, import) and the validation the editor
 * shares with the import. Pure: a broken file gives a list of problems (message keys for the
 * admin's language) and no data, so the database is never touched by a bad file.
 */
import type { HashtagSetRecord, Platform, TagCategory, TagRecord } from '../db/types';
import type { ExportFile } from '../files/exportFile';
import { PLATFORMS } from '../hosts/hosts';
import type { MessageKey } from '../i18n/i18n';
import { readJsonEnvelope } from '../files/jsonFile';
import { TAG_CATEGORIES } from '../kinds';
import { dayKey } from '../log/day';
import { normalizeHashtag } from './hashtags';
import type { Msg, MsgParams } from './types';

export const FILE_FORMAT = 'town-crier/checklist';
export const FILE_VERSION = 1;
export const LIMITS = { fileBytes: 1_000_000, sets: 100, hashtagsPerSet: 30, tags: 500, name: 80, handle: 100 } as const;
const INSTAGRAM_HANDLE = /^[A-Za-z0-9._]{1,30}$/;

export interface SetInput {
  name: string;
  hashtags: string[];
  requiredOn: Platform[];
}
export interface TagInput {
  name: string;
  category: TagCategory;
  facebook?: string;
  instagram?: string;
}

export interface ChecklistFile {
  format: typeof FILE_FORMAT;
  version: number;
  exportedAt: string;
  hashtagSets: SetInput[];
  tags: TagInput[];
}

const m = (key: MessageKey, params?: MsgParams): Msg => ({ key, params });

/** The file the admin downloads: names, not ids, so it merges into another town's panel. */
export function toFile(sets: readonly HashtagSetRecord[], tags: readonly TagRecord[], now = new Date()): ChecklistFile {
  return {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: now.toISOString(),
    hashtagSets: [...sets]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({ name: s.name, hashtags: [...s.hashtags], requiredOn: [...s.requiredOn] })),
    tags: tags.map((t) => ({
      name: t.name,
      category: t.category,
      ...(t.facebook ? { facebook: t.facebook } : {}),
      ...(t.instagram ? { instagram: t.instagram } : {}),
    })),
  };
}

/** The export file of hashtag sets and partners, named by the admin's local day. */
export function checklistFile(sets: readonly HashtagSetRecord[], tags: readonly TagRecord[], now = new Date()): ExportFile {
  return {
    fileName: `hlasna-trouba-hashtagy-partneri-${dayKey(now)}.json`,
    type: 'application/json',
    text: JSON.stringify(toFile(sets, tags, now), null, 2) + '\n',
  };
}

/** "#Zábřeh" style list from what the admin typed, or the problems with it. */
export function validateSet(raw: { name?: unknown; hashtags?: unknown; requiredOn?: unknown }): { value?: SetInput; problems: Msg[] } {
  const problems: Msg[] = [];
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (!name) problems.push(m('checklist_problem_setName'));
  else if (name.length > LIMITS.name) problems.push(m('checklist_problem_nameLong', { max: LIMITS.name }));
  const hashtags: string[] = [];
  if (!Array.isArray(raw.hashtags)) problems.push(m('checklist_problem_setHashtags'));
  else {
    const seen = new Set<string>();
    for (const h of raw.hashtags) {
      const tag = typeof h === 'string' ? normalizeHashtag(h) : null;
      if (!tag) problems.push(m('checklist_problem_hashtag', { value: typeof h === 'string' ? h : JSON.stringify(h) ?? String(h) }));
      else if (!seen.has(tag.toLowerCase())) {
        seen.add(tag.toLowerCase());
        hashtags.push(tag);
      }
    }
    if (raw.hashtags.length === 0) problems.push(m('checklist_problem_setHashtags'));
    if (hashtags.length > LIMITS.hashtagsPerSet) problems.push(m('checklist_problem_setTooMany', { max: LIMITS.hashtagsPerSet }));
  }
  const requiredOn = raw.requiredOn === undefined ? [] : raw.requiredOn;
  if (!Array.isArray(requiredOn) || !requiredOn.every((p) => PLATFORMS.includes(p as Platform)))
    problems.push(m('checklist_problem_setPlatforms'));
  return problems.length ? { problems } : { value: { name, hashtags, requiredOn: PLATFORMS.filter((p) => (requiredOn as unknown[]).includes(p)) }, problems };
}

export function validateTag(raw: { name?: unknown; category?: unknown; facebook?: unknown; instagram?: unknown }): { value?: TagInput; problems: Msg[] } {
  const problems: Msg[] = [];
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (!name) problems.push(m('checklist_problem_tagName'));
  else if (name.length > LIMITS.name) problems.push(m('checklist_problem_nameLong', { max: LIMITS.name }));
  if (!TAG_CATEGORIES.includes(raw.category as TagCategory)) problems.push(m('checklist_problem_tagCategory', { value: String(raw.category ?? '') }));
  const optional = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v.trim() : null);
  const facebook = optional(raw.facebook)?.replace(/^@/, '') ?? null;
  const instagram = optional(raw.instagram)?.replace(/^@/, '') ?? null;
  // Not text is its own problem ("too long" would send the admin looking for the wrong thing).
  if (facebook === null) problems.push(m('checklist_problem_tagFacebookType'));
  else if (facebook.length > LIMITS.handle) problems.push(m('checklist_problem_tagFacebook'));
  if (instagram === null || (instagram !== '' && !INSTAGRAM_HANDLE.test(instagram)))
    problems.push(m('checklist_problem_tagInstagram', { value: String(raw.instagram) }));
  if (problems.length) return { problems };
  return {
    value: { name, category: raw.category as TagCategory, ...(facebook ? { facebook } : {}), ...(instagram ? { instagram } : {}) },
    problems,
  };
}

export type ParseResult = { ok: true; file: ChecklistFile } | { ok: false; problems: Msg[] };

/** Reads an exported file; any problem means nothing is imported. */
export function parseFile(text: string): ParseResult {
  const file = readJsonEnvelope(text, { format: FILE_FORMAT, version: FILE_VERSION, maxBytes: LIMITS.fileBytes });
  if (!file.ok) {
    if (file.reason === 'tooBig') return { ok: false, problems: [m('checklist_problem_fileTooBig', { max: '1 MB' })] };
    if (file.reason === 'notOurs') return { ok: false, problems: [m('checklist_problem_wrongFile')] };
    if (file.reason === 'newerVersion') return { ok: false, problems: [m('checklist_problem_newerFile')] };
    if (file.reason === 'badVersion') return { ok: false, problems: [m('checklist_problem_badVersion')] };
    if (file.reason === 'nul') return { ok: false, problems: [m('checklist_problem_nul')] };
    // V8 says "… at position 123" or "(line 4 column 7)": tell the admin the line.
    const msg = file.error instanceof Error ? file.error.message : '';
    const line = /line (\d+)/.exec(msg)?.[1] ?? (/position (\d+)/.exec(msg) ? String(text.slice(0, Number(/position (\d+)/.exec(msg)![1])).split('\n').length) : '?');
    return { ok: false, problems: [m('checklist_problem_notJson', { line })] };
  }
  const d = file.data;

  const problems: Msg[] = [];
  const list = (key: 'hashtagSets' | 'tags', max: number): unknown[] => {
    const v = d[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      problems.push(m('checklist_problem_notList', { field: key }));
      return [];
    }
    if (v.length > max) problems.push(m('checklist_problem_tooMany', { field: key, max }));
    return v.slice(0, max);
  };
  const asObject = (x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {});

  // Each problem says where it is: "Set 2 („Kultura“): …". Names must be unique (any case).
  function entries<T>(
    field: 'hashtagSets' | 'tags',
    max: number,
    where: 'checklist_problem_inSet' | 'checklist_problem_inTag',
    taken: 'checklist_problem_setNameTaken' | 'checklist_problem_tagNameTaken',
    validate: (raw: Record<string, unknown>) => { value?: T; problems: Msg[] },
  ): T[] {
    const out: T[] = [];
    const names = new Set<string>();
    list(field, max).forEach((item, i) => {
      const raw = asObject(item);
      const name = typeof raw.name === 'string' ? raw.name.trim() : '';
      const r = validate(raw);
      const found = [...r.problems];
      if (name && names.has(name.toLowerCase())) found.push(m(taken, { name }));
      names.add(name.toLowerCase());
      problems.push(...found.map((problem) => m(where, { n: i + 1, name: name || '—', problem })));
      if (r.value) out.push(r.value);
    });
    return out;
  }
  const sets = entries('hashtagSets', LIMITS.sets, 'checklist_problem_inSet', 'checklist_problem_setNameTaken', validateSet);
  const tags = entries('tags', LIMITS.tags, 'checklist_problem_inTag', 'checklist_problem_tagNameTaken', validateTag);
  if (problems.length === 0 && sets.length === 0 && tags.length === 0) problems.push(m('checklist_problem_emptyFile'));
  if (problems.length) return { ok: false, problems };
  return { ok: true, file: { format: FILE_FORMAT, version: FILE_VERSION, exportedAt: String(d.exportedAt ?? ''), hashtagSets: sets, tags } };
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPlan {
  sets: HashtagSetRecord[];
  tags: TagRecord[];
  /** Rows to delete (replace mode). */
  removeSetIds: string[];
  removeTagIds: string[];
  counts: { setsAdded: number; setsUpdated: number; tagsAdded: number; tagsUpdated: number; setsRemoved: number; tagsRemoved: number };
}

/**
 * What an import will do. Merge: entries with the same name (any case) are updated, others
 * added. Replace: the file becomes the whole list.
 */
export function planImport(
  file: ChecklistFile,
  existing: { sets: readonly HashtagSetRecord[]; tags: readonly TagRecord[] },
  mode: ImportMode,
  now = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): ImportPlan {
  const byName = <T extends { name: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.name.trim().toLowerCase(), r]));
  const oldSets = byName(existing.sets);
  const oldTags = byName(existing.tags);
  let order = existing.sets.reduce((max, s) => Math.max(max, s.order), -1);
  const counts = { setsAdded: 0, setsUpdated: 0, tagsAdded: 0, tagsUpdated: 0, setsRemoved: 0, tagsRemoved: 0 };
  const sets = file.hashtagSets.map((s, i): HashtagSetRecord => {
    const old = oldSets.get(s.name.toLowerCase());
    if (old) counts.setsUpdated++;
    else counts.setsAdded++;
    return { id: old?.id ?? newId(), name: s.name, hashtags: s.hashtags, requiredOn: s.requiredOn, order: mode === 'replace' ? i : (old?.order ?? ++order), updatedAt: now };
  });
  const tags = file.tags.map((t): TagRecord => {
    const old = oldTags.get(t.name.toLowerCase());
    if (old) counts.tagsUpdated++;
    else counts.tagsAdded++;
    return { id: old?.id ?? newId(), name: t.name, category: t.category, facebook: t.facebook, instagram: t.instagram, updatedAt: now };
  });
  const keepSet = new Set(sets.map((s) => s.id));
  const keepTag = new Set(tags.map((t) => t.id));
  const removeSetIds = mode === 'replace' ? existing.sets.filter((s) => !keepSet.has(s.id)).map((s) => s.id) : [];
  const removeTagIds = mode === 'replace' ? existing.tags.filter((t) => !keepTag.has(t.id)).map((t) => t.id) : [];
  counts.setsRemoved = removeSetIds.length;
  counts.tagsRemoved = removeTagIds.length;
  return { sets, tags, removeSetIds, removeTagIds, counts };
}
