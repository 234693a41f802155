import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetUiStore } from '@/components/app/store';
import { I18nProvider } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import { addDays, dayKey } from '@/utils/log/day';
import { exportJson, LOG_FORMAT } from '@/utils/log/exchange';
import { logByHand } from '@/utils/log/store';
import { setTimeZone } from '@/utils/log/testing';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { LogView } from './LogView';
import { TodaySummary } from './TodaySummary';

const restoreTz = setTimeZone('Europe/Prague');
afterAll(restoreTz);

const settings: Settings = { ...DEFAULT_SETTINGS, language: 'en' };

function renderLog(lang: 'cs' | 'en' = 'en', s: Settings = settings) {
  return render(
    <I18nProvider lang={lang}>
      <TodaySummary settings={s} />
      <LogView settings={s} />
    </I18nProvider>,
  );
}

let sent: unknown[];
beforeEach(async () => {
  resetUiStore();
  await Promise.all([db.posts.clear(), db.postDays.clear(), db.followers.clear(), db.templates.clear()]);
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
    sent.push(m);
    return { ok: true, data: { count: 0, state: 'under' } };
  });
});
afterEach(() => vi.useRealTimers());

const today = () => dayKey();
const todayCell = () => document.querySelector(`[data-testid="heatmap"] [data-day="${today()}"]`)!;

describe('Log tab', () => {
  it('+1 Facebook logs an entry: today’s list, the header, the heatmap and the badge follow', async () => {
    const user = userEvent.setup();
    renderLog();
    await screen.findByText('Nothing yet today. When you publish something, click +1.');
    expect(screen.getByTestId('today-summary').textContent).toContain('0 / 1–3');
    await user.type(screen.getByLabelText('Note for the next entry (optional)'), 'Uzavírka Sušilovy');
    await user.click(screen.getByRole('button', { name: '+1 Facebook' }));

    const entry = await screen.findByTestId('log-entry');
    expect(entry.textContent).toContain('Facebook');
    expect(entry.textContent).toContain('Uzavírka Sušilovy');
    expect(entry.textContent).toContain('by hand');
    expect(screen.getByLabelText('Note for the next entry (optional)')).toHaveProperty('value', '');
    expect(screen.getByText(/^Logged: Facebook – post, \d\d:\d\d\s[AP]M\.$/)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('today-summary').textContent).toContain('1 / 1–3 ✓'));
    await waitFor(() => expect(todayCell().getAttribute('aria-label')).toMatch(/: 1 post \(on target\)$/));
    expect(screen.getByText('Today 1 post, daily target 1–3.', { exact: false })).toBeTruthy();
    expect(sent).toContainEqual(expect.objectContaining({ to: 'background', type: 'log:changed' }));
    const [post] = await db.posts.toArray();
    expect(post).toMatchObject({ platform: 'facebook', kind: 'post', source: 'manual', note: 'Uzavírka Sušilovy', day: today() });
  });

  it('+1 story uses the chosen network and lists the story with the time it has left', async () => {
    const user = userEvent.setup();
    renderLog();
    await screen.findByText('No story from the last 24 hours.');
    await user.selectOptions(screen.getByLabelText('Network of the story'), 'facebook');
    await user.click(screen.getByRole('button', { name: '+1 story' }));
    const stories = await screen.findByTestId('stories');
    expect(stories.textContent).toMatch(/Facebook.*since \d\d:\d\d.*(23 hr 59 min|24 hr 0 min|23 h 59 min|24 h 0 min) left/);
    expect((await db.posts.toArray())[0]).toMatchObject({ platform: 'facebook', kind: 'story' });
  });

  it('edits an entry and moves it to another day when its time changes', async () => {
    const user = userEvent.setup();
    await logByHand(db, { platform: 'facebook', note: 'x' });
    renderLog();
    await user.click(await screen.findByRole('button', { name: /^Edit: / }));
    await user.selectOptions(screen.getByLabelText('Kind'), 'reel');
    await user.clear(screen.getByLabelText('Note'));
    await user.type(screen.getByLabelText('Note'), 'Reel z jarmarku');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.posts.toArray())[0]).toMatchObject({ kind: 'reel', note: 'Reel z jarmarku' }));
    expect((await screen.findByTestId('log-entry')).textContent).toContain('reel');

    // Yesterday at 10:00: it leaves today's list.
    await user.click(screen.getByRole('button', { name: /^Edit: / }));
    fireEvent.change(screen.getByLabelText('Published'), { target: { value: `${addDays(today(), -1)}T10:00` } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Nothing yet today. When you publish something, click +1.');
    expect((await db.posts.toArray())[0]!.day).toBe(addDays(today(), -1));
  });

  it('refuses a time in the future with a message and keeps the entry as it was', async () => {
    const user = userEvent.setup();
    await logByHand(db, { platform: 'facebook' });
    renderLog();
    await user.click(await screen.findByRole('button', { name: /^Edit: / }));
    fireEvent.change(screen.getByLabelText('Published'), { target: { value: `${addDays(today(), 2)}T10:00` } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The time published cannot be in the future.');
    expect((await db.posts.toArray())[0]!.day).toBe(today());
  });

  it('deletes an entry and brings it back with Undo', async () => {
    const user = userEvent.setup();
    const p = await logByHand(db, { platform: 'instagram', note: 'Koncert' });
    renderLog();
    await user.click(await screen.findByRole('button', { name: /^Delete: .*Instagram/ }));
    await screen.findByText('Deleted: Instagram – post.');
    expect(await db.posts.count()).toBe(0);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByTestId('log-entry');
    expect(await db.posts.toArray()).toEqual([p]);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('a day with more than 100 entries lists the newest 100 and says so', async () => {
    const midnight = new Date().setHours(0, 0, 0, 0);
    for (let i = 0; i < 102; i++) await logByHand(db, { platform: 'facebook', note: `#${i}` }, midnight + i * 1000);
    renderLog();
    await screen.findByText('Showing the newest 100 of 102 entries of the day.');
    const entries = screen.getAllByTestId('log-entry');
    expect(entries).toHaveLength(100);
    expect(entries[0]!.textContent).toContain('#101');
  });

  it('asks to confirm an entry the composer was unsure about', async () => {
    const user = userEvent.setup();
    const p = await logByHand(db, { platform: 'facebook' });
    await db.posts.update(p.id, { uncertain: true, source: 'auto' });
    renderLog();
    await user.click(await screen.findByRole('button', { name: 'Yes, it was published' }));
    await waitFor(async () => expect((await db.posts.get(p.id))!.uncertain).toBeUndefined());
  });

  it('shows the streak, the week and per-kind stats from the log', async () => {
    const now = Date.now();
    for (let i = 1; i <= 3; i++) await logByHand(db, { platform: 'facebook' }, now - i * 86_400_000);
    await logByHand(db, { platform: 'instagram', kind: 'reel' }, now - 5 * 86_400_000);
    renderLog();
    // Today not posted yet: the streak of the three days before still stands.
    await waitFor(() => expect(screen.getByTestId('streak').textContent).toBe('3 days in a row · longest 3 days'));
    // The streak and the week come from separate queries: either may arrive first.
    const week = await screen.findByTestId('week-bars');
    expect(week.getAttribute('role')).toBe('img');
    expect(week.querySelector('desc')!.textContent).toMatch(/^Posts in the last 7 days: .*1 post.*0 posts\. Daily target 1–3\.$/);
    const kinds = screen.getByRole('table', { name: 'By kind (12 months)' });
    expect(within(kinds).getByRole('row', { name: /post 3/ })).toBeTruthy();
    expect(within(kinds).getByRole('row', { name: /reel 1/ })).toBeTruthy();
  });

  it('the heatmap labels every day and moves between days with the arrow keys', async () => {
    await logByHand(db, { platform: 'facebook' }, Date.now() - 7 * 86_400_000);
    renderLog();
    await waitFor(() => expect(todayCell()).toBeTruthy());
    const cells = document.querySelectorAll('[data-testid="heatmap"] [role="gridcell"]');
    expect(cells.length).toBeGreaterThanOrEqual(365);
    expect(cells.length).toBeLessThanOrEqual(371);
    expect([...cells].every((c) => /^\w+day, \w+ \d+, \d{4}: \d+ posts?/.test(c.getAttribute('aria-label')!))).toBe(true);
    expect(todayCell().getAttribute('tabindex')).toBe('0');
    (todayCell() as SVGElement).focus();
    fireEvent.keyDown(todayCell(), { key: 'ArrowLeft' });
    const weekAgo = document.querySelector(`[data-day="${addDays(today(), -7)}"]`)!;
    expect(document.activeElement).toBe(weekAgo);
    expect(weekAgo.getAttribute('aria-label')).toMatch(/: 1 post \(on target\)$/);
    expect(weekAgo.getAttribute('tabindex')).toBe('0');
    expect(todayCell().getAttribute('tabindex')).toBe('-1');
  });

  it('notes fan counts and shows the growth (tripled)', async () => {
    const user = userEvent.setup();
    renderLog();
    const count = await screen.findByLabelText('Number of fans');
    const day = screen.getByLabelText('On');
    await user.type(count, 'lots');
    await user.click(screen.getByRole('button', { name: 'Save the count' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the number of fans as a whole number, e.g. 4400.');
    for (const [d, n, shown] of [['2023-03-01', '1450', '1,450'], ['2026-03-01', '4 400', '4,400']]) {
      fireEvent.change(day, { target: { value: d } });
      await user.clear(count);
      await user.type(count, n!);
      await user.click(screen.getByRole('button', { name: 'Save the count' }));
      await screen.findByText(new RegExp(`^Saved: Facebook, ${shown} fans`));
    }
    await screen.findByText('Facebook: 1,450 → 4,400 fans (×3) from March 1, 2023 to March 1, 2026');
    expect(screen.getByTestId('followers-chart').querySelectorAll('circle')).toHaveLength(2);
  });

  it('rejects a bad import file with the list of problems and changes nothing', async () => {
    const user = userEvent.setup();
    await logByHand(db, { platform: 'facebook' });
    const before = await db.posts.toArray();
    renderLog();
    const bad = JSON.stringify({ format: LOG_FORMAT, version: 1, posts: [{ id: 'x', platform: 'tiktok' }] });
    await user.upload(await screen.findByLabelText('Import from a file'), new File([bad], 'log.json', { type: 'application/json' }));
    const alert = await screen.findByTestId('import-problems');
    expect(alert.textContent).toContain('The file was not imported and the log is unchanged.');
    expect(alert.textContent).toContain('Post 1: “tiktok” is not a network: use facebook or instagram.');
    expect(alert.textContent).toContain('Post 1: the field “day” is missing.');
    expect(await db.posts.toArray()).toEqual(before);
  });

  it('imports a colleague’s log and says what it added', async () => {
    const user = userEvent.setup();
    const theirs = exportJson(
      [{ id: 'p1', platform: 'instagram', kind: 'post', publishedAt: Date.now() - 3_600_000, day: dayKey(Date.now() - 3_600_000), source: 'manual', excerpt: 'Jarmark', updatedAt: Date.now() - 3_600_000 }],
      [],
      Date.now(),
    );
    renderLog();
    await user.upload(await screen.findByLabelText('Import from a file'), new File([theirs], 'log.json'));
    expect((await screen.findByTestId('import-result')).textContent).toBe('Import done. New: 1, updated: 0, already in the log: 0, fan counts: 0.');
    expect(await db.posts.get('p1')).toMatchObject({ source: 'manual' }); // the file's source is kept
    expect(sent).toContainEqual(expect.objectContaining({ type: 'log:changed' }));
  });

  it('exports CSV for Excel (BOM, semicolons) as a download', async () => {
    const user = userEvent.setup();
    await logByHand(db, { platform: 'facebook', note: 'Žluťoučký kůň' });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderLog();
    await user.click(await screen.findByRole('button', { name: 'Download CSV (Excel)' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    // ignoreBOM: keep the BOM in the decoded text, to see that it is there.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    expect(text.startsWith('\uFEFF"id";"day";')).toBe(true);
    expect(text).toContain('"Žluťoučký kůň"');
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(`town-crier-log-${today()}.csv`);
  });

  it('speaks Czech with the right plural forms', async () => {
    for (let i = 0; i < 2; i++) await logByHand(db, { platform: 'facebook' });
    renderLog('cs', { ...settings, language: 'cs' });
    await screen.findByText('Dnes 2 příspěvky, denní cíl 1–3.', { exact: false });
    expect(screen.getByRole('button', { name: '+1 příběh' })).toBeTruthy();
    await waitFor(() => expect(todayCell().getAttribute('aria-label')).toMatch(/: 2 příspěvky \(v cíli\)$/));
  });
});

describe('header summary', () => {
  it('per network: "FB 1 · IG 0 / 1–3", under target until both have a post', async () => {
    await logByHand(db, { platform: 'facebook' });
    const s: Settings = { ...settings, targetMode: 'perPlatform' };
    render(
      <I18nProvider lang="en">
        <TodaySummary settings={s} />
      </I18nProvider>,
    );
    const p = await screen.findByTestId('today-summary');
    await waitFor(() => expect(p.textContent).toContain('FB 1 · IG 0 / 1–3'));
    expect(p.className).toContain('today--under');
    expect(p.textContent).toContain('Facebook 1, Instagram 0, target 1–3 on each network');
    await logByHand(db, { platform: 'instagram' });
    await waitFor(() => expect(p.className).toContain('today--within'));
  });

  it('rolls over to the new day at local midnight while the panel stays open', async () => {
    // shouldAdvanceTime: fake-indexeddb schedules its work with setTimeout(0) under happy-dom.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-03-28T23:59:30+01:00'));
    await logByHand(db, { platform: 'facebook' });
    render(
      <I18nProvider lang="en">
        <TodaySummary settings={settings} />
      </I18nProvider>,
    );
    const p = await screen.findByTestId('today-summary');
    await waitFor(() => expect(p.textContent).toContain('1 / 1–3'));
    await act(async () => {
      vi.advanceTimersByTime(31_000);
    });
    await waitFor(() => expect(p.textContent).toContain('0 / 1–3'));
    expect(dayKey()).toBe('2026-03-29');
  });
});
