/**
 * The admin's own writing, as the browser reports it: trusted (`isTrusted`) keys, input and
 * pastes mark their target in the isolated world (./shared.ts). Publish detection counts only
 * composers marked so (or filled by our composer script): a page script can build a composer
 * and click it, but it cannot make a trusted event.
 */
import { WRITABLE } from '../composer/dom';
import { shared } from './shared';

export const TYPING = ['keydown', 'beforeinput', 'input', 'paste'];

/**
 * Marks what the admin types into; calls `onEditor` at the first trusted writing in an editable
 * box (the content script then has the publish detection loaded: ../composer/publish.ts).
 */
export function watchTyping(doc: Document, alive: () => boolean, onEditor: () => void): void {
  const { touched } = shared();
  // Never removed: a replaced or orphaned copy only stops acting (`alive`), which is all a
  // listener on the page's document can do anyway.
  const typed = (e: Event) => {
    const t = e.target as Element;
    const box = e.isTrusted && alive() && t.closest?.(WRITABLE);
    if (box) {
      touched.add(t).add(box);
      onEditor();
    }
  };
  for (const type of TYPING) doc.addEventListener(type, typed, true);
}
