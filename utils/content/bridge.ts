/**
 * The content script's side of the protocol. Everything it adds to the page is undone when
 * the extension is reloaded or updated (WXT's `ctx` is invalidated then).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { platformOfUrl } from '../hosts/hosts';
import type { Handlers } from '../messaging/listener';
import { registerHandlers } from '../messaging/register';

/** Marks the page so tests (and a curious admin) can see the bridge is running. */
export const PRESENCE_ATTRIBUTE = 'data-town-crier';

export function createContentHandlers(win: Window = window): Handlers<'content'> {
  return {
    'content:hello': () => ({ platform: platformOfUrl(win.location.href) ?? 'facebook', url: win.location.href }),
  };
}

export function startContentBridge(ctx: Pick<ContentScriptContext, 'onInvalidated'>, win: Window = window): void {
  const root = win.document.documentElement;
  root.setAttribute(PRESENCE_ATTRIBUTE, 'ready');
  const unregister = registerHandlers('content', createContentHandlers(win), ['extension-page']);
  ctx.onInvalidated(() => {
    unregister();
    root.removeAttribute(PRESENCE_ATTRIBUTE);
  });
}
