/**
 * The content script's side of the protocol. It leaves no trace the page can see: no DOM
 * attribute, no page-visible message, nothing the page can fire to stop it — the extension
 * asks the tab over `tabs.sendMessage` whether it is there ("content:hello"), and the copies
 * of a script coordinate through the isolated world only (./shared.ts).
 *
 * Two scripts share this: `content` runs on every Facebook/Instagram page and only answers
 * "hello" and notes what the admin types (./typing.ts); `composer` (publish detection,
 * inserting and reading the composer) is loaded when first needed: the panel injects it to
 * insert or read, and the background when the admin first types into an editable box
 * (`composer:load`) — a publish counts only in a composer the admin wrote in. Both answer with
 * the small listener below rather than utils/messaging/listener.ts: each kilobyte here is paid
 * on every Facebook page (budget: tests/bench/budgets.ts), and only one kind of sender is
 * valid — our own extension pages.
 */
import { browser } from 'wxt/browser';
import type { Handlers, Sender } from '../messaging/listener';
import { envelope, ENVELOPE_MARK, type Envelope, type MessageType, type Reply, type RequestOf } from '../messaging/protocol';
import { platformOfHost } from '../hosts/hosts';
import { deliver } from './deliver';
import { shared, single } from './shared';
import { watchTyping } from './typing';

/** Answers our extension pages only (same id, our origin); leaves everything else to others. */
export function contentListener(handlers: Partial<Handlers<'content'>>, runtime = browser.runtime, alive = () => true) {
  return (m: Partial<Envelope>, sender: Sender, reply: (r: Reply<unknown>) => void): boolean => {
    const handler =
      alive() &&
      m?.[ENVELOPE_MARK] == 1 &&
      m.to == 'content' &&
      sender.id == runtime.id &&
      sender.url?.startsWith(runtime.getURL('/')) &&
      (handlers as Record<string, (p: unknown) => unknown>)[m.type!];
    if (!handler) return false;
    new Promise((ok) => ok(handler(m.payload))).then(
      (data) => reply({ ok: true, data }),
      (e: Error) => reply({ ok: false, error: String(e?.message ?? e) }),
    );
    return true;
  };
}

/** Registers `handlers` on runtime.onMessage; returns the function that removes them. */
export function listen(handlers: Partial<Handlers<'content'>>, alive?: () => boolean): () => void {
  const onMessage = browser.runtime.onMessage;
  const listener = contentListener(handlers, browser.runtime, alive) as never;
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}

/** Sends a message to the background until it acknowledged (./deliver.ts). */
export function toBackground<K extends MessageType<'background'>>(alive: () => boolean, type: K, payload: RequestOf<'background', K>): void {
  deliver(() => browser.runtime.sendMessage(envelope('background', type, payload)), alive);
}

export function startContentBridge(win: Window = window): () => void {
  return single('content', (alive) => {
    const unlisten = listen({ 'content:hello': () => ({ platform: platformOfHost(win.location.host), url: win.location.href }) }, alive);
    let asked = false;
    watchTyping(win.document, alive, () => {
      // Once per copy, and only while no composer script runs in this frame.
      if (asked || shared().stops.composer) return;
      asked = true;
      toBackground(alive, 'composer:load', undefined);
    });
    return unlisten;
  });
}
