import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetUiStore, useUiStore } from '@/components/app/store';
import { I18nProvider } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { HashtagSetsEditor } from './HashtagSetsEditor';
import { TagDirectory } from './TagDirectory';
import { TransferSection } from './TransferSection';

beforeEach(async () => {
  resetUiStore();
  await db.open();
  await db.transaction('rw', db.hashtagSets, db.tags, async () => {
    await Promise.all([db.hashtagSets.clear(), db.tags.clear()]);
    await db.hashtagSets.bulkAdd([
      { id: 'mesto', name: 'Město', hashtags: ['#Zábřeh'], requiredOn: ['facebook'], order: 0, updatedAt: 1, starter: true },
      { id: 'kultura', name: 'Kultura', hashtags: ['#KulturaZábřeh'], requiredOn: [], order: 1, updatedAt: 1 },
    ]);
    await db.tags.add({ id: 'p', name: 'Policie ČR', category: 'police', facebook: 'Policie ČR', instagram: 'policiecz', updatedAt: 1 });
  });
});

const en = (ui: React.ReactNode) => render(<I18nProvider lang="en">{ui}</I18nProvider>);
const sets = () => db.hashtagSets.orderBy('order').toArray();

describe('hashtag sets', () => {
  function renderSets() {
    const onAdd = vi.fn((next: string) => useUiStore.getState().applyChecklistFix(next, { key: 'hashtags_added', params: { name: 'x' } }));
    en(<HashtagSetsEditor draft={useUiStore.getState().draft} settings={DEFAULT_SETTINGS} onAddToDraft={onAdd} />);
    return onAdd;
  }

  it('lists the sets from the database, marks examples and required platforms', async () => {
    renderSets();
    const rows = await screen.findAllByTestId('hashtag-set');
    expect(rows.map((r) => r.querySelector('strong')?.textContent)).toEqual(['Město', 'Kultura']);
    expect(rows[0]!.textContent).toContain('example');
    expect(rows[0]!.textContent).toContain('required: Facebook');
  });

  it('adds a set; bad hashtags get a clear message and nothing is saved', async () => {
    const user = userEvent.setup();
    renderSets();
    await user.click(await screen.findByRole('button', { name: 'New hashtag set' }));
    await user.type(screen.getByLabelText('Set name'), 'Sport');
    await user.type(screen.getByLabelText('Hashtags'), '#SportZábřeh, #2026');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('“#2026” is not a valid hashtag');
    expect(await db.hashtagSets.count()).toBe(2);

    await user.clear(screen.getByLabelText('Hashtags'));
    await user.type(screen.getByLabelText('Hashtags'), 'SportZábřeh HokejZábřeh');
    await user.click(screen.getByRole('checkbox', { name: 'Instagram' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await sets()).map((s) => s.name)).toEqual(['Město', 'Kultura', 'Sport']));
    expect((await sets())[2]).toMatchObject({ hashtags: ['#SportZábřeh', '#HokejZábřeh'], requiredOn: ['instagram'] });
    // The list follows the database (live query), which may re-render a moment later.
    await waitFor(() => expect(screen.getAllByTestId('hashtag-set')).toHaveLength(3));
  });

  it('edits a set (the example mark goes), deletes and undoes the delete', async () => {
    const user = userEvent.setup();
    renderSets();
    await user.click(await screen.findByRole('button', { name: 'Edit: Město' }));
    const tags = screen.getByLabelText('Hashtags');
    await user.clear(tags);
    await user.type(tags, '#Zábřeh #MěstoZábřeh');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.hashtagSets.get('mesto'))?.hashtags).toEqual(['#Zábřeh', '#MěstoZábřeh']));
    expect((await db.hashtagSets.get('mesto'))?.starter).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Delete: Kultura' }));
    await waitFor(async () => expect(await db.hashtagSets.get('kultura')).toBeUndefined());
    expect(screen.getByText('The set “Kultura” was deleted.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.hashtagSets.get('kultura'))?.name).toBe('Kultura'));
  });

  it('moves a set down with a labelled button', async () => {
    const user = userEvent.setup();
    renderSets();
    await user.click(await screen.findByRole('button', { name: 'Move down: Město' }));
    await waitFor(async () => expect((await sets()).map((s) => s.name)).toEqual(['Kultura', 'Město']));
  });

  it('"Add to the post" adds the set’s hashtags to the draft (undoable)', async () => {
    const user = userEvent.setup();
    useUiStore.getState().setDraft('Koncert v sobotu.');
    const onAdd = renderSets();
    const row = (await screen.findAllByTestId('hashtag-set'))[1]!;
    await user.click(within(row).getByRole('button', { name: 'Add to the post' }));
    expect(onAdd).toHaveBeenCalledOnce();
    expect(useUiStore.getState().draft).toBe('Koncert v sobotu.\n\n#KulturaZábřeh');
    useUiStore.getState().undoChecklistFix();
    expect(useUiStore.getState().draft).toBe('Koncert v sobotu.');
  });
});

describe('partner directory', () => {
  it('adds a partner; a bad Instagram handle is explained and not saved', async () => {
    const user = userEvent.setup();
    en(<TagDirectory />);
    await user.click(screen.getByText('Partners to tag'));
    await user.click(await screen.findByRole('button', { name: 'New partner' }));
    await user.type(screen.getByLabelText('Name'), 'TJ Sokol Zábřeh');
    await user.selectOptions(screen.getByLabelText('Category'), 'sports');
    await user.type(screen.getByLabelText('Instagram handle'), 'sokol zábřeh');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('is not an Instagram handle');
    expect(await db.tags.count()).toBe(1);
    await user.clear(screen.getByLabelText('Instagram handle'));
    await user.type(screen.getByLabelText('Instagram handle'), '@sokol_zabreh');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.tags.where('name').equals('TJ Sokol Zábřeh').first()).toMatchObject({ category: 'sports', instagram: 'sokol_zabreh' }));
    await waitFor(() => expect(screen.getAllByTestId('tag-partner')).toHaveLength(2));
    const rows = screen.getAllByTestId('tag-partner');
    expect(rows.map((r) => r.querySelector('strong')?.textContent)).toEqual(['Policie ČR', 'TJ Sokol Zábřeh']);
    expect(rows[1]!.textContent).toContain('sports club');
    expect(rows[1]!.textContent).toContain('Facebook: not set');
  });
});

describe('backup and sharing', () => {
  const upload = async (user: ReturnType<typeof userEvent.setup>, content: string, name = 'zaloha.json') =>
    user.upload(screen.getByTestId('import-file') as HTMLInputElement, new File([content], name, { type: 'application/json' }));

  it('a broken file lists its problems and changes nothing', async () => {
    const user = userEvent.setup({ applyAccept: false });
    en(<TransferSection />);
    const before = { sets: await sets(), tags: await db.tags.toArray() };
    await upload(user, JSON.stringify({ format: 'town-crier/checklist', version: 1, hashtagSets: [{ name: 'X', hashtags: ['#2026'] }], tags: [{ name: '', category: 'police' }] }));
    const box = await screen.findByTestId('import-problems');
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain('“zaloha.json” cannot be loaded; nothing was changed');
    expect(box.textContent).toContain('Set 1 (“X”): “#2026” is not a valid hashtag');
    expect(box.textContent).toContain('Partner 1 (“—”): Give the partner a name.');
    await upload(user, 'not json at all');
    // The box from the first file is still there until the second one is read.
    await waitFor(() => expect(screen.getByTestId('import-problems').textContent).toContain('The file is damaged'));
    expect(await sets()).toEqual(before.sets);
    expect(await db.tags.toArray()).toEqual(before.tags);
  });

  it('a good file shows what will happen, then merges', async () => {
    const user = userEvent.setup({ applyAccept: false });
    en(<TransferSection />);
    await upload(
      user,
      JSON.stringify({
        format: 'town-crier/checklist',
        version: 1,
        hashtagSets: [{ name: 'kultura', hashtags: ['#Divadlo'] }, { name: 'Advent', hashtags: ['#Advent'] }],
        tags: [{ name: 'HZS', category: 'firefighters' }],
      }),
    );
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('hashtag sets: 2, partners: 1');
    expect(preview.textContent).toContain('new: 2, replaced (same name): 1');
    expect(await db.hashtagSets.count()).toBe(2); // nothing written before the admin confirms
    await user.click(within(preview).getByRole('button', { name: 'Add to mine' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Loaded – hashtag sets: 2, partners: 1.'));
    expect((await sets()).map((s) => `${s.name}:${s.hashtags.join()}`)).toEqual(['Město:#Zábřeh', 'kultura:#Divadlo', 'Advent:#Advent']);
    expect(await db.tags.count()).toBe(2);
  });

  it('exports what is in the database as a JSON download', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:x';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    en(<TransferSection />);
    await user.click(screen.getByRole('button', { name: 'Download to a file' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const json = JSON.parse(await created[0]!.text());
    expect(json).toMatchObject({ format: 'town-crier/checklist', version: 1, hashtagSets: [{ name: 'Město' }, { name: 'Kultura' }], tags: [{ name: 'Policie ČR', instagram: 'policiecz' }] });
    vi.unstubAllGlobals();
  });
});
