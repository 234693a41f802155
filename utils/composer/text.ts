/**
 * Text helpers shared by the content script (verification, publish events) and the panel.
 * Editors show the same text in different ways (non-breaking spaces, CRLF, decomposed
 * diacritics): compare and hash only normalised text.
 */

/**
 * Differences editors introduce without the admin's doing: Unicode form, line endings,
 * non-breaking spaces (plain contenteditable), zero-width spaces and BOMs (editor cursor
 * anchors). ZWJ (U+200D) stays: emoji need it. Local by design, so `clean(a + b)` is
 * `clean(a) + clean(b)`: an insertion can be checked piece by piece.
 */
export function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b\ufeff]/g, '');
}

/** For identity (hash, "is it empty?"): also ignores trailing spaces and extra blank lines. */
export function normalizeText(text: string): string {
  return clean(text)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * SHA-256 of the normalised text, first 64 bits in hex: the same post gives the same hash in
 * every tab and context (dedup), and the browser's digest keeps the content script small.
 */
export function hashText(text: string): Promise<string> {
  return hashNormalized(normalizeText(text));
}

/** hashText of a text already normalised (normalizeText). */
export async function hashNormalized(normalized: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalized));
  return [...new Uint8Array(digest)].slice(0, 8).map((b) => (b + 256).toString(16).slice(1)).join('');
}

export const EXCERPT_LENGTH = 140;

/** One line for the log, cut at a code-point boundary (never half an emoji surrogate pair). */
export function excerptOf(text: string, max = EXCERPT_LENGTH): string {
  return excerptOfNormalized(normalizeText(text), max);
}

/** excerptOf a text already normalised (normalizeText). */
export function excerptOfNormalized(normalized: string, max = EXCERPT_LENGTH): string {
  const one = normalized.replace(/\s+/g, ' ');
  const chars = Array.from(one);
  return chars.length <= max ? one : chars.slice(0, max - 1).join('') + '…';
}

/**
 * Did inserting `text` into an editor that held `before` produce `after`? Replace: `after`
 * is `text`. At the caret: `after` is `before` with `text` inserted at one position — so a
 * doubled, partial or misplaced insertion never counts as success.
 */
export function isInserted(before: string, text: string, after: string, replace: boolean): boolean {
  const a = clean(after);
  const t = clean(text);
  // A replaced editor may keep an empty last paragraph; the rest must match exactly.
  if (replace) return a.replace(/\n+$/, '') === t.replace(/\n+$/, '');
  const b = clean(before);
  if (a.length !== b.length + t.length) return false;
  for (let i = a.indexOf(t); i >= 0; i = a.indexOf(t, i + 1)) {
    if (a.slice(0, i) + a.slice(i + t.length) === b) return true;
  }
  return false;
}
