import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/ui/i18n';
import { getSettings, updateSettings } from '@/utils/settings/store';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { SettingsView } from './SettingsView';

const renderView = (settings: Settings = { ...DEFAULT_SETTINGS }, save = updateSettings) =>
  render(
    <I18nProvider lang="en">
      <SettingsView settings={settings} save={save} />
    </I18nProvider>,
  );

describe('SettingsView', () => {
  it('saves what the admin entered, normalised, to storage', async () => {
    const user = userEvent.setup();
    renderView();
    await user.type(screen.getByLabelText('Town name'), 'Zábřeh');
    await user.type(screen.getByLabelText('Hashtags for every post'), 'Zábřeh, #MěstoZábřeh #zábřeh');
    await user.clear(screen.getByLabelText('At most'));
    await user.type(screen.getByLabelText('At most'), '2');
    await user.selectOptions(screen.getByLabelText('Language'), 'cs');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved ✓')).toBeTruthy();
    expect(await getSettings()).toMatchObject({
      townName: 'Zábřeh',
      defaultHashtags: ['#Zábřeh', '#MěstoZábřeh'],
      targetMax: 2,
      language: 'cs',
    });
    // The field shows the cleaned-up list.
    expect((screen.getByLabelText('Hashtags for every post') as HTMLInputElement).value).toBe('#Zábřeh #MěstoZábřeh');
  });

  it('refuses a minimum above the maximum with a message and saves nothing', async () => {
    const save = vi.fn(updateSettings);
    renderView(undefined, save);
    fireEvent.change(screen.getByLabelText('At least'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('must not be greater');
    expect(screen.getByLabelText('At least').getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses an empty target field', async () => {
    const save = vi.fn(updateSettings);
    renderView(undefined, save);
    fireEvent.change(screen.getByLabelText('At least'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('whole number');
    expect(save).not.toHaveBeenCalled();
  });

  it('tells the admin when saving fails, keeping what they typed', async () => {
    const user = userEvent.setup();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderView(undefined, () => Promise.reject(new Error('storage quota')));
    await user.type(screen.getByLabelText('Town name'), 'Zábřeh');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Saving failed/)).toBeTruthy();
    expect((screen.getByLabelText('Town name') as HTMLInputElement).value).toBe('Zábřeh');
    expect(logged).toHaveBeenCalled();
  });

  it('shows settings changed elsewhere (e.g. the welcome page)', async () => {
    const { rerender } = renderView();
    rerender(
      <I18nProvider lang="en">
        <SettingsView settings={{ ...DEFAULT_SETTINGS, townName: 'Šumperk' }} save={updateSettings} />
      </I18nProvider>,
    );
    expect((screen.getByLabelText('Town name') as HTMLInputElement).value).toBe('Šumperk');
  });
});
