import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, exportIcs, foldLine, pragueStamp } from './ics';
import { draft } from './testing';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar export', () => {
  it('escapes text and folds lines at 75 octets without splitting characters', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = 'DESCRIPTION:' + 'Žluťoučký kůň 🐴 úpěl ďábelské ódy. '.repeat(10);
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
    expect(foldLine('SUMMARY:krátké')).toBe('SUMMARY:krátké');
  });

  it('writes Prague wall time for an instant, in summer and in winter', () => {
    expect(pragueStamp(Date.UTC(2026, 11, 12, 16, 0))).toBe('20261212T170000');
    expect(pragueStamp(Date.UTC(2026, 6, 4, 15, 30))).toBe('20260704T173000');
  });

  it('is read back by ical.js with every event, its time zone and text intact', () => {
    const text = 'Vánoční jarmark, náměstí; od 17:00\n\nPřijďte! 🎄 \\ #Zábřeh\n' + 'Dlouhý řádek s diakritikou, čárkami; středníky. '.repeat(6);
    const drafts = [
      draft({ title: 'Jarmark; sobota, 17:00', facebook: text, instagram: 'Jarmark 🎄', plannedDay: '2026-12-12', plannedTime: '17:00', status: 'ready' }),
      draft({ title: 'Foto týdne', facebook: 'Fotka', plannedDay: '2026-07-04', plannedTime: '09:15' }),
      draft({ title: 'Anketa', facebook: '', plannedDay: '2026-12-13' }),
      draft({ title: 'Neplánováno', facebook: 'x' }),
    ];
    const ics = exportIcs(drafts, Date.UTC(2026, 11, 7, 12));
    expect(ics.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(tz);
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(3);
    const [summer, jarmark, allDay] = events; // sorted by time
    expect(jarmark!.uid).toBe(`${drafts[0]!.id}@town-crier`);
    expect(jarmark!.summary).toBe('Jarmark; sobota, 17:00');
    expect(jarmark!.description).toBe(`${text.trim()}\n\nInstagram:\nJarmark 🎄`);
    expect(jarmark!.startDate.zone!.tzid).toBe('Europe/Prague');
    // The planned time is the admin's local wall time; the calendar gets that instant.
    expect(jarmark!.startDate.toJSDate().getTime()).toBe(new Date(2026, 11, 12, 17, 0).getTime());
    expect(jarmark!.endDate.toJSDate().getTime()).toBe(new Date(2026, 11, 12, 17, 15).getTime());
    expect(summer!.startDate.toJSDate().getTime()).toBe(new Date(2026, 6, 4, 9, 15).getTime());
    // Daylight saving time in July: the VTIMEZONE's rules give +02:00 to Prague wall time.
    expect(summer!.startDate.toString()).toBe(pragueStamp(new Date(2026, 6, 4, 9, 15).getTime()).replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)$/, '$1-$2-$3T$4:$5:$6'));
    expect(allDay!.startDate.isDate).toBe(true);
    expect(allDay!.startDate.toString()).toBe('2026-12-13');
  });
});
