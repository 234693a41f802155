/**
 * Insert that never doubles, in the real Facebook fixture composer (real Lexical): a second
 * Insert asks instead of adding a second copy; Replace (the default for our own last post)
 * leaves exactly one copy; Cancel leaves the composer alone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, hasContentScript, launchExtension, openPanelPage, openSite, tabIdOf, type ExtensionSession } from './harness/browser';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'));
});
afterAll(() => s?.close());

const POST = ['Zítra nepoteče voda 💧', '', '📍 Havlíčkova a Husova', '#Zábřeh'].join('\n');
const editorState = (page: Page) => page.evaluate(() => window.__editors.facebook!.text());
const INSERTED = 'Inserted into the post ✓ Check it and publish it.';

describe('Insert twice', () => {
  it('asks instead of doubling; Replace (focused) leaves exactly one copy; Cancel changes nothing', async () => {
    const page = await openSite(s, s.site('www.facebook.com', '/mestozabreh?open=1&lang=en&n=twice'));
    expect(await hasContentScript(page)).toBe(true);
    const panel = await openPanelPage(s, { tabId: await tabIdOf(s, page) });
    await panel.getByLabel(/^Your post/).fill(POST);
    const insert = panel.getByRole('button', { name: 'Insert into post' });
    await insert.click();
    await panel.getByText(INSERTED).waitFor();
    expect(await editorState(page)).toBe(POST);

    await insert.click();
    const question = panel.getByRole('group', { name: 'The post already holds the text you inserted last time. Replace it?' });
    await question.waitFor();
    expect(await editorState(page)).toBe(POST); // asked, not doubled
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Replace');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.keyboard.press('Enter');
    await panel.getByText(INSERTED).waitFor();
    expect(await editorState(page)).toBe(POST); // exactly one copy

    await insert.click();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect(await editorState(page)).toBe(POST);
    await panel.close();
    await page.close();
  });
});
