/**
 * The header check every JSON file the admin imports goes through (templates, checklist, post
 * log): size, JSON at all, our object with our `format`, a `version` this build can read, no
 * NUL anywhere (`\u0000` in a string: no text of ours holds one, and a CSV export would then
 * be refused). Each caller turns the reason into its own message.
 */
import { holdsNul } from './decode';

export type JsonEnvelopeProblem = 'tooBig' | 'notJson' | 'notOurs' | 'newerVersion' | 'badVersion' | 'nul';

export type JsonEnvelope =
  | { ok: true; data: Record<string, unknown> }
  /** `error`: JSON.parse's (notJson); `version`: the file's (newerVersion). */
  | { ok: false; reason: JsonEnvelopeProblem; error?: unknown; version?: unknown };

/** The checks after parsing (the log's sliced import parses the skeleton of a big file itself). */
export function checkEnvelope(data: unknown, { format, version }: { format: string; version: number }): JsonEnvelope {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'notOurs' };
  const d = data as Record<string, unknown>;
  if (d.format !== format) return { ok: false, reason: 'notOurs' };
  // Not a number at all is a damaged file, not one from a newer version.
  if (typeof d.version !== 'number' || !Number.isInteger(d.version) || d.version < 1) return { ok: false, reason: 'badVersion', version: d.version };
  if (d.version > version) return { ok: false, reason: 'newerVersion', version: d.version };
  return { ok: true, data: d };
}

export function readJsonEnvelope(text: string, { format, version, maxBytes = Infinity }: { format: string; version: number; maxBytes?: number }): JsonEnvelope {
  if (typeof text !== 'string' || text.length > maxBytes) return { ok: false, reason: 'tooBig' };
  let data: unknown;
  try {
    // A BOM (Notepad and other Windows editors save one) is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: 'notJson', error };
  }
  const checked = checkEnvelope(data, { format, version });
  if (checked.ok && holdsNul(checked.data)) return { ok: false, reason: 'nul' };
  return checked;
}
