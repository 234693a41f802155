/**
 * Fills a template's text with field values.
 *
 * The rules, chosen so that an admin can write templates without learning a language:
 * - `{name}` is replaced by the field's value, formatted by its type (a date gets its weekday).
 * - A line whose placeholder is empty disappears (so optional facts need no "if").
 * - `a || b` on one line: the first alternative whose placeholders all have values wins.
 * - A yes/no field renders nothing: "yes" keeps its line, "no" hides it.
 * - Modifiers: `{date:short}` (no year), `{date:gen}` (Czech genitive, "do {deadline:gen}"),
 *   `{date:nom}`, `{time:from}`, `{places:lines}` (one per line).
 * - A line of a marker and a list ("📍 {places}") whose items hold commas or run long becomes a
 *   line per item, each with the marker.
 */
import { parseIso, type Lang } from '../dates/calendar';
import { formatDateRange, formatDateWithWeekday } from '../dates/format';
import type { Platform } from '../hosts/hosts';
import type { FieldValue, FieldValues, TemplateField } from './types';

export interface RenderContext {
  lang: Lang;
  platform: Platform;
  /** Already chosen for the platform (Instagram: at most 5). */
  hashtags: string[];
  town: string;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]{0,31})(?::([a-z.]{1,20}))?\}/g;

export const LINK_IN_BIO: Record<Lang, string> = { cs: 'odkaz v bio', en: 'link in bio' };

const TIME_RE = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const TIME_RANGE_RE = /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*(?:[-–—]\s*([01]?\d|2[0-4]):([0-5]\d))?\s*$/;
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"]{2,}/gi;

const trimTime = (h: string, m: string) => `${+h}:${m}`;

export function parseTimeRange(v: string): { from: string; to?: string } | null {
  const m = TIME_RANGE_RE.exec(v);
  if (!m) return null;
  const from = trimTime(m[1]!, m[2]!);
  return m[3] !== undefined ? { from, to: trimTime(m[3], m[4]!) } : { from };
}

export function parseDateRange(v: string): { a: { y: number; m: number; d: number }; b: { y: number; m: number; d: number } } | null {
  const [x, y] = v.split('/');
  const a = parseIso(x ?? '');
  const b = parseIso(y ?? '');
  if (!a || !b) return null;
  if (Date.UTC(a.y, a.m - 1, a.d) > Date.UTC(b.y, b.m - 1, b.d)) return null;
  return { a, b };
}

function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'cs' ? ' a ' : ' and ';
  return items.slice(0, -1).join(', ') + and + items[items.length - 1];
}

function isEmpty(v: FieldValue | undefined): boolean {
  if (v === undefined || v === false) return true;
  if (Array.isArray(v)) return v.every((x) => !x.trim());
  if (typeof v === 'string') return !v.trim();
  return false;
}

/** The text a placeholder becomes, or null when it has no value (its line/alternative is dropped). */
export function formatValue(field: TemplateField | undefined, value: FieldValue | undefined, mods: string[], ctx: RenderContext): string | null {
  if (isEmpty(value)) return null;
  const type = field?.type ?? (Array.isArray(value) ? 'list' : 'text');
  const has = (m: string) => mods.includes(m);
  const lang = ctx.lang;
  switch (type) {
    case 'toggle':
      return value === true ? '' : null;
    case 'date': {
      const d = parseIso(String(value));
      if (!d) return null;
      // Czech "ve čtvrtek 12. 3." by default; "čtvrtka 12. 3." (gen) or "čtvrtek 12. 3." (nom) on request.
      return formatDateWithWeekday(lang, d.y, d.m, d.d, { year: !has('short'), csCase: has('gen') ? 'gen' : has('nom') ? 'nom' : 'acc' });
    }
    case 'dateRange': {
      const r = parseDateRange(String(value));
      if (!r) return null;
      return formatDateRange(lang, r.a, r.b);
    }
    case 'time':
    case 'timeRange': {
      const r = parseTimeRange(String(value));
      if (!r) return null;
      if (has('from') || !r.to) return r.from;
      if (has('to')) return r.to;
      return `${r.from}–${r.to}`;
    }
    case 'list': {
      const items = (Array.isArray(value) ? value : String(value).split('\n')).map((x) => x.trim()).filter(Boolean);
      if (!items.length) return null;
      if (has('lines')) return items.map((x) => `• ${x}`).join('\n');
      return joinList(items, lang);
    }
    case 'link':
      // Instagram does not make links in captions clickable: point to the profile's bio instead.
      return ctx.platform === 'instagram' ? LINK_IN_BIO[lang] : String(value).trim();
    case 'paragraph': {
      const text = String(value).trim();
      // (Sentence punctuation after a link stays: "na www.zabreh.cz." → "na odkaz v bio.")
      return ctx.platform === 'instagram' ? text.replace(URL_IN_TEXT, (url) => LINK_IN_BIO[lang] + (/[.,;:!?)]+$/.exec(url)?.[0] ?? '')) : text;
    }
    default:
      return String(value).trim();
  }
}

function resolve(name: string, mods: string[], fields: Map<string, TemplateField>, values: FieldValues, ctx: RenderContext): string | null {
  if (name === 'hashtags') return ctx.hashtags.length ? ctx.hashtags.join(' ') : null;
  if (name === 'town') return ctx.town.trim() || null;
  const field = fields.get(name);
  return formatValue(field, values[name] ?? field?.default, mods, ctx);
}

/** Upper-cases the first letter of a line's text (after its emoji), unless it is a hashtag, link or e-mail. */
function capitaliseLine(line: string): string {
  const m = /^([^\p{L}\p{N}#@]*)(\p{Ll})(\S*)/u.exec(line);
  if (!m || /[@/]|\.\p{L}/u.test(m[3]!)) return line;
  return m[1]! + m[2]!.toLocaleUpperCase() + line.slice(m[1]!.length + 1);
}

type Part = string | { name: string; mods: string[]; whole: string };
/** `capitalise`: the alternative starts with a value (after an emoji), whose first letter becomes a capital. */
type Line = { text: string } | { alternatives: Part[][]; capitalise: boolean[] };

// Parsed template texts (there are few, and each is rendered on every keystroke).
const parsedCache = new Map<string, Line[]>();

function parse(text: string): Line[] {
  let lines = parsedCache.get(text);
  if (lines) return lines;
  lines = text.split('\n').map((line): Line => {
    if (!line.includes('{')) return { text: line.trimEnd() };
    const alternatives = line.split('||').map((alt) => {
        const parts: Part[] = [];
        let last = 0;
        for (const m of alt.matchAll(PLACEHOLDER)) {
          if (m.index > last) parts.push(alt.slice(last, m.index));
          parts.push({ name: m[1]!, mods: m[2] ? m[2].split('.') : [], whole: m[0] });
          last = m.index + m[0].length;
        }
        if (last < alt.length) parts.push(alt.slice(last));
        return parts;
      });
    const capitalise = alternatives.map((parts) => typeof parts[0] !== 'string' || (parts.length > 1 && !/[\p{L}\p{N}#@]/u.test(parts[0])));
    return { alternatives, capitalise };
  });
  if (parsedCache.size > 200) parsedCache.clear();
  parsedCache.set(text, lines);
  return lines;
}

/** The text of a template filled with values. Never throws; unknown placeholders are left visible. */
const fieldMaps = new WeakMap<readonly TemplateField[], Map<string, TemplateField>>();

export function renderTemplate(text: string, fieldList: readonly TemplateField[], values: FieldValues, ctx: RenderContext): string {
  let fields = fieldMaps.get(fieldList);
  if (!fields) fieldMaps.set(fieldList, (fields = new Map(fieldList.map((f) => [f.name, f]))));
  const out: string[] = [];
  for (const line of parse(text)) {
    if ('text' in line) {
      out.push(line.text);
      continue;
    }
    let rendered: string | null = null;
    let capitalise = false;
    for (let a = 0; a < line.alternatives.length; a++) {
      const alt = line.alternatives[a]!;
      let filled = '';
      let ok = true;
      for (const part of alt) {
        if (typeof part === 'string') {
          filled += part;
          continue;
        }
        if (!fields.has(part.name) && part.name !== 'hashtags' && part.name !== 'town') {
          filled += part.whole;
          continue;
        }
        const v = resolve(part.name, part.mods, fields, values, ctx);
        if (v === null) {
          ok = false;
          break;
        }
        filled += v;
      }
      if (ok) {
        rendered = filled.trim();
        capitalise = line.capitalise[a]!;
        // A marker and a long list ("📍 {places}" with items that hold commas): one line per item.
        const lines = listAsLines(alt, fields, values);
        if (lines) rendered = lines;
        break;
      }
    }
    if (rendered === null) continue;
    if (!capitalise) {
      out.push(rendered);
      continue;
    }
    // A placeholder that rendered to several lines (a paragraph) keeps its own line breaks.
    const nl = rendered.indexOf('\n');
    out.push(nl < 0 ? capitaliseLine(rendered) : capitaliseLine(rendered.slice(0, nl)) + rendered.slice(nl));
  }
  return out
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Beyond this many characters (or with an item holding a comma) a list reads better one item per line. */
const LIST_LINE_MAX = 100;

/**
 * A line that is just a marker and a list ("📍 {places}"), when the list is long or its items
 * hold commas ("Zábřeh – parkoviště u Penny, ul. Zahradní"): one line per item, each with the
 * marker. Null when the line is anything else or the list reads well in one line.
 */
function listAsLines(alt: Part[], fields: Map<string, TemplateField>, values: FieldValues): string | null {
  if (alt.length !== 2 || typeof alt[0] !== 'string' || typeof alt[1] === 'string' || /[\p{L}\p{N}]/u.test(alt[0])) return null;
  const part = alt[1]!;
  if (part.mods.length || fields.get(part.name)?.type !== 'list') return null;
  const v = values[part.name];
  const items = (Array.isArray(v) ? v : String(v ?? '').split('\n')).map((x) => x.trim()).filter(Boolean);
  if (items.length < 2 || (!items.some((x) => x.includes(',')) && items.join(', ').length <= LIST_LINE_MAX)) return null;
  return items.map((x) => capitaliseLine(alt[0] + x)).join('\n');
}

/** Placeholder names used in a template text (for validation and the editor's hints). */
export function placeholdersOf(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) names.add(m[1]!);
  return [...names];
}

export type FieldProblem = 'required' | 'date' | 'time' | 'timeRange' | 'dateRange' | 'link' | 'phone' | 'email' | 'amount' | 'choice' | 'tooLong';

const EMAIL_RE = /^[^\s@]{1,64}@[^\s@]{1,253}\.[A-Za-z]{2,24}$/;
const PHONE_RE = /^\+?[\d\s()/.-]{3,24}$/;
export const MAX_TEXT = 300;
export const MAX_PARAGRAPH = 20_000;

/** What is wrong with a value the admin typed, if anything (shown next to the field). */
export function validateValue(field: TemplateField, value: FieldValue | undefined): FieldProblem | null {
  if (isEmpty(value)) return field.required ? 'required' : null;
  const v = typeof value === 'string' ? value.trim() : value;
  switch (field.type) {
    case 'date':
      return parseIso(String(v)) ? null : 'date';
    case 'time':
      return TIME_RE.test(String(v)) ? null : 'time';
    case 'timeRange': {
      const r = parseTimeRange(String(v));
      if (!r) return 'timeRange';
      return r.to && r.to === r.from ? 'timeRange' : null;
    }
    case 'dateRange':
      return parseDateRange(String(v)) ? null : 'dateRange';
    case 'link': {
      const s = String(v);
      try {
        const u = new URL(/^https?:\/\//i.test(s) ? s : `https://${s}`);
        return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.') && !/\s/.test(s) ? null : 'link';
      } catch {
        return 'link';
      }
    }
    case 'phone':
      return PHONE_RE.test(String(v)) && String(v).replace(/\D/g, '').length >= 3 ? null : 'phone';
    case 'email':
      return EMAIL_RE.test(String(v)) ? null : 'email';
    case 'amount':
      return /\d/.test(String(v)) ? null : 'amount';
    case 'choice':
      return field.options?.includes(String(v)) ? null : 'choice';
    case 'paragraph':
      return String(v).length > MAX_PARAGRAPH ? 'tooLong' : null;
    case 'list':
      return (Array.isArray(v) ? v : [String(v)]).some((x) => x.length > MAX_TEXT) ? 'tooLong' : null;
    case 'toggle':
      return null;
    default:
      return String(v).length > MAX_TEXT ? 'tooLong' : null;
  }
}
