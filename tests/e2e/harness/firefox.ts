/**
 * Launches Debian's Firefox ESR with the built Firefox extension (.output/firefox-mv2), driven by
 * puppeteer-core over WebDriver BiDi, pointed at the fixture server under the real host names.
 * What was verified on this machine (see ../shared/notes/setup.md, "A real Firefox"):
 * - `browser.installExtension(dir)` installs the folder as a temporary add-on, headless;
 * - the pref `extensions.webextensions.uuids` fixes the moz-extension:// address, and ESR 153
 *   only lets a tab go there with `--remote-allow-system-access`;
 * - BiDi sends no load event for extension pages: start the navigation, then poll for a selector;
 * - Firefox has no --host-resolver-rules: a local CONNECT proxy sends the fixture hosts to the
 *   fixture server (and refuses everything else, so nothing leaves the machine).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { AxeViolation } from './browser';
import { FIREFOX_EXTENSION_DIR, FIREFOX_PATH, FIXTURE_HOSTS } from './paths';

/** The gecko id in wxt.config.ts (browser_specific_settings). */
export const GECKO_ID = 'town-crier@hlasna-trouba.cz';

/**
 * An HTTP CONNECT proxy that tunnels `<fixture host>:443` to the fixture server on 127.0.0.1
 * and answers 403 to anything else (Firefox's own calls home included).
 */
export async function startFixtureProxy(fixturePort: number): Promise<{ port: number; close: () => Promise<void> }> {
  const hosts = new Set<string>(FIXTURE_HOSTS);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      client.off('data', onData);
      const [method, target] = head.subarray(0, end).toString('latin1').split(' ');
      const [host, port] = (target ?? '').split(':');
      if (method !== 'CONNECT' || !hosts.has(host ?? '') || port !== '443') {
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      const upstream = net.connect(fixturePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const rest = head.subarray(end + 4);
        if (rest.length) upstream.write(rest);
        client.pipe(upstream).pipe(client);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface FirefoxSession {
  browser: Browser;
  /** An extension page (popup.html) open all along, to evaluate browser.* calls in. */
  hub: Page;
  uuid: string;
  /** https://<host>/<path> on the fixture server. */
  site: (host: (typeof FIXTURE_HOSTS)[number], pathname?: string) => string;
  /** moz-extension://<uuid>/<page> */
  extensionUrl: (page: string) => string;
  close: () => Promise<void>;
}

export interface FirefoxOptions {
  /** Firefox's UI language (`intl.locale.requested`; cs needs firefox-esr-l10n-cs). Default en-US. */
  lang?: string;
  extensionDir?: string;
}

export async function launchFirefox(fixturePort: number, options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const proxy = await startFixtureProxy(fixturePort);
  const uuid = randomUUID();
  const lang = options.lang ?? 'en-US';
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true,
      // ESR 153 refuses to open moz-extension:// pages in a tab for automation without it.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        'intl.locale.requested': lang,
        'intl.accept_languages': lang === 'cs' ? 'cs, en' : 'en-US, en',
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // No first-run tabs, no calls home (they would only get the proxy's 403).
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
        'extensions.update.enabled': false,
      },
    });
  } catch (e) {
    await proxy.close();
    throw e;
  }
  const close = async () => {
    await browser.close().catch(() => undefined);
    await proxy.close();
  };
  try {
    const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
    await browser.installExtension(extensionDir);
  } catch (e) {
    await close();
    throw e;
  }
  const session: FirefoxSession = {
    browser,
    hub: undefined as unknown as Page,
    uuid,
    site: (host, pathname = '/') => `https://${host}${pathname}`,
    extensionUrl: (page) => `moz-extension://${uuid}/${page}`,
    close,
  };
  // The first run opens the welcome page in a tab of its own: close it, the tests open what they need.
  try {
    // An extension page kept open for the whole session: the tests call browser.* APIs, the
    // storage and the IndexedDB from it (Firefox's background page is not reachable over BiDi).
    session.hub = await openExtensionPage(session, 'popup.html', 'button');
    // A fresh profile's first run opens the welcome page in a tab of its own (BiDi reports it as
    // about:blank): wait for it and close it, the tests open what they need.
    const welcome = session.extensionUrl('welcome.html');
    await pollIn(session.hub, new Function(`return browser.tabs.query({}).then((ts) => ts.some((t) => t.url === ${JSON.stringify(welcome)}))`) as () => Promise<boolean>, { what: 'the welcome tab' });
    await session.hub.evaluate(
      new Function(`return browser.tabs.query({}).then((ts) => browser.tabs.remove(ts.filter((t) => t.url === ${JSON.stringify(welcome)}).map((t) => t.id)))`) as () => Promise<void>,
    );
  } catch (e) {
    await close();
    throw e;
  }
  return session;
}

/**
 * Polls `fn` in the page until it returns a truthy value (return plain values: a DOM node does
 * not come back over BiDi) (`waitForFunction` is blocked by the
 * extension pages' CSP on ESR 140, and BiDi sends no load event for them).
 */
export async function pollIn<T>(page: Page, fn: () => T | Promise<T>, { timeout = 10_000, what = 'a condition' } = {}): Promise<T> {
  const until = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = (await page.evaluate(fn)) as T;
      if (v) return v;
    } catch (e) {
      // The page is still navigating (its context went away): try again.
      last = e;
    }
    if (Date.now() > until) throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens an extension page in a new tab and waits until `selector` is in it. */
export async function openExtensionPage(s: FirefoxSession, pagePath: string, selector: string): Promise<Page> {
  const page = await s.browser.newPage();
  // No load event comes for extension pages: do not wait for the navigation itself.
  void page.goto(s.extensionUrl(pagePath), { waitUntil: [] as never }).catch(() => undefined);
  await pollIn(page, new Function(`return !!document.querySelector(${JSON.stringify(selector)})`) as () => boolean, { what: `${selector} in ${pagePath}` });
  return page;
}

/** The panel page (sidepanel.html) in a tab; `tabId` tells it which tab to act on. */
export async function openFirefoxPanel(s: FirefoxSession, params: Record<string, string | number> = {}): Promise<Page> {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return openExtensionPage(s, `sidepanel.html${query ? `?${query}` : ''}`, '[role="tablist"]');
}

/** Opens a fixture page and waits for its load event. */
export async function openFixture(s: FirefoxSession, url: string): Promise<Page> {
  const page = await s.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * The pages whose content script answers `content:hello` (its reply carries the page's
 * location), asked of every tab the way the extension asks — over tabs.sendMessage, here from
 * the hub extension page: the script leaves no mark in the page's DOM (utils/content/bridge.ts).
 * Every tab is asked, also those whose URL the extension may not read (no host permission).
 */
export async function pagesWithContentScript(s: FirefoxSession): Promise<string[]> {
  return s.hub.evaluate(async () => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    const hello = { __townCrier: 1, to: 'content', type: 'content:hello', payload: undefined };
    const replies = await Promise.all(
      (await b.tabs.query({})).map((t) =>
        b.tabs.sendMessage(t.id!, hello, { frameId: 0 }).then(
          (r: { ok?: boolean; data?: { url?: string } } | undefined) => (r?.ok === true ? (r.data?.url ?? '?') : null),
          () => null,
        ),
      ),
    );
    return replies.filter((u): u is string => u !== null);
  });
}

/** Whether our content script answers in `page` within `timeout`. */
export async function hasContentScript(s: FirefoxSession, page: Page, timeout = 5_000): Promise<boolean> {
  const until = Date.now() + timeout;
  do {
    if ((await pagesWithContentScript(s).catch((): string[] => [])).includes(page.url())) return true;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < until);
  return false;
}

/** The tab id Firefox gave the tab showing `url` (asked from an extension page). */
export async function tabIdOfUrl(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (u) => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    return (await b.tabs.query({})).find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core (the same rules as the Chromium suite) in a page. An extension page's CSP forbids
 * inline scripts, but puppeteer's evaluate runs the source in the page's own realm regardless.
 */
export async function firefoxAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
