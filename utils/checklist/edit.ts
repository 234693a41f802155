/**
 * Text edits behind the one-click fixes. They change only what the fix is about: removing a
 * hashtag also removes the space it leaves, and a line it leaves empty, but never re-wraps or
 * trims the rest of the admin's text.
 */

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** Applies non-overlapping edits (any order). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue; // overlapping: keep the first
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';

/**
 * Removes ranges (e.g. hashtags) with the space beside each; a line that held only removed
 * pieces disappears, and no run of blank lines is left where it was. `also`: other edits
 * made in the same pass (they must not overlap the ranges).
 */
export function removeRanges(text: string, ranges: readonly { start: number; end: number }[], also: readonly Edit[] = []): string {
  if (ranges.length === 0) return applyEdits(text, also);
  // A marker where something was removed tells which lines to tidy (never present in posts).
  const mark = ['\u0000', '\uE000', '\uE001', '\uE002'].find((m) => !text.includes(m)) ?? '\u0000';
  const edits: Edit[] = [];
  let prevEnd = 0;
  for (const { start, end } of [...ranges].sort((x, y) => x.start - y.start)) {
    let s = start;
    let e = end;
    if (isBlank(text[s - 1])) while (s > prevEnd && isBlank(text[s - 1])) s--;
    else while (isBlank(text[e])) e++;
    edits.push({ start: s, end: e, replacement: mark });
    prevEnd = e;
  }
  const marked = applyEdits(text, [...edits, ...also]);
  const lines = marked.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes(mark)) {
      out.push(line);
      continue;
    }
    const rest = line.split(mark).join('');
    if (rest.trim() !== '') {
      out.push(rest.replace(/[ \t\u00a0]+(\r?)$/, '$1'));
      continue;
    }
    // The line is gone; do not leave two blank lines (or a blank line at the end) behind.
    const prevBlank = out.length > 0 && out[out.length - 1]!.trim() === '';
    const nextBlank = i + 1 >= lines.length || lines[i + 1]!.replace(mark, '').trim() === '';
    if (prevBlank && nextBlank) out.pop();
  }
  let result = out.join('\n');
  if (!text.endsWith('\n')) result = result.replace(/\s+$/, '');
  return result;
}

/**
 * Adds pieces (hashtags, @tags) at the end: after the hashtags/tags the text already ends
 * with, else on a new paragraph. Trailing line breaks stay; trailing spaces go.
 */
export function appendAtEnd(text: string, pieces: readonly string[]): string {
  if (pieces.length === 0) return text;
  const body = text.replace(/\s+$/, '');
  const trailing = text.slice(body.length).replace(/[^\n]/g, '');
  const joined = pieces.join(' ');
  if (body === '') return joined + trailing;
  const endsWithTag = /(?:^|\s)[#@][\p{L}\p{M}\p{Nd}_.]+$/u.test(body);
  return (endsWithTag ? `${body} ${joined}` : `${body}\n\n${joined}`) + trailing;
}
