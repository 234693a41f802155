/**
 * Post templates (Text Blaze–style): a Facebook text and a shorter Instagram text with
 * `{field}` placeholders, and a form of typed fields. Rows live in Dexie (`db.templates`);
 * these are the fields the rewriter adds to `TemplateRecord`.
 */
import type { TemplateRecord } from '../db/types';
import type { Platform } from '../hosts/hosts';
import type { PostKindId } from '../kinds';

export const FIELD_TYPES = [
  'text', // single line
  'paragraph',
  'date', // yyyy-mm-dd
  'time', // HH:MM
  'timeRange', // "HH:MM–HH:MM" (or just the start)
  'dateRange', // "yyyy-mm-dd/yyyy-mm-dd"
  'list', // places, streets, options: one item per entry
  'link',
  'phone',
  'email',
  'amount',
  'toggle', // yes/no: "no" hides the line the field is on
  'choice', // one of `options`
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];
export type FieldValue = string | string[] | boolean;
export type FieldValues = Record<string, FieldValue>;

export interface TemplateField {
  /** Placeholder name: letters and digits, starting with a letter ({date}, {places}). */
  name: string;
  type: FieldType;
  label: string;
  required?: boolean;
  default?: FieldValue;
  /** For 'choice'. */
  options?: string[];
}

export interface PostTemplate extends TemplateRecord {
  kind: PostKindId;
  fields: TemplateField[];
  /** Facebook text: lines with {placeholders}; "a || b" tries a, then b; a line whose fields are empty disappears. */
  facebook: string;
  /** Instagram text (shorter; links become "link in bio"). */
  instagram: string;
  /** The emoji that fits the kind (the headline's). */
  emoji: string;
  /** Content version of a built-in template (newer shipped versions replace older built-in rows). */
  builtinVersion?: number;
  /** The `updatedAt` of the file version this row last took or kept in an import (utils/templates/io.ts planTemplateImport). */
  syncedAt?: number;
}

export type { Platform };

/** What the admin edits (and a file carries) of a template; the rest is bookkeeping. */
export type TemplateContent = Pick<PostTemplate, 'name' | 'lang' | 'kind' | 'platforms' | 'hashtags' | 'tagCategories' | 'fields' | 'facebook' | 'instagram' | 'emoji'> & {
  basedOn?: string;
};

/** Names the renderer fills itself; a template field cannot use them. */
export const RESERVED_PLACEHOLDERS = ['hashtags', 'town'] as const;

export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;

/**
 * Names JavaScript's own objects have (`constructor`, `toString`, `valueOf`, `hasOwnProperty`,
 * `__proto__`, …): a field called so would read a function instead of the admin's value
 * wherever a plain object holds the values.
 */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export type FieldNameProblem = 'missing' | 'pattern' | 'reserved';

/** Whether a field name is safe for a template: the pattern, not a placeholder of ours, not a member of Object. */
export function fieldNameProblem(name: unknown): FieldNameProblem | null {
  if (typeof name !== 'string' || !name) return 'missing';
  if (!FIELD_NAME.test(name)) return 'pattern';
  if (OBJECT_MEMBERS.has(name) || (RESERVED_PLACEHOLDERS as readonly string[]).includes(name)) return 'reserved';
  return null;
}
