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
import { FIELD_NAME, FIELD_TYPES, RESERVED_PLACEHOLDERS, type FieldType, type PostTemplate, type TemplateContent, type TemplateField } from './types';

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
  | 'fieldDuplicate'
  | 'fieldType'
  | 'fieldLabel'
  | 'fieldOptions'
  | 'fieldDefault'
  | 'text'
  | 'placeholder';

export type ImportProblem =
  | { code: 'tooBig' | 'notJson' | 'notOurs' | 'newerVersion' | 'noTemplates' | 'tooMany' }
  | { code: 'invalidTemplate'; index: number; name: string; problem: TemplateProblem; detail: string };

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
  if (!isStr(raw.name, MAX_NAME) || !raw.name.trim()) return fail('name');
  if (raw.lang !== 'cs' && raw.lang !== 'en') return fail('lang', String(raw.lang));
  if (!isPostKind(raw.kind)) return fail('kind', String(raw.kind));
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
  for (const f of raw.fields) {
    if (!isObj(f)) return fail('fields');
    if (typeof f.name !== 'string' || !FIELD_NAME.test(f.name) || (RESERVED_PLACEHOLDERS as readonly string[]).includes(f.name)) return fail('fieldName', String(f.name));
    if (names.has(f.name)) return fail('fieldDuplicate', f.name);
    names.add(f.name);
    if (!(FIELD_TYPES as readonly string[]).includes(f.type as string)) return fail('fieldType', `${f.name}: ${String(f.type)}`);
    if (!isStr(f.label, MAX_NAME) || !f.label.trim()) return fail('fieldLabel', f.name);
    const type = f.type as FieldType;
    let options: string[] | undefined;
    if (type === 'choice') {
      if (!Array.isArray(f.options) || !f.options.length || f.options.length > 50 || !f.options.every((o) => isStr(o, MAX_NAME) && o.trim())) return fail('fieldOptions', f.name);
      options = f.options as string[];
    }
    if (!defaultFits(type, f.default, options)) return fail('fieldDefault', f.name);
    const field: TemplateField = { name: f.name, type, label: f.label.trim() };
    if (f.required === true) field.required = true;
    if (options) field.options = options;
    if (f.default !== undefined) field.default = f.default as TemplateField['default'];
    fields.push(field);
  }
  if (!isStr(raw.facebook, MAX_TEMPLATE_TEXT) || !raw.facebook.trim()) return fail('text', 'facebook');
  if (!isStr(raw.instagram, MAX_TEMPLATE_TEXT) || !raw.instagram.trim()) return fail('text', 'instagram');
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

/**
 * Reads an exported file. All or nothing: any problem rejects the whole file. Templates keep
 * their id (importing the same file again updates them instead of doubling them); an id that is
 * not one of ours gets a new one, and nothing imported can pose as a built-in template.
 */
export function parseTemplateFile(
  text: string,
  { now = Date.now(), newId }: { now?: number; newId: () => string },
): { ok: true; templates: PostTemplate[] } | { ok: false; problem: ImportProblem } {
  const file = readJsonEnvelope(text, { format: EXPORT_FORMAT, version: EXPORT_VERSION, maxBytes: MAX_IMPORT_BYTES });
  if (!file.ok) return { ok: false, problem: { code: file.reason } };
  const data = file.data;
  if (!Array.isArray(data.templates) || !data.templates.length) return { ok: false, problem: { code: 'noTemplates' } };
  if (data.templates.length > MAX_TEMPLATES) return { ok: false, problem: { code: 'tooMany' } };
  const out: PostTemplate[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < data.templates.length; i++) {
    const raw = data.templates[i];
    const checked = checkTemplate(raw);
    if (!checked.ok) {
      const name = isObj(raw) && typeof raw.name === 'string' ? raw.name.slice(0, MAX_NAME) : '';
      return { ok: false, problem: { code: 'invalidTemplate', index: i + 1, name, problem: checked.problem, detail: checked.detail } };
    }
    const rawId = isObj(raw) ? raw.id : undefined;
    let id = typeof rawId === 'string' && UUID.test(rawId) ? rawId : newId();
    if (ids.has(id)) id = newId();
    ids.add(id);
    out.push({ ...checked.template, id, builtin: false, order: 0, createdAt: now, updatedAt: now });
  }
  return { ok: true, templates: out };
}
