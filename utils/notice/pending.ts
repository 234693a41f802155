/**
 * The pending notice: an official notice the admin sent to the panel from elsewhere (the
 * context menu's "Rewrite for Facebook" on any page, or the toolbar popup's paste box). It
 * waits in `storage.local` until a panel takes it into the Compose tab. Pure: validation and
 * the decision whether the panel may take it without asking.
 */
import { normalizeInput } from '../rewrite/clean';

export type NoticeSource = 'contextMenu' | 'popup';

export interface PendingNotice {
  text: string;
  /** Epoch ms when it was sent (tells two notices with the same text apart). */
  at: number;
  source: NoticeSource;
  /** The text was longer than MAX_PENDING_CHARS and was cut. */
  truncated?: boolean;
}

/**
 * Far above any notice (a long one is ~10,000 characters) and far below storage.local's quota
 * (10 MB in Chrome): a selection of a whole page still fits.
 */
export const MAX_PENDING_CHARS = 100_000;

const SOURCES: readonly NoticeSource[] = ['contextMenu', 'popup'];

/**
 * A pending notice from what the admin selected or pasted, or null when there is no text in it.
 * Line ends and invisible characters are normalised as the Compose tab does (markup becomes text).
 */
export function makePendingNotice(raw: string, source: NoticeSource, now: number): PendingNotice | null {
  const text = normalizeInput(typeof raw === 'string' ? raw : '');
  if (!text) return null;
  if (text.length <= MAX_PENDING_CHARS) return { text, at: now, source };
  return { text: text.slice(0, MAX_PENDING_CHARS), at: now, source, truncated: true };
}

/** What is stored, checked (storage is shared with older versions and other contexts): null if unusable. */
export function parsePendingNotice(raw: unknown): PendingNotice | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<Record<keyof PendingNotice, unknown>>;
  if (typeof r.text !== 'string' || !r.text.trim() || r.text.length > MAX_PENDING_CHARS) return null;
  if (typeof r.at !== 'number' || !Number.isFinite(r.at)) return null;
  if (!SOURCES.includes(r.source as NoticeSource)) return null;
  return { text: r.text, at: r.at, source: r.source as NoticeSource, ...(r.truncated === true ? { truncated: true } : {}) };
}

/** The parts of the Compose tab's state that show whether the admin has started a post. */
export interface ComposeProgress {
  notice: string;
  finalText: string | null;
  edits: Record<string, unknown>;
}

/**
 * take: the Compose tab is empty, the notice goes in at once;
 * same: the tab already holds this notice (nothing to do but forget the pending one);
 * ask: the admin has started a post — never replace it without asking.
 */
export function intakeDecision(current: ComposeProgress, pending: PendingNotice): 'take' | 'same' | 'ask' {
  const mine = normalizeInput(current.notice);
  if (mine && mine === pending.text) return 'same';
  const started = mine !== '' || current.finalText !== null || Object.keys(current.edits).length > 0;
  return started ? 'ask' : 'take';
}
