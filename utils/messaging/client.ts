/**
 * Typed senders for the protocol. Every call either returns the handler's answer or throws a
 * `MessagingError` that says why (nobody listening, handler failed), so callers can turn it
 * into a clear status for the admin.
 */
import { browser } from 'wxt/browser';
import {
  envelope,
  type Destination,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';

export class MessagingError extends Error {
  constructor(
    message: string,
    /** 'no-receiver': nothing listens (tab without our content script, panel closed). */
    readonly code: 'no-receiver' | 'failed',
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

/** Nobody listened (no content script in the tab, no panel open): often a normal case, not a failure. */
export const isNoReceiver = (e: unknown): boolean => e instanceof MessagingError && e.code === 'no-receiver';

function isReply(x: unknown): x is Reply<unknown> {
  return !!x && typeof x === 'object' && typeof (x as { ok?: unknown }).ok === 'boolean';
}

function unwrap<T>(reply: unknown): T {
  if (!isReply(reply)) throw new MessagingError('No answer', 'no-receiver');
  if (!reply.ok) throw new MessagingError(reply.error, 'failed');
  return reply.data as T;
}

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|message port closed/i;

function rethrow(e: unknown): never {
  if (e instanceof MessagingError) throw e;
  const text = e instanceof Error ? e.message : String(e);
  throw new MessagingError(text, NO_RECEIVER.test(text) ? 'no-receiver' : 'failed');
}

type Args<D extends Destination, K extends MessageType<D>> = RequestOf<D, K> extends undefined
  ? [payload?: RequestOf<D, K>]
  : [payload: RequestOf<D, K>];

/** Through `runtime.sendMessage`: the background, or the open panel that takes the message. */
async function send<D extends 'background' | 'panel'>(to: D, type: MessageType<D>, payload: unknown): Promise<never> {
  try {
    return unwrap(await browser.runtime.sendMessage(envelope(to, type, payload as never)));
  } catch (e) {
    return rethrow(e);
  }
}

export function sendToBackground<K extends MessageType<'background'>>(
  type: K,
  ...[payload]: Args<'background', K>
): Promise<ResponseOf<'background', K>> {
  return send('background', type, payload);
}

/** To the content script of one tab (top frame only: that is where the composer lives). */
export async function sendToTab<K extends MessageType<'content'>>(
  tabId: number,
  type: K,
  ...[payload]: Args<'content', K>
): Promise<ResponseOf<'content', K>> {
  try {
    return unwrap(await browser.tabs.sendMessage(tabId, envelope('content', type, payload as never), { frameId: 0 }));
  } catch (e) {
    return rethrow(e);
  }
}

/**
 * Asks the open panel that takes the message (see ListenerOptions.accepts) and returns its
 * answer; a MessagingError 'no-receiver' when no panel is open or none took it.
 */
export function sendToPanel<K extends MessageType<'panel'>>(type: K, ...[payload]: Args<'panel', K>): Promise<ResponseOf<'panel', K>> {
  return send('panel', type, payload);
}
