/**
 * The one message protocol of the extension. Every message names its destination, so a
 * listener can ignore what is not for it silently and log only what nobody should send.
 *
 * To add a message: add an entry to the map of the context that handles it; the compiler
 * then demands a handler and checks every sender's payload and every reply.
 */
import type { InsertMode, InsertResult, InsertStatus } from '../composer/insert';
import type { SubmitReport } from '../composer/publish';
import type { PostKind } from '../db/types';
import type { Platform } from '../hosts/hosts';
import type { Settings } from '../settings/settings';

// Payload types live here, with the messages that carry them: the protocol imports only from
// leaf modules, so no feature that sends a message can close an import circle through it.

/**
 * Beyond the composer's own answers (InsertStatus): no-tab — no Facebook/Instagram tab is
 * attached; no-access — the tab shows another site (or a browser page) we may not touch;
 * error — anything else (the tab is still loading, the page crashed).
 */
export type ComposerStatus = InsertStatus | 'no-tab' | 'no-access' | 'error';

/**
 * What the panel's Insert ended with (`panel:insert`); 'busy': an insertion is already running;
 * 'asked': the composer holds text, the panel asks where the post goes.
 */
export type PanelInsertStatus = 'inserted' | 'emptyDraft' | 'busy' | 'asked' | 'timeout' | Exclude<ComposerStatus, 'inserted'>;

/** Handled by the background service worker (sent by the panel, popup and content scripts). */
export interface BackgroundProtocol {
  /** Liveness check; answers with the worker's clock. */
  ping: { req: undefined; res: { at: number } };
  /** The settings exactly as the background reads them (tests use it to see what it sees). */
  'settings:get': { req: undefined; res: Settings };
  /**
   * A composer was submitted (content script, utils/composer/publish.ts). Sure ones go to the
   * publish queue; uncertain ones wait for the admin's "Published?" (utils/composer/report.ts).
   */
  'composer:submitted': { req: SubmitReport; res: { duplicate: boolean; pending: boolean } };
  /**
   * The admin first wrote in an editable box of the sender's tab (content script,
   * utils/content/bridge.ts): the background injects the composer script (publish detection).
   */
  'composer:load': { req: undefined; res: { loaded: boolean } };
  /** The panel wrote to the post log: recompute the toolbar badge; answers what it shows. */
  'log:changed': { req: undefined; res: { count: number; state: 'under' | 'within' | 'over' } };
  /** "+1": log a post by hand from the background (panel-less callers, e.g. a keyboard shortcut). */
  'log:add': { req: { platform: Platform; kind?: PostKind; note?: string }; res: { id: string } };
}

/**
 * What our content scripts send; the background refuses every other message from them (a
 * compromised or confused content script must not write the log or read the settings).
 */
export const FROM_CONTENT_SCRIPTS: readonly MessageType<'background'>[] = ['composer:submitted', 'composer:load'];

/** Handled by the content script in a Facebook/Instagram tab (sent with `tabs.sendMessage`). */
export interface ContentProtocol {
  /** Who is there: the platform and page the content script runs in. */
  'content:hello': { req: undefined; res: { platform: Platform; url: string } };
  /** Puts the text into the open composer and verifies it (utils/composer/insert.ts; on-demand script). */
  'composer:insert': { req: { text: string; mode: InsertMode }; res: InsertResult };
  /** The open composer's text now; null when none is open. */
  'composer:read': { req: undefined; res: { text: string | null } };
}

/** Sent to open extension pages (the side panel); `sendToPanel` waits for the one panel that takes the message. */
export interface PanelProtocol {
  /**
   * The "insert the post" keyboard shortcut (utils/commands): the panel attached to `tabId`
   * runs its Insert as if the admin clicked it; panels of other tabs stay silent.
   */
  'panel:insert': { req: { tabId: number }; res: { status: PanelInsertStatus } };
}

export interface Protocols {
  background: BackgroundProtocol;
  content: ContentProtocol;
  panel: PanelProtocol;
}
export type Destination = keyof Protocols;

export type MessageType<D extends Destination> = keyof Protocols[D] & string;
export type RequestOf<D extends Destination, K extends MessageType<D>> = Protocols[D][K] extends { req: infer R }
  ? R
  : never;
export type ResponseOf<D extends Destination, K extends MessageType<D>> = Protocols[D][K] extends {
  res: infer R;
}
  ? R
  : never;

/** The marker that tells our messages from anything else on `runtime.onMessage`. */
export const ENVELOPE_MARK = '__townCrier' as const;

export interface Envelope<D extends Destination = Destination, K extends string = string, P = unknown> {
  [ENVELOPE_MARK]: 1;
  to: D;
  type: K;
  payload: P;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

// An arrow with the mark spelled out: the content script carries this too, and there every byte counts.
export const envelope = <D extends Destination, K extends MessageType<D>>(to: D, type: K, payload: RequestOf<D, K>): Envelope<D, K, RequestOf<D, K>> => ({
  __townCrier: 1,
  to,
  type,
  payload,
});

const DESTINATIONS: ReadonlySet<string> = new Set<Destination>(['background', 'content', 'panel']);

export function isEnvelope(msg: unknown): msg is Envelope {
  if (!msg || typeof msg !== 'object') return false;
  const m = msg as Record<string, unknown>;
  return m[ENVELOPE_MARK] === 1 && typeof m.type === 'string' && typeof m.to === 'string' && DESTINATIONS.has(m.to);
}
