/// <reference types="chrome" />
/**
 * Inserting into and reading back the real composers (fixtures with real Lexical editors and
 * a React-controlled textarea, at the real host names), driven from the panel as an admin
 * would. Publish detection is in composer-publish.e2e.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, hasContentScript, launchExtension, openPanelPage, openSite, tabIdOf, type ExtensionSession } from './harness/browser';
import { SCREENSHOTS } from './harness/paths';
import { openRealSidePanel } from './harness/sidepanel';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

const POST = [
  'Dobrý den, Zábřežáci! 👋',
  '',
  'Zítra 🇨🇿 od 8:00 do 12:00 nepoteče voda v ulici Příčná – „Ďáblova“ část.',
  '👨‍👩‍👧 Rodiny s dětmi: cisterna stojí u školy 🏫. Příliš žluťoučký kůň úpěl ďábelské ódy.',
  '#Zábřeh #MěstoZábřeh',
].join('\n');
const ONE_LINE = 'Krátká zpráva: dnes 🇨🇿 #Zábřeh 👨‍👩‍👧‍👦';

let opened = 0;
async function openComposerSite(host: Parameters<ExtensionSession['site']>[0], pathname: string) {
  // A unique address per page: tabIdOf() finds tabs by URL.
  const page = await openSite(s, s.site(host, `${pathname}${pathname.includes('?') ? '&' : '?'}n=${++opened}`));
  expect(await hasContentScript(page)).toBe(true);
  return { page, tabId: await tabIdOf(s, page) };
}

/** What the editor itself holds: Lexical's state, or the React state behind the textarea. */
const editorState = (page: Page, name: string) => page.evaluate((n) => window.__editors[n]!.text(), name);

// The composer section's own messages (the Compose tab around it has its own notices).
const OWN_MESSAGE = ':is([role=status], [role=alert]):not(:empty)';
const MESSAGE = `section[data-tab-id] ${OWN_MESSAGE}`;

/**
 * Fills the draft, clicks Insert, answers the panel's question (asked only when the composer
 * already holds text) with `mode`, and returns the panel's message.
 */
async function insertFromPanel(panel: Page, text: string, mode: 'caret' | 'replace' = 'caret'): Promise<string | null> {
  await panel.getByLabel(/^Your post/).fill(text);
  await panel.getByRole('button', { name: 'Insert into post' }).click();
  const question = panel.getByTestId('insert-question');
  await panel.locator(`section[aria-busy="false"] ${OWN_MESSAGE}, [data-testid=insert-question]`).first().waitFor();
  if (await question.count()) await question.getByRole('button', { name: mode === 'caret' ? 'Add at the cursor' : 'Replace' }).click();
  await panel.locator(`section[aria-busy="false"] ${OWN_MESSAGE}`).first().waitFor();
  return panel.locator(MESSAGE).first().textContent();
}

const INSERTED = 'Inserted into the post ✓ Check it and publish it.';

describe('Insert into post', () => {
  it.each([
    ['Facebook page composer (Lexical in a dialog)', 'www.facebook.com', '/mestozabreh?open=1', 'facebook'],
    ['Facebook group composer', 'www.facebook.com', '/groups/zabreh?open=1&lang=en', 'group'],
    ['Business Suite full-page composer', 'business.facebook.com', '/latest/composer', 'business'],
    ['Business Suite, text box as a combobox (2026-12), Czech', 'business.facebook.com', '/latest/composer?layout=combobox', 'business'],
    ['Business Suite, text box as a combobox (2026-12), English', 'business.facebook.com', '/latest/composer?layout=combobox&lang=en', 'business'],
    ['Instagram caption (plain-text Lexical)', 'www.instagram.com', '/?open=1&lang=en', 'instagram'],
    ['Instagram caption as a React-controlled textarea', 'www.instagram.com', '/?open=1&caption=textarea', 'instagram'],
  ] as const)('%s: multi-line text with emoji, flags, ZWJ, diacritics and hashtags is exactly in the editor state', async (_name, host, pathname, editor) => {
    const { page, tabId } = await openComposerSite(host, pathname);
    const panel = await openPanelPage(s, { tabId });
    expect(await insertFromPanel(panel, POST, 'replace')).toBe(INSERTED);
    expect(await editorState(page, editor)).toBe(POST);
    // A second, one-line insertion replaces it exactly too (the other insertion technique).
    expect(await insertFromPanel(panel, ONE_LINE, 'replace')).toBe(INSERTED);
    expect(await editorState(page, editor)).toBe(ONE_LINE);
    await panel.close();
    await page.close();
  });

  it('at the cursor vs. replacing, and undoing a replace', async () => {
    const { page, tabId } = await openComposerSite('www.facebook.com', '/mestozabreh?open=1&lang=en');
    await page.locator('[role=dialog] [data-lexical-editor]').click();
    await page.keyboard.type('Dobrý den,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('AB');
    await page.keyboard.press('ArrowLeft');
    // "A" selected: at the cursor nothing is replaced, the text goes after the selection.
    await page.keyboard.press('Shift+ArrowLeft');
    const panel = await openPanelPage(s, { tabId });
    expect(await insertFromPanel(panel, 'X\nY 🇨🇿', 'caret')).toBe(INSERTED);
    expect(await editorState(page, 'facebook')).toBe('Dobrý den,\nAX\nY 🇨🇿B');
    expect(await panel.getByRole('button', { name: "Restore the post's previous text" }).count()).toBe(0);

    await insertFromPanel(panel, POST, 'replace');
    expect(await editorState(page, 'facebook')).toBe(POST);
    await panel.getByRole('button', { name: "Restore the post's previous text" }).click();
    await panel.getByText('The previous text is back in the post.').waitFor();
    expect(await editorState(page, 'facebook')).toBe('Dobrý den,\nAX\nY 🇨🇿B');
    await panel.close();
    await page.close();
  });

  it('no composer open: the text goes to the clipboard, the panel says what to do, and Ctrl+V puts it in the composer', async () => {
    const { page, tabId } = await openComposerSite('www.facebook.com', '/mestozabreh?lang=en');
    const panel = await openPanelPage(s, { tabId });
    expect(await insertFromPanel(panel, POST)).toBe('No new-post window is open on this page.The text is copied: click into the post and press Ctrl+V.');
    // The comment boxes in the feed were not touched.
    expect(await page.locator('[role=article] [contenteditable]').allTextContents()).toEqual(['', '']);
    expect(await panel.getByLabel(/^Your post/).inputValue()).toBe(POST);

    // What the admin does next: open the composer, click into it, press Ctrl+V.
    await page.bringToFront();
    await page.getByRole('button', { name: "What's on your mind?" }).click();
    await page.locator('[role=dialog] [data-lexical-editor]').click();
    await page.keyboard.press('Control+V');
    await expect.poll(() => editorState(page, 'facebook')).toBe(POST);
    await panel.close();
    await page.close();
  });

  it('an editor that garbles the text: the old text is restored, nothing half-inserted, then the clipboard fallback', async () => {
    const { page, tabId } = await openComposerSite('www.facebook.com', '/mestozabreh?open=1&mangle=1&lang=en');
    const panel = await openPanelPage(s, { tabId });
    // An empty composer stays empty.
    expect(await insertFromPanel(panel, POST)).toContain('The page did not accept the text');
    expect(await editorState(page, 'facebook')).toBe('');
    await page.bringToFront();
    await page.locator('[role=dialog] [data-lexical-editor]').click();
    await page.keyboard.type('Rozepsáno');
    for (const mode of ['caret', 'replace'] as const) {
      expect(await insertFromPanel(panel, POST, mode)).toBe(
        'The page did not accept the text; the post is as it was.The text is copied: click into the post and press Ctrl+V.',
      );
      expect(await editorState(page, 'facebook')).toBe('Rozepsáno');
    }
    await panel.close();
    await page.close();
  });

  it('a panel whose tab is not Facebook or Instagram copies the text and says so', async () => {
    const other = await openSite(s, s.site('www.zabreh.cz'));
    const tabId = await s.worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => !t.url && !t.pendingUrl)?.id ?? -1);
    const panel = await openPanelPage(s, { tabId });
    expect(await insertFromPanel(panel, ONE_LINE)).toBe('The panel is not next to a Facebook or Instagram tab.The text is copied: click into the post and press Ctrl+V.');
    await panel.close();
    await other.close();
  });
});

describe('Read back', () => {
  it('reads the composer on demand', async () => {
    const { page, tabId } = await openComposerSite('www.instagram.com', '/?open=1&lang=en');
    const panel = await openPanelPage(s, { tabId });
    await panel.getByRole('button', { name: 'Read the text from the post' }).click();
    await panel.getByText('The post is empty so far.').waitFor();
    await page.locator('[role=dialog] [data-lexical-editor]').click();
    await page.keyboard.type('Náměstí 👋');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('#Zábřeh');
    await panel.getByRole('button', { name: 'Read the text from the post' }).click();
    // "Náměstí 👋\n#Zábřeh" is 17 characters as the admin counts them (the emoji is one).
    await panel.getByText('The post now holds 17 characters.').waitFor();
    await panel.close();
    await page.close();
  });

  it.each([
    ['cs', ''],
    ['en', '&lang=en'],
  ])('Business Suite with the text box as a combobox (%s): reads on demand and live', async (_lang, query) => {
    const { page, tabId } = await openComposerSite('business.facebook.com', `/latest/composer?layout=combobox${query}`);
    const panel = await openPanelPage(s, { tabId });
    await panel.getByRole('button', { name: 'Read the text from the post' }).click();
    await panel.getByText('The post is empty so far.').waitFor();
    await page.locator('[role=combobox] [data-lexical-editor]').click();
    await page.keyboard.type('Svoz 🗑️');
    await panel.getByRole('button', { name: 'Read the text from the post' }).click();
    await panel.getByText('The post now holds 6 characters.').waitFor();
    await panel.getByRole('checkbox', { name: 'Keep reading the text from the post' }).check();
    const live = panel.getByTestId('composer-live');
    await expect.poll(() => live.textContent()).toBe('The post now holds 6 characters.');
    await page.keyboard.type(' ok');
    await expect.poll(() => live.textContent()).toBe('The post now holds 9 characters.');
    await panel.getByRole('checkbox', { name: 'Keep reading the text from the post' }).uncheck();
    await panel.close();
    await page.close();
  });

  it('live: follows the admin typing, a composer closing and reopening, and Facebook\'s page-to-page navigation', async () => {
    const { page, tabId } = await openComposerSite('www.facebook.com', '/mestozabreh?open=1&lang=en');
    const panel = await openPanelPage(s, { tabId });
    await panel.getByRole('checkbox', { name: 'Keep reading the text from the post' }).check();
    const live = panel.getByTestId('composer-live');
    await expect.poll(() => live.textContent()).toBe('The post is empty so far.');
    await page.locator('[role=dialog] [data-lexical-editor]').click();
    await page.keyboard.type('Ahoj');
    await expect.poll(() => live.textContent()).toBe('The post now holds 4 characters.');
    await page.keyboard.type(' 🇨🇿');
    await expect.poll(() => live.textContent()).toBe('The post now holds 6 characters.');

    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => live.textContent()).toBe('No new-post window is open on this page.');

    // Single-page navigation, then a new composer on the new "page".
    await page.evaluate(() => (window as unknown as { __navigate: (p: string) => void }).__navigate('/mestozabreh/posts'));
    await page.getByRole('button', { name: "What's on your mind?" }).click();
    await page.keyboard.type('Nový');
    await expect.poll(() => live.textContent()).toBe('The post now holds 4 characters.');

    // Off: the setting is saved and the read-back stops.
    await panel.getByRole('checkbox', { name: 'Keep reading the text from the post' }).uncheck();
    await expect.poll(() => live.count()).toBe(0);
    expect(await s.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { liveReadback: boolean }).liveReadback)).toBe(false);
    await panel.close();
    await page.close();
  });
});

describe('The real side panel', () => {
  it('opened on a tab by a user gesture, it inserts into that tab, not another one', async () => {
    const a = await openComposerSite('www.facebook.com', '/mestozabreh?open=1');
    const b = await openComposerSite('www.facebook.com', '/groups/zabreh?open=1');
    const panel = await openRealSidePanel(s, a.page);
    // The panel attaches to the active tab of its window: the one it was opened on.
    await panel.waitFor(`document.querySelector('textarea.compose__post') && document.querySelector('section[data-tab-id]')?.dataset.tabId === '${a.tabId}'`);
    await panel.evaluate(`(() => {
      const area = document.querySelector('textarea.compose__post'); // the post (the notice box comes first)
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(area, ${JSON.stringify(POST)});
      area.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    await panel.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent === 'Insert into post').click()`);
    await panel.waitFor(`document.querySelector('section[aria-busy=false] [role=status]')?.textContent === ${JSON.stringify(INSERTED)}`);
    expect(await editorState(a.page, 'facebook')).toBe(POST);
    expect(await editorState(b.page, 'group')).toBe('');
    await panel.close();
    await a.page.close();
    await b.page.close();
  });
});

describe('Panel accessibility', () => {
  it('has no violations in its states (idle, fallback, inserted, live, "Published?"), and screenshots', async () => {
    const { page, tabId } = await openComposerSite('www.facebook.com', '/mestozabreh?lang=en');
    const panel = await openPanelPage(s, { tabId });
    await panel.setViewportSize({ width: 400, height: 800 });
    expect(await axeViolations(panel)).toEqual([]);
    await insertFromPanel(panel, POST);
    expect(await axeViolations(panel)).toEqual([]);

    await page.getByRole('button', { name: "What's on your mind?" }).click();
    await insertFromPanel(panel, POST, 'replace');
    await panel.getByRole('checkbox', { name: 'Keep reading the text from the post' }).check();
    await s.worker.evaluate(async () =>
      chrome.storage.local.set({ publishedPending: [{ platform: 'facebook', kind: 'post', at: Date.now(), excerpt: 'Zítra nepoteče voda 💧 #Zábřeh', hash: 'e2e-a11y', uncertain: true }] }),
    );
    await panel.getByRole('heading', { name: 'Published?' }).waitFor();
    expect(await axeViolations(panel)).toEqual([]);

    // Keyboard: the answer buttons are reachable and work with Enter.
    await panel.getByRole('button', { name: 'No', exact: true }).focus();
    await panel.keyboard.press('Enter');
    await panel.getByRole('heading', { name: 'Published?' }).waitFor({ state: 'detached' });
    await panel.getByRole('checkbox', { name: 'Keep reading the text from the post' }).uncheck();

    // 1280×800: the page with its composer and the panel beside it.
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 880, height: 800 });
    const left = (await page.screenshot()).toString('base64');
    const right = (await panel.screenshot()).toString('base64');
    const board = await s.context.newPage();
    await board.setViewportSize({ width: 1280, height: 800 });
    await board.setContent(
      `<body style="margin:0;display:flex"><img src="data:image/png;base64,${left}" width="880" height="800"><img src="data:image/png;base64,${right}" width="400" height="800"></body>`,
    );
    await board.screenshot({ path: path.join(SCREENSHOTS, 'composer-inserted-en.png') });

    // Czech, the fallback: no composer open, the text copied, what to do next.
    await page.getByRole('button', { name: 'Close' }).click();
    await s.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), language: 'cs' } });
    });
    await panel.getByRole('button', { name: 'Vložit do příspěvku' }).click();
    await panel.getByRole('alert').filter({ hasText: 'Text je zkopírovaný' }).waitFor();
    expect(await axeViolations(panel)).toEqual([]);
    const left2 = (await page.screenshot()).toString('base64');
    const right2 = (await panel.screenshot()).toString('base64');
    await board.setContent(
      `<body style="margin:0;display:flex"><img src="data:image/png;base64,${left2}" width="880" height="800"><img src="data:image/png;base64,${right2}" width="400" height="800"></body>`,
    );
    await board.screenshot({ path: path.join(SCREENSHOTS, 'composer-fallback-cs.png') });
    await s.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), language: 'auto' } });
    });
    await board.close();
    await panel.close();
    await page.close();
  });
});
