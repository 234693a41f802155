/**
 * The header check every JSON file the admin imports goes through (templates, checklist, post
 * log): size, JSON at all, our object with our `format`, a `version` this build can read.
 * Each caller turns the reason into its own message.
 */
export type JsonEnvelopeProblem = 'tooBig' | 'notJson' | 'notOurs' | 'newerVersion';

export type JsonEnvelope =
  | { ok: true; data: Record<string, unknown> }
  /** `error`: JSON.parse's (notJson); `version`: the file's (newerVersion). */
  | { ok: false; reason: JsonEnvelopeProblem; error?: unknown; version?: unknown };

export function readJsonEnvelope(text: string, { format, version, maxBytes = Infinity }: { format: string; version: number; maxBytes?: number }): JsonEnvelope {
  if (typeof text !== 'string' || text.length > maxBytes) return { ok: false, reason: 'tooBig' };
  let data: unknown;
  try {
    // A BOM (Notepad and other Windows editors save one) is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: 'notJson', error };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'notOurs' };
  const d = data as Record<string, unknown>;
  if (d.format !== format) return { ok: false, reason: 'notOurs' };
  if (typeof d.version !== 'number' || d.version > version) return { ok: false, reason: 'newerVersion', version: d.version };
  return { ok: true, data: d };
}
