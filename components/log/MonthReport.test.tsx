import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import type { ExportFile } from '@/utils/files/exportFile';
import { addPost } from '@/utils/log/store';
import { setTimeZone } from '@/utils/log/testing';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { MonthReport } from './MonthReport';

const downloads: ExportFile[] = [];
vi.mock('@/components/ui/download', () => ({ downloadFile: (f: ExportFile) => downloads.push(f) }));

const restoreTz = setTimeZone('Europe/Prague');
afterAll(restoreTz);

const settings: Settings = { ...DEFAULT_SETTINGS, language: 'cs', targetMin: 1, targetMax: 3, weekendsCount: true };
const TODAY = '2026-11-20';

async function post(day: string, time: string, platform: 'facebook' | 'instagram', kind: 'post' | 'story' = 'post', excerpt = 'Jarmark') {
  await addPost(db, { platform, kind, publishedAt: new Date(`${day}T${time}:00`).getTime(), source: 'manual', excerpt });
}

function renderReport() {
  return render(
    <I18nProvider lang="cs">
      <MonthReport settings={settings} today={TODAY} />
    </I18nProvider>,
  );
}

beforeEach(async () => {
  downloads.length = 0;
  await Promise.all([db.posts.clear(), db.postDays.clear(), db.followers.clear()]);
  // The log begins on 11 November: the month has 10 days of history up to the 20th.
  await post('2026-11-11', '08:00', 'facebook');
  await post('2026-11-12', '09:00', 'facebook');
  await post('2026-11-12', '17:05', 'instagram', 'story', 'Příběh z jarmarku');
  await post('2026-11-13', '10:00', 'facebook');
  await post('2026-11-16', '10:00', 'facebook');
  await db.followers.bulkPut([
    { id: 'facebook:2026-11-11', day: '2026-11-11', count: 2000, platform: 'facebook' },
    { id: 'facebook:2026-11-19', day: '2026-11-19', count: 2050, platform: 'facebook' },
  ]);
});

describe('Monthly report', () => {
  it('shows the figures, averaged over the days the log exists (not the whole month)', async () => {
    renderReport();
    expect((await screen.findByTestId('report-month')).textContent).toBe('listopad 2026');
    await waitFor(() => expect(screen.getByTestId('report-total').textContent).toBe('5 (Facebook 4 · Instagram 1)'));
    // 5 posts over 10 days of records = 0.5, not 5 / 30.
    expect(screen.getByTestId('report-average').textContent).toBe('0,5 (za 10 dní záznamů)');
    expect(screen.getByTestId('report-met').textContent).toBe('4 z 10 dní');
    expect(screen.getByTestId('report-streak').textContent).toBe('3 dny');
    expect(screen.getByTestId('report-stories').textContent).toBe('1');
    expect(screen.getByTestId('report-fans').textContent).toBe('+2,5 %');
  });

  it('draws the chart with a text description and the same numbers as a table', async () => {
    renderReport();
    const svg = await screen.findByTestId('report-bars');
    expect(svg.getAttribute('role')).toBe('img');
    const desc = svg.querySelector('desc')!.textContent!;
    expect(desc).toContain('Facebook 4');
    expect(desc).toContain('Instagram 1');
    const table = screen.getByTestId('report-table');
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!.querySelector('td')!.textContent;
    expect(row('Facebook')).toBe('4');
    expect(row('Instagram')).toBe('1');
    // The longest bar is the biggest number.
    const width = (key: string) => Number(svg.querySelector(`[data-key="${key}"] rect`)!.getAttribute('width'));
    expect(width('facebook')).toBeGreaterThan(width('instagram'));
    expect(width('post')).toBeGreaterThan(width('story'));
  });

  it('shows the month as a calendar: every day once, labelled; days outside the records do not count as misses', async () => {
    renderReport();
    const cal = await screen.findByTestId('report-calendar');
    const cells = [...cal.querySelectorAll<HTMLElement>('[data-day]')];
    expect(cells.map((c) => c.dataset.day)).toEqual(Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`));
    const cell = (d: string) => cells.find((c) => c.dataset.day === d)!;
    expect(cell('2026-11-12').getAttribute('aria-label')).toMatch(/2 příspěvky/);
    expect(cell('2026-11-12').className).toContain('heat--within');
    expect(cell('2026-11-14').className).toContain('heat--none');
    expect(cell('2026-11-10').className).toContain('heat--outside');
    expect(cell('2026-11-25').getAttribute('aria-label')).toMatch(/nepočítá se/);
    // 1 November 2026 is a Sunday: the first row has six empty cells before it.
    const firstRow = cal.querySelector('tbody tr')!;
    expect([...firstRow.querySelectorAll('td')].findIndex((td) => td.querySelector('[data-day]'))).toBe(6);
  });

  it('exports the days and the posts as CSV for Czech Excel; ids only when ticked', async () => {
    renderReport();
    await waitFor(() => expect(screen.getByTestId('report-total').textContent).toMatch(/^5/));
    await userEvent.click(screen.getByTestId('report-csv-days'));
    expect(downloads[0]!.fileName).toBe('hlasna-trouba-prehled-2026-11.csv');
    expect(downloads[0]!.text).toContain('"12.11.2026";"2";"1";"1";"1";"ano"');

    await userEvent.click(screen.getByTestId('report-csv-posts'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const lines = downloads[1]!.text.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('"Datum";"Čas";"Síť";"Druh";"Text"');
    expect(lines).toContain('"12.11.2026";"17:05";"Instagram";"příběh";"Příběh z jarmarku"');
    const ids = (await db.posts.toArray()).map((p) => p.id);
    expect(ids.some((id) => downloads[1]!.text.includes(id))).toBe(false);

    await userEvent.click(screen.getByLabelText('s interními ID'));
    await userEvent.click(screen.getByTestId('report-csv-posts'));
    await waitFor(() => expect(downloads).toHaveLength(3));
    expect(ids.every((id) => downloads[2]!.text.includes(id))).toBe(true);
  });

  it('goes back a month (no records there: said so, nothing to export) and not past the current month', async () => {
    renderReport();
    const next = await screen.findByRole('button', { name: 'Další měsíc' });
    expect((next as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Předchozí měsíc' }));
    expect(screen.getByTestId('report-month').textContent).toBe('říjen 2026');
    expect(await screen.findByTestId('report-empty')).toBeTruthy();
    expect((screen.getByTestId('report-csv-days') as HTMLButtonElement).disabled).toBe(true);
  });
});
