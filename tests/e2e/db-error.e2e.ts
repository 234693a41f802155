/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchExtension, openPanelPage, type ExtensionSession } from './harness/browser';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

describe('a database the panel cannot open', () => {
  it('explains a blocked database instead of loading forever, keeps Settings working, and recovers by itself', async () => {
    // Another window (an older version of the extension) holds the real database open at
    // version 1 and never lets go: the upgrade to this version is blocked. (A version higher
    // than ours is "newer" and never opened at all: see the test below.)
    const other = await s.context.newPage();
    await other.goto(s.extensionUrl('popup.html'));
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          // The background may have created the current database already: start from none.
          indexedDB.deleteDatabase('town-crier').onsuccess = () => {
            const req = indexedDB.open('town-crier', 10);
            req.onupgradeneeded = () => {
              for (const st of ['templates', 'hashtagSets', 'tags', 'posts', 'followers']) req.result.createObjectStore(st, { keyPath: 'id' });
            };
            req.onsuccess = () => {
              (window as unknown as { held: IDBDatabase }).held = req.result; // no onversionchange: it never closes
              resolve();
            };
            req.onerror = () => reject(req.error);
          };
        }),
    );

    const page = await openPanelPage(s);
    const alert = page.getByTestId('db-error');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('keeps the database open');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Town name').fill('Zábřeh');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved ✓').waitFor();

    // The other window goes away: the panel gets through and shows the data views.
    await other.close();
    await page.getByRole('tab', { name: 'Log' }).click();
    await expect.poll(() => page.getByTestId('db-error').count(), { timeout: 15_000 }).toBe(0);
    await page.getByRole('button', { name: /\+1 Facebook/ }).waitFor();
  });

  it('a database a newer version wrote: the "newer" message, and the database is left exactly as it was', async () => {
    const other = await s.context.newPage();
    await other.goto(s.extensionUrl('popup.html'));
    const DUMP = `new Promise((resolve) => {
      const req = indexedDB.open('town-crier');
      req.onsuccess = () => {
        const d = req.result;
        const stores = [...d.objectStoreNames].sort();
        const out = { version: d.version, stores };
        const tx = d.transaction(stores, 'readonly');
        for (const st of stores) { const r = tx.objectStore(st).getAll(); r.onsuccess = () => (out[st] = r.result); }
        tx.oncomplete = () => { d.close(); resolve(JSON.stringify(out)); };
      };
    })`;
    // What a version 3 might write: a higher version, a renamed table, one post.
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          indexedDB.deleteDatabase('town-crier').onsuccess = () => {
            const req = indexedDB.open('town-crier', 40);
            req.onupgradeneeded = () => {
              for (const st of ['templates', 'hashtagSets', 'tags', 'followers', 'dayTotals']) req.result.createObjectStore(st, { keyPath: st === 'dayTotals' ? 'day' : 'id' });
              req.result.createObjectStore('posts', { keyPath: 'id' }).put({ id: 'p1', day: '2026-03-29', publishedAt: 1, platform: 'facebook', kind: 'post', source: 'manual', excerpt: 'x', updatedAt: 1 });
            };
            req.onsuccess = () => (req.result.close(), resolve());
            req.onerror = () => reject(req.error);
          };
        }),
    );
    const before = await other.evaluate(DUMP);
    const page = await openPanelPage(s);
    const alert = page.getByTestId('db-error');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('newer version');
    expect(await other.evaluate(DUMP)).toBe(before);
    await page.close();
    await other.close();
  });
});
