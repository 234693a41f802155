/**
 * Live read-back: while a panel holds a port to this tab, the composer's text is sent to it
 * (debounced) whenever it changes. Nothing runs without a port: the observer watches only
 * the composer's editor, and everything is removed when the panel disconnects.
 */
import { findComposer, readText } from './dom';

/** `tabs.connect` name of the panel's live read-back port. */
export const LIVE_PORT = 'composer:live';
export const LIVE_DEBOUNCE_MS = 250;

export interface LiveMessage {
  /** null: no composer open. */
  text: string | null;
}

export function serveLive(post: (m: LiveMessage) => void, doc: Document = document): { refresh: () => void; stop: () => void } {
  let editor: Element | null = null;
  let last: string | null | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const push = () => {
    try {
      const found = findComposer(doc);
      if (found !== editor) {
        observer.disconnect();
        editor = found;
        if (found) observer.observe(found, { subtree: true, childList: true, characterData: true });
      }
      const text = found ? readText(found) : null;
      if (text !== last) post({ text: (last = text) });
    } catch {
      // The port closed under us: the panel went away, and stop() follows.
    }
  };
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(push, LIVE_DEBOUNCE_MS);
  };
  const observer = new MutationObserver(refresh);
  // A composer opening or closing moves focus; textareas change without DOM mutations.
  const events = ['focusin', 'input'];
  events.forEach((t) => doc.addEventListener(t, refresh, true));
  push();
  return {
    refresh,
    stop: () => {
      observer.disconnect();
      clearTimeout(timer);
      events.forEach((t) => doc.removeEventListener(t, refresh, true));
    },
  };
}
