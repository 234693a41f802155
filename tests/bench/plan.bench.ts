/**
 * The week plan (issue 16), in Node:
 *   plan.week_render.ms      2,000 drafts (half a year back and ahead; past ones mostly published,
 *                            some overdue, some unplanned) → week model + the Plán tab's week
 *                            rendered to HTML by React (renderToString), median of 15
 *   plan.inbox_to_draft.ms   a 1 KB pasted invitation e-mail → cleaned, rewritten (Facebook and
 *                            Instagram), hashed and written to Dexie, median of 50
 */
import './react-prod';
import './node-env';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { PlanWeek } from '../../components/plan/PlanWeek';
import { I18nProvider } from '../../components/ui/i18n';
import { TownCrierDB } from '../../utils/db/db';
import type { DraftRecord } from '../../utils/db/types';
import { addDays, dayKey } from '../../utils/log/day';
import { inboxToDraft } from '../../utils/plan/inbox';
import { createDraft } from '../../utils/plan/repo';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchDrafts(n: number, now: number): DraftRecord[] {
  const today = dayKey(now);
  const statuses = ['idea', 'wip', 'ready'] as const;
  return Array.from({ length: n }, (_, i) => {
    const offset = (i % 365) - 182;
    const planned = i % 40 !== 0;
    const past = offset < 0;
    return {
      id: `bench-${i}`,
      title: `Koncept ${i}: jarmark, sběr, anketa`,
      facebook: `Příspěvek číslo ${i} – ${'text '.repeat(40)}`,
      instagram: i % 3 ? '' : `IG ${i}`,
      kind: 'event',
      source: 'citizen',
      // Past drafts went out, except one in 25 (overdue, shown).
      status: past && i % 25 !== 0 ? 'published' : statuses[i % 3]!,
      ...(planned ? { plannedDay: addDays(today, offset), plannedTime: `${String(8 + (i % 12)).padStart(2, '0')}:${i % 2 ? '30' : '00'}` } : {}),
      ...(i % 7 === 0 ? { sender: { name: `Občan ${i}`, contact: `obcan${i}@example.cz` } } : {}),
      hashes: [],
      createdAt: i,
      updatedAt: i,
    } satisfies DraftRecord;
  });
}

const INVITATION = `Od: Jana Nováková <jana.novakova@seznam.cz>
Předmět: Pozvánka na Mikulášskou besídku

Dobrý den,

Spolek rodičů při ZŠ zve všechny děti i rodiče na Mikulášskou besídku, která se koná v sobotu 12. 12. 2026 od 17:00 v sokolovně na Masarykově náměstí. Čeká vás divadlo, zpívání koled a nadílka od Mikuláše, anděla a čerta. Vstupné je dobrovolné, výtěžek půjde na výlet pro děti. Občerstvení zajištěno, teplý čaj a perníčky napekly maminky z mateřského centra.

Prosíme, přineste dětem přezůvky. Parkovat můžete u hřiště za sokolovnou. V případě dotazů volejte na 777 123 456 nebo pište na e-mail níže.

Budeme rádi, když pozvánku sdílíte na stránkách obce.

S pozdravem
Jana Nováková
předsedkyně Spolku rodičů
jana.novakova@seznam.cz`;

export default async function bench(): Promise<Record<string, number>> {
  const now = Date.now();
  const drafts = benchDrafts(2000, now);
  const settings = { ...DEFAULT_SETTINGS, townName: 'Zábřeh' };
  const render = () =>
    renderToString(createElement(I18nProvider, { lang: 'cs', children: createElement(PlanWeek, { drafts, posted: new Map(), day: dayKey(now), now, settings }) }));
  const html = render();
  if (!html.includes('data-testid="plan-day"')) throw new Error('the week did not render');
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    render();
    times.push(performance.now() - t);
  }

  const db = new TownCrierDB(`bench-plan-${now}`);
  await db.open();
  const text = INVITATION.padEnd(1024, ' ');
  const toDraft = () => createDraft(inboxToDraft({ kind: 'invitation', text, lang: 'cs', town: 'Zábřeh', now: new Date(now) }), db);
  await toDraft();
  const inbox: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await toDraft();
    inbox.push(performance.now() - t);
  }
  db.close();
  return {
    'plan.week_render.ms': median(times),
    'plan.week_render.max_ms': Math.max(...times),
    'plan.week_render.html_kb': Math.round(html.length / 1024),
    'plan.inbox_to_draft.ms': median(inbox),
    'plan.inbox_to_draft.max_ms': Math.max(...inbox),
  };
}
