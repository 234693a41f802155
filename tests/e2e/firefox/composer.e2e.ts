/**
 * The content script and the composer bridge in Debian's Firefox ESR at the real host names
 * (through the fixture proxy): where the content script runs, Insert from the panel into the
 * Lexical composer and the React textarea (exact, multi-line, diacritics, emoji), and a
 * submitted post logged exactly once.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasContentScript, launchFirefox, pagesWithContentScript, openFirefoxPanel, openFixture, pollIn, tabIdOfUrl, type FirefoxSession } from '../harness/firefox';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox(inject('fixturePort'));
});
afterAll(() => s?.close());

const POST = [
  'Dobrý den, Zábřežáci! 👋',
  '',
  'Zítra 🇨🇿 od 8:00 do 12:00 nepoteče voda v ulici Příčná – „Ďáblova“ část.',
  '👨‍👩‍👧 Rodiny s dětmi: cisterna stojí u školy 🏫. Příliš žluťoučký kůň úpěl ďábelské ódy.',
  '#Zábřeh #MěstoZábřeh',
].join('\n');

let opened = 0;
/** A fixture page at a unique address (tabs are found by URL) with the content script in it. */
async function composerPage(host: Parameters<FirefoxSession['site']>[0], pathname: string) {
  const url = s.site(host, `${pathname}${pathname.includes('?') ? '&' : '?'}n=${++opened}`);
  const page = await openFixture(s, url);
  expect(await hasContentScript(s, page)).toBe(true);
  return { page, tabId: await tabIdOfUrl(s.hub, url) };
}

const editorState = (page: Page, name: string) => page.evaluate((n) => (window as unknown as { __editors: Record<string, { text(): string }> }).__editors[n]!.text(), name);

async function byText(page: Page, selector: string, text: string): Promise<ElementHandle<Element>> {
  const h = await page.evaluateHandle((sel, t) => [...document.querySelectorAll(sel)].find((b) => b.textContent?.trim() === t) ?? null, selector, text);
  const el = h.asElement();
  if (!el) throw new Error(`No ${selector} reading "${text}"`);
  return el as ElementHandle<Element>;
}

/** Fills the panel's draft, clicks Insert and returns the composer section's message. */
async function insertFromPanel(panel: Page, text: string): Promise<string> {
  const draft = await panel.evaluateHandle(() => [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Your post'))?.control ?? null);
  // The React-controlled draft: the native setter and an input event, as typing would leave it.
  await (draft as ElementHandle<HTMLTextAreaElement>).evaluate((el, t) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, t);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await (await byText(panel, 'button', 'Insert into post')).click();
  return pollIn(
    panel,
    () => {
      const section = document.querySelector('section[data-tab-id][aria-busy="false"]');
      return section?.querySelector(':is([role=status], [role=alert]):not(:empty)')?.textContent ?? '';
    },
    { what: 'the message after Insert' },
  );
}

describe('Firefox: content script', () => {
  it.each([
    ['www.facebook.com', '/mestozabreh'],
    ['business.facebook.com', '/'],
    ['www.instagram.com', '/'],
  ] as const)('runs on https://%s', async (host, pathname) => {
    const page = await openFixture(s, s.site(host, pathname));
    expect(await hasContentScript(s, page)).toBe(true);
    await page.close();
  });

  it('does not run on any other site', async () => {
    const other = await openFixture(s, s.site('www.zabreh.cz'));
    // A page of ours opened after it: once its script answers, the other page's would have too.
    const ours = await openFixture(s, s.site('www.facebook.com', '/mestozabreh?n=control'));
    expect(await hasContentScript(s, ours)).toBe(true);
    const answering = await pagesWithContentScript(s);
    expect(answering).toContain(ours.url());
    expect(answering).not.toContain(other.url());
    await ours.close();
    await other.close();
  });
});

describe('Firefox: Insert into post', () => {
  it.each([
    ['Facebook page composer (Lexical in a dialog)', 'www.facebook.com', '/mestozabreh?open=1&lang=en', 'facebook'],
    ['Instagram caption as a React-controlled textarea', 'www.instagram.com', '/?open=1&caption=textarea', 'instagram'],
  ] as const)('%s: multi-line text with emoji and diacritics is exactly in the editor state', async (_name, host, pathname, editor) => {
    const { page, tabId } = await composerPage(host, pathname);
    const panel = await openFirefoxPanel(s, { tabId });
    expect(await insertFromPanel(panel, POST)).toBe('Inserted into the post ✓ Check it and publish it.');
    expect(await editorState(page, editor)).toBe(POST);
    await panel.close();
    await page.close();
  });
});

describe('Firefox: publish detection', () => {
  it('a submitted post is logged exactly once, also for a double click', async () => {
    const since = Date.now();
    const text = `Uzavírka mostu 🚧 #Zábřeh ${since}`;
    const { page } = await composerPage('www.facebook.com', '/mestozabreh?open=1&lang=en');
    await page.click('[role=dialog] [data-lexical-editor]');
    await page.keyboard.type(text);
    await pollIn(page, new Function(`return window.__editors.facebook.text() === ${JSON.stringify(text)}`) as () => boolean, { what: 'the typed text in Lexical' });
    await (await byText(page, '[role=dialog] [role=button]', 'Post')).click({ count: 2 });
    await pollIn(page, () => !document.querySelector('[role=dialog]'), { what: 'the dialog to close' });

    const logged = () =>
      s.hub.evaluate(async (t) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('town-crier');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const req = db.transaction('posts').objectStore('posts').getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        db.close();
        return rows.filter((p) => p.excerpt === t).map((p) => ({ platform: p.platform, kind: p.kind, source: p.source }));
      }, text);
    const until = Date.now() + 10_000;
    while ((await logged()).length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    // A late duplicate would come within the publish queue's next drain: look again after it.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await logged()).toEqual([{ platform: 'facebook', kind: 'post', source: 'auto' }]);
    await page.close();
  });
});
