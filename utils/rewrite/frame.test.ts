// Synthetic notices (written for these tests, not measured on).
import type { PostKindId } from '../kinds';
import { describe, expect, it } from 'vitest';
import { analyzeNotice } from './index';
import { many, one, type Slot } from './frame';

const now = new Date(2026, 0, 5, 9);
const frameOf = (text: string, kind?: PostKindId) => analyzeNotice(text, { now, kind }).frame!;

describe('the frame', () => {
  it('takes a fee deadline from the END of the payment window', () => {
    const f = frameOf('Místní poplatek za odpad je splatný od 1. 1. 2026 do 31. 3. 2026 na účet 19-1325841/0100.', 'fee-deadline');
    expect(one(f, 'deadline')).toBe('2026-03-31');
    expect(one(f, 'account')).toBe('19-1325841/0100');
  });

  it('gives each polling day its own hours', () => {
    const f = frameOf('Volby do zastupitelstva obce se konají v pátek 23. 9. 2026 od 14:00 do 22:00 hodin a v sobotu 24. 9. 2026 od 8:00 do 14:00 hodin.', 'election');
    expect(many(f, 'days')).toEqual([
      { date: '2026-09-23', from: '14:00', to: '22:00' },
      { date: '2026-09-24', from: '08:00', to: '14:00' },
    ]);
  });

  it('tells a failure from a planned outage, and an estimated end', () => {
    const failure = frameOf('Z důvodu havárie vodovodu nepoteče dne 12. 1. 2026 od 8:00 do cca 15:00 voda v ulici Lipová.', 'water-outage');
    expect(one(failure, 'planned')).toBe(false);
    expect(one(failure, 'approximate')).toBe(true);
    expect(one(frameOf('Plánovaná odstávka vody bude 12. 1. 2026 od 8:00 do 15:00 v ulici Lipová.', 'water-outage'), 'planned')).toBe(true);
  });

  it('reads whether a council meeting is public and whether it is online', () => {
    const closed = frameOf('Zasedání zastupitelstva se koná 20. 1. 2026 od 18:00 online, bod 3 je neveřejný.', 'council-meeting');
    expect(one(closed, 'public')).toBe(false);
    expect(one(closed, 'online')).toBe(true);
    expect(one(frameOf('Veřejné zasedání zastupitelstva se koná 20. 1. 2026 od 18:00 v sále kulturního domu.', 'council-meeting'), 'public')).toBe(true);
  });

  it('marks a cancelled thing, whatever its kind', () => {
    expect(one(frameOf('Zrušení plánované odstávky vody\n\nOdstávka 12. 1. 2026 se ruší.', 'water-outage'), 'cancelled')).toBe(true);
  });

  it('keeps where every slot came from: a span of the notice', () => {
    const text = 'Městský úřad Lhota oznamuje, že dne 12. 1. 2026 od 8:00 do 14:00 nepoteče voda v ulicích Lipová a Polní. Cisterna bude u školy. Informace na tel. 583 468 111.';
    const a = analyzeNotice(text, { now });
    const slots = Object.values(a.frame!.slots).flatMap((s) => (Array.isArray(s) ? s : [s])) as Slot[];
    expect(slots.length).toBeGreaterThan(4);
    for (const s of slots) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.source.end).toBeLessThanOrEqual(a.text.length);
      if (typeof s.value === 'string' && !/^\d/u.test(s.value) && s.source.end > s.source.start && s.value.length < 40) expect(a.text.slice(s.source.start, s.source.end)).toContain(s.value.slice(0, 4));
    }
    expect(many(a.frame!, 'streets')).toEqual(['Lipová', 'Polní']);
  });
});

describe("the admin's template fields", () => {
  it('are filled from the frame: the deadline is the end of the payment window', () => {
    const a = analyzeNotice('Místní poplatek za odpad je splatný od 1. 1. 2026 do 31. 3. 2026.', { now, kind: 'fee-deadline' });
    expect(a.prefill.deadline).toBe('2026-03-31');
  });
});
