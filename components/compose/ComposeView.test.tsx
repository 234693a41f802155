import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetUiStore, useUiStore } from '@/components/app/store';
import { I18nProvider } from '@/components/ui/i18n';
import { TownCrierDB } from '@/utils/db/db';
import { uniqueDbName } from '@/utils/db/testing';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { builtinTemplates } from '@/utils/templates/builtins';
import { EXPORT_FORMAT } from '@/utils/templates/io';
import { ComposeView } from './ComposeView';

const NOTICE =
  'Městský úřad Zábřeh oznamuje, že z důvodu opravy bude dne 12. 3. 2030 v době od 8:00 do 14:00 hodin přerušena dodávka pitné vody v ulicích Havlíčkova a Husova. Informace na tel. 583 468 111 a na www.zabreh.cz/voda.';
const settings = { ...DEFAULT_SETTINGS, townName: 'Zábřeh', defaultHashtags: ['#Zábřeh', '#MěstoZábřeh'] };

let database: TownCrierDB;
beforeEach(async () => {
  resetUiStore();
  database = new TownCrierDB(uniqueDbName());
  await database.open();
});
afterEach(() => database.close());

function renderView(copy = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined)) {
  render(
    <I18nProvider lang="en">
      <ComposeView settings={settings} database={database} copy={copy} />
    </I18nProvider>,
  );
  return copy;
}

const post = () => screen.getByLabelText(/Your post/) as HTMLTextAreaElement;
const paste = (text: string) => fireEvent.change(screen.getByLabelText('Official notice'), { target: { value: text } });

describe('Compose: notice → post', () => {
  it('pastes a notice, shows the friendly post at once, updates it when a field changes, and copies it', async () => {
    const copy = renderView();
    paste(NOTICE);
    await waitFor(() => expect(post().value.split('\n')[0]).toBe('💧 V úterý 12. 3. 2030 nepoteče voda ve dvou ulicích'));
    expect(screen.getByTestId('detected').textContent).toBe('Recognised: Czech, Water outage');
    expect(post().value).toContain('📍 Havlíčkova a Husova');
    expect(post().value.split('\n').at(-1)).toBe('#OdstávkaVody #Zábřeh #MěstoZábřeh');
    // The draft the checklist and the composer read is the post.
    expect(useUiStore.getState()).toMatchObject({ draft: post().value, draftKind: 'water-outage', draftTemplateId: 'builtin:cs:water-outage' });

    // The fields are pre-filled from the notice…
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2030-03-12');
    expect(screen.getByText('That is a Tuesday.')).toBeTruthy();
    // …and editing one updates the post.
    fireEvent.change(screen.getByLabelText('Phone'), { target: { value: '583 000 999' } });
    await waitFor(() => expect(post().value).toContain('☎️ 583 000 999'));
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2030-03-14' } });
    await waitFor(() => expect(post().value.split('\n')[0]).toBe('💧 Ve čtvrtek 14. 3. nepoteče voda'));
    // The notice's date is no longer in the lines: only in the text, so nothing is reported missing yet.
    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: 'Nepoteče voda.' } });
    await waitFor(() => expect(screen.getByTestId('post-warnings').textContent).toContain('A fact from the notice is not in the post – date: 12. 3. 2030'));

    fireEvent.click(screen.getByRole('button', { name: 'Copy the post' }));
    await waitFor(() => expect(copy).toHaveBeenCalledWith(post().value));
    expect(await screen.findByText('Copied ✓ Paste it into Facebook (Ctrl+V).')).toBeTruthy();
  });

  it('keeps hand edits of the post, says when the fields changed, and regenerates on request', async () => {
    renderView();
    paste(NOTICE);
    await waitFor(() => expect(post().value).toContain('nepoteče voda'));
    fireEvent.change(post(), { target: { value: 'Můj vlastní text.' } });
    expect(screen.getByText(/You edited the post by hand/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Phone'), { target: { value: '583 000 999' } });
    await waitFor(() => expect(screen.getByText(/The details changed after your hand edit/)).toBeTruthy());
    expect(post().value).toBe('Můj vlastní text.');
    fireEvent.click(screen.getByRole('button', { name: /Regenerate/ }));
    await waitFor(() => expect(post().value).toContain('☎️ 583 000 999'));
  });

  it('shows the checklist\'s fixes of the draft as a hand edit, and never overwrites them', async () => {
    renderView();
    paste(NOTICE);
    await waitFor(() => expect(post().value).toContain('nepoteče voda'));
    const generated = post().value;
    // The checklist (another tab) fixes the draft, e.g. adds a partner tag.
    act(() => useUiStore.getState().applyChecklistFix(generated + ' @PolicieČR', { key: 'checklist_fix_addTags' } as never));
    await waitFor(() => expect(post().value).toBe(generated + ' @PolicieČR'));
    expect(useUiStore.getState().draft).toBe(generated + ' @PolicieČR');
    expect(screen.getByText(/You edited the post by hand/)).toBeTruthy();
    // Undo in the checklist brings the generated post back here too.
    act(() => useUiStore.getState().undoChecklistFix());
    await waitFor(() => expect(post().value).toBe(generated));
  });

  it('reduces pasted HTML to text', async () => {
    renderView();
    const textarea = screen.getByLabelText('Official notice') as HTMLTextAreaElement;
    const html = `<script>alert(1)</script><p>${NOTICE.replace(' 12. 3. 2030', '&nbsp;12.&nbsp;3.&nbsp;2030')}</p><img src=x onerror=alert(2)>`;
    fireEvent.paste(textarea, { clipboardData: { getData: (type: string) => (type === 'text/html' ? html : NOTICE) } });
    await waitFor(() => expect(textarea.value).toContain('Městský úřad Zábřeh oznamuje'));
    expect(textarea.value).not.toMatch(/<|alert|onerror/);
    await waitFor(() => expect(post().value).toContain('nepoteče voda'));
  });

  it('refuses a notice over 2 MB at once, with a clear message, and keeps the notice it had', async () => {
    renderView();
    paste(NOTICE);
    const textarea = screen.getByLabelText('Official notice') as HTMLTextAreaElement;
    const big = 'Tabulka;'.repeat(400_000); // 3.2 MB
    const t = performance.now();
    fireEvent.paste(textarea, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? big : '') } });
    expect(performance.now() - t).toBeLessThan(200);
    expect((await screen.findByTestId('notice-too-big')).textContent).toContain('3.1 MB');
    expect(textarea.value).toBe(NOTICE);
    // Typed or dropped (a change, not a paste): refused the same way.
    fireEvent.change(textarea, { target: { value: big } });
    expect(textarea.value).toBe(NOTICE);
    paste(NOTICE + ' Díky.');
    await waitFor(() => expect(screen.queryByTestId('notice-too-big')).toBeNull());
  });

  it('on Instagram: at most 5 hashtags, no bare link, the link offered for the bio', async () => {
    renderView();
    paste(NOTICE);
    fireEvent.click(screen.getByLabelText('Instagram'));
    await waitFor(() => expect(post().value).toContain('🔗 odkaz v profilu'));
    expect(post().value).not.toMatch(/www\.|https?:/);
    expect(post().value.match(/#\p{L}+/gu)!.length).toBeLessThanOrEqual(5);
    expect(screen.getByTestId('post-counts').textContent).toMatch(/^Instagram: [\d,]+ of 2,200 characters, 3 of 5 hashtags$/);
    expect(screen.getByText(/Put this link in your profile bio: www\.zabreh\.cz\/voda/)).toBeTruthy();
    expect(useUiStore.getState().platform).toBe('instagram');
  });

  it('starts from a template: choose the kind, fill the form, see the post', async () => {
    renderView();
    fireEvent.change(screen.getByLabelText('Kind of post'), { target: { value: 'event' } });
    await waitFor(() => expect(post().value.split('\n')[0]).toBe('🎉 Join us'));
    fireEvent.change(screen.getByLabelText('Headline'), { target: { value: 'Christmas market' } });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2030-11-30' } });
    await waitFor(() => expect(post().value.split('\n')[0]).toBe('🎉 Christmas market on Saturday 30 November'));
    fireEvent.click(screen.getByLabelText('Refreshments'));
    await waitFor(() => expect(post().value).toContain('🍰 Refreshments available.'));
    // A wrong value gets a message and stays out of the post.
    fireEvent.change(screen.getByLabelText('Link'), { target: { value: 'not a link' } });
    expect(await screen.findByText('Enter a web address such as www.zabreh.cz.')).toBeTruthy();
  });
});

describe('Compose: undo for the post', () => {
  const undo = () => screen.queryByRole('button', { name: "Undo (the post's previous text)" });

  it('undoes "Regenerate", a kind switch and a field edit (typing in one field is one step), with the button and Ctrl+Z', async () => {
    renderView();
    paste(NOTICE);
    await waitFor(() => expect(post().value).toContain('nepoteče voda'));
    const generated = post().value;
    expect(undo()).toBeNull(); // nothing to undo yet

    // Typing a phone number, key by key, is one step.
    for (const v of ['5', '58', '583 000 999']) fireEvent.change(screen.getByLabelText('Phone'), { target: { value: v } });
    await waitFor(() => expect(post().value).toContain('☎️ 583 000 999'));
    fireEvent.click(undo()!);
    await waitFor(() => expect(post().value).toBe(generated));
    expect(undo()).toBeNull();

    // A hand edit, then "Regenerate": undo brings the hand edit back.
    fireEvent.change(post(), { target: { value: 'Můj vlastní text.' } });
    fireEvent.click(screen.getByRole('button', { name: /Regenerate/ }));
    await waitFor(() => expect(post().value).toBe(generated));
    fireEvent.click(undo()!);
    await waitFor(() => expect(post().value).toBe('Můj vlastní text.'));

    // A kind switch, undone with Ctrl+Z outside a text field (on the select itself).
    fireEvent.click(screen.getByRole('button', { name: /Regenerate/ }));
    const kind = screen.getByLabelText('Kind of post');
    fireEvent.change(kind, { target: { value: 'event' } });
    await waitFor(() => expect(post().value).not.toBe(generated));
    fireEvent.keyDown(kind, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(post().value).toBe(generated));
    expect((screen.getByLabelText('Kind of post') as HTMLSelectElement).value).toBe('water-outage');
  });

  it('Ctrl+Z in a text field is left to the browser', async () => {
    renderView();
    paste(NOTICE);
    await waitFor(() => expect(post().value).toContain('nepoteče voda'));
    fireEvent.change(screen.getByLabelText('Phone'), { target: { value: '583 000 999' } });
    await waitFor(() => expect(post().value).toContain('☎️ 583 000 999'));
    const before = post().value;
    fireEvent.keyDown(screen.getByLabelText('Phone'), { key: 'z', ctrlKey: true });
    fireEvent.keyDown(post(), { key: 'z', ctrlKey: true });
    expect(post().value).toBe(before);
    expect(useUiStore.getState().composeHistory).toHaveLength(1);
  });

  it('"New post" can be undone', async () => {
    renderView();
    paste(NOTICE);
    await waitFor(() => expect(post().value).toContain('nepoteče voda'));
    const generated = post().value;
    fireEvent.click(screen.getByRole('button', { name: 'New post' }));
    await waitFor(() => expect(post().value).not.toBe(generated));
    fireEvent.click(undo()!);
    await waitFor(() => expect(post().value).toBe(generated));
    expect((screen.getByLabelText('Official notice') as HTMLTextAreaElement).value).toBe(NOTICE);
  });
});

describe('Compose: template library', () => {
  const openLibrary = async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Templates' }));
    expect(screen.getByRole('button', { name: 'Templates' }).getAttribute('aria-pressed')).toBe('true');
    return screen.findByRole('list', { name: 'List of templates' });
  };

  it('duplicates, edits (a built-in becomes a copy), deletes with undo and reorders', async () => {
    renderView();
    const list = await openLibrary();
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBe(builtinTemplates().length / 2));

    fireEvent.click(screen.getByRole('button', { name: 'Duplicate the template Water outage' }));
    expect(await screen.findByText('Created the copy “Water outage (copy)”.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete the template Water outage (copy)' })).toBeTruthy());

    // Editing a built-in saves the admin's own copy; the built-in stays.
    fireEvent.click(screen.getByRole('button', { name: 'Edit the template Council meeting' }));
    expect(screen.getByText(/This is a built-in template/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Our council meeting' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the template' }));
    expect(await screen.findByText('The template “Our council meeting” is saved.')).toBeTruthy();
    expect((await database.templates.get('builtin:en:council-meeting'))!.name).toBe('Council meeting');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit the template Our council meeting' })).toBeTruthy());

    // Delete, then undo.
    fireEvent.click(screen.getByRole('button', { name: 'Delete the template Our council meeting' }));
    expect(await screen.findByText('The template “Our council meeting” was deleted.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit the template Our council meeting' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit the template Our council meeting' })).toBeTruthy());

    // Built-ins cannot be deleted; moving is by keyboard-reachable buttons.
    expect(screen.queryByRole('button', { name: 'Delete the template General notice' })).toBeNull();
    const names = () => within(screen.getByRole('list', { name: 'List of templates' })).getAllByRole('listitem').map((li) => li.querySelector('strong')!.textContent);
    const first = names()[0];
    fireEvent.click(screen.getByRole('button', { name: `Move down: ${first!.replace(/^\S+ /, '')}` }));
    await waitFor(() => expect(names()[1]).toBe(first));
  });

  it('refuses a bad file with a clear message and changes nothing; imports a good one', async () => {
    renderView();
    await openLibrary();
    const before = await database.templates.count();
    const input = screen.getByTestId('template-import') as HTMLInputElement;

    fireEvent.change(input, { target: { files: [new File(['{nope'], 'bad.json', { type: 'application/json' })] } });
    expect((await screen.findByRole('alert')).textContent).toBe('The file was not imported and nothing changed: the file is not JSON (choose a file that Town Crier exported).');

    const invalid = { format: EXPORT_FORMAT, version: 1, templates: [{ ...builtinTemplates()[0], id: crypto.randomUUID(), name: 'Broken', facebook: 'Hello {nobody}' }] };
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(invalid)], 'broken.json')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('template no. 1 (“Broken”) – the text uses {nobody} but the template has no such field.'));
    expect(await database.templates.count()).toBe(before);

    const good = { format: EXPORT_FORMAT, version: 1, templates: [{ ...builtinTemplates()[0], id: crypto.randomUUID(), builtin: false, name: 'Imported one' }] };
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(good)], 'good.json')] } });
    expect(await screen.findByText('Templates: added 1 · updated 0 · unchanged 0.')).toBeTruthy();
    expect(await database.templates.count()).toBe(before + 1);
  });

  it('"Use" takes a template to the post', async () => {
    renderView();
    await openLibrary();
    fireEvent.click(await screen.findByRole('button', { name: 'Use the template Poll' }));
    await waitFor(() => expect(post().value.split('\n')[0]).toBe('📊 We want your opinion'));
    expect((screen.getByLabelText('Kind of post') as HTMLSelectElement).value).toBe('poll');
  });
});

describe('Compose: the post as people will see it', () => {
  it('shows Facebook’s phone and computer cuts with “See more”, and the Checklist’s character count', async () => {
    renderView();
    paste(NOTICE);
    await waitFor(() => expect(post().value).toContain('nepoteče voda'));
    const long = 'Voda 💧 ' + 'a'.repeat(500);
    fireEvent.change(post(), { target: { value: long } });
    const seen = screen.getByRole('region', { name: 'As people will see it' });
    const texts = within(seen).getAllByText(/See more/).map((p) => p.parentElement!.textContent);
    // 125 characters on a phone (the droplet is one), 477 on a computer.
    expect(texts).toEqual(['Voda 💧 ' + 'a'.repeat(118) + '… See more', 'Voda 💧 ' + 'a'.repeat(470) + '… See more']);
    expect(within(seen).getByText('On a phone')).toBeTruthy();
    expect(within(seen).getByText('On a computer')).toBeTruthy();
    expect(screen.getByTestId('post-counts').textContent).toMatch(/^507 characters/);

    fireEvent.change(post(), { target: { value: 'Krátce 💧' } });
    expect(within(seen).queryByText(/See more/)).toBeNull();
    expect(within(seen).queryByText('On a computer')).toBeNull();
    expect(within(seen).getByText('Krátce 💧')).toBeTruthy();
  });
});
