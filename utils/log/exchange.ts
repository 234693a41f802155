/**
 * Export and import of the whole log (pure: text in, records or a list of problems out).
 *
 * JSON holds posts and follower counts; CSV holds the posts (one row each, for Excel).
 * Import accepts exactly what export writes, and checks every field of every row before
 * anything is written: one bad row rejects the file, with every problem listed (up to a cap).
 */
import type { FollowerRecord, PostRecord } from '../db/types';
import { parseCsvSteps, guardFormula, unguardFormula, writeCsv } from './csv';
import { checkEnvelope } from '../files/jsonFile';
import { holdsNul } from '../files/decode';
import { runSync, splitJson, type Steps } from '../files/slices';
import { addDays, dayKey, daysBetween, isDayKey, toLocalIso } from './day';
import { PLATFORMS } from '../hosts/hosts';
import { followerId, MAX_EXCERPT, MAX_FOLLOWERS, MAX_NOTE, POST_KINDS_LOGGED, POST_SOURCES } from './limits';

export const LOG_FORMAT = 'town-crier-log';
export const LOG_FORMAT_VERSION = 1;
/** 100,000 posts export to ~30 MB of JSON; anything much bigger is not a log of ours. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ENTRIES = 200_000;
/** Nobody published on Facebook before 2004. */
export const EARLIEST_DATE = Date.UTC(2004, 0, 1);
/** Clocks of two PCs may differ a little; an hour ahead is still "now". */
export const FUTURE_SLACK_MS = 60 * 60 * 1000;
export const MAX_PROBLEMS = 30;
const MAX_ID = 100;
/**
 * Ids as the app writes them: UUIDs (posts, templates), `builtin:cs:event` (built-in templates),
 * hex (text hashes). Letters, digits and `: . _ -`, starting with a letter or digit: never a
 * formula, a quote or a space.
 */
export const ID_RE = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,99}$/;

export const POST_COLUMNS = [
  'id',
  'day',
  'publishedAt',
  'platform',
  'kind',
  'source',
  'excerpt',
  'note',
  'templateId',
  'hash',
  'uncertain',
  'updatedAt',
] as const;


// ---------------------------------------------------------------------------------------------
// Export

const byTime = (a: PostRecord, b: PostRecord) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : 1);

function postToJson(p: PostRecord) {
  return {
    id: p.id,
    day: p.day,
    publishedAt: toLocalIso(p.publishedAt),
    platform: p.platform,
    kind: p.kind,
    source: p.source,
    excerpt: p.excerpt,
    ...(p.note ? { note: p.note } : {}),
    ...(p.templateId ? { templateId: p.templateId } : {}),
    ...(p.hash ? { hash: p.hash } : {}),
    ...(p.uncertain ? { uncertain: true } : {}),
    updatedAt: toLocalIso(p.updatedAt),
  };
}

export function exportJson(posts: PostRecord[], followers: FollowerRecord[], now: number): string {
  return JSON.stringify(
    {
      format: LOG_FORMAT,
      version: LOG_FORMAT_VERSION,
      exportedAt: toLocalIso(now),
      posts: [...posts].sort(byTime).map(postToJson),
      followers: [...followers]
        .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.platform < b.platform ? -1 : 1))
        .map((f) => ({ id: f.id, day: f.day, platform: f.platform, count: f.count, ...(f.updatedAt ? { updatedAt: toLocalIso(f.updatedAt) } : {}) })),
    },
    null,
    1,
  );
}

export function exportCsv(posts: PostRecord[]): string {
  return writeCsv(
    POST_COLUMNS,
    // Every cell guarded, not only the texts: an id or hash from an imported file is text the
    // admin did not write either (the import checks them, this is the second line).
    [...posts].sort(byTime).map((p) =>
      [
        p.id,
        p.day,
        toLocalIso(p.publishedAt),
        p.platform,
        p.kind,
        p.source,
        p.excerpt,
        p.note ?? '',
        p.templateId ?? '',
        p.hash ?? '',
        p.uncertain ? 'true' : '',
        toLocalIso(p.updatedAt),
      ].map(guardFormula),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Import

export type ProblemCode =
  | 'empty'
  | 'tooLarge'
  | 'notJson'
  | 'notLog'
  | 'newerVersion'
  | 'noPosts'
  | 'tooMany'
  | 'csvQuote'
  | 'csvColumns'
  | 'csvFieldCount'
  | 'missing'
  | 'type'
  | 'platform'
  | 'kind'
  | 'source'
  | 'date'
  | 'future'
  | 'past'
  | 'dayMismatch'
  | 'tooLong'
  | 'count'
  | 'duplicateId'
  | 'duplicateFollower'
  | 'id'
  | 'nul'
  | 'badVersion'
  | 'encoding'
  | 'moreProblems';

export interface ImportProblem {
  code: ProblemCode;
  /** Where: the n-th post or follower count of a JSON file (1-based), or a line of a CSV file. */
  at?: { in: 'post' | 'follower' | 'line'; n: number };
  field?: string;
  /** The offending value, shortened, for the message. */
  value?: string;
  /** Numbers a message needs (a limit, the number of more problems, the line of the first copy). */
  n?: number;
  /** Column names (CSV header problems). */
  list?: string[];
}

export type ParsedLog =
  | { ok: true; format: 'json' | 'csv'; posts: PostRecord[]; followers: FollowerRecord[] }
  | { ok: false; problems: ImportProblem[] };

const show = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Collects problems up to MAX_PROBLEMS, then only counts them. */
class Problems {
  list: ImportProblem[] = [];
  more = 0;
  add(p: ImportProblem) {
    if (this.list.length < MAX_PROBLEMS) this.list.push(p);
    else this.more++;
  }
  result(): ImportProblem[] {
    return this.more ? [...this.list, { code: 'moreProblems', n: this.more }] : this.list;
  }
}

type Raw = Record<string, unknown>;
type Where = NonNullable<ImportProblem['at']>;

/** Checks one field at a time; each getter reports its own problem and returns undefined. */
function fieldReader(raw: Raw, at: Where, problems: Problems, now: number) {
  const fail = (code: ProblemCode, field: string, value?: unknown) =>
    problems.add({ code, at, field, ...(value !== undefined ? { value: show(value) } : {}) });

  const str = (field: string, opts: { required: boolean; max: number }): string | undefined => {
    const v = raw[field];
    if (v === undefined || v === null || v === '') {
      if (opts.required) fail('missing', field);
      return undefined;
    }
    if (typeof v !== 'string') return fail('type', field, v), undefined;
    if (v.length > opts.max) return problems.add({ code: 'tooLong', at, field, n: opts.max }), undefined;
    return v;
  };
  const oneOf = <T extends string>(field: string, allowed: readonly T[], code: ProblemCode): T | undefined => {
    // Any length: a long wrong value is still "not a network", not "too long".
    const v = str(field, { required: true, max: Infinity });
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) return fail(code, field, v), undefined;
    return v as T;
  };
  const time = (field: string, required: boolean): number | undefined => {
    const v = str(field, { required, max: 40 });
    if (v === undefined) return undefined;
    const t = ISO_RE.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(t)) return fail('date', field, v), undefined;
    if (t > now + FUTURE_SLACK_MS) return fail('future', field, v), undefined;
    if (t < EARLIEST_DATE) return fail('past', field, v), undefined;
    return t;
  };
  const day = (field: string): string | undefined => {
    const v = str(field, { required: true, max: 10 });
    if (v === undefined) return undefined;
    if (!isDayKey(v)) return fail('date', field, v), undefined;
    if (v > addDays(dayKey(now), 1)) return fail('future', field, v), undefined;
    if (v < '2004-01-01') return fail('past', field, v), undefined;
    return v;
  };
  const id = (field: string, required: boolean): string | undefined => {
    const v = str(field, { required, max: MAX_ID });
    if (v === undefined) return undefined;
    if (!ID_RE.test(v)) return fail('id', field, v), undefined;
    return v;
  };
  return { str, oneOf, time, day, id, fail };
}

function readPost(raw: Raw, at: Where, problems: Problems, now: number): PostRecord | null {
  const before = problems.list.length + problems.more;
  const f = fieldReader(raw, at, problems, now);
  const id = f.id('id', true);
  const day = f.day('day');
  const publishedAt = f.time('publishedAt', true);
  const platform = f.oneOf('platform', PLATFORMS, 'platform');
  const kind = f.oneOf('kind', POST_KINDS_LOGGED, 'kind');
  const source = f.oneOf('source', POST_SOURCES, 'source');
  const excerpt = f.str('excerpt', { required: false, max: MAX_EXCERPT }) ?? '';
  const note = f.str('note', { required: false, max: MAX_NOTE });
  const templateId = f.id('templateId', false);
  const hash = f.id('hash', false);
  const updatedAt = f.time('updatedAt', true);
  const uncertain = raw.uncertain;
  if (uncertain !== undefined && typeof uncertain !== 'boolean') f.fail('type', 'uncertain', uncertain);
  // The day is local to whoever logged it: at most one calendar day from the UTC date (zones span −12…+14 h).
  if (day && publishedAt !== undefined && Math.abs(daysBetween(new Date(publishedAt).toISOString().slice(0, 10), day)) > 1) {
    f.fail('dayMismatch', 'day', day);
  }
  if (problems.list.length + problems.more > before) return null;
  const post: PostRecord = { id: id!, platform: platform!, kind: kind!, publishedAt: publishedAt!, day: day!, source: source!, excerpt, updatedAt: updatedAt! };
  if (note) post.note = note;
  if (templateId) post.templateId = templateId;
  if (hash) post.hash = hash;
  if (uncertain === true) post.uncertain = true;
  return post;
}

function readFollower(raw: Raw, at: Where, problems: Problems, now: number): FollowerRecord | null {
  const before = problems.list.length + problems.more;
  const f = fieldReader(raw, at, problems, now);
  const day = f.day('day');
  const platform = f.oneOf('platform', PLATFORMS, 'platform');
  const count = raw.count;
  if (count === undefined) f.fail('missing', 'count');
  else if (typeof count !== 'number') f.fail('type', 'count', count);
  else if (!Number.isInteger(count) || count < 0 || count > MAX_FOLLOWERS) f.fail('count', 'count', count);
  const updatedAt = f.time('updatedAt', false);
  if (problems.list.length + problems.more > before) return null;
  // The id is the page and the day (see FollowerRecord), whatever the file says.
  const rec: FollowerRecord = { id: followerId(platform!, day!), day: day!, platform: platform!, count: count as number };
  if (updatedAt !== undefined) rec.updatedAt = updatedAt;
  return rec;
}

function checkDuplicates(posts: { post: PostRecord; at: Where }[], followers: { rec: FollowerRecord; at: Where }[], problems: Problems) {
  const seen = new Map<string, Where>();
  for (const { post, at } of posts) {
    const first = seen.get(post.id);
    if (first) problems.add({ code: 'duplicateId', at, field: 'id', value: show(post.id), n: first.n });
    else seen.set(post.id, at);
  }
  const seenF = new Map<string, Where>();
  for (const { rec, at } of followers) {
    const first = seenF.get(rec.id);
    if (first) problems.add({ code: 'duplicateFollower', at, value: `${rec.platform} ${rec.day}`, n: first.n });
    else seenF.set(rec.id, at);
  }
}

type Entry = { raw: unknown; at: Where };


/** One row of a JSON import as a plain object, or a problem noted (a non-object, a NUL inside). */
function plainRecord(raw: unknown, at: Where, problems: Problems): Raw | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.add({ code: 'type', at, value: show(raw) });
    return undefined;
  }
  if (holdsNul(raw)) {
    problems.add({ code: 'nul', at });
    return undefined;
  }
  return raw as Raw;
}

/** Reads entries (JSON objects or CSV rows turned into objects) and checks them, in steps. */
function* readEntries(
  postsIn: Iterable<Entry>,
  followersIn: Iterable<Entry>,
  total: number,
  problems: Problems,
  now: number,
): Steps<{ posts: { post: PostRecord; at: Where }[]; followers: { rec: FollowerRecord; at: Where }[] }> {
  let done = 0;
  const step = () => (++done & 255) === 0;
  const posts: { post: PostRecord; at: Where }[] = [];
  for (const { raw, at } of postsIn) {
    if (step()) yield 0.3 + (0.6 * done) / Math.max(1, total);
    const obj = plainRecord(raw, at, problems);
    const post = obj && readPost(obj, at, problems, now);
    if (post) posts.push({ post, at });
  }
  const followers: { rec: FollowerRecord; at: Where }[] = [];
  for (const { raw, at } of followersIn) {
    if (step()) yield 0.3 + (0.6 * done) / Math.max(1, total);
    const obj = plainRecord(raw, at, problems);
    const rec = obj && readFollower(obj, at, problems, now);
    if (rec) followers.push({ rec, at });
  }
  checkDuplicates(posts, followers, problems);
  return { posts, followers };
}

class NotJson extends Error {}

/** The elements of one top-level array, parsed one at a time (a broken one: NotJson). */
function* elements(text: string, ranges: Int32Array | undefined, kind: 'post' | 'follower'): Generator<Entry> {
  if (!ranges) return;
  for (let k = 0; k < ranges.length; k += 2) {
    let raw: unknown;
    try {
      raw = JSON.parse(text.slice(ranges[k]!, ranges[k + 1]!));
    } catch {
      throw new NotJson();
    }
    yield { raw, at: { in: kind, n: k / 2 + 1 } };
  }
}

function* parseJsonLog(text: string, now: number): Steps<ParsedLog> {
  const split = yield* splitJson(text);
  let data: unknown;
  if (!split.ok) {
    // Not an object at all (valid JSON of another shape → not ours), or broken.
    if (split.at !== -1) return { ok: false, problems: [{ code: 'notJson' }] };
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, problems: [{ code: 'notJson' }] };
    }
    return { ok: false, problems: [{ code: 'notLog' }] };
  }
  try {
    data = JSON.parse(split.skeleton);
  } catch {
    return { ok: false, problems: [{ code: 'notJson' }] };
  }
  const file = checkEnvelope(data, { format: LOG_FORMAT, version: LOG_FORMAT_VERSION });
  if (!file.ok) {
    if (file.reason === 'newerVersion') return { ok: false, problems: [{ code: 'newerVersion', value: show(file.version) }] };
    if (file.reason === 'badVersion') return { ok: false, problems: [{ code: 'badVersion', value: show(file.version ?? '') }] };
    return { ok: false, problems: [{ code: 'notLog' }] }; // not ours (no size limit here: import.ts checks the file)
  }
  const d = file.data as Raw;
  // The skeleton holds `[]` where the arrays were; anything else under these keys is not a list.
  const postRanges = split.arrays.get('posts');
  const followerRanges = split.arrays.get('followers');
  if (!postRanges || !Array.isArray(d.posts) || (d.followers !== undefined && !Array.isArray(d.followers))) return { ok: false, problems: [{ code: 'noPosts' }] };
  const total = postRanges.length / 2 + (followerRanges?.length ?? 0) / 2;
  if (total > MAX_IMPORT_ENTRIES) return { ok: false, problems: [{ code: 'tooMany', n: MAX_IMPORT_ENTRIES }] };
  if (holdsNul(d)) return { ok: false, problems: [{ code: 'nul' }] };

  const problems = new Problems();
  let read;
  try {
    read = yield* readEntries(elements(text, postRanges, 'post'), elements(text, followerRanges, 'follower'), total, problems, now);
  } catch (e) {
    if (e instanceof NotJson) return { ok: false, problems: [{ code: 'notJson' }] };
    throw e;
  }
  const found = problems.result();
  if (found.length) return { ok: false, problems: found };
  return { ok: true, format: 'json', posts: read.posts.map((p) => p.post), followers: read.followers.map((f) => f.rec) };
}

function* csvEntries(names: string[], rows: string[][], lines: number[], problems: Problems): Generator<Entry> {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const at: Where = { in: 'line', n: lines[i + 1]! };
    if (row.length !== names.length) {
      problems.add({ code: 'csvFieldCount', at, n: row.length, value: String(names.length) });
      continue;
    }
    const raw: Raw = Object.create(null) as Raw;
    // Every cell was guarded on export (./csv.ts): undo exactly that.
    for (let c = 0; c < names.length; c++) raw[names[c]!] = unguardFormula(row[c]!);
    // CSV has no booleans: "true" or empty.
    if (raw.uncertain === '') delete raw.uncertain;
    else if (raw.uncertain === 'true') raw.uncertain = true;
    yield { raw, at };
  }
}

function* parseCsvLog(text: string, now: number): Steps<ParsedLog> {
  const csv = yield* parseCsvSteps(text);
  if (!csv.ok) return { ok: false, problems: [{ code: 'csvQuote', at: { in: 'line', n: csv.line } }] };
  const [header, ...rows] = csv.rows;
  const names = (header ?? []).map((h) => h.trim());
  const missing = POST_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((h) => !(POST_COLUMNS as readonly string[]).includes(h));
  if (missing.length || unknown.length || names.length !== POST_COLUMNS.length) {
    return { ok: false, problems: [{ code: 'csvColumns', list: missing, value: unknown.map(show).join(', ') || undefined }] };
  }
  if (rows.length > MAX_IMPORT_ENTRIES) return { ok: false, problems: [{ code: 'tooMany', n: MAX_IMPORT_ENTRIES }] };
  const problems = new Problems();
  const read = yield* readEntries(csvEntries(names, rows, csv.lines, problems), [], rows.length, problems, now);
  const found = problems.result();
  if (found.length) return { ok: false, problems: found };
  return { ok: true, format: 'csv', posts: read.posts.map((p) => p.post), followers: [] };
}

/** Reads an exported log (JSON or CSV, decided by its content), in steps (see ../files/slices.ts). */
export function* parseLogSteps(text: string, now: number): Steps<ParsedLog> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!/\S/.test(body)) return { ok: false, problems: [{ code: 'empty' }] };
  if (body.includes('\u0000')) return { ok: false, problems: [{ code: 'nul' }] };
  const first = /\S/.exec(body)![0];
  return first === '{' || first === '[' ? yield* parseJsonLog(body, now) : yield* parseCsvLog(body, now);
}

/** The same in one go. */
export function parseLogText(text: string, now: number): ParsedLog {
  return runSync(parseLogSteps(text, now));
}
