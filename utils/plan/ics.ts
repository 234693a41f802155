/**
 * The plan as iCalendar (RFC 5545) for Outlook, Google Calendar or Thunderbird: one VEVENT
 * per planned draft. Times are written with TZID=Europe/Prague and its VTIMEZONE: the towns are
 * Czech and a calendar shared by the office should read "17:00" as the office's 17:00. The
 * draft's local wall time is turned into an instant first and then written as Prague time, so
 * an admin whose browser runs in another zone still exports the right moment.
 * A draft without a time is an all-day event. Text is escaped (§3.3.11) and lines are folded
 * at 75 octets (§3.1) without splitting a UTF-8 character.
 */
import type { DraftRecord } from '../db/types';
import { addDays } from '../log/day';
import { dueAt } from './week';

export const ICS_TZID = 'Europe/Prague';
/** How long a planned post is in the calendar (a slot, not a meeting). */
export const EVENT_MINUTES = 15;

/** Central European Time with EU daylight saving (last Sunday of March/October, 01:00 UTC). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line: at most 75 octets per line, continuation lines start with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

const pragueParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ICS_TZID,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The instant as Prague wall-clock time, 'YYYYMMDDTHHMMSS'. */
export function pragueStamp(ms: number): string {
  const p = Object.fromEntries(pragueParts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

const dateValue = (day: string) => day.replace(/-/g, '');

/** The draft's text in the event: Facebook's, then Instagram's when it differs. */
function description(d: DraftRecord): string {
  const parts = [d.facebook.trim()];
  if (d.instagram.trim() && d.instagram.trim() !== d.facebook.trim()) parts.push(`Instagram:\n${d.instagram.trim()}`);
  if (d.notes?.trim()) parts.push(d.notes.trim());
  return parts.filter(Boolean).join('\n\n');
}

export function exportIcs(drafts: readonly DraftRecord[], now = Date.now()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Town Crier//Hlasna trouba//CS', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...VTIMEZONE];
  const planned = drafts.filter((d) => d.plannedDay).sort((a, b) => dueAt(a)! - dueAt(b)!);
  for (const d of planned) {
    lines.push('BEGIN:VEVENT', `UID:${d.id}@town-crier`, `DTSTAMP:${utcStamp(now)}`, `LAST-MODIFIED:${utcStamp(d.updatedAt)}`);
    if (d.plannedTime) {
      const start = dueAt(d)!;
      lines.push(`DTSTART;TZID=${ICS_TZID}:${pragueStamp(start)}`, `DTEND;TZID=${ICS_TZID}:${pragueStamp(start + EVENT_MINUTES * 60_000)}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${dateValue(d.plannedDay!)}`, `DTEND;VALUE=DATE:${dateValue(addDays(d.plannedDay!, 1))}`);
    }
    lines.push(`SUMMARY:${escapeText(d.title || d.facebook.split('\n')[0] || '')}`);
    const text = description(d);
    if (text) lines.push(`DESCRIPTION:${escapeText(text)}`);
    lines.push(`CATEGORIES:${escapeText(d.kind)}`, `STATUS:${d.status === 'ready' || d.status === 'published' ? 'CONFIRMED' : 'TENTATIVE'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
