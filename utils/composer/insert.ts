/**
 * Puts text into a composer so that the editor's own state holds it (what Facebook publishes),
 * not just the DOM. Measured (docs: ../shared/notes/setup.md "Inserting text into editors"):
 * - Lexical: a synthetic `paste` with a DataTransfer gives exact multi-line text;
 *   `execCommand('insertText')` keeps every character but drops line breaks.
 * - React-controlled textarea: `execCommand('insertText')` works; else the native value
 *   setter plus an `input` event (from a content script `.value =` is the native setter).
 * So: try the techniques in order, verify after each (after the editor's asynchronous commit),
 * and when a step changed the text wrongly, restore the text from before and stop — never
 * retry on top of a half insertion (that is how other tools doubled text).
 */
import { shared } from '../content/shared';
import { findComposer, isTextField, readText } from './dom';
import { clean, isInserted } from './text';

export type InsertMode = 'caret' | 'replace';

/**
 * inserted: verified in the editor. no-composer: none open. rejected: the editor did not take
 * the text and holds what it held before. dirty: it took part of it and could not be restored.
 */
export type InsertStatus = 'inserted' | 'no-composer' | 'rejected' | 'dirty';

export interface InsertResult {
  status: InsertStatus;
  /** The composer's text before (the panel keeps it to undo a replace). */
  previous?: string;
}

type Win = Window & typeof globalThis & { wrappedJSObject?: Window & typeof globalThis };
declare const cloneInto: ((o: object, target: object, options?: { wrapReflectors?: boolean }) => object) | undefined;

/** A macrotask that background-tab timer throttling does not stretch (unlike setTimeout). */
const tick = () =>
  new Promise((resolve) => {
    const c = new MessageChannel();
    c.port1.onmessage = resolve;
    c.port2.postMessage(0);
  });

/** Reads until `ok` or ~250 ms: editors commit asynchronously (Lexical: a microtask later). */
async function settle(el: Element, ok: (text: string) => boolean): Promise<boolean> {
  for (let i = 0; i < 12; i++) {
    await (i < 3 ? tick() : new Promise((r) => setTimeout(r, 25)));
    if (ok(readText(el))) return true;
  }
  return false;
}

/**
 * A paste as the page sees one. Firefox: built from the page's own constructors, or page
 * listeners cannot read a content script's DataTransfer (not verifiable here: Chromium only).
 */
function paste(el: Element, text: string, win: Win): void {
  const W = win.wrappedJSObject ?? win;
  const data = new W.DataTransfer();
  data.setData('text/plain', text);
  const init = { bubbles: true, cancelable: true, clipboardData: data };
  el.dispatchEvent(new W.ClipboardEvent('paste', typeof cloneInto == 'function' ? cloneInto(init, W, { wrapReflectors: true }) : init));
}

function setValue(el: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Selects what the insertion replaces: everything, or nothing at the admin's caret (`keep`: it
 * is in the editor), else at the end of the text. Lexical learns about the DOM selection only
 * from `selectionchange` events, and a caret moved just before the tab lost visibility may not
 * have told it yet: so the selection is always set anew and the event awaited.
 */
async function select(el: HTMLElement, replace: boolean, keep: boolean): Promise<void> {
  // At the cursor nothing is replaced: a selection collapses to its end.
  if (isTextField(el)) {
    if (replace) el.select();
    else {
      const end = keep ? el.selectionEnd! : 1e9;
      el.setSelectionRange(end, end);
    }
    return;
  }
  const doc = el.ownerDocument;
  const changed = new Promise((r) => {
    doc.addEventListener('selectionchange', r, { once: true });
    setTimeout(r, 100);
  });
  const sel = doc.getSelection()!;
  const caret = keep && sel.rangeCount ? sel.getRangeAt(0) : null;
  caret?.collapse(false);
  sel.removeAllRanges();
  if (caret) sel.addRange(caret);
  else {
    sel.selectAllChildren(el);
    if (!replace) sel.collapseToEnd();
  }
  await changed;
}

/** Puts `before` back: select all, then the first technique the editor takes. */
async function restore(el: HTMLElement, before: string, win: Win): Promise<boolean> {
  const same = (t: string) => clean(t) == clean(before);
  const attempts = isTextField(el)
    ? [() => setValue(el, before)]
    : // An empty paste empties Lexical; other editors take a delete.
      [() => paste(el, before, win), () => el.ownerDocument.execCommand(before ? 'insertText' : 'delete', false, before)];
  for (const attempt of attempts) {
    await select(el, true, false);
    attempt();
    if (await settle(el, same)) return true;
  }
  return false;
}

export async function insertText(text: string, mode: InsertMode, doc: Document = document, win: Window = window): Promise<InsertResult> {
  const el = findComposer(doc);
  if (!el) return { status: 'no-composer' };
  const replace = mode == 'replace';
  const field = isTextField(el);
  const keep = !replace && (field ? doc.activeElement == el : el.contains(doc.getSelection()?.anchorNode ?? null));
  el.focus();
  await select(el, replace, keep);
  const before = readText(el);
  const at = field ? [el.selectionStart!, el.selectionEnd!] : [];
  const type = () => doc.execCommand('insertText', false, text);
  const pasteIt = () => paste(el, text, win as Win);
  // Multi-line into a rich editor: paste first (insertText drops Lexical's line breaks).
  const steps = field
    ? [type, () => setValue(el, replace ? text : before.slice(0, at[0]) + text + before.slice(at[1]))]
    : text.includes('\n')
      ? [pasteIt, type]
      : [type, pasteIt];
  const ok = (after: string) => isInserted(before, text, after, replace);
  for (const step of steps) {
    step();
    // Our own insertion counts as the admin's writing: a publish of this composer is theirs.
    if (await settle(el, ok)) return shared().touched.add(el), { status: 'inserted', previous: before };
    // Changed, but wrongly: put the old text back and stop (no retry on top of it).
    if (clean(readText(el)) != clean(before)) {
      return { status: (await restore(el, before, win as Win)) ? 'rejected' : 'dirty', previous: before };
    }
  }
  return { status: 'rejected', previous: before };
}
