/**
 * A draft's life: nápad → rozpracováno → připraveno → zveřejněno. Forward one step at a time
 * (an idea is not ready before someone wrote it), back to any earlier step (a colleague found a
 * mistake). `published` is reached only when the post went out: publish detection links it
 * (./publish.ts) or the admin says so by hand ("Už je venku").
 */
import type { DraftStatus } from '../db/types';

export const DRAFT_STATUSES: readonly DraftStatus[] = ['idea', 'wip', 'ready', 'published'];

export const isDraftStatus = (x: unknown): x is DraftStatus => (DRAFT_STATUSES as readonly unknown[]).includes(x);

export function canMove(from: DraftStatus, to: DraftStatus): boolean {
  const a = DRAFT_STATUSES.indexOf(from);
  const b = DRAFT_STATUSES.indexOf(to);
  if (a === b) return false;
  // Back from published would forget the log link silently: only "reopen" (a new draft) does that.
  if (from === 'published') return false;
  return b === a + 1 || b < a;
}

/** The next step, or null when the draft is already out. */
export function nextStatus(s: DraftStatus): DraftStatus | null {
  const i = DRAFT_STATUSES.indexOf(s);
  return i < DRAFT_STATUSES.length - 1 ? DRAFT_STATUSES[i + 1]! : null;
}

/** The status a draft gets from what it holds (an empty text is an idea; some text is being written). */
export function statusForText(text: string): DraftStatus {
  return text.trim() ? 'wip' : 'idea';
}
