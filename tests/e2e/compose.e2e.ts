/// <reference types="chrome" />
/**
 * The Compose tab in the real Chromium with the built extension: paste a notice, get the
 * friendly post, copy it to the real clipboard; no accessibility violations; typing into a
 * field updates the post.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchExtension, openPanelPage, type ExtensionSession } from './harness/browser';
import { inputWorkTimes } from './harness/typing';
import { SCREENSHOTS } from './harness/paths';

const NOTICE_CS = `OZNÁMENÍ

Městský úřad Zábřeh oznamuje, že z důvodu plánované opravy vodovodního řadu bude dne 12. 3. 2030 v době od 8:00 do 14:00 hodin přerušena dodávka pitné vody v ulicích Havlíčkova, Husova a Nádražní.

Náhradní zásobování bude zajištěno cisternou u kostela sv. Bartoloměje. Bližší informace na tel. 583 468 111 nebo na www.zabreh.cz/voda. Děkujeme za pochopení.`;

const NOTICE_EN = `The Zábřeh Town Office hereby informs residents that, due to planned repairs of the water main, the water supply will be interrupted on 12 March 2030 from 8:00 to 14:00 in Havlíčkova Street and Husova Street. A drinking water tanker will be available at St. Bartholomew's Church. Residents are advised to store sufficient water prior to the interruption. For further information call 583 468 111. We apologise for any inconvenience caused.`;

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

const postBox = (page: Page) => page.getByRole('textbox', { name: /Your post|Hotový příspěvek/ });

describe('Compose tab', () => {
  it('turns a pasted notice into a post and copies the Facebook post to the clipboard', async () => {
    const page = await openPanelPage(s);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByLabel('Official notice').fill(NOTICE_CS);
    // The headline says what and when (weekday beside the date); every key fact is in the post;
    // none of the office wording is (asserted as properties: the wording itself may improve).
    await expect.poll(() => postBox(page).inputValue()).toMatch(/^💧 .*úterý 12\. 3\. 2030.*nepoteče voda/);
    const post = await postBox(page).inputValue();
    for (const fact of ['Havlíčkova, Husova a Nádražní', '8:00', '14:00', 'sv. Bartoloměje', '583 468 111', 'www.zabreh.cz/voda']) expect(post).toContain(fact);
    expect(post).not.toMatch(/z důvodu|Děkujeme za pochopení|oznamuje, že|v době od/);

    await page.getByRole('button', { name: 'Copy the post' }).click();
    await page.getByText('Copied ✓ Paste it into Facebook (Ctrl+V).').waitFor();
    // Read the real clipboard back from an ordinary https page (Chromium grants clipboard
    // permissions to web origins, not to extension pages).
    const reader = await s.context.newPage();
    await reader.goto(s.site('www.zabreh.cz'));
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.zabreh.cz' });
    await reader.bringToFront();
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(post);
    await reader.close();
    await page.bringToFront();
    expect(await axeViolations(page)).toEqual([]);

    // The English notice for the English screenshot.
    await page.getByRole('button', { name: 'New post' }).click();
    await page.getByLabel('Official notice').fill(NOTICE_EN);
    await expect.poll(() => postBox(page).inputValue()).toMatch(/^💧 (?=.*no tap water)(?=.*Tuesday 12 March 2030)/i);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compose-en.png') });

    // Czech panel.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('cs');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('tab', { name: 'Psaní' }).click();
    await page.getByRole('button', { name: 'Nový příspěvek' }).click();
    await page.getByLabel('Úřední oznámení').fill(NOTICE_CS);
    await expect.poll(() => postBox(page).inputValue()).toMatch(/^💧 .*úterý/);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compose-cs.png') });

    // The template library is accessible too.
    await page.getByRole('button', { name: 'Šablony' }).click();
    await page.getByRole('list', { name: 'Seznam šablon' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a post being written survives closing the panel: the next panel shows it again', async () => {
    const first = await openPanelPage(s);
    await first.getByRole('tab', { name: /Compose|Psaní/ }).click();
    await first.getByLabel(/Official notice|Úřední oznámení/).fill(NOTICE_CS);
    await expect.poll(() => postBox(first).inputValue()).toContain('nepoteče voda');
    await postBox(first).fill((await postBox(first).inputValue()) + '\nPS: Děkujeme sousedům z Husovy!');
    const written = await postBox(first).inputValue();
    await first.close(); // closing right after typing: the pending save is flushed

    const second = await openPanelPage(s, {}, { keepDraft: true });
    await second.getByRole('tab', { name: /Compose|Psaní/ }).click();
    await expect.poll(() => postBox(second).inputValue()).toBe(written);
    expect(await second.getByLabel(/Official notice|Úřední oznámení/).inputValue()).toBe(NOTICE_CS);
    // "Clear" starts a new post, and a new panel then starts empty too.
    await second.getByRole('button', { name: /^(New post|Nový příspěvek)$/ }).click();
    await expect.poll(() => postBox(second).inputValue()).toBe('');
    await second.waitForTimeout(600);
    await second.close();
    const third = await openPanelPage(s, {}, { keepDraft: true });
    await third.getByRole('tab', { name: /Compose|Psaní/ }).click();
    expect(await postBox(third).inputValue()).toBe('');
    await third.close();
  });

  // How fast each keystroke is, is measured by `npm run bench` (compose.keystroke.*,
  // compose.typing.*), not here: a timed assertion fails whenever the machine is busy.
  it('typing in a field updates the post as the admin types, key by key and change by change', async () => {
    const page = await openPanelPage(s);
    await page.getByRole('tab', { name: /Compose|Psaní/ }).click();
    await page.getByLabel(/Official notice|Úřední oznámení/).fill(NOTICE_CS);
    await expect.poll(() => postBox(page).inputValue()).toMatch(/nepoteče voda/);
    const phone = page.getByRole('textbox', { name: /^(Phone|Telefon)$/ });
    await phone.fill('');
    await phone.pressSequentially('583 468 222 a 583 468 333', { delay: 20 });
    await expect.poll(() => postBox(page).inputValue()).toContain('☎️ 583 468 222 a 583 468 333');

    // Forty single changes in a row: the post shows the last one.
    const typed = await inputWorkTimes(page, `#${await phone.getAttribute('id')}`, 40);
    expect(typed).toHaveLength(40);
    const last = await phone.inputValue();
    expect(last).toBe('583 468 222 a 583 468 333' + Array.from({ length: 40 }, (_, i) => String(i % 10)).join(''));
    await expect.poll(() => postBox(page).inputValue()).toContain(`☎️ ${last}`);
    await page.close();
  });
});
