/**
 * The panel's side of the composer: talks to the on-demand composer script in the attached
 * tab, injecting it first when it is not there yet (a fresh tab, or one opened before the
 * extension was installed or updated — no reload needed), and copies text to the clipboard
 * for the fallback. Every failure comes back as a status the panel can explain.
 */
import { browser } from 'wxt/browser';
import { isNoReceiver, sendToTab } from '../messaging/client';
import type { ComposerStatus } from '../messaging/protocol';
import type { InsertMode } from './insert';
import { LIVE_PORT, type LiveMessage } from './live';

export const COMPOSER_SCRIPT = '/content-scripts/composer.js';
export const CONTENT_SCRIPT = '/content-scripts/content.js';

export type { ComposerStatus } from '../messaging/protocol';

function statusOf(e: unknown): 'no-tab' | 'no-access' | 'error' {
  const text = e instanceof Error ? e.message : String(e);
  if (/no tab with id/i.test(text)) return 'no-tab';
  if (/cannot access|permission|missing host|cannot be scripted|extensions gallery/i.test(text)) return 'no-access';
  return 'error';
}

/** Injects one of our content scripts into the tab's top frame. */
async function inject(tabId: number, file: typeof COMPOSER_SCRIPT | typeof CONTENT_SCRIPT): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
}

/**
 * Chrome does not put content scripts back into open tabs after the extension is updated or
 * reloaded: the panel does it for its tab, so publishes there are noticed without a page reload.
 * (A copy starting later replaces the running one: utils/content/shared.ts `single`.)
 */
export async function ensureContentScript(tabId: number): Promise<boolean> {
  try {
    await sendToTab(tabId, 'content:hello');
    return true;
  } catch (e) {
    if (!isNoReceiver(e)) return false;
  }
  return inject(tabId, CONTENT_SCRIPT).then(
    () => true,
    () => false,
  );
}

type Call = { 'composer:insert': { text: string; mode: InsertMode }; 'composer:read': undefined };

/** Sends to the composer script; injects it and tries once more when nobody answered. */
async function call<K extends keyof Call>(tabId: number, type: K, payload: Call[K]) {
  try {
    return await sendToTab(tabId, type, payload as never);
  } catch (e) {
    if (!isNoReceiver(e)) throw e;
  }
  await inject(tabId, COMPOSER_SCRIPT);
  return sendToTab(tabId, type, payload as never);
}

export interface InsertOutcome {
  status: ComposerStatus;
  previous?: string;
}

export async function insertIntoTab(tabId: number | null, text: string, mode: InsertMode): Promise<InsertOutcome> {
  if (tabId === null) return { status: 'no-tab' };
  try {
    const r = await call(tabId, 'composer:insert', { text, mode });
    return { status: r.status, previous: r.previous };
  } catch (e) {
    console.warn('[Town Crier] insert failed', e);
    return { status: statusOf(e) };
  }
}

export interface ReadOutcome {
  status: 'ok' | 'no-composer' | 'no-tab' | 'no-access' | 'error';
  text: string | null;
}

export async function readFromTab(tabId: number | null): Promise<ReadOutcome> {
  if (tabId === null) return { status: 'no-tab', text: null };
  try {
    const { text } = await call(tabId, 'composer:read', undefined);
    return { status: text === null ? 'no-composer' : 'ok', text };
  } catch (e) {
    return { status: statusOf(e), text: null };
  }
}

/**
 * Live read-back of the composer in `tabId` while the returned function is not called: reads
 * once (injecting the script if needed), then listens on a port; when the port closes (the
 * page reloaded, the script was replaced), it reconnects a second later.
 */
export function watchComposer(tabId: number, onText: (text: string | null) => void, retryMs = 1000): () => void {
  let stopped = false;
  let port: ReturnType<typeof browser.tabs.connect> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = async () => {
    const first = await readFromTab(tabId);
    if (stopped) return;
    onText(first.text);
    // Another site, a closed tab: nothing to watch until the tab changes (the caller restarts us).
    if (first.status === 'no-access' || first.status === 'no-tab') return;
    port = browser.tabs.connect(tabId, { name: LIVE_PORT, frameId: 0 });
    port.onMessage.addListener((m: unknown) => onText((m as LiveMessage).text));
    port.onDisconnect.addListener(() => {
      if (!stopped) retry = setTimeout(() => void connect().catch(giveUp), retryMs);
    });
  };
  // The tab closed between the read and the connect: nothing to watch any more.
  const giveUp = () => onText(null);
  void connect().catch(giveUp);
  return () => {
    stopped = true;
    clearTimeout(retry);
    port?.disconnect();
  };
}

/** Mac keyboards paste with ⌘V, everyone else with Ctrl+V. */
export function pasteKeys(nav: Navigator = navigator): { paste: string; copy: string } {
  const platform = (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? nav.platform ?? '';
  return /mac|iphone|ipad/i.test(platform) ? { paste: '⌘V', copy: '⌘C' } : { paste: 'Ctrl+V', copy: 'Ctrl+C' };
}

/**
 * Puts text on the clipboard from the panel (runs in the click that asked for it, so no
 * clipboardWrite permission is needed). Falls back to a hidden textarea and the copy command.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    const focused = doc.activeElement as HTMLElement | null;
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    doc.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    focused?.focus();
    return ok;
  }
}
