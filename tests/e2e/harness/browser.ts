/// <reference types="chrome" />
/**
 * Launches Debian's Chromium with the built extension, pointed at the fixture server under
 * the real host names. One persistent profile per call, deleted on close.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, EXTENSION_DIR, FIXTURE_HOSTS } from './paths';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (evaluate chrome.* calls in it). */
  worker: Worker;
  /** https://<host>/<path> on the fixture server. */
  site: (host: (typeof FIXTURE_HOSTS)[number], pathname?: string) => string;
  /** chrome-extension://<id>/<page> */
  extensionUrl: (page: string) => string;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /** Browser UI language (what chrome.i18n.getUILanguage() answers). Default en-US. */
  lang?: string;
  extensionDir?: string;
  /** Keep the profile directory (for restart tests); the caller removes it. */
  userDataDir?: string;
  /**
   * A fresh profile opens the welcome page (first run) in front of every other tab, which
   * would leave the test's pages in the background (throttled, unfocused): it is closed
   * unless this is set. A given `userDataDir` is left as it is.
   */
  keepWelcome?: boolean;
}

/**
 * Flags for Debian's Chromium on this closed network (no calls home) with the fixture hosts
 * mapped to the local fixture server.
 */
export function chromiumArgs(port: number): string[] {
  const rules = FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  return [
    `--host-resolver-rules=${rules}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--headless=new',
  ];
}

export async function launchExtension(port: number, options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tc-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    locale: options.lang ?? 'en-US',
    // On Linux Chromium takes its UI language (chrome.i18n.getUILanguage) from the environment,
    // not from --lang; pages the extension opens itself at startup get no per-page emulation.
    env: { ...process.env, LANGUAGE: (options.lang ?? 'en-US').replace('-', '_'), LANG: `${(options.lang ?? 'en-US').replace('-', '_')}.UTF-8` },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${options.lang ?? 'en-US'}`,
      ...chromiumArgs(port),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  if (ownProfile && !options.keepWelcome) {
    const isWelcome = (p: Page) => p.url() === `chrome-extension://${extensionId}/welcome.html`;
    const welcome = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }));
    await welcome.close();
  }
  return {
    context,
    extensionId,
    // The worker Chromium runs now: a stopped worker (tests stop it) comes back as a new one.
    get worker() {
      return context.serviceWorkers().at(-1) ?? worker;
    },
    site: (host, pathname = '/') => `https://${host}${pathname}`,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    close: async () => {
      await context.close();
      if (ownProfile) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a page and waits until our content script has marked it (or fails after `timeout`). */
export async function openSite(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Asks the newest service worker `ask(page's URL)` until it says true or `timeout` passes. A
 * worker killed by a test may still be listed and never answer: the next try comes after a second.
 */
async function untilWorkerSays(page: Page, timeout: number, ask: (url: string) => Promise<boolean>): Promise<boolean> {
  const until = Date.now() + timeout;
  do {
    const answer = page.context().serviceWorkers().at(-1)?.evaluate(ask, page.url()).catch(() => false);
    if (await Promise.race([answer, new Promise((r) => setTimeout(() => r(false), 1_000))])) return true;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < until);
  return false;
}

/**
 * Waits until the composer script (publish detection) runs in `page`'s top frame: the content
 * script asks the background for it at the admin's first keystroke, and under load the
 * injection can take a while. Asked in the extension's isolated world (utils/content/shared.ts),
 * where the page cannot see or fake it.
 */
export async function waitForComposerScript(page: Page, timeout = 15_000): Promise<void> {
  const running = await untilWorkerSays(page, timeout, async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return false;
    const [r] = await chrome.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      func: () => !!(globalThis as unknown as Record<symbol, { stops?: Record<string, unknown> } | undefined>)[Symbol.for('townCrier')]?.stops?.composer,
    });
    return r?.result === true;
  });
  if (!running) throw new Error(`The composer script did not start in ${page.url()} within ${timeout} ms`);
}

/**
 * Whether our content script answers in the page's tab. Asked the way the extension asks
 * (`content:hello` over tabs.sendMessage from the worker): the script leaves no mark in the
 * page's DOM. A tab whose URL the extension cannot see (no host permission) has none.
 */
export function hasContentScript(page: Page, timeout = 3_000): Promise<boolean> {
  return untilWorkerSays(page, timeout, async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return false;
    const hello = { __townCrier: 1, to: 'content', type: 'content:hello', payload: undefined };
    return chrome.tabs.sendMessage(tab.id, hello, { frameId: 0 }).then((r: { ok?: boolean } | undefined) => r?.ok === true, () => false);
  });
}

/** The tab id Chrome gave a page (found through the extension, by URL). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await session.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url} (is it one of the extension's hosts?)`);
  return id;
}

/** The side panel page in a normal tab; `tabId` tells it which tab to act on. */
export async function openPanelPage(
  session: ExtensionSession,
  params: Record<string, string | number> = {},
  { keepDraft = false }: { keepDraft?: boolean } = {},
): Promise<Page> {
  // Each test starts with no post being written, unless it tests that a draft comes back.
  if (!keepDraft) await forgetDraft(session);
  const page = await session.context.newPage();
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  await page.goto(session.extensionUrl(`sidepanel.html${query ? `?${query}` : ''}`));
  await page.waitForSelector('[role="tablist"]');
  return page;
}

/** Removes the saved post-in-progress (components/app/savedDraft.ts) so the next panel starts empty. */
export async function forgetDraft(session: ExtensionSession): Promise<void> {
  await session.worker.evaluate(() => chrome.storage.local.remove('draft'));
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.1 A/AA) in the page; `page.evaluate` is not bound by the page's CSP. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
