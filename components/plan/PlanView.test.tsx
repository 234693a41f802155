import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { resetUiStore, useUiStore } from '@/components/app/store';
import { I18nProvider } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import { addDays, dayKey } from '@/utils/log/day';
import { logByHand } from '@/utils/log/store';
import { setTimeZone } from '@/utils/log/testing';
import { exportPlanJson } from '@/utils/plan/exchange';
import { exportIcs } from '@/utils/plan/ics';
import { createDraft } from '@/utils/plan/repo';
import { weekStart } from '@/utils/plan/week';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { PlanView } from './PlanView';
import { SaveAsDraft } from './SaveAsDraft';

const restoreTz = setTimeZone('Europe/Prague');
afterAll(restoreTz);

const settings: Settings = { ...DEFAULT_SETTINGS, language: 'cs', townName: 'Zábřeh' };
const today = dayKey();
const monday = weekStart(today);
const saturday = addDays(monday, 5);

function renderPlan() {
  return render(
    <I18nProvider lang="cs">
      <PlanView settings={settings} />
      <SaveAsDraft />
    </I18nProvider>,
  );
}

function dayEl(day: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-day="${day}"]`);
  if (!el) throw new Error(`no day ${day}`);
  return el;
}

beforeEach(async () => {
  resetUiStore();
  await Promise.all([db.drafts.clear(), db.draftPhotos.clear(), db.posts.clear(), db.postDays.clear()]);
});

describe('Plán tab', () => {
  it('shows today’s line from the log and the ready drafts', async () => {
    await logByHand(db, { platform: 'facebook' });
    await createDraft({ source: 'citizen', facebook: 'Jarmark', status: 'ready', plannedDay: today, plannedTime: '23:59' });
    renderPlan();
    await waitFor(() => expect(screen.getByTestId('plan-today').textContent).toBe('Dnes: 1 zveřejněno · 1 připraveno na 23:59'));
  });

  it('flags an empty Saturday ahead as a gap with ideas; an idea lands on that day as a draft, never posted', async () => {
    renderPlan();
    const sat = await waitFor(() => dayEl(saturday));
    if (saturday < today) return; // (a week starting in the past on Sunday: Saturday is past)
    expect(within(sat).getByText('Sobota: nic naplánováno')).toBeTruthy();
    const idea = within(sat).getAllByRole('button', { name: /Přidat nápad/ })[0]!;
    await userEvent.click(idea);
    await waitFor(() => expect(within(dayEl(saturday)).getAllByTestId('plan-card')).toHaveLength(1));
    const [d] = await db.drafts.toArray();
    expect(d).toMatchObject({ source: 'idea', status: 'idea', plannedDay: saturday });
    expect(d!.facebook).toContain('Zábřeh');
    expect(await db.posts.count()).toBe(0);
  });

  it('moves a focused draft by a day with Alt+→ and keeps the focus on it; the menu moves it too', async () => {
    const first = today <= addDays(monday, 5) ? today : monday;
    const d = await createDraft({ source: 'citizen', facebook: 'Lavička u rybníka', plannedDay: first, plannedTime: '23:58' });
    renderPlan();
    const card = await waitFor(() => within(dayEl(first)).getByTestId('plan-card'));
    card.focus();
    fireEvent.keyDown(card, { key: 'ArrowRight', altKey: true });
    const next = addDays(first, 1);
    await waitFor(async () => expect((await db.drafts.get(d.id))!.plannedDay).toBe(next));
    await waitFor(() => expect(within(dayEl(next)).getByTestId('plan-card')).toBe(document.activeElement));
    await userEvent.selectOptions(within(dayEl(next)).getByTestId('plan-move'), saturday);
    await waitFor(async () => expect((await db.drafts.get(d.id))!.plannedDay).toBe(saturday));
  });

  it('keeps a draft whose time passed as overdue', async () => {
    await createDraft({ source: 'notice', facebook: 'Uzavírka mostu', plannedDay: addDays(today, -10), plannedTime: '08:00' });
    renderPlan();
    const overdue = await screen.findByTestId('plan-overdue');
    expect(within(overdue).getByText('Uzavírka mostu')).toBeTruthy();
    expect(within(overdue).getByText('Po termínu')).toBeTruthy();
  });

  it('inbox → a draft among the unplanned, sender kept; open it in Compose, save back to the same draft', async () => {
    renderPlan();
    await userEvent.type(await screen.findByTestId('inbox-text'), 'Dobrý den,{enter}u rybníka je nová lavička.{enter}S pozdravem{enter}Petr Malý');
    await userEvent.click(screen.getByTestId('inbox-submit'));
    const unplanned = await screen.findByTestId('plan-unplanned');
    expect(within(unplanned).getByText('u rybníka je nová lavička.')).toBeTruthy();
    expect(within(unplanned).getByText(/Petr Malý/)).toBeTruthy();
    await userEvent.click(within(unplanned).getByRole('button', { name: 'Otevřít v Psaní' }));
    const s = useUiStore.getState();
    expect(s.tab).toBe('compose');
    expect(s.draft).toBe('u rybníka je nová lavička.');
    act(() => useUiStore.getState().setDraft('U rybníka je nová lavička 🪑'));
    await userEvent.click(screen.getByRole('button', { name: 'Uložit do konceptu' }));
    await waitFor(async () => expect((await db.drafts.toArray()).map((x) => x.facebook)).toEqual(['U rybníka je nová lavička 🪑']));
  });

  it('refuses a photo that is not an image with a clear message', async () => {
    await createDraft({ source: 'citizen', facebook: 'Foto' });
    renderPlan();
    await userEvent.click(await screen.findByTestId('plan-more'));
    await userEvent.click(screen.getByText('Přidat fotku'));
    const input = await screen.findByTestId('plan-photo-file');
    await userEvent.upload(input, new File(['toto není obrázek'], 'fotka.jpg', { type: 'image/jpeg' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Tohle není obrázek');
    expect(await db.draftPhotos.count()).toBe(0);
  });

  it('refuses a photo over 10 MB with a clear message, even a real image', async () => {
    await createDraft({ source: 'citizen', facebook: 'Velká fotka' });
    renderPlan();
    await userEvent.click(await screen.findByTestId('plan-more'));
    await userEvent.click(screen.getByText('Přidat fotku'));
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // a PNG's signature
    await userEvent.upload(await screen.findByTestId('plan-photo-file'), new File([big], 'velka.png', { type: 'image/png' }));
    expect((await screen.findByRole('alert')).textContent).toContain('větší než 10 MB');
    expect(await db.draftPhotos.count()).toBe(0);
    expect((await db.drafts.toArray())[0]!.hasPhoto).toBeFalsy();
  });

  it('refuses a log file, a calendar and a damaged plan in the import, and nothing changes', async () => {
    const kept = await createDraft({ source: 'notice', facebook: 'Uzavírka', plannedDay: saturday, plannedTime: '09:00' });
    const before = await db.drafts.toArray();
    renderPlan();
    const user = userEvent.setup({ applyAccept: false });
    const input = await screen.findByTestId('plan-import');
    const files: [File, string][] = [
      [new File([JSON.stringify({ format: 'town-crier-log', version: 1, posts: [] })], 'log.json', { type: 'application/json' }), 'Tohle není plán z Hlásné trouby'],
      [new File([exportIcs(before)], 'plan.ics', { type: 'text/calendar' }), 'Tohle je kalendář (.ics)'],
      [new File([exportPlanJson([{ ...kept, title: 'Změněno', plannedDay: 'zítra' }]).text], 'plan.json', { type: 'application/json' }), 'poškozený'],
    ];
    for (const [file, message] of files) {
      await user.upload(input, file);
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(message));
      expect(screen.getByRole('alert').textContent).toContain('Nic se nezměnilo');
    }
    expect(await db.drafts.toArray()).toEqual(before);
  });
});
