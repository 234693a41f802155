/**
 * The content script's side of the protocol. Everything it adds to the page is undone when
 * the extension is reloaded or updated (WXT's `ctx` is invalidated then).
 *
 * Two scripts share this: `content` runs on every Facebook/Instagram page and only marks the
 * page, answers "hello" and notices publishes; `composer` (inserting and reading the
 * composer) is injected by the panel when the admin first needs it — see
 * utils/composer/client.ts. Both answer with the small listener below rather than
 * utils/messaging/listener.ts: each kilobyte here is paid on every Facebook page (budget:
 * tests/bench/budgets.ts), and only one kind of sender is valid — our own extension pages.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPublishes } from '../composer/publish';
import type { Handlers, Sender } from '../messaging/listener';
import { envelope, ENVELOPE_MARK, type Envelope, type Reply } from '../messaging/protocol';
import { platformOfHost } from '../hosts/hosts';

/** Marks the page so tests (and a curious admin) can see the bridge is running. */
export const PRESENCE_ATTRIBUTE = 'data-town-crier';

type Ctx = Pick<ContentScriptContext, 'onInvalidated' | 'isValid'>;

/** Answers our extension pages only (same id, our origin); leaves everything else to others. */
export function contentListener(handlers: Partial<Handlers<'content'>>, runtime = browser.runtime) {
  return (m: Partial<Envelope>, sender: Sender, reply: (r: Reply<unknown>) => void): boolean => {
    const handler =
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

/** Registers `handlers` until the context is invalidated (extension reloaded, script replaced). */
export function listen(ctx: Pick<Ctx, 'onInvalidated'>, handlers: Partial<Handlers<'content'>>): void {
  const onMessage = browser.runtime.onMessage;
  const listener = contentListener(handlers) as never;
  onMessage.addListener(listener);
  ctx.onInvalidated(() => onMessage.removeListener(listener));
}

export function startContentBridge(ctx: Ctx, win: Window = window): void {
  const root = win.document.documentElement;
  root.setAttribute(PRESENCE_ATTRIBUTE, 'ready');
  listen(ctx, { 'content:hello': () => ({ platform: platformOfHost(win.location.host), url: win.location.href }) });
  const stop = watchPublishes(
    (payload) => browser.runtime.sendMessage(envelope('background', 'composer:submitted', payload)).catch(() => 0),
    win.document,
    () => ctx.isValid,
  );
  ctx.onInvalidated(() => {
    stop();
    root.removeAttribute(PRESENCE_ATTRIBUTE);
  });
}
