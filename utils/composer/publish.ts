/**
 * Notices a publish in the host page: the admin submits a composer that holds text, and the
 * composer then closes or empties. One delegated capture listener per event type on the
 * document (nothing runs until a click or Enter lands on a button inside a composer); after a
 * submit, that one container is checked 4× a second until it closes, at most a minute. A poll,
 * not an observer: Facebook closes a dialog by removing an ancestor, which an observer scoped
 * to the dialog never sees, and observing the whole page would tax every feed update.
 */
import type { PublishedKind } from '../publish/queue';
import { platformOfHost, type Platform } from '../hosts/hosts';
import { BUTTON, containerOf, editorIn, isSubmit, kindOf, readText, shown } from './dom';
import { normalizeText } from './text';

/** What the content script reports; the background adds the hash and excerpt (utils/composer/report.ts). */
export interface SubmitReport {
  platform: Platform;
  kind: PublishedKind;
  at: number;
  /** The normalised text that was submitted. */
  text: string;
  /** The composer stayed open with its text: the panel asks "Published?". */
  uncertain?: boolean;
}

export const CHECK_MS = 250;
/** Still open with its text after 10 s: ask the admin ("Published?"). */
export const UNSURE_AFTER_MS = 10_000;
/** Stop watching after a minute (a close before that still turns the question into a sure event). */
export const GIVE_UP_AFTER_MS = 60_000;

export function watchPublishes(
  send: (report: SubmitReport) => unknown,
  doc: Document,
  /** False once the extension was reloaded: this script is an orphan and stays quiet. */
  alive: () => boolean,
): () => void {
  const busy = new WeakSet<Element>();
  const timers = new Set<ReturnType<typeof setInterval>>();
  const on = (e: Event) => {
    try {
      if ((e.type == 'keydown' && !/^(Enter| )$/.test((e as KeyboardEvent).key)) || !alive()) return;
      // Nothing more runs unless the event is on a button inside a composer's container.
      const button = (e.target as Element).closest?.(BUTTON);
      const box = button && containerOf(button);
      const editor = box && !busy.has(box) && editorIn(box);
      const text = editor && normalizeText(readText(editor));
      if (!text || !isSubmit(button!, box!)) return;
      // A double click or Enter + click is one submit: the container is busy until it settles.
      busy.add(box);
      const report: SubmitReport = {
        platform: platformOfHost(doc.location.host),
        kind: kindOf(box, doc.location.pathname),
        at: Date.now(),
        text,
      };
      let asked = false;
      // By the clock, not by counting checks: a background tab runs timers once a second.
      const timer = setInterval(() => {
        const done = !box.isConnected || !editor.isConnected || !shown(box) || !normalizeText(readText(editor));
        const waited = Date.now() - report.at;
        if (done || (!asked && waited >= UNSURE_AFTER_MS)) send(done ? report : { ...report, uncertain: (asked = true) });
        if (done || waited >= GIVE_UP_AFTER_MS) {
          clearInterval(timer);
          timers.delete(timer);
          busy.delete(box);
        }
      }, CHECK_MS);
      timers.add(timer);
    } catch {
      // An odd DOM: no event, and the page never sees an error.
    }
  };
  const types = ['click', 'keydown'];
  for (const type of types) doc.addEventListener(type, on, true);
  return () => {
    for (const type of types) doc.removeEventListener(type, on, true);
    timers.forEach(clearInterval);
  };
}
