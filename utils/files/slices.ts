/**
 * Long imports in slices: the parsers are generators that `yield` their progress (0…1) every
 * few hundred rows; `runSliced` gives the browser a macrotask whenever ~`budgetMs` of work has
 * passed (a 100,000-row file must not freeze the panel and every other page of the extension),
 * `runSync` runs the same code in one go (tests, small files).
 */
export type Steps<T> = Generator<number, T, void>;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** A macrotask without setTimeout's 4 ms clamp for nested timers. */
export function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  budgetMs?: number;
}

export async function runSliced<T>(steps: Steps<T>, { signal, onProgress, budgetMs = 8 }: SliceOptions = {}): Promise<T> {
  let started = performance.now();
  for (;;) {
    if (signal?.aborted) throw new ImportCancelled();
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - started >= budgetMs) {
      onProgress?.(r.value);
      await nextTask();
      started = performance.now();
    }
  }
}

export type JsonSplit =
  | {
      ok: true;
      /** The top-level object with every array value replaced by `[]` (small: JSON.parse it at once). */
      skeleton: string;
      /** Per top-level key holding an array: the text ranges of its elements (JSON.parse one at a time). */
      arrays: Map<string, Int32Array>;
    }
  | { ok: false; at: number };

/**
 * Splits `{ "posts": [ … 100,000 objects … ], … }` into a small skeleton and the ranges of the
 * arrays' elements, scanning in steps, so that no single JSON.parse runs over 30 MB. Strict: the
 * file is valid JSON exactly when the skeleton and every element parse (the scanner checks that
 * brackets match and strings end; the element ranges lie between the array's own commas).
 * Not a top-level object: `{ ok: false, at: -1 }` (the caller parses it whole to say why).
 */
export function* splitJson(text: string): Steps<JsonSplit> {
  const n = text.length;
  let i = 0;
  while (i < n && /\s/.test(text[i]!)) i++;
  if (text[i] !== '{') return { ok: false, at: -1 };
  const stack: number[] = []; // char codes of the open brackets
  const arrays = new Map<string, Int32Array>();
  let skeleton = '';
  let copiedUpTo = 0;
  let expectKey = false;
  let lastKey: string | null = null;
  let arrayStart = -1;
  let pieces: number[] = [];
  let pieceStart = 0;
  let nextYield = 1 << 16;
  for (; i < n; i++) {
    if (i >= nextYield) {
      nextYield = i + (1 << 16);
      yield (i / n) * 0.3;
    }
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: find its end (a quote not escaped), in one go.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return { ok: false, at: i };
        let back = 0;
        for (let k = q - 1; text.charCodeAt(k) === 0x5c; k--) back++;
        if (back % 2 === 0) {
          j = q;
          break;
        }
        j = q + 1;
      }
      if (stack.length === 1 && expectKey) {
        try {
          lastKey = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          return { ok: false, at: i };
        }
      }
      i = j;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      // { or [
      if (stack.length === 1 && c === 0x5b && !expectKey && lastKey !== null) {
        arrayStart = i;
        pieces = [];
        pieceStart = i + 1;
      }
      stack.push(c);
      if (stack.length === 1) expectKey = true;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      const open = stack.pop();
      if (open === undefined || (c === 0x7d) !== (open === 0x7b)) return { ok: false, at: i };
      if (stack.length === 1 && arrayStart >= 0 && c === 0x5d) {
        pieces.push(pieceStart, i);
        // "[ ]": no elements (one blank piece).
        if (pieces.length === 2 && !/\S/.test(text.slice(pieceStart, i))) pieces = [];
        arrays.set(lastKey!, Int32Array.from(pieces));
        skeleton += text.slice(copiedUpTo, arrayStart) + '[]';
        copiedUpTo = i + 1;
        arrayStart = -1;
      }
      if (stack.length === 0) {
        if (/\S/.test(text.slice(i + 1))) return { ok: false, at: i + 1 };
        break;
      }
      continue;
    }
    if (c === 0x2c) {
      // ,
      if (stack.length === 1) expectKey = true;
      else if (stack.length === 2 && arrayStart >= 0) {
        pieces.push(pieceStart, i);
        pieceStart = i + 1;
      }
      continue;
    }
    if (c === 0x3a && stack.length === 1) expectKey = false; // :
  }
  if (stack.length) return { ok: false, at: n };
  skeleton += text.slice(copiedUpTo);
  return { ok: true, skeleton, arrays };
}
