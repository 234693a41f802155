import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSettings } from '@/components/settings/useSettings';
import { I18nProvider } from '@/components/ui/i18n';
import { starterHashtagSets, starterTags } from '@/utils/checklist/starter';
import { db } from '@/utils/db/db';
import { resolveLang } from '@/utils/i18n/i18n';
import { getWelcome, saveWelcomeStep } from '@/utils/onboarding/store';
import { EMPTY_WELCOME, type WelcomeState } from '@/utils/onboarding/welcome';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { getSettings, updateSettings } from '@/utils/settings/store';
import { WelcomeView, type WelcomeActions } from './WelcomeView';

beforeEach(async () => {
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
    { name: '_execute_action', shortcut: 'Alt+Shift+H' },
    { name: 'insert-post', shortcut: 'Alt+Shift+V' },
    { name: 'log-post', shortcut: '' },
  ]);
  await db.open();
  await db.transaction('rw', db.hashtagSets, db.tags, async () => {
    await Promise.all([db.hashtagSets.clear(), db.tags.clear()]);
    await db.hashtagSets.bulkAdd(starterHashtagSets(1));
    await db.tags.bulkAdd(starterTags(1));
  });
});

/** The page as the entrypoint mounts it: live settings, the language they choose. */
function Page({ welcome, actions }: { welcome: WelcomeState; actions: WelcomeActions }) {
  const settings = useSettings();
  if (!settings) return null;
  return (
    <I18nProvider lang={resolveLang(settings.language, 'en-US')}>
      <WelcomeView settings={settings} welcome={welcome} actions={actions} />
    </I18nProvider>
  );
}

function show(welcome: WelcomeState = { ...EMPTY_WELCOME, shownAt: 1 }) {
  const actions = { saveSettings: vi.fn(updateSettings), saveStep: vi.fn(saveWelcomeStep), openTab: vi.fn(async () => undefined) };
  render(<Page welcome={welcome} actions={actions} />);
  return actions;
}

const next = () => userEvent.click(screen.getByRole('button', { name: /^(Next|Další)$/ }));
const heading = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('the welcome page', () => {
  it('walks through every step, saving each answer, and ends with a summary and how to open the panel', async () => {
    const user = userEvent.setup();
    const actions = show();
    expect(await screen.findByRole('heading', { level: 2, name: 'Language' })).toBeTruthy();
    expect(screen.getByText('Step 1 of 6')).toBeTruthy();

    // Language: saved at once, and the page switches.
    await user.selectOptions(screen.getByLabelText('Town Crier’s language'), 'cs');
    await screen.findByRole('heading', { level: 2, name: 'Jazyk' });
    expect((await getSettings()).language).toBe('cs');
    await next();

    // Town.
    expect(heading()).toBe('Vaše město');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    await user.type(screen.getByLabelText('Název města'), 'Šumperk');
    await next();
    await waitFor(() => expect(heading()).toBe('Hashtagy'));
    expect((await getSettings()).townName).toBe('Šumperk');

    // Hashtags: suggested from the town, editable, shown as they will be saved.
    const tags = screen.getByLabelText('Hashtagy do každého příspěvku') as HTMLInputElement;
    expect(tags.value).toBe('#Šumperk #MěstoŠumperk');
    await user.type(tags, ' jeseniky');
    expect(screen.getByTestId('hashtag-preview').textContent).toBe('Uloží se: #Šumperk #MěstoŠumperk #jeseniky');
    await next();
    await waitFor(() => expect(heading()).toBe('Partneři'));
    expect((await getSettings()).defaultHashtags).toEqual(['#Šumperk', '#MěstoŠumperk', '#jeseniky']);
    // The starter "Město" set no longer asks Šumperk for #Zábřeh.
    expect((await db.hashtagSets.get('starter:set:town'))?.hashtags).toEqual(['#Šumperk', '#MěstoŠumperk', '#jeseniky']);

    // Partners: Zábřeh's example is offered unticked for Šumperk; the town's own page is suggested.
    expect(await screen.findByRole('checkbox', { name: /Město Zábřeh/ })).toHaveProperty('checked', false);
    expect(screen.getByRole('checkbox', { name: /Policie ČR/ })).toHaveProperty('checked', true);
    expect((screen.getByLabelText('Jméno') as HTMLInputElement).value).toBe('Město Šumperk');
    await user.type(screen.getByLabelText('Účet na Instagramu'), 'mestosumperk');
    await user.click(screen.getByRole('button', { name: 'Přidat' }));
    await screen.findByText('Přidáno: Město Šumperk ✓');
    expect(screen.getByRole('checkbox', { name: /Město Šumperk/ })).toHaveProperty('checked', true);
    await next();
    await waitFor(() => expect(heading()).toBe('Denní cíl'));
    expect((await db.tags.toArray()).map((t) => t.name).sort()).toEqual(['HZS Olomouckého kraje', 'Město Šumperk', 'Policie ČR']);

    // Target: a minimum above the maximum is refused with a message; nothing moves on.
    await user.clear(screen.getByLabelText('Alespoň'));
    await user.type(screen.getByLabelText('Alespoň'), '4');
    await next();
    expect(within(screen.getByRole('alert')).getByText(/nesmí být větší|greater/)).toBeTruthy();
    expect(heading()).toBe('Denní cíl');
    await user.clear(screen.getByLabelText('Nejvýše'));
    await user.type(screen.getByLabelText('Nejvýše'), '5');
    await next();
    await waitFor(() => expect(heading()).toBe('Připomínka'));

    // Reminder.
    await user.clear(screen.getByLabelText('Čas připomínky'));
    await user.type(screen.getByLabelText('Čas připomínky'), '15:30');
    await next();
    await waitFor(() => expect(heading()).toBe('Hotovo'));

    expect(await getSettings()).toMatchObject({ language: 'cs', townName: 'Šumperk', targetMin: 4, targetMax: 5, reminderEnabled: true, reminderTime: '15:30' });
    expect(await getWelcome()).toMatchObject({ step: 'finish', completedAt: expect.any(Number) });
    const summary = screen.getByTestId('welcome-summary').textContent;
    expect(summary).toContain('Šumperk');
    expect(summary).toContain('4–5');
    expect(summary).toContain('15:30');
    expect(screen.getByText(/špendlík u Hlásné trouby/)).toBeTruthy();
    // The shortcuts as the browser has them now.
    expect((await screen.findByTestId('shortcuts')).textContent).toContain('Alt+Shift+V');
    expect(screen.getByTestId('shortcuts').textContent).toContain('bez zkratky');
    await user.click(screen.getByRole('button', { name: 'Otevřít Facebook' }));
    expect(actions.openTab).toHaveBeenCalledWith('https://www.facebook.com/');
  });

  it('can skip a step or the whole setup without saving anything', async () => {
    const user = userEvent.setup();
    const actions = show();
    await screen.findByRole('heading', { level: 2, name: 'Language' });
    await user.click(screen.getByRole('button', { name: 'Skip this step' }));
    await user.type(screen.getByLabelText('Town name'), 'Nezapsáno');
    await user.click(screen.getByRole('button', { name: 'Skip the setup' }));
    await waitFor(() => expect(heading()).toBe('All set'));
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(actions.saveSettings).not.toHaveBeenCalled();
    expect((await getWelcome()).completedAt).not.toBeNull();
  });

  it('resumes where the admin left it, with the saved answers (nothing is asked twice)', async () => {
    await updateSettings({ townName: 'Zábřeh', defaultHashtags: ['#Zábřeh', '#ZábřehŽije'] });
    show({ shownAt: 1, completedAt: null, step: 'hashtags' });
    await screen.findByRole('heading', { level: 2, name: 'Hashtags' });
    expect((screen.getByLabelText('Hashtags for every post') as HTMLInputElement).value).toBe('#Zábřeh #ZábřehŽije');
    // The town's suggestion is offered, not forced.
    await userEvent.click(screen.getByRole('button', { name: 'Use #Zábřeh #MěstoZábřeh' }));
    expect((screen.getByLabelText('Hashtags for every post') as HTMLInputElement).value).toBe('#Zábřeh #MěstoZábřeh');
    expect(screen.queryByRole('button', { name: /^Use #/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect((screen.getByLabelText('Town name') as HTMLInputElement).value).toBe('Zábřeh');
  });

  it('keeps the answer and says so when saving fails', async () => {
    const user = userEvent.setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const actions = { saveSettings: vi.fn(() => Promise.reject(new Error('quota'))), saveStep: vi.fn(async () => undefined), openTab: vi.fn() };
    render(
      <I18nProvider lang="en">
        <WelcomeView settings={{ ...DEFAULT_SETTINGS }} welcome={{ ...EMPTY_WELCOME, step: 'town' }} actions={actions} />
      </I18nProvider>,
    );
    await user.type(screen.getByLabelText('Town name'), 'Zábřeh');
    await next();
    expect((await screen.findByRole('alert')).textContent).toContain('Saving failed');
    expect(heading()).toBe('Your town');
    expect((screen.getByLabelText('Town name') as HTMLInputElement).value).toBe('Zábřeh');
    expect(error).toHaveBeenCalled();
  });
});
