/// <reference types="chrome" />
/**
 * The week plan in the real panel: a citizen's invitation pasted into the inbox becomes a
 * draft, planned for Saturday 17:00 it shows in the week (Saturday covered) and sets the
 * planned-time alarm; the alarm at 17:00 (the worker's clock set to it) notifies, and the
 * notification's click opens the draft in the Compose tab; Insert puts it into the fixture's
 * real Lexical composer, and publishing there (at Saturday 17:00: the content script's and
 * the worker's clocks are moved) makes the draft *zveřejněno*, linked to exactly one log
 * entry, and Saturday covered by what was posted. A draft's photo goes to the clipboard as
 * PNG and a real Ctrl+V delivers it to the composer as an image file.
 */
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, hasContentScript, launchExtension, openPanelPage, openSite, tabIdOf, type ExtensionSession } from './harness/browser';
import { loggedPostsSince } from './harness/log';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

const INVITATION = `From: Jana Nováková <jana.novakova@seznam.cz>
Subject: Pozvánka

Dobrý den,

zveme všechny děti na Mikulášskou besídku v sobotu od 17:00 v sokolovně. Vstupné dobrovolné.

S pozdravem
Jana Nováková`;

const INSERTED = 'Inserted into the post ✓ Check it and publish it.';

/** The extension's rows of one IndexedDB store, read raw in the worker. */
function rows<T>(store: 'drafts' | 'posts'): Promise<T[]> {
  return s.worker.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('town-crier');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      return await new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  }, store);
}

/**
 * Moves Date.now of the extension's content scripts on a page (their isolated world, which
 * the page's own scripts cannot reach) so it reads `at` now and runs on from there.
 */
async function shiftContentClock(page: Page, at: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.startsWith(`chrome-extension://${s.extensionId}`));
  if (!world) throw new Error('no content-script world on the page');
  const expression = `(() => { const real = Date.now.bind(Date); const off = ${at} - real(); Date.now = () => real() + off; return Date.now(); })()`;
  await cdp.send('Runtime.evaluate', { expression, contextId: world.id });
  return cdp;
}

describe('plan', () => {
  it('inbox → draft → Saturday 17:00 → reminder opens it in Compose → Insert → publish: zveřejněno, one log entry, Saturday covered', async () => {
    const since = Date.now();
    const fb = await openSite(s, s.site('www.facebook.com', '/mestozabreh?open=1&lang=en&n=plan'));
    expect(await hasContentScript(fb)).toBe(true);
    const page = await openPanelPage(s, { tabId: await tabIdOf(s, fb) });
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByTestId('inbox-kind').selectOption('citizen');
    await page.getByTestId('inbox-text').fill(INVITATION);
    await page.getByTestId('inbox-submit').click();
    const card = page.getByTestId('plan-unplanned').getByTestId('plan-card');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('Jana Nováková');

    // This week's Saturday (next week's when today is Sunday).
    const saturday = await page.evaluate(() => {
      const d = new Date();
      const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
      const sat = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 5);
      const p = (n: number) => String(n).padStart(2, '0');
      return { key: `${sat.getFullYear()}-${p(sat.getMonth() + 1)}-${p(sat.getDate())}`, past: d.getDay() === 0 };
    });
    if (saturday.past) await page.getByRole('button', { name: 'Next week' }).click();
    const satKey = saturday.past ? await page.locator('[data-testid="plan-day"]').nth(5).getAttribute('data-day') : saturday.key;
    await card.getByTestId('plan-move').selectOption(satKey!);
    const satDay = page.locator(`[data-day="${satKey}"]`);
    await expect.poll(() => satDay.getByTestId('plan-card').count()).toBe(1);
    await satDay.getByTestId('plan-more').click();
    await satDay.getByTestId('plan-time').fill('17:00');
    await satDay.getByTestId('plan-time').blur();
    await expect.poll(() => satDay.getByTestId('plan-card').textContent()).toContain('17:00');
    expect(await satDay.getAttribute('data-state')).toBe('met');
    expect(await axeViolations(page)).toEqual([]);

    // The alarm is set for Saturday 17:00 local time.
    const due = await page.evaluate((day) => {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      return new Date(y, m - 1, d, 17, 0).getTime();
    }, satKey!);
    await expect.poll(() => s.worker.evaluate(async () => (await chrome.alarms.get('plan:next'))?.scheduledTime)).toBe(due);

    // 17:00 on Saturday in the worker: the alarm fires, the notification is shown.
    const draftId = await satDay.getByTestId('plan-card').getAttribute('data-draft-id');
    await s.worker.evaluate((t) => {
      const real = Date.now;
      Date.now = () => t;
      (chrome.alarms.onAlarm as unknown as { dispatch(a: object): void }).dispatch({ name: 'plan:next', scheduledTime: t });
      setTimeout(() => (Date.now = real), 3_000);
    }, due);
    await expect.poll(() => s.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())), { timeout: 10_000 }).toContain(`plan:draft:${draftId}`);
    await s.worker.evaluate((id) => (chrome.notifications.onClicked as unknown as { dispatch(i: string): void }).dispatch(id), `plan:draft:${draftId}`);
    // The open panel takes the request: the draft is the post in the Compose tab.
    await expect.poll(() => page.getByRole('tab', { name: 'Compose' }).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
    await expect
      .poll(() => page.evaluate(() => [...document.querySelectorAll('textarea')].map((t) => t.value).join('\n')))
      .toContain('zveme všechny děti na Mikulášskou besídku');
    // Insert is one click away there.
    const insert = page.getByRole('button', { name: 'Insert into post' });
    expect(await insert.count()).toBe(1);

    // It is still Saturday 17:00 for the extension when the admin publishes: the worker's
    // clock and the composer script's run on from there (the panel keeps the real time).
    await s.worker.evaluate((t) => {
      const g = globalThis as { realNow?: () => number };
      g.realNow ??= Date.now.bind(Date);
      const off = t - g.realNow();
      Date.now = () => g.realNow!() + off;
    }, due);
    const cdp = await shiftContentClock(fb, due);
    await insert.click();
    await page.getByText(INSERTED).waitFor();
    const editorText = () => fb.evaluate(() => window.__editors.facebook!.text());
    expect(await editorText()).toContain('zveme všechny děti na Mikulášskou besídku');
    await fb.getByRole('button', { name: 'Post', exact: true }).click();
    await fb.locator('[role=dialog]').waitFor({ state: 'detached' });

    // Exactly one log entry for the submit, on Saturday at 17:00, and the draft points at it.
    await expect.poll(() => loggedPostsSince(s, since).then((p) => p.length), { timeout: 10_000 }).toBe(1);
    type Row = { id: string; status?: string; postId?: string; day?: string; publishedAt?: number; hash?: string };
    await expect.poll(async () => (await rows<Row>('drafts')).find((d) => d.id === draftId)?.status, { timeout: 10_000 }).toBe('published');
    await new Promise((r) => setTimeout(r, 1_000)); // a late second event would show by now
    const posts = (await rows<Row>('posts')).filter((p) => p.publishedAt! >= since);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.day).toBe(satKey);
    expect(posts[0]!.publishedAt! - due).toBeLessThan(60_000);
    const drafts = await rows<Row>('drafts');
    expect(drafts.find((d) => d.id === draftId)!.postId).toBe(posts[0]!.id);
    expect(drafts.filter((d) => d.postId === posts[0]!.id)).toHaveLength(1);
    await s.worker.evaluate(() => {
      const g = globalThis as { realNow?: () => number };
      if (g.realNow) Date.now = g.realNow;
    });
    await cdp.detach();

    // The week: Saturday is covered by the post (not by a draft still to go), the draft is listed as published.
    await page.getByRole('tab', { name: 'Plan' }).click();
    if (saturday.past) await page.getByRole('button', { name: 'Next week' }).click();
    const sat = page.locator(`[data-day="${satKey}"]`);
    await expect.poll(() => sat.getAttribute('data-state'), { timeout: 10_000 }).toBe('met');
    expect(await sat.locator(`[data-draft-id="${draftId}"]`).count()).toBe(1);
    expect(await sat.locator(`[data-draft-id="${draftId}"]`).textContent()).toMatch(/Published|Zveřejněno/i);
    await page.close();
    await fb.close();
  });

  it('a draft’s photo is copied as PNG and a real Ctrl+V pastes it into the composer as an image', async () => {
    const fb = await openSite(s, s.site('www.facebook.com', '/mestozabreh?open=1&lang=en&n=photo'));
    const page = await openPanelPage(s, { tabId: await tabIdOf(s, fb) });
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByTestId('inbox-text').fill('Fotka z jarmarku na náměstí.');
    await page.getByTestId('inbox-submit').click();
    const card = page.getByTestId('plan-unplanned').getByTestId('plan-card').filter({ hasText: 'Fotka z jarmarku' });
    await card.getByTestId('plan-more').click();
    await card.getByText('Add a photo').click();
    await card.getByTestId('plan-photo-file').setInputFiles(path.resolve('public/icon/128.png'));
    await card.getByText('Copy photo').waitFor();

    await page.bringToFront(); // the clipboard is written only from the focused page
    await card.getByText('Copy photo').click();
    await card.getByText('The photo is on the clipboard as PNG', { exact: false }).waitFor();

    await fb.bringToFront();
    await fb.evaluate(() => {
      const w = window as unknown as { pasted: { type: string; width: number; height: number }[] };
      w.pasted = [];
      document.addEventListener(
        'paste',
        (e) => {
          for (const f of e.clipboardData?.files ?? []) void createImageBitmap(f).then((b) => w.pasted.push({ type: f.type, width: b.width, height: b.height }));
        },
        true,
      );
    });
    await fb.locator('[data-lexical-editor]:not([role=article] *)').click();
    await fb.keyboard.press('Control+V');
    await expect.poll(() => fb.evaluate(() => (window as unknown as { pasted: unknown[] }).pasted), { timeout: 5_000 }).toEqual([{ type: 'image/png', width: 128, height: 128 }]);
    await page.close();
    await fb.close();
  });
});
