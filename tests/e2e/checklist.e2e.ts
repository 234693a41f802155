/// <reference types="chrome" />
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchExtension, openPanelPage, type ExtensionSession } from './harness/browser';
import { SCREENSHOTS } from './harness/paths';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

// The starter set "Město" (#Zábřeh #MěstoZábřeh) is required on Facebook in a new profile.
// The date has its year, so the weekday check does not depend on today.
const DRAFT =
  'POZOR! Ve čtvrtek 12. 3. 2026 od 7:30 do 15:00 nepoteče voda v ulici Krumpach. Cisterna bude u školy. #zabreh\n\n' +
  'Více na https://www.zabreh.cz/aktuality#odstavky';

const status = (page: Page, id: string) => page.getByTestId(`check-${id}`).getAttribute('data-status');
const checklistTab = (page: Page) => page.getByRole('tab', { name: /Checklist|Kontrola/ });

describe('checklist', () => {
  it('a missing required hashtag fails, the fix adds it, the item passes (and undo brings it back)', async () => {
    const page = await openPanelPage(s);
    await page.setViewportSize({ width: 400, height: 800 });
    await checklistTab(page).click();
    const draft = page.getByLabel('Post text (draft)');
    await draft.fill(DRAFT);

    await expect.poll(() => status(page, 'hashtags.required')).toBe('fail');
    await expect.poll(() => status(page, 'when.weekday')).toBe('pass');
    // The summary on the tab tells the same from every tab.
    await expect.poll(() => checklistTab(page).textContent()).toMatch(/\d+ ✓ · \d+ ⚠ · [1-9]\d* ✗/);
    expect(await axeViolations(page)).toEqual([]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'checklist-en.png') });

    const item = page.getByTestId('check-hashtags.required');
    await item.getByRole('button', { name: 'Add #MěstoZábřeh' }).click();
    await expect.poll(() => status(page, 'hashtags.required')).toBe('pass');
    expect(await draft.inputValue()).toBe(DRAFT + '\n\n#MěstoZábřeh');
    // Keyboard focus is on Undo; Enter takes the fix back.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page, 'hashtags.required')).toBe('fail');
    expect(await draft.inputValue()).toBe(DRAFT);
    await page.close();
  });

  it('the other fixes work in the real panel too, and the summary shows on every tab', async () => {
    const page = await openPanelPage(s);
    await checklistTab(page).click();
    await page.getByLabel('Post text (draft)').fill(DRAFT);
    for (const id of ['hashtags.camelCase', 'hashtags.atEnd', 'read.caps']) {
      await expect.poll(() => status(page, id)).toBe('warn');
      await page.getByTestId(`check-${id}`).getByRole('button').first().click();
      await expect.poll(() => status(page, id)).toBe('pass');
    }
    expect(await page.getByLabel('Post text (draft)').inputValue()).toBe(
      'Pozor! Ve čtvrtek 12. 3. 2026 od 7:30 do 15:00 nepoteče voda v ulici Krumpach. Cisterna bude u školy.\n\n' +
        'Více na https://www.zabreh.cz/aktuality#odstavky\n\n#Zabreh',
    );
    await page.getByRole('tab', { name: /Compose/ }).click();
    expect(await checklistTab(page).textContent()).toMatch(/✓ · \d+ ⚠ · \d+ ✗/);
    await page.close();
  });

  it('hashtag sets, partners, settings and import are reachable, accessible, and a bad file changes nothing', async () => {
    const page = await openPanelPage(s);
    await checklistTab(page).click();
    for (const name of ['Partners to tag', 'Checklist settings', 'Backup and sharing']) await page.getByText(name, { exact: true }).click();
    await page.getByRole('button', { name: 'New hashtag set' }).click();
    await page.getByRole('button', { name: 'New partner' }).click();
    expect(await axeViolations(page)).toEqual([]);

    const before = await page.getByTestId('hashtag-set').count();
    await page.getByTestId('import-file').setInputFiles({ name: 'zaloha.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"town-crier/checklist","version":1,"hashtagSets":[{"name":"X","hashtags":["#2026"]}]}') });
    await expect.poll(() => page.getByTestId('import-problems').textContent()).toContain('“#2026” is not a valid hashtag');
    expect(await page.getByTestId('hashtag-set').count()).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('in Czech', async () => {
    const page = await openPanelPage(s);
    await page.setViewportSize({ width: 400, height: 800 });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('cs');
    await page.getByRole('button', { name: 'Save' }).click();
    await checklistTab(page).click();
    await page.getByLabel('Text příspěvku (koncept)').fill(DRAFT);
    await expect.poll(() => page.getByTestId('check-hashtags.required').textContent()).toContain('Chybí povinný hashtag: #MěstoZábřeh');
    expect(await page.getByTestId('check-hashtags.required').getByRole('button').textContent()).toBe('Přidat #MěstoZábřeh');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'checklist-cs.png') });
    // Back to English for any later test in this profile.
    await page.getByRole('tab', { name: 'Nastavení' }).click();
    await page.getByLabel('Jazyk').selectOption('auto');
    await page.getByRole('button', { name: 'Uložit' }).click();
    await page.close();
  });
});
