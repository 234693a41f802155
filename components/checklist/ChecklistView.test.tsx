import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetUiStore, useUiStore } from '@/components/app/store';
import { I18nProvider } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { ChecklistSummary } from './ChecklistSummary';
import { ChecklistView } from './ChecklistView';
import { ChecklistProvider } from './useChecklist';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, townName: 'Zábřeh', defaultHashtags: ['#Zábřeh'] };

beforeEach(async () => {
  resetUiStore();
  await db.open();
  await db.transaction('rw', db.hashtagSets, db.tags, db.templates, async () => {
    await Promise.all([db.hashtagSets.clear(), db.tags.clear(), db.templates.clear()]);
    await db.hashtagSets.add({ id: 'kultura', name: 'Kultura', hashtags: ['#KulturaZábřeh'], requiredOn: [], order: 0, updatedAt: 1 });
    await db.tags.add({ id: 'p', name: 'Policie ČR', category: 'police', facebook: 'Policie ČR', instagram: 'policiecz', updatedAt: 1 });
  });
});

function renderView(settings = SETTINGS, save = vi.fn(async (p: Partial<Settings>) => ({ ...settings, ...p }))) {
  const utils = render(
    <I18nProvider lang="en">
      <ChecklistProvider settings={settings} enabled>
        <ChecklistView settings={settings} save={save} />
      </ChecklistProvider>
    </I18nProvider>,
  );
  return { ...utils, save };
}
const draftBox = () => screen.getByLabelText('Post text (draft)') as HTMLTextAreaElement;
const item = (id: string) => screen.getByTestId(`check-${id}`);
const setDraft = (text: string) => fireEvent.change(draftBox(), { target: { value: text } });

describe('live checks', () => {
  it('update as the draft changes', async () => {
    const user = userEvent.setup();
    renderView();
    expect(await screen.findByText(/Nothing to check yet/)).toBeTruthy();
    await user.type(draftBox(), 'Trh dnes');
    await waitFor(() => expect(item('hashtags.required').dataset.status).toBe('fail'));
    await user.type(draftBox(), ' #Zábřeh');
    await waitFor(() => expect(item('hashtags.required').dataset.status).toBe('pass'));
    expect(useUiStore.getState().draft).toBe('Trh dnes #Zábřeh');
  });

  it('also follow the store (the Compose tab or another fix changes the draft)', async () => {
    renderView();
    act(() => useUiStore.getState().setDraft('Ve středu 12. 3. 2026 bude trh.'));
    await waitFor(() => expect(item('when.weekday').dataset.status).toBe('fail'));
    act(() => useUiStore.getState().setPlatform('instagram'));
    await waitFor(() => expect(screen.getByTestId('check-ig.length')).toBeTruthy());
    expect(screen.queryByTestId('check-fb.length')).toBeNull();
  });

  it('explains each item in the admin’s language, with status in words for screen readers', async () => {
    render(
      <I18nProvider lang="cs">
        <ChecklistProvider settings={SETTINGS} enabled>
          <ChecklistView settings={SETTINGS} />
        </ChecklistProvider>
      </I18nProvider>,
    );
    act(() => useUiStore.getState().setDraft('Trh'));
    const row = await screen.findByTestId('check-hashtags.required');
    expect(row.textContent).toContain('Chyba: Chybí povinný hashtag: #Zábřeh');
    expect(within(row).getByRole('button').textContent).toBe('Přidat #Zábřeh');
  });
});

describe('one-click fixes', () => {
  it('change the draft as promised, and can be undone', async () => {
    const user = userEvent.setup();
    renderView();
    setDraft('Dnes je trh na náměstí.');
    const fix = await within(await screen.findByTestId('check-hashtags.required')).findByRole('button', { name: 'Add #Zábřeh' });
    await user.click(fix);
    expect(draftBox().value).toBe('Dnes je trh na náměstí.\n\n#Zábřeh');
    await waitFor(() => expect(item('hashtags.required').dataset.status).toBe('pass'));
    // Focus lands on Undo, so a keyboard user can take it back at once.
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByText(/Done: Add #Zábřeh/)).toBeTruthy();
    await user.click(undo);
    expect(draftBox().value).toBe('Dnes je trh na náměstí.');
    await waitFor(() => expect(item('hashtags.required').dataset.status).toBe('fail'));
  });

  it('several fixes undo one by one', async () => {
    const user = userEvent.setup();
    renderView();
    const start = '#zabreh Dnes je trh.';
    setDraft(start);
    await user.click(await within(await screen.findByTestId('check-hashtags.camelCase')).findByRole('button'));
    expect(draftBox().value).toBe('#Zabreh Dnes je trh.');
    await user.click(await within(item('hashtags.atEnd')).findByRole('button'));
    expect(draftBox().value).toBe('Dnes je trh.\n\n#Zabreh');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(draftBox().value).toBe('#Zabreh Dnes je trh.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(draftBox().value).toBe(start);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('undo is not offered once the admin typed after the fix (nothing typed is lost)', async () => {
    const user = userEvent.setup();
    renderView();
    setDraft('Trh');
    await user.click(await within(await screen.findByTestId('check-hashtags.required')).findByRole('button'));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    await user.type(draftBox(), ' a víc');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    useUiStore.getState().undoChecklistFix();
    expect(useUiStore.getState().draft).toBe('Trh\n\n#Zábřeh a víc');
  });

  it('a choice fix tags the partner the admin picks', async () => {
    const user = userEvent.setup();
    useUiStore.setState({ platform: 'instagram', draftKind: 'police-appeal' });
    renderView();
    setDraft('Pátráme po ztraceném psovi.');
    const row = await screen.findByTestId('check-tags.police');
    await user.click(within(row).getByRole('button', { name: 'Add the tag…' }));
    const option = within(row).getByRole('checkbox', { name: '@policiecz (Policie ČR)' }) as HTMLInputElement;
    expect(option.checked).toBe(true); // the only candidate is preselected
    await user.click(within(row).getByRole('button', { name: 'Apply' }));
    expect(draftBox().value).toBe('Pátráme po ztraceném psovi.\n\n@policiecz');
    await waitFor(() => expect(item('tags.police').dataset.status).toBe('pass'));
  });

  it('shortening for Instagram drops only what the admin marks, and says when it is enough', async () => {
    const user = userEvent.setup();
    useUiStore.setState({ platform: 'instagram' });
    renderView();
    const keep = 'Zítra je trh na náměstí.';
    const long = 'Dlouhé vysvětlení. '.repeat(130).trim();
    setDraft(`${keep}\n\n${long}\n\n#Zábřeh`);
    const row = await screen.findByTestId('check-ig.length');
    expect(row.dataset.status).toBe('fail');
    await user.click(within(row).getByRole('button', { name: /Drop the parts you mark/ }));
    const apply = within(row).getByRole('button', { name: 'Apply' });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(row).getByRole('checkbox', { name: /^Dlouhé vysvětlení/ }));
    expect(within(row).getByRole('status').textContent).toContain('✓');
    await user.click(apply);
    expect(draftBox().value).toBe(`${keep}\n\n#Zábřeh`);
    await waitFor(() => expect(item('ig.length').dataset.status).toBe('pass'));
  });

  it('reminders are ticked by the admin and cleared for the next post', async () => {
    const user = userEvent.setup();
    renderView();
    setDraft('Trh #Zábřeh');
    const row = await screen.findByTestId('check-remind.photoAlt');
    expect(row.dataset.status).toBe('warn');
    await user.click(within(row).getByRole('checkbox', { name: 'Done' }));
    await waitFor(() => expect(item('remind.photoAlt').dataset.status).toBe('pass'));
    act(() => useUiStore.getState().setDraft(''));
    act(() => useUiStore.getState().setDraft('Další příspěvek'));
    await waitFor(() => expect(item('remind.photoAlt').dataset.status).toBe('warn'));
  });
});

describe('the composer’s text', () => {
  it('can be checked instead of the draft; fixes stay with the draft', async () => {
    const user = userEvent.setup();
    renderView();
    setDraft('Koncept #Zábřeh');
    expect(screen.queryByRole('radio', { name: /composer/ })).toBeNull(); // unknown: not offered
    act(() => useUiStore.getState().setComposerText('Co je v editoru'));
    await user.click(await screen.findByRole('radio', { name: /Facebook’s composer/ }));
    expect((screen.getByLabelText('Text in Facebook’s composer') as HTMLTextAreaElement).value).toBe('Co je v editoru');
    expect(screen.getByText(/Checking the text in Facebook’s composer/)).toBeTruthy();
    await waitFor(() => expect(item('hashtags.required').dataset.status).toBe('fail'));
    expect(within(item('hashtags.required')).queryByRole('button')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Take into the draft' }));
    expect(useUiStore.getState().draft).toBe('Co je v editoru');
    expect(draftBox().value).toBe('Co je v editoru');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useUiStore.getState().draft).toBe('Koncept #Zábřeh');
  });

  it('falls back to the draft when the composer closes', async () => {
    renderView();
    act(() => {
      useUiStore.getState().setComposerText('Editor');
      useUiStore.getState().setChecklistSource('composer');
    });
    expect(await screen.findByLabelText('Text in Facebook’s composer')).toBeTruthy();
    act(() => useUiStore.getState().setComposerText(null));
    expect(await screen.findByLabelText('Post text (draft)')).toBeTruthy();
  });
});

describe('summary', () => {
  it('counts the items and is empty without text', async () => {
    render(
      <I18nProvider lang="en">
        <ChecklistProvider settings={SETTINGS} enabled>
          <ChecklistSummary />
        </ChecklistProvider>
      </I18nProvider>,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('checklist-summary')).toBeNull();
    act(() => useUiStore.getState().setDraft('Trh'));
    const summary = await screen.findByTestId('checklist-summary');
    expect(summary.textContent).toMatch(/^\d+ ✓ · \d+ ⚠ · 1 ✗/);
    expect(summary.dataset.fail).toBe('1');
    expect(summary.textContent).toContain('1 problem'); // words for screen readers
    act(() => useUiStore.getState().setDraft('Trh #Zábřeh'));
    await waitFor(() => expect(screen.getByTestId('checklist-summary').dataset.fail).toBe('0'));
  });
});

describe('checklist settings', () => {
  it('save each switch at once', async () => {
    const user = userEvent.setup();
    const { save } = renderView();
    await user.click(screen.getByText('Checklist settings'));
    await user.click(screen.getByRole('checkbox', { name: /Treat #Zábřeh and #Zabreh as the same/ }));
    expect(save).toHaveBeenCalledWith({ hashtagIgnoreDiacritics: false });
    const emoji = screen.getByLabelText('Most emoji in a post');
    await user.clear(emoji);
    await user.type(emoji, '3');
    expect(save).toHaveBeenLastCalledWith({ maxEmoji: 3 });
    await user.type(emoji, '000');
    expect(screen.getByText('Enter a whole number from 0 to 100.')).toBeTruthy();
    expect(save).not.toHaveBeenCalledWith({ maxEmoji: 3000 });
  });
});
