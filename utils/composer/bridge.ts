/**
 * The on-demand composer script (entrypoints/composer.content.ts): notices publishes, inserts
 * into, reads and live-reads the open composer. The panel injects it into its tab the first
 * time it needs it (utils/composer/client.ts), the background when the admin first writes in an
 * editable box (`composer:load`, asked by ../content/bridge.ts), so this code costs nothing on
 * the Facebook pages where the admin only reads. Injecting it again replaces the running copy
 * (../content/shared.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { listen, toBackground } from '../content/bridge';
import { single } from '../content/shared';
import { findComposer, readText } from './dom';
import { insertText } from './insert';
import { LIVE_PORT, serveLive } from './live';
import { watchPublishes } from './publish';

/** How often a watched tab's address is compared: Facebook navigates without reloading. */
export const NAVIGATION_CHECK_MS = 500;

export function startComposerBridge(win: Window = window): () => void {
  return single('composer', (alive) => {
    const doc = win.document;
    const runtime = browser.runtime;
    const unlisten = listen(
      {
        'composer:insert': (p) => {
          if (typeof p?.text != 'string' || (p.mode != 'caret' && p.mode != 'replace')) throw Error('Invalid insert request');
          return insertText(p.text, p.mode, doc, win);
        },
        'composer:read': () => {
          const editor = findComposer(doc);
          return { text: editor && readText(editor) };
        },
      },
      alive,
    );
    const lives = new Map<Browser.runtime.Port, ReturnType<typeof serveLive>>();
    // The composer a panel watches may be a new one after a page-to-page navigation. Polled
    // while a panel watches (no page-visible hook, and Firefox has no Navigation API).
    let href = win.location.href;
    const navigation = setInterval(() => {
      if (win.location.href != href) {
        href = win.location.href;
        lives.forEach((l) => l.refresh());
      }
    }, NAVIGATION_CHECK_MS);
    const onConnect = (port: Browser.runtime.Port) => {
      if (port.name != LIVE_PORT || port.sender?.id != runtime.id || !alive()) return;
      lives.set(port, serveLive((m) => port.postMessage(m), doc));
      port.onDisconnect.addListener(() => {
        lives.get(port)?.stop();
        lives.delete(port);
      });
    };
    runtime.onConnect.addListener(onConnect);
    const unwatch = watchPublishes((report) => toBackground(alive, 'composer:submitted', report), doc, alive);
    return () => {
      unlisten();
      unwatch();
      clearInterval(navigation);
      runtime.onConnect.removeListener(onConnect);
      // The panel sees its port close and reconnects to the copy that replaced this one.
      lives.forEach((live, port) => {
        live.stop();
        port.disconnect();
      });
    };
  });
}
