import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetUiStore, useUiStore } from '@/components/app/store';
import { I18nProvider } from '@/components/ui/i18n';
import { catalogueKeys } from '@/utils/i18n/i18n';
import { ComposerHint } from './ComposerHint';
import { Shortcuts } from './Shortcuts';
import { HELP, TabHelp } from './TabHelp';

beforeEach(() => resetUiStore());

const api = (shortcut = 'Alt+Shift+V') => ({
  getAll: vi.fn(async () => [
    { name: 'log-post', shortcut: 'Alt+Shift+L' },
    { name: '_execute_action', shortcut: 'Alt+Shift+H' },
    { name: 'insert-post', shortcut },
  ]),
});

describe('help per tab', () => {
  it('is a disclosure: closed, then the tab\'s how-it-works and the shortcuts', async () => {
    const shortcuts = api();
    render(
      <I18nProvider lang="en">
        <TabHelp tab="compose" shortcuts={<Shortcuts api={shortcuts} />} />
      </I18nProvider>,
    );
    const toggle = screen.getByRole('button', { name: 'How it works' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('tab-help').hidden).toBe(true);
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.hidden).toBe(false);
    expect(screen.getByText(/right-click it and choose “Rewrite for Facebook”/)).toBeTruthy();
    const rows = await screen.findAllByRole('term');
    expect(rows.map((r) => `${r.textContent} = ${r.nextElementSibling?.textContent}`)).toEqual([
      'Open the panel (on Facebook and Instagram) = Alt+Shift+H',
      'Insert the panel’s post into Facebook = Alt+Shift+V',
      'Log “+1 post” = Alt+Shift+L',
    ]);
  });

  it('has text for every tab in both languages', () => {
    for (const keys of Object.values(HELP)) for (const k of keys) for (const lang of ['cs', 'en'] as const) expect(catalogueKeys(lang)).toContain(k);
  });

  it('says when a shortcut has no keys, and opens the browser\'s shortcut settings', async () => {
    const openTab = vi.fn(async () => undefined);
    render(
      <I18nProvider lang="cs">
        <Shortcuts api={api('')} openTab={openTab} />
      </I18nProvider>,
    );
    expect((await screen.findByText('bez zkratky')).closest('dd')?.previousElementSibling?.textContent).toBe('Vložit příspěvek z panelu do Facebooku');
    await userEvent.click(screen.getByRole('button', { name: 'Změnit zkratky' }));
    expect(openTab).toHaveBeenCalledWith('chrome://extensions/shortcuts');
  });

  it("uses Firefox's own shortcut settings where the browser has them", async () => {
    const firefox = { ...api(), openShortcutSettings: vi.fn(async () => undefined) };
    const openTab = vi.fn();
    render(<I18nProvider lang="en"><Shortcuts api={firefox} openTab={openTab} /></I18nProvider>);
    await userEvent.click(await screen.findByRole('button', { name: 'Change shortcuts' }));
    expect(firefox.openShortcutSettings).toHaveBeenCalled();
    expect(openTab).not.toHaveBeenCalled();
  });
});

describe('the composer empty state', () => {
  it('explains what to do when the panel is not next to Facebook or Instagram, and disappears when it is', () => {
    const { rerender } = render(<I18nProvider lang="en"><ComposerHint /></I18nProvider>);
    expect(screen.getByTestId('composer-hint').textContent).toMatch(/not next to a Facebook or Instagram tab\. Copy works anywhere/);
    useUiStore.getState().setAttachedTab({ tabId: 3, platform: 'facebook', loads: 1 });
    rerender(<I18nProvider lang="en"><ComposerHint /></I18nProvider>);
    expect(screen.queryByTestId('composer-hint')).toBeNull();
  });
});
