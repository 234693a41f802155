/// <reference types="chrome" />
/**
 * Publish detection in the real composers: one post in the log per submit (the event goes
 * through the storage queue the log drains), also with a double click and with two tabs; a
 * submit whose dialog stays open becomes a "Published?" question in the panel.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { PublishedEvent } from '@/utils/publish/queue';
import { loggedPostsSince } from './harness/log';
import { hasContentScript, waitForComposerScript, launchExtension, openPanelPage, openSite, tabIdOf, type ExtensionSession } from './harness/browser';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

const stored = (key: 'publishedQueue' | 'publishedPending') =>
  s.worker.evaluate(async (k) => ((await chrome.storage.local.get(k))[k] ?? []) as PublishedEvent[], key);
let since = 0;
beforeEach(async () => {
  since = Date.now();
  await s.worker.evaluate(() => chrome.storage.local.remove(['publishedQueue', 'publishedPending']));
});
/** Automatic posts logged since this test started, as the events that made them. */
const logged = () => loggedPostsSince(s, since).then((posts) => posts.map(({ source: _source, ...event }) => event));

let opened = 0;
async function composer(host: Parameters<ExtensionSession['site']>[0], pathname: string, text: string) {
  const page = await openSite(s, s.site(host, `${pathname}${pathname.includes('?') ? '&' : '?'}n=${++opened}`));
  expect(await hasContentScript(page)).toBe(true);
  await page.locator('[data-lexical-editor]:not([role=article] *)').click();
  await page.keyboard.type(text);
  // Publish detection starts at the first keystroke; a person takes longer than its injection.
  await waitForComposerScript(page);
  return page;
}

/** Waits a moment longer than any late event would take, then returns what was logged. */
async function settledLog(expected: number) {
  await expect.poll(() => logged().then((q) => q.length), { timeout: 10_000 }).toBe(expected);
  await new Promise((r) => setTimeout(r, 1_000));
  return logged();
}

const gone = (page: Page, selector: string) => page.locator(selector).waitFor({ state: 'detached' });

describe('publish detection', () => {
  it.each([
    ['cs', 'Zveřejnit'],
    ['en', 'Post'],
    ['de', 'Posten'],
    ['fi', 'Julkaise'], // in no label list: found by structure alone
  ])('Facebook composer labelled in "%s": one event per submit, also for a double click', async (lang, submit) => {
    const started = Date.now();
    const text = `Uzavírka mostu (${lang}) 🚧 #Zábřeh`;
    const page = await composer('www.facebook.com', `/mestozabreh?open=1&lang=${lang}`, text);
    await page.getByRole('button', { name: submit, exact: true }).dblclick();
    await gone(page, '[role=dialog]');
    const [event, ...more] = await settledLog(1);
    expect(more).toEqual([]);
    expect(event).toEqual({ platform: 'facebook', kind: 'post', at: expect.any(Number), excerpt: text, hash: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(event!.at).toBeGreaterThanOrEqual(started);
    await page.close();
  });

  it('Enter on the focused submit counts; closing the dialog or other buttons do not', async () => {
    const page = await composer('www.facebook.com', '/mestozabreh?open=1&lang=en', 'Jen koncept');
    await page.getByRole('button', { name: 'Photo/video' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await gone(page, '[role=dialog]');
    await page.getByRole('button', { name: "What's on your mind?" }).click();
    await page.keyboard.type('Odesláno klávesnicí');
    await page.getByRole('button', { name: 'Post', exact: true }).focus();
    await page.keyboard.press('Enter');
    await gone(page, '[role=dialog]');
    expect((await settledLog(1)).map((e) => e.excerpt)).toEqual(['Odesláno klávesnicí']);
    await page.close();
  });

  it('the same post from two tabs counts once; different posts count each', async () => {
    const same = 'Stejný text ve dvou záložkách 👯';
    const a = await composer('www.facebook.com', '/mestozabreh?open=1&lang=en', same);
    const b = await composer('www.facebook.com', '/mestozabreh?open=1&lang=en', same);
    await Promise.all([a.getByRole('button', { name: 'Post', exact: true }).click(), b.getByRole('button', { name: 'Post', exact: true }).click()]);
    await Promise.all([gone(a, '[role=dialog]'), gone(b, '[role=dialog]')]);
    expect(await settledLog(1)).toHaveLength(1);

    const c = await composer('www.facebook.com', '/groups/zabreh?open=1&lang=en', 'Jiný text ve skupině');
    await c.getByRole('button', { name: 'Post', exact: true }).click();
    await gone(c, '[role=dialog]');
    expect((await settledLog(2)).map((e) => e.excerpt)).toEqual([same, 'Jiný text ve skupině']);
    await Promise.all([a.close(), b.close(), c.close()]);
  });

  it('Business Suite: Publish is a post (the app navigates away); Schedule is not', async () => {
    const page = await composer('business.facebook.com', '/latest/composer', 'Svoz odpadu v sobotu ♻️');
    await page.getByRole('button', { name: 'Publikovat' }).click();
    await expect.poll(() => page.url()).toContain('/latest/posts');
    expect(await settledLog(1)).toMatchObject([{ platform: 'facebook', kind: 'post', excerpt: 'Svoz odpadu v sobotu ♻️' }]);

    const scheduled = await composer('business.facebook.com', '/latest/composer?schedule=1', 'Naplánovaný příspěvek');
    await scheduled.getByRole('button', { name: 'Naplánovat' }).click();
    await expect.poll(() => scheduled.url()).toContain('/latest/posts');
    expect(await settledLog(1)).toHaveLength(1);
    await Promise.all([page.close(), scheduled.close()]);
  });

  it.each([
    ['cs', 'Publikovat'],
    ['en', 'Publish'],
  ])('Business Suite with the text box as a combobox (2026-12, %s): "%s" is logged once; the preview\'s Share is not a publish', async (lang, label) => {
    const page = await composer('business.facebook.com', `/latest/composer?layout=combobox&lang=${lang}`, `Combobox ${lang} ✅`);
    await page.locator('[role=article] [role=button]', { hasText: 'Share' }).click();
    await page.getByRole('button', { name: label, exact: true }).click();
    await expect.poll(() => page.url()).toContain('/latest/posts');
    const [event, ...more] = await settledLog(1);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ platform: 'facebook', kind: 'post', excerpt: `Combobox ${lang} ✅` });
    await page.close();
  });

  it('Business Suite story composer: the event says "story"', async () => {
    const page = await composer('business.facebook.com', '/latest/composer?kind=story&lang=en', 'Příběh na 24 hodin');
    await page.getByRole('button', { name: 'Publish' }).click();
    expect(await settledLog(1)).toMatchObject([{ kind: 'story', excerpt: 'Příběh na 24 hodin' }]);
    await page.close();
  });

  it.each([
    ['post', '/?open=1&lang=en', 'Share'],
    ['reel', '/?open=1&lang=de&kind=reel', 'Teilen'],
  ] as const)('Instagram %s: Share in the dialog header; the dialog stays, the caption goes', async (kind, pathname, share) => {
    const page = await composer('www.instagram.com', pathname, `Náměstí ☀️ ${kind}`);
    await page.getByRole('button', { name: share }).click();
    await gone(page, '[data-lexical-editor]');
    expect(await page.locator('[role=dialog]').count()).toBe(1);
    expect(await settledLog(1)).toMatchObject([{ platform: 'instagram', kind, excerpt: `Náměstí ☀️ ${kind}` }]);
    await page.close();
  });

  it('a composer that stays open after its submit: the panel asks "Published?", and Yes counts it once', async () => {
    const page = await composer('www.facebook.com', '/mestozabreh?open=1&stuck=1&lang=en', 'Zasekl se mi příspěvek');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.getByRole('alert').waitFor(); // Facebook's own error; the dialog stays
    await expect.poll(() => stored('publishedPending').then((p) => p.length), { timeout: 20_000 }).toBe(1);
    expect(await logged()).toEqual([]);

    const panel = await openPanelPage(s, { tabId: await tabIdOf(s, page) });
    await panel.getByRole('heading', { name: 'Published?' }).waitFor();
    expect(await panel.getByText(/Was this post published\? Facebook, \d\d:\d\d\W*[AP]M: “Zasekl se mi příspěvek”/).count()).toBe(1);
    await panel.getByRole('button', { name: 'Yes, published' }).click();
    await panel.getByText('Counted ✓').waitFor();
    expect(await settledLog(1)).toMatchObject([{ platform: 'facebook', excerpt: 'Zasekl se mi příspěvek' }]);
    expect(await stored('publishedPending')).toEqual([]);
    expect((await logged())[0]?.uncertain).not.toBe(true);
    await panel.close();
    await page.close();
  });
});
