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
    // Another window holds the real database open in a shape this version must repair (a store
    // is missing) and never lets go: the repair (an upgrade) is blocked.
    const other = await s.context.newPage();
    await other.goto(s.extensionUrl('popup.html'));
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('town-crier', 99_990);
          req.onupgradeneeded = () => {
            if (req.result.objectStoreNames.contains('posts')) req.result.deleteObjectStore('posts');
          };
          req.onsuccess = () => {
            (window as unknown as { held: IDBDatabase }).held = req.result; // no onversionchange: it never closes
            resolve();
          };
          req.onerror = () => reject(req.error);
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
});
