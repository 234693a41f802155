/**
 * Templates as a JSON file: export of the admin's own templates, and a strict import. An import
 * is all or nothing — the first problem rejects the whole file, with what and where, so a bad
 * file never leaves half its templates behind.
 */
import type { Platform, TagCategory } from '../db/types';
import { normalizeHashtag } from '../checklist/hashtags';
import { isPlatform } from '../hosts/hosts';
import { readJsonEnvelope } from '../files/jsonFile';
import { isPostKind, TAG_CATEGORIES } from '../kinds';
import { placeholdersOf } from './render';
import { fieldNameProblem, FIELD_TYPES, RESERVED_PLACEHOLDERS, type FieldType, type PostTemplate, type TemplateContent, type TemplateField } from './types';

export const EXPORT_FORMAT = 'town-crier-templates';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_TEMPLATES = 500;
export const MAX_FIELDS = 40;
export const MAX_TEMPLATE_TEXT = 20_000;
export const MAX_NAME = 100;

export interface TemplateFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  templates: PostTemplate[];
}

/** What is wrong with one template (shown to the admin in their language). */
export type TemplateProblem =
  | 'notObject'
  | 'name'
  | 'lang'
  | 'kind'
  | 'platforms'
  | 'hashtags'
  | 'tagCategories'
  | 'fields'
  | 'fieldName'
  | 'fieldNameMissing'
  | 'fieldNameReserved'
  | 'fieldLabelLong'
  | 'missing'
  | 'nameLong'
  | 'textLong'
  | 'fieldDuplicate'
  | 'fieldType'
  | 'fieldLabel'
  | 'fieldOptions'
  | 'fieldDefault'
  | 'text'
  | 'placeholder';

export type ImportProblem =
  | { code: 'tooBig' | 'notJson' | 'notOurs' | 'newerVersion' | 'badVersion' | 'nul' | 'encoding' | 'noTemplates' | 'tooMany' }
  | { code: 'invalidTemplate'; index: number; name: string; problem: TemplateProblem; detail: string };

const show = (v: unknown) => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;

function defaultFits(type: FieldType, v: unknown, options?: string[]): boolean {
  if (v === undefined) return true;
  if (type === 'toggle') return typeof v === 'boolean';
  if (type === 'list') return Array.isArray(v) && v.every((x) => isStr(x, 300));
  if (type === 'choice') return typeof v === 'string' && (v === '' || !!options?.includes(v));
  return isStr(v, MAX_TEMPLATE_TEXT);
}

/** Checks one template of a file (or of the editor) and returns it cleaned, or the first problem. */
export function checkTemplate(raw: unknown): { ok: true; template: TemplateContent } | { ok: false; problem: TemplateProblem; detail: string } {
  const fail = (problem: TemplateProblem, detail = '') => ({ ok: false as const, problem, detail });
  if (!isObj(raw)) return fail('notObject');
  // Each message names the real problem: missing is not "too long", a missing kind is not "undefined".
  if (typeof raw.name !== 'string' || !raw.name.trim()) return fail('name');
  if (raw.name.length > MAX_NAME) return fail('nameLong');
  if (raw.lang === undefined) return fail('missing', 'lang');
  if (raw.lang !== 'cs' && raw.lang !== 'en') return fail('lang', show(raw.lang));
  if (raw.kind === undefined) return fail('missing', 'kind');
  if (!isPostKind(raw.kind)) return fail('kind', show(raw.kind));
  const platforms = raw.platforms;
  if (!Array.isArray(platforms) || !platforms.length || !platforms.every(isPlatform)) return fail('platforms');
  const hashtags = raw.hashtags ?? [];
  // The app's one hashtag rule (checklist/hashtags.ts), as already written ("#Zábřeh", NFC), at most 60 characters after "#".
  const bad = Array.isArray(hashtags) ? hashtags.findIndex((h) => typeof h !== 'string' || h.length > 61 || normalizeHashtag(h) !== h) : -1;
  if (!Array.isArray(hashtags) || hashtags.length > 30 || bad >= 0) return fail('hashtags', Array.isArray(hashtags) ? String(hashtags[bad]) : '');
  const tagCategories = raw.tagCategories ?? [];
  if (!Array.isArray(tagCategories) || !tagCategories.every((c) => TAG_CATEGORIES.includes(c as TagCategory))) return fail('tagCategories');
  if (!Array.isArray(raw.fields) || raw.fields.length > MAX_FIELDS) return fail('fields');
  const fields: TemplateField[] = [];
  const names = new Set<string>();
  for (const [index, f] of raw.fields.entries()) {
    if (!isObj(f)) return fail('fields');
    const nameProblem = fieldNameProblem(f.name);
    if (nameProblem === 'missing') return fail('fieldNameMissing', String(index + 1));
    if (nameProblem) return fail(nameProblem === 'reserved' ? 'fieldNameReserved' : 'fieldName', show(f.name));
    const name = f.name as string;
    if (names.has(name)) return fail('fieldDuplicate', name);
    names.add(name);
    if (!(FIELD_TYPES as readonly string[]).includes(f.type as string)) return fail('fieldType', f.type === undefined ? name : `${name}: ${show(f.type)}`);
    if (typeof f.label !== 'string' || !f.label.trim()) return fail('fieldLabel', name);
    if (f.label.length > MAX_NAME) return fail('fieldLabelLong', name);
    const type = f.type as FieldType;
    let options: string[] | undefined;
    if (type === 'choice') {
      if (!Array.isArray(f.options) || !f.options.length || f.options.length > 50 || !f.options.every((o) => isStr(o, MAX_NAME) && o.trim())) return fail('fieldOptions', name);
      options = f.options as string[];
    }
    if (!defaultFits(type, f.default, options)) return fail('fieldDefault', name);
    const field: TemplateField = { name, type, label: f.label.trim() };
    if (f.required === true) field.required = true;
    if (options) field.options = options;
    if (f.default !== undefined) field.default = f.default as TemplateField['default'];
    fields.push(field);
  }
  for (const net of ['facebook', 'instagram'] as const) {
    const text = raw[net];
    if (typeof text !== 'string' || !text.trim()) return fail('text', net === 'facebook' ? 'Facebook' : 'Instagram');
    if (text.length > MAX_TEMPLATE_TEXT) return fail('textLong', net === 'facebook' ? 'Facebook' : 'Instagram');
  }
  if (typeof raw.facebook !== 'string' || typeof raw.instagram !== 'string') return fail('text');
  for (const text of [raw.facebook, raw.instagram]) {
    const unknown = placeholdersOf(text).find((p) => !names.has(p) && !(RESERVED_PLACEHOLDERS as readonly string[]).includes(p));
    if (unknown) return fail('placeholder', unknown);
  }
  const emoji = isStr(raw.emoji, 16) && raw.emoji ? raw.emoji : '📢';
  return {
    ok: true,
    template: {
      name: raw.name.trim(),
      lang: raw.lang,
      kind: raw.kind,
      platforms: [...new Set(platforms as Platform[])],
      hashtags: [...new Set(hashtags as string[])],
      tagCategories: [...new Set(tagCategories as TagCategory[])],
      fields,
      facebook: raw.facebook,
      instagram: raw.instagram,
      emoji,
      ...(typeof raw.basedOn === 'string' && raw.basedOn.length <= 100 ? { basedOn: raw.basedOn } : {}),
    },
  };
}

/** The admin's own templates as a file (built-in ones ship with the extension). */
export function exportTemplates(templates: readonly PostTemplate[], now = new Date()): string {
  const file: TemplateFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    templates: templates.filter((t) => !t.builtin).map((t) => ({ ...t })),
  };
  return JSON.stringify(file, null, 2);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a file said about one template besides its content (for the merge). */
export interface ImportOrigin {
  /** The file gave one of our ids (else: matched by content). */
  hadId: boolean;
  /** The file's `updatedAt` (null: none, or not a time). */
  updatedAt: number | null;
  /** The version the file's copy was last imported from (`syncedAt`, written by a merge). */
  syncedAt: number | null;
}

const FUTURE_SLACK_MS = 60 * 60 * 1000;
const timeOf = (v: unknown, now: number): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= now + FUTURE_SLACK_MS ? v : null;

/**
 * Reads an exported file. All or nothing: any problem rejects the whole file. Templates keep
 * their id (importing the same file again updates them instead of doubling them); an id that is
 * not one of ours gets a new one (and `origin.hadId` false), and nothing imported can pose as
 * a built-in template.
 */
export function parseTemplateFile(
  text: string,
  { now = Date.now(), newId }: { now?: number; newId: () => string },
): { ok: true; templates: PostTemplate[]; origins: ImportOrigin[] } | { ok: false; problem: ImportProblem } {
  const file = readJsonEnvelope(text, { format: EXPORT_FORMAT, version: EXPORT_VERSION, maxBytes: MAX_IMPORT_BYTES });
  if (!file.ok) return { ok: false, problem: { code: file.reason } };
  const data = file.data;
  if (!Array.isArray(data.templates) || !data.templates.length) return { ok: false, problem: { code: 'noTemplates' } };
  if (data.templates.length > MAX_TEMPLATES) return { ok: false, problem: { code: 'tooMany' } };
  const out: PostTemplate[] = [];
  const origins: ImportOrigin[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < data.templates.length; i++) {
    const raw = data.templates[i];
    const checked = checkTemplate(raw);
    if (!checked.ok) {
      const name = isObj(raw) && typeof raw.name === 'string' ? raw.name.slice(0, MAX_NAME) : '';
      return { ok: false, problem: { code: 'invalidTemplate', index: i + 1, name, problem: checked.problem, detail: checked.detail } };
    }
    const r = raw as Record<string, unknown>;
    let hadId = typeof r.id === 'string' && UUID.test(r.id);
    let id = hadId ? (r.id as string) : newId();
    if (ids.has(id)) {
      id = newId();
      hadId = false;
    }
    ids.add(id);
    origins.push({ hadId, updatedAt: timeOf(r.updatedAt, now), syncedAt: timeOf(r.syncedAt, now) });
    out.push({ ...checked.template, id, builtin: false, order: 0, createdAt: now, updatedAt: now });
  }
  return { ok: true, templates: out, origins };
}

/** The content of a template as one string: equal strings, the same template. */
export function contentKey(t: TemplateContent): string {
  const c = checkTemplate(t);
  const x = c.ok ? c.template : t;
  return JSON.stringify([x.name, x.lang, x.kind, x.platforms, x.hashtags, x.tagCategories, x.fields, x.facebook, x.instagram, x.emoji]);
}

export interface TemplateConflict {
  local: PostTemplate;
  incoming: PostTemplate;
}

export interface TemplateImportPlan {
  add: PostTemplate[];
  update: PostTemplate[];
  unchanged: number;
  /** Changed here and in the file since the version both came from: the admin chooses. */
  conflicts: TemplateConflict[];
}

/**
 * Merges a file into the admin's templates. By id: the same content is unchanged; otherwise the
 * newer `updatedAt` wins — unless both were changed since the version they share (the larger of
 * the file's `syncedAt` and the local one), which is a conflict. Without an id (a hand-made
 * file): a template with the same content is unchanged, others are added — never doubled.
 * Imported versions keep the file's `updatedAt` and note it as `syncedAt`.
 */
export function planTemplateImport(
  templates: readonly PostTemplate[],
  origins: readonly ImportOrigin[],
  existing: readonly PostTemplate[],
  now = Date.now(),
): TemplateImportPlan {
  const byId = new Map(existing.map((t) => [t.id, t]));
  const byContent = new Set(existing.map(contentKey));
  const plan: TemplateImportPlan = { add: [], update: [], unchanged: 0, conflicts: [] };
  templates.forEach((t, i) => {
    const o = origins[i] ?? { hadId: true, updatedAt: null, syncedAt: null };
    const key = contentKey(t);
    const local = o.hadId ? byId.get(t.id) : undefined;
    const fileTime = o.updatedAt;
    const incoming: PostTemplate = { ...t, updatedAt: fileTime ?? now, ...(fileTime !== null ? { syncedAt: fileTime } : {}) };
    if (!local) {
      if (byContent.has(key)) return void plan.unchanged++;
      byContent.add(key);
      plan.add.push(incoming);
      return;
    }
    if (contentKey(local) === key) return void plan.unchanged++;
    const localSynced = timeOf(local.syncedAt, Infinity);
    const base = Math.max(o.syncedAt ?? -1, localSynced ?? -1);
    const fileChanged = fileTime === null || fileTime > base;
    const localChanged = local.updatedAt > base;
    if (base >= 0 && fileChanged && localChanged) return void plan.conflicts.push({ local, incoming: { ...incoming, order: local.order, createdAt: local.createdAt } });
    // An undated file's version is not "newer" than anything: only a conflict could take it.
    if (fileTime === null) return void plan.conflicts.push({ local, incoming: { ...incoming, order: local.order, createdAt: local.createdAt } });
    if (fileTime > local.updatedAt) plan.update.push({ ...incoming, order: local.order, createdAt: local.createdAt });
    else plan.unchanged++;
  });
  return plan;
}
