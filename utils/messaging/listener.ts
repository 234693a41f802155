/**
 * Turns a table of handlers into a `runtime.onMessage` listener. Answers with `sendResponse`
 * (and `return true`) rather than a returned promise: that works in Chrome, Firefox, the
 * polyfill and WXT's fake browser alike.
 */
import { isSupportedUrl } from '../hosts/hosts';
import {
  FROM_CONTENT_SCRIPTS,
  isEnvelope,
  type Destination,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';

/** The parts of `runtime.MessageSender` we rely on. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; windowId?: number };
  frameId?: number;
}

export type SenderKind = 'extension-page' | 'content-script';

export type Handlers<D extends Destination> = {
  [K in MessageType<D>]: (
    payload: RequestOf<D, K>,
    sender: Sender,
  ) => ResponseOf<D, K> | Promise<ResponseOf<D, K>>;
};

/**
 * Who sent a message: one of our extension pages, our content script on a supported host,
 * or (null) something we do not talk to. Extension pages opened in a tab also carry `tab`,
 * so the URL decides first.
 */
export function classifySender(sender: Sender, ownId: string, ownOrigin: string): SenderKind | null {
  if (!sender || sender.id !== ownId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tab && isSupportedUrl(url || sender.tab.url)) return 'content-script';
  return null;
}

export interface ListenerOptions {
  /** Our extension's id and origin (`runtime.id`, `runtime.getURL('')`). */
  ownId: string;
  ownOrigin: string;
  /** Which senders may talk to this context. */
  accept: readonly SenderKind[];
  /**
   * Lets one of several contexts of a kind (the panels of different tabs) leave a message to
   * another: false keeps this one silent, so the right one answers. Default: take everything.
   */
  accepts?: (type: string, payload: unknown) => boolean;
  /** Where to report ignored messages (console by default; tests pass a spy). */
  log?: (message: string, detail?: unknown) => void;
}

type RawListener = (message: unknown, sender: Sender, sendResponse: (reply: Reply<unknown>) => void) => boolean;

/**
 * The listener of the background and our extension pages. The content scripts answer with a
 * smaller one of their own (utils/content/bridge.ts).
 */
export function createMessageListener<D extends Destination>(
  destination: D,
  handlers: Partial<Handlers<D>>,
  options: ListenerOptions,
): RawListener {
  const log = options.log ?? ((m: string, d?: unknown) => console.warn('[Town Crier] ' + m, d));
  return (message, sender, sendResponse) => {
    const fail = (e: unknown) => {
      log('failed', e);
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) });
    };
    if (!isEnvelope(message)) return log('malformed', message), false;
    // Meant for another context that shares this event (e.g. the panel's events reach the worker too).
    if (message.to !== destination) return false;
    const kind = classifySender(sender, options.ownId, options.ownOrigin);
    if (!kind || !options.accept.includes(kind)) return log('sender', sender), false;
    if (kind === 'content-script' && !(FROM_CONTENT_SCRIPTS as readonly string[]).includes(message.type)) return log('not from a content script', message.type), false;
    const handler = (handlers as Record<string, ((p: unknown, s: Sender) => unknown) | undefined>)[message.type];
    if (!handler) return log('unknown', message.type), false;
    if (options.accepts && !options.accepts(message.type, message.payload)) return false;
    try {
      Promise.resolve(handler(message.payload, sender)).then((data) => sendResponse({ ok: true, data }), fail);
    } catch (e) {
      fail(e);
      return false;
    }
    return true;
  };
}
