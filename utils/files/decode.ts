/**
 * Bytes of an imported file → text, never with "�". Strict UTF-8 first; a file that is not
 * UTF-8 is most likely Czech Excel's Windows-1250 (or an old ISO-8859-2 export), which differ
 * only in 0x80–0xBF: 1250 has š/Š/ž/Ž/ť/Ť at 0x9A/0x8A/0x9E/0x8E/0x9D/0x8D (C1 control codes
 * in 8859-2), 8859-2 has them at 0xB9/0xA9/0xBE/0xAE/0xBB/0xAB (ą/©/ľ/®/»/« in 1250). The
 * caller says which encoding was converted, or shows the 'encoding' problem.
 */
export type Encoding = 'utf-8' | 'windows-1250' | 'iso-8859-2';

/** As the admin knows them (Excel's "Save as" list). */
export const ENCODING_NAMES: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'windows-1250': 'Windows-1250', 'iso-8859-2': 'ISO-8859-2' };

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: 'encoding' | 'nul' };

/** Bytes that are Czech letters in 1250 but control codes in 8859-2. */
const CP1250_LETTERS = new Set([0x8a, 0x9a, 0x8e, 0x9e, 0x9d, 0x8d]);
/** Bytes that are Czech letters in 8859-2 but symbols or Polish/Slovak letters in 1250. */
const LATIN2_LETTERS = new Set([0xa9, 0xb9, 0xae, 0xbe, 0xbb, 0xab]);
/** Bytes Windows-1250 leaves undefined: a file holding them is neither encoding. */
const CP1250_UNDEFINED = new Set([0x81, 0x83, 0x88, 0x90, 0x98]);

/** C0 controls other than tab, LF, CR, and C1 controls: no notice or export holds them. */
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function guessSingleByte(bytes: Uint8Array): Encoding | null {
  let cp1250 = 0;
  let latin2 = 0;
  let c1 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (CP1250_UNDEFINED.has(b)) return null;
    if (CP1250_LETTERS.has(b)) cp1250++;
    else if (LATIN2_LETTERS.has(b)) latin2++;
    if (b >= 0x80 && b <= 0x9f) c1++;
  }
  // Any byte of 0x80–0x9F is a control code in 8859-2: the file is 1250 (Excel's „quotes“ are there too).
  if (c1 > 0 || cp1250 > latin2) return 'windows-1250';
  if (latin2 > 0) return 'iso-8859-2';
  // Only bytes both encodings share (á, č, ř, ě, ů, …): either reading gives the same text.
  return 'windows-1250';
}

export function decodeBytes(input: ArrayBuffer | Uint8Array): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  // NUL bytes: UTF-16 or a binary file (a spreadsheet, a zip), not text we wrote.
  if (bytes.includes(0)) return { ok: false, reason: 'nul' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // not UTF-8: try the Czech single-byte encodings below
  }
  const encoding = guessSingleByte(bytes);
  if (!encoding) return { ok: false, reason: 'encoding' };
  const text = new TextDecoder(encoding).decode(bytes);
  if (CONTROL.test(text)) return { ok: false, reason: 'encoding' };
  return { ok: true, text, encoding };
}

/** What the import paths read a file through (a File, or a test's stand-in). */
export interface ReadableFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readFileText(file: ReadableFile): Promise<Decoded | { ok: false; reason: 'read' }> {
  let buf: ArrayBuffer;
  try {
    buf = await file.arrayBuffer();
  } catch {
    return { ok: false, reason: 'read' };
  }
  return decodeBytes(buf);
}

/** A NUL in any form (raw, or `\u0000` inside a JSON string) in any string of a parsed value. */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || !value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => holdsNul(v, depth + 1));
  for (const k of Object.keys(value)) if (k.includes('\u0000') || holdsNul((value as Record<string, unknown>)[k], depth + 1)) return true;
  return false;
}
