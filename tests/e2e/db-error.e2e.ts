/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchExtension, openPanelPage, type ExtensionSession } from './harness/browser';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

describe('a database the panel cannot open', () => {
  it('shows a clear explanation instead of a blank panel, and settings keep working', async () => {
    // Make the real IndexedDB unusable for our schema: a "newer" version of the database exists
    // (what a downgrade or a corrupted profile looks like to Dexie: VersionError).
    const setup = await s.context.newPage();
    await setup.goto(s.extensionUrl('popup.html'));
    await setup.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('town-crier', 99_990);
          req.onsuccess = () => {
            req.result.close();
            resolve();
          };
          req.onerror = () => reject(req.error);
        }),
    );

    const page = await openPanelPage(s);
    const alert = page.getByTestId('db-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('newer version of Town Crier');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Town name').fill('Zábřeh');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved ✓').waitFor();

    // Deleting the database asks open connections to close: the panel steps aside and reloads.
    const reloaded = page.waitForEvent('load');
    await setup.evaluate(() => new Promise((r) => (indexedDB.deleteDatabase('town-crier').onsuccess = r)));
    await reloaded;
    await page.getByRole('tab', { name: 'Compose' }).click();
    await expect.poll(() => page.getByTestId('db-error').count()).toBe(0);
  });
});
