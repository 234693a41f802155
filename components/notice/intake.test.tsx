import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetUiStore, useUiStore } from '@/components/app/store';
import { I18nProvider } from '@/components/ui/i18n';
import { makePendingNotice, type PendingNotice } from '@/utils/notice/pending';
import { getPendingNotice, setPendingNotice } from '@/utils/notice/store';
import { PasteNotice } from './PasteNotice';
import { NoticeIntakeBanner } from './NoticeIntakeBanner';
import { useNoticeIntake } from './intake';

beforeEach(() => resetUiStore());

const NOTICE = 'Oznámení o přerušení dodávky elektřiny dne 12. 3. 2030 v ulici Havlíčkova.';
const pending = (text = NOTICE, at = 5): PendingNotice => makePendingNotice(text, 'contextMenu', at)!;

/** The part of the panel that takes notices: the hook and the banner above the Compose tab. */
function Panel() {
  useNoticeIntake();
  return <NoticeIntakeBanner />;
}
const showPanel = () => render(<I18nProvider lang="en"><Panel /></I18nProvider>);
const compose = () => useUiStore.getState().compose;

describe('a notice from the context menu', () => {
  it('waiting when the panel opens goes into the empty Compose tab, is cleared from storage, and says where it came from', async () => {
    useUiStore.getState().setTab('log');
    await setPendingNotice(pending());
    showPanel();
    expect((await screen.findByTestId('notice-intake')).textContent).toContain('Notice from the context menu ✓');
    expect(screen.getByTestId('notice-intake').textContent).toContain('joins the lines');
    expect(compose().notice).toBe(NOTICE);
    expect(useUiStore.getState().tab).toBe('compose');
    await vi.waitFor(async () => expect(await getPendingNotice()).toBeNull());
  });

  it('arriving while the panel is open and empty is taken at once', async () => {
    showPanel();
    await act(() => setPendingNotice(pending()));
    await screen.findByText(/Notice from the context menu/);
    expect(compose().notice).toBe(NOTICE);
  });

  it('never replaces a started post without asking; "Use" replaces it and Undo brings it back', async () => {
    useUiStore.getState().setCompose({ notice: 'Moje rozepsané oznámení', edits: { place: 'Náměstí' } });
    const mine = compose();
    showPanel();
    await act(() => setPendingNotice(pending()));
    await screen.findByText('A new notice arrived from the context menu.');
    // Nothing replaced yet, and the notice waits in storage (a closed panel asks again next time).
    expect(compose()).toEqual(mine);
    expect(await getPendingNotice()).not.toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Use the new notice' }));
    expect(compose().notice).toBe(NOTICE);
    expect(compose().edits).toEqual({});
    await vi.waitFor(async () => expect(await getPendingNotice()).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Bring my text back' }));
    expect(compose()).toEqual(mine);
    expect(screen.queryByTestId('notice-intake')).toBeNull();
  });

  it('"Keep my text" keeps the post and forgets the new notice', async () => {
    useUiStore.getState().setCompose({ finalText: 'Ručně psaný příspěvek' });
    showPanel();
    await act(() => setPendingNotice(pending()));
    await userEvent.click(await screen.findByRole('button', { name: 'Keep my text' }));
    expect(compose().finalText).toBe('Ručně psaný příspěvek');
    expect(compose().notice).toBe('');
    await vi.waitFor(async () => expect(await getPendingNotice()).toBeNull());
  });

  it('says when a huge selection was cut', async () => {
    showPanel();
    await act(() => setPendingNotice(makePendingNotice('x'.repeat(200_000), 'contextMenu', 9)!));
    expect((await screen.findByTestId('notice-intake')).textContent).toContain('the first 100,000 characters were kept');
  });
});

describe('the popup paste box', () => {
  const showPopup = () => render(<I18nProvider lang="cs"><PasteNotice /></I18nProvider>);

  it('stores what was pasted as the pending notice and says where to go', async () => {
    showPopup();
    await userEvent.type(screen.getByLabelText('Úřední oznámení'), 'Uzavírka silnice{enter}od pondělí');
    await userEvent.click(screen.getByRole('button', { name: 'Přepsat pro Facebook' }));
    expect((await screen.findByRole('status')).textContent).toContain('Uloženo ✓');
    expect(await getPendingNotice()).toMatchObject({ text: 'Uzavírka silnice\nod pondělí', source: 'popup' });
    expect((screen.getByLabelText('Úřední oznámení') as HTMLTextAreaElement).value).toBe('');
  });

  it('refuses an empty box with a message', async () => {
    showPopup();
    await userEvent.click(screen.getByRole('button', { name: 'Přepsat pro Facebook' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nejdřív vložte text oznámení.');
    expect(await getPendingNotice()).toBeNull();
  });

  it('keeps the text when saving fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<I18nProvider lang="en"><PasteNotice save={() => Promise.reject(new Error('quota'))} /></I18nProvider>);
    await userEvent.type(screen.getByLabelText('Official notice'), 'Text');
    await userEvent.click(screen.getByRole('button', { name: 'Rewrite for Facebook' }));
    expect((await screen.findByRole('alert')).textContent).toContain('still in the box');
    expect((screen.getByLabelText('Official notice') as HTMLTextAreaElement).value).toBe('Text');
    expect(error).toHaveBeenCalled();
  });
});
