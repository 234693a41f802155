import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/ui/i18n';
import { starterHashtagSets, starterTags } from '@/utils/checklist/starter';
import { db } from '@/utils/db/db';
import { logByHand, noteFollowers } from '@/utils/log/store';
import { getWelcome, setWelcome } from '@/utils/onboarding/store';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { getSettings, updateSettings } from '@/utils/settings/store';
import { builtinTemplate } from '@/utils/templates/builtins';
import { createTemplate, syncBuiltinTemplates } from '@/utils/templates/repo';
import type { ExportFile } from '@/utils/files/exportFile';
import { browserDeleteDeps, DeleteEverything } from './DeleteEverything';

beforeEach(async () => {
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
  });
  await db.hashtagSets.bulkAdd(starterHashtagSets(1));
  await db.tags.bulkAdd(starterTags(1));
  await syncBuiltinTemplates(db);
  await createTemplate(db, { ...builtinTemplate('cs', 'event'), name: 'Moje akce' });
  await createTemplate(db, { ...builtinTemplate('cs', 'general'), name: 'Moje obecná' });
  for (let i = 0; i < 5; i++) await logByHand(db, { platform: 'facebook' });
  await noteFollowers(db, { platform: 'facebook', day: '2026-11-20', count: 4400 });
  await updateSettings({ townName: 'Zábřeh', targetMin: 2 });
  await setWelcome({ shownAt: 7, completedAt: 8, step: 'finish' });
});

function show(settings: Partial<Settings> = { townName: 'Zábřeh' }, lang: 'cs' | 'en' = 'cs') {
  const saved: ExportFile[] = [];
  render(
    <I18nProvider lang={lang}>
      <DeleteEverything settings={{ ...DEFAULT_SETTINGS, ...settings }} save={(f) => saved.push(f)} />
    </I18nProvider>,
  );
  return saved;
}

describe('Delete everything', () => {
  it('names what will be lost, with counts, and offers the exports first', async () => {
    const saved = show();
    await userEvent.click(screen.getByRole('button', { name: 'Smazat vše…' }));
    const confirm = await screen.findByTestId('delete-confirm');
    expect(document.activeElement?.textContent).toBe('Opravdu smazat všechno?');
    const items = (await within(confirm).findByTestId('delete-counts')).querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      '2 vlastní šablony',
      '4 sady hashtagů',
      '3 partneři',
      '5 příspěvků v deníku',
      '1 zapsaný počet fanoušků',
      'nastavení pro Zábřeh (denní cíl, připomínka, hashtagy)',
      'vše rozpracované: oznámení poslané z kontextové nabídky a otázky „Zveřejněno?“',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Exportovat deník (JSON)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Exportovat moje šablony' }));
    await userEvent.click(screen.getByRole('button', { name: 'Exportovat hashtagy a partnery' }));
    await waitFor(() => expect(saved.map((f) => f.fileName.replace(/\d{4}-\d\d-\d\d/, 'DATE'))).toEqual([
      'hlasna-trouba-denik-DATE.json',
      'hlasna-trouba-sablony-DATE.json',
      'hlasna-trouba-hashtagy-partneri-DATE.json',
    ]));
    expect(JSON.parse(saved[0]!.text).posts).toHaveLength(5);
    // Exporting deleted nothing.
    expect(await db.posts.count()).toBe(5);
  });

  it('Cancel deletes nothing and gives the focus back', async () => {
    show({}, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Do not delete' }));
    expect(document.activeElement?.textContent).toBe('Delete everything…');
    expect(await db.posts.count()).toBe(5);
  });

  it('deleting leaves empty tables and default settings, and says what now', async () => {
    const badge = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: { count: 0, state: 'under' } });
    show({}, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, delete everything' }));
    expect((await screen.findByTestId('delete-done')).textContent).toContain('Everything is deleted.');
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getWelcome()).toEqual({ shownAt: 7, completedAt: null, step: 'language' });
    expect(badge).toHaveBeenCalledWith(expect.objectContaining({ to: 'background', type: 'log:changed' }));
    expect(screen.getByRole('button', { name: 'Open the setup guide' })).toBeTruthy();
  });

  it('a failure says so and keeps the button', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nProvider lang="en">
        <DeleteEverything settings={DEFAULT_SETTINGS} deps={() => ({ ...browserDeleteDeps(), clearLocal: () => Promise.reject(new Error('storage')) })} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, delete everything' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Deleting did not finish');
    expect(screen.getByRole('button', { name: 'Delete everything…' })).toBeTruthy();
    expect(error).toHaveBeenCalled();
  });
});
