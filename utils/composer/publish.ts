/**
 * Notices a publish in the host page: the admin submits a composer that holds text, and the
 * composer then closes or empties. One delegated capture listener per event type on the
 * document (nothing runs until a click or Enter lands on a button inside a composer); after a
 * submit, that one container is checked 4× a second until it closes, at most a minute. A poll,
 * not an observer: Facebook closes a dialog by removing an ancestor, which an observer scoped
 * to the dialog never sees, and observing the whole page would tax every feed update.
 *
 * Only the admin's own actions count (security review, December 2026: a page script built a
 * fake composer and `.click()`ed it, 30 of 30 fakes were logged): the submit must be a trusted
 * event (`isTrusted`: the browser's, never a script's), on a composer the admin typed into
 * (trusted input, marked by ../content/typing.ts) or our composer script inserted into; more than 3 sure publishes a minute
 * from one tab are one "Published?" question, not entries.
 */
import type { PublishedKind } from '../publish/queue';
import { platformOfHost, type Platform } from '../hosts/hosts';
import { shared } from '../content/shared';
import { BUTTON, containerOf, editorIn, isSubmit, kindOf, readText, shown } from './dom';
import { normalizeText } from './text';

/** What the content script reports; the background adds the hash and excerpt (utils/composer/report.ts). */
export interface SubmitReport {
  platform: Platform;
  kind: PublishedKind;
  at: number;
  /** The normalised text that was submitted. */
  text: string;
  /** The composer stayed open with its text, or publishes came too fast: the panel asks "Published?". */
  uncertain?: boolean;
}

export const CHECK_MS = 250;
/** Still open with its text after 10 s: ask the admin ("Published?"). */
export const UNSURE_AFTER_MS = 10_000;
/** Stop watching after a minute (a close before that still turns the question into a sure event). */
export const GIVE_UP_AFTER_MS = 60_000;
/** A town office publishes a few posts a day: more than this many a minute is not a person. */
export const MAX_PER_MINUTE = 3;

export function watchPublishes(
  send: (report: SubmitReport) => unknown,
  doc: Document,
  /** False once the extension was reloaded or this copy replaced: it stays quiet. */
  alive: () => boolean,
): () => void {
  const { touched } = shared();
  const busy = new WeakSet<Element>();
  const timers = new Set<ReturnType<typeof setInterval>>();
  // Times of the sure reports of the last minute, and of the last burst's one question.
  let recent: number[] = [];
  let burst = -GIVE_UP_AFTER_MS;
  const report = (r: SubmitReport) => {
    if (!r.uncertain) {
      const now = Date.now();
      recent = recent.filter((t) => now - t < 60_000);
      if (recent.length >= MAX_PER_MINUTE) {
        // A burst: one question for all of it, the rest is dropped.
        if (now - burst < 60_000) return;
        burst = now;
        r = { ...r, uncertain: true };
      } else recent.push(now);
    }
    send(r);
  };
  const on = (e: Event) => {
    try {
      if (!e.isTrusted || (e.type == 'keydown' && !/^(Enter| )$/.test((e as KeyboardEvent).key)) || !alive()) return;
      // Nothing more runs unless the event is on a button inside a composer's container.
      const button = (e.target as Element).closest?.(BUTTON);
      const box = button && containerOf(button);
      const editor = box && !busy.has(box) && editorIn(box);
      const text = editor && touched.has(editor) && normalizeText(readText(editor));
      if (!text || !isSubmit(button!, box!)) return;
      // A double click or Enter + click is one submit: the container is busy until it settles.
      busy.add(box);
      const r: SubmitReport = {
        platform: platformOfHost(doc.location.host),
        kind: kindOf(box, doc.location.pathname),
        at: Date.now(),
        text,
      };
      let asked = false;
      // By the clock, not by counting checks: a background tab runs timers once a second.
      const timer = setInterval(() => {
        const done = !box.isConnected || !editor.isConnected || !shown(box) || !normalizeText(readText(editor));
        const waited = Date.now() - r.at;
        if (done || (!asked && waited >= UNSURE_AFTER_MS)) report(done ? r : { ...r, uncertain: (asked = true) });
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
