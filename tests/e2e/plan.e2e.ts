/// <reference types="chrome" />
/**
 * The week plan in the real panel: a citizen's invitation pasted into the inbox becomes a
 * draft, planned for Saturday 17:00 it shows in the week (Saturday covered) and sets the
 * planned-time alarm; the alarm at 17:00 (the worker's clock set to it) notifies, and the
 * notification's click opens the draft in the Compose tab.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchExtension, openPanelPage, type ExtensionSession } from './harness/browser';

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

describe('plan', () => {
  it('inbox → draft → Saturday 17:00 → in the week; the reminder at 17:00 opens it in Compose', async () => {
    const page = await openPanelPage(s);
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
    expect(await page.getByRole('button', { name: /^Insert/ }).count()).toBeGreaterThan(0);
    await page.close();
  });
});
