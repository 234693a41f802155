/// <reference types="chrome" />
/**
 * The page cannot write the log, see the extension or stop it (security review, December
 * 2026). The attacks run as page scripts on the Facebook fixture, as a hostile page would;
 * the admin's own (trusted) publishes — Playwright's click/keyboard are trusted input — still
 * log exactly once, also while the service worker is being killed. Each attack adds to the
 * figures printed at the end (attacks tried / blocked).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { hasContentScript, launchExtension, waitForComposerScript, openPanelPage, tabIdOf, type ExtensionSession } from './harness/browser';
import { loggedPostsSince } from './harness/log';

let s: ExtensionSession;
const figures = { tried: 0, blocked: 0 };
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(async () => {
  console.info(`[trust] attacks tried ${figures.tried}, blocked ${figures.blocked}`);
  await s?.close();
});

let since = 0;
beforeEach(async () => {
  since = Date.now();
  await s.worker.evaluate(() => chrome.storage.local.remove(['publishedQueue', 'publishedPending']));
});
const logged = () => loggedPostsSince(s, since);
const pending = () => s.worker.evaluate(async () => ((await chrome.storage.local.get('publishedPending')).publishedPending ?? []) as unknown[]);
const settle = (ms = 1_500) => new Promise((r) => setTimeout(r, ms));

let opened = 0;
/** A Facebook page with our content script running, and a page-side recorder of every window message. */
async function facebook(query = 'open=1&lang=en'): Promise<Page> {
  const page = await s.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __seen: string[] };
    w.__seen = [];
    window.addEventListener('message', (e) => w.__seen.push(JSON.stringify(e.data) ?? String(e.data)), true);
    new MutationObserver((records) => records.forEach((r) => w.__seen.push(`attr ${r.attributeName}`))).observe(document.documentElement, { attributes: true });
  });
  await page.goto(s.site('www.facebook.com', `/mestozabreh?${query}&n=${++opened}`));
  expect(await hasContentScript(page)).toBe(true);
  return page;
}

/** The admin writes `text` in the open composer and clicks Post (trusted input). */
async function publish(page: Page, text: string) {
  await page.locator('[role=dialog] [data-lexical-editor]').click();
  await page.keyboard.type(text);
  await waitForComposerScript(page);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await page.locator('[role=dialog]').waitFor({ state: 'detached' });
}

/** The fake composer a page script builds: a dialog, a contenteditable with text, a "Post" button. */
function buildFake(page: Page, n: number) {
  return page.evaluate((i) => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.id = `fake-${i}`;
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('data-lexical-editor', 'true');
    const p = document.createElement('p');
    p.textContent = `Falešný příspěvek ${i}`;
    editor.append(p);
    const post = document.createElement('div');
    post.setAttribute('role', 'button');
    post.setAttribute('tabindex', '0');
    post.textContent = 'Post';
    dialog.append(editor, post);
    document.body.append(dialog);
    // A script "types" too: events it dispatches are never trusted.
    editor.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertText', data: 'x' }));
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
    return `#fake-${i}`;
  }, n);
}

async function expectBlocked(tries: number, page: Page) {
  await settle();
  const got = await logged();
  const questions = await pending();
  figures.tried += tries;
  figures.blocked += tries - got.length - questions.length;
  expect(got).toEqual([]);
  expect(questions).toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('[role=dialog][id^=fake]').length)).toBe(0);
}

describe('attacks from the page', () => {
  it('(a) a fake composer and .click(): 0 of 30 logged', async () => {
    const page = await facebook('lang=en');
    for (let i = 0; i < 30; i++) {
      const sel = await buildFake(page, i);
      await page.evaluate((q) => {
        const post = document.querySelector(`${q} [role=button]`) as HTMLElement;
        post.click();
        post.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        setTimeout(() => document.querySelector(q)!.remove(), 300);
      }, sel);
    }
    await settle(500);
    await expectBlocked(30, page);
    await page.close();
  });

  it('(b) a fake composer and a dispatched Enter: 0 of 30 logged', async () => {
    const page = await facebook('lang=en');
    for (let i = 0; i < 30; i++) {
      const sel = await buildFake(page, i);
      await page.evaluate((q) => {
        const post = document.querySelector(`${q} [role=button]`) as HTMLElement;
        post.focus();
        post.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        setTimeout(() => document.querySelector(q)!.remove(), 300);
      }, sel);
    }
    await settle(500);
    await expectBlocked(30, page);
    await page.close();
  });

  it('(a+) the admin typed into the real composer, then the page clicks its Post: not logged', async () => {
    const page = await facebook();
    await page.locator('[role=dialog] [data-lexical-editor]').click();
    await page.keyboard.type('Napsal jsem, ale neodeslal');
    // The composer script must be running, or "not logged" would prove nothing.
    await waitForComposerScript(page);
    await page.evaluate(() => (document.querySelector('[role=dialog] [aria-label=Post]') as HTMLElement).click());
    await page.locator('[role=dialog]').waitFor({ state: 'detached' });
    await expectBlocked(1, page);
    await page.close();
  });

  it('(c) a forged WXT "started" event and postMessage with our id stop nothing: a real publish logs exactly 1, also after the panel re-injects', async () => {
    const page = await facebook();
    const forge = () =>
      page.evaluate((id) => {
        for (const name of ['content', 'composer']) {
          const type = `${id}:${name}:wxt:content-script-started`;
          document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
          window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
        }
      }, s.extensionId);
    await forge();
    figures.tried += 2;
    expect(await hasContentScript(page)).toBe(true);
    await publish(page, 'Po podvrženém signálu 1');
    await expect.poll(() => logged().then((l) => l.map((p) => p.excerpt)), { timeout: 10_000 }).toEqual(['Po podvrženém signálu 1']);
    figures.blocked += 2;

    // The panel injects both scripts again (as after an update); the page forges again.
    const tabId = await tabIdOf(s, page);
    const panel = await openPanelPage(s, { tabId });
    for (const file of ['/content-scripts/content.js', '/content-scripts/composer.js']) {
      await panel.evaluate(async ([id, f]) => void (await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: [f] })), [tabId, file] as const);
    }
    await forge();
    figures.tried += 2;
    await s.worker.evaluate(() => {
      const g = globalThis as unknown as { __reports: number };
      g.__reports = 0;
      chrome.runtime.onMessage.addListener((m: { type?: string }) => void (m?.type === 'composer:submitted' && g.__reports++));
    });
    await page.evaluate(() => (window as unknown as { __openComposer: () => void }).__openComposer());
    await publish(page, 'Po podvrženém signálu 2');
    await expect.poll(() => logged().then((l) => l.length), { timeout: 10_000 }).toBe(2);
    await settle(1_000);
    expect((await logged()).map((p) => p.excerpt)).toEqual(['Po podvrženém signálu 1', 'Po podvrženém signálu 2']);
    expect(await s.worker.evaluate(() => (globalThis as unknown as { __reports: number }).__reports)).toBe(1);
    figures.blocked += 2;
    await panel.close();
    await page.close();
  });

  it('(d) nothing in the page reveals the extension: no attribute, no message, no id — through load, typing, insert and publish', async () => {
    const page = await facebook();
    const tabId = await tabIdOf(s, page);
    const panel = await openPanelPage(s, { tabId });
    await panel.getByLabel(/^Your post/).fill('Vložený text 📌');
    await panel.getByRole('button', { name: 'Insert into post' }).click();
    await panel.getByText('Inserted into the post ✓ Check it and publish it.').waitFor();
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => logged().then((l) => l.map((p) => p.excerpt)), { timeout: 10_000 }).toEqual(['Vložený text 📌']);
    const seen = await page.evaluate(() => ({
      messages: (window as unknown as { __seen: string[] }).__seen,
      attributes: document.documentElement.getAttributeNames(),
      html: new XMLSerializer().serializeToString(document),
    }));
    figures.tried += 3;
    expect(seen.messages).toEqual([]);
    expect(seen.attributes).toEqual(['lang']);
    expect(seen.html).not.toContain(s.extensionId);
    expect(seen.html).not.toMatch(/town-?crier/i);
    figures.blocked += 3;
    await panel.close();
    await page.close();
  });
});

describe('the admin\'s own publishes', () => {
  it('a trusted click and a trusted Enter each log exactly once', async () => {
    const page = await facebook();
    await publish(page, 'Skutečný příspěvek kliknutím');
    await page.evaluate(() => (window as unknown as { __openComposer: () => void }).__openComposer());
    await page.locator('[role=dialog] [data-lexical-editor]').click();
    await page.keyboard.type('Skutečný příspěvek klávesou');
    await page.getByRole('button', { name: 'Post', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[role=dialog]').waitFor({ state: 'detached' });
    await expect.poll(() => logged().then((l) => l.length), { timeout: 10_000 }).toBe(2);
    await settle(1_000);
    expect((await logged()).map((p) => p.excerpt)).toEqual(['Skutečný příspěvek kliknutím', 'Skutečný příspěvek klávesou']);
    await page.close();
  });

  it('the service worker killed again and again right after each submit: every publish logged exactly once', async () => {
    const page = await facebook();
    const cdp = await s.context.newCDPSession(page);
    // Closing the worker's target ends it (its globals are gone); the next message starts a new one.
    const killWorker = async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(s.extensionId));
      if (!worker) return 0;
      return (await cdp.send('Target.closeTarget', { targetId: worker.targetId }).then((r) => r.success, () => false)) ? 1 : 0;
    };
    // A killed worker starts again at the next message: an extension page pings it awake.
    const ext = await s.context.newPage();
    await ext.goto(s.extensionUrl('popup.html'));
    const wake = async () => {
      await ext.evaluate(() => chrome.runtime.sendMessage({ __townCrier: 1, to: 'background', type: 'ping', payload: undefined }));
      await expect.poll(() => Promise.race([s.worker.evaluate(() => 1), new Promise((r) => setTimeout(() => r(0), 500))]), { timeout: 10_000 }).toBe(1);
    };
    const mark = () => s.worker.evaluate(() => (globalThis as unknown as { __mark?: number }).__mark);
    let kills = 0;
    const texts = ['Přežije zastavení 1', 'Přežije zastavení 2', 'Přežije zastavení 3'];
    for (const text of texts) {
      if (text !== texts[0]) await page.evaluate(() => (window as unknown as { __openComposer: () => void }).__openComposer());
      await page.locator('[role=dialog] [data-lexical-editor]').click();
      await page.keyboard.type(text);
      // Loaded at the first keystroke, and it stays: asked before the first kill only (the
      // workers killed since may still be listed and never answer).
      if (text === texts[0]) await waitForComposerScript(page);
      await wake();
      await s.worker.evaluate(() => void ((globalThis as unknown as { __mark: number }).__mark = 1));
      await page.getByRole('button', { name: 'Post', exact: true }).click();
      // Kill the worker for 1.5 s, as often as it comes back: the report meets a dying worker.
      for (const end = Date.now() + 1_500; Date.now() < end; ) {
        kills += await killWorker();
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    await settle(1_500);
    await wake();
    await expect.poll(() => logged().then((l) => l.length), { timeout: 30_000 }).toBe(3);
    await settle(1_500);
    expect((await logged()).map((p) => p.excerpt)).toEqual(texts);
    // The kills were real: the worker that logged is a new one (the mark set before the kills is gone).
    expect(kills).toBeGreaterThanOrEqual(3);
    expect(await mark()).toBeUndefined();
    console.info(`[trust] 3 publishes, ${kills} worker kills: logged ${(await logged()).length}, exactly once each`);
    await ext.close();
    await page.close();
  });
});
