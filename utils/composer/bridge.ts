/**
 * The on-demand composer script (entrypoints/composer.content.ts): inserts into, reads and
 * live-reads the open composer. The panel injects it into its tab the first time it needs it
 * (utils/composer/client.ts), so this code costs nothing on the Facebook pages where the admin
 * never inserts anything.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listen } from '../content/bridge';
import { findComposer, readText } from './dom';
import { insertText } from './insert';
import { LIVE_PORT, serveLive } from './live';

type Ctx = Pick<ContentScriptContext, 'onInvalidated' | 'addEventListener'>;

export function startComposerBridge(ctx: Ctx, win: Window = window): void {
  const doc = win.document;
  const runtime = browser.runtime;
  listen(ctx, {
    'composer:insert': (p) => {
      if (typeof p?.text != 'string' || (p.mode != 'caret' && p.mode != 'replace')) throw Error('Invalid insert request');
      return insertText(p.text, p.mode, doc, win);
    },
    'composer:read': () => {
      const editor = findComposer(doc);
      return { text: editor && readText(editor) };
    },
  });
  const lives = new Map<Browser.runtime.Port, ReturnType<typeof serveLive>>();
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name != LIVE_PORT || port.sender?.id != runtime.id) return;
    lives.set(port, serveLive((m) => port.postMessage(m), doc));
    port.onDisconnect.addListener(() => {
      lives.get(port)?.stop();
      lives.delete(port);
    });
  };
  runtime.onConnect.addListener(onConnect);
  // Facebook navigates without reloading: the composer a panel watches may be a new one.
  ctx.addEventListener(win, 'wxt:locationchange', () => lives.forEach((l) => l.refresh()));
  ctx.onInvalidated(() => {
    runtime.onConnect.removeListener(onConnect);
    // The panel sees its port close and reconnects to the script that replaced this one.
    lives.forEach((live, port) => {
      live.stop();
      port.disconnect();
    });
  });
}
