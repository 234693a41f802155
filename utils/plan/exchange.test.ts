import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TownCrierDB } from '../db/db';
import { uniqueDbName } from '../db/testing';
import { exportPlanJson, mergePlan, readPlanFile } from './exchange';
import { exportIcs } from './ics';
import { applyPlanImport, previewPlanImport } from './repo';
import { draft } from './testing';

describe('plan JSON exchange', () => {
  it('export → import on a fresh profile gives the same plan', async () => {
    const drafts = [
      draft({ plannedDay: '2026-12-12', plannedTime: '17:00', status: 'ready', sender: { name: 'Jana Nováková', contact: '777 123 456' }, notes: 'poděkovat' }),
      draft({ status: 'idea', facebook: '', title: 'Anketa: vánoční strom' }),
      draft({ hasPhoto: true, photoAlt: 'Kaple v zimě', hashes: ['abc'] }),
    ];
    const text = exportPlanJson(drafts, new Date('2026-12-07T10:00:00Z')).text;
    const db = new TownCrierDB(uniqueDbName());
    await db.open();
    const preview = await previewPlanImport(text, db);
    expect(preview.ok).toBe(true);
    await applyPlanImport(preview.ok ? preview.merge : (null as never), db);
    // Photos are not in the file: the draft comes without one, everything else equal.
    const expected = drafts.map(({ hasPhoto: _h, ...d }) => d);
    expect((await db.drafts.toArray()).sort((a, b) => a.createdAt - b.createdAt)).toEqual(expected);
    db.close();
  });

  it('merges by id: the newer side wins, differences are listed as conflicts, equal drafts are left alone', () => {
    const mine = draft({ title: 'Moje', updatedAt: 100 });
    const theirsOlder = { ...mine, title: 'Jejich starší', updatedAt: 50 };
    const same = draft({ updatedAt: 10 });
    const colleagueNewer = draft({ title: 'Původní', updatedAt: 10, hasPhoto: true });
    const theirsNewer = { ...colleagueNewer, title: 'Opravená', plannedDay: '2026-12-12', updatedAt: 20, hasPhoto: undefined };
    const brandNew = draft({ title: 'Nový' });
    const m = mergePlan([mine, same, colleagueNewer], [theirsOlder, { ...same, updatedAt: 11 }, theirsNewer, brandNew]);
    expect(m.added).toBe(1);
    expect(m.updated).toBe(1);
    expect(m.unchanged).toBe(1);
    expect(m.conflicts).toEqual([
      { id: mine.id, title: 'Moje', winner: 'ours' },
      { id: colleagueNewer.id, title: 'Opravená', winner: 'theirs' },
    ]);
    expect(m.put.map((d) => d.title)).toEqual(['Opravená', 'Nový']);
    expect(m.put[0]!.hasPhoto).toBe(true);
  });

  it('rejects a file that is not ours or holds a bad draft, and nothing changes', async () => {
    const db = new TownCrierDB(uniqueDbName());
    await db.open();
    const kept = draft({ title: 'Zůstane' });
    await db.drafts.add(kept);
    const good = JSON.parse(exportPlanJson([draft()]).text) as { drafts: Record<string, unknown>[] };
    const cases: [string, string][] = [
      ['not json {', 'notJson'],
      [JSON.stringify({ format: 'town-crier-log', version: 1, posts: [] }), 'notOurs'],
      [JSON.stringify({ format: 'town-crier-plan', version: 99, drafts: [] }), 'newerVersion'],
      [JSON.stringify({ ...good, drafts: [...good.drafts, { ...good.drafts[0], id: 'x', plannedDay: '2026-13-01' }] }), 'badDraft'],
      [JSON.stringify({ ...good, drafts: 'nope' }), 'notOurs'],
      // Our own .ics export and a foreign calendar are both refused as calendars.
      [exportIcs([draft({ plannedDay: '2026-12-12', plannedTime: '17:00' })]), 'calendar'],
      ['BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', 'calendar'],
    ];
    for (const [text, problem] of cases) {
      expect(readPlanFile(text)).toMatchObject({ ok: false, problem });
      expect(await previewPlanImport(text, db)).toMatchObject({ ok: false, problem });
    }
    expect(await db.drafts.toArray()).toEqual([kept]);
    db.close();
  });
});
