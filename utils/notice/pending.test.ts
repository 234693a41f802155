import { describe, expect, it } from 'vitest';
import { intakeDecision, makePendingNotice, MAX_PENDING_CHARS, parsePendingNotice } from './pending';

const empty = { notice: '', finalText: null, edits: {} };

describe('makePendingNotice', () => {
  it('keeps the text, normalised as the Compose tab would, with its source and time', () => {
    expect(makePendingNotice('  Uzavírka\r\nsilnice \u00ad\n\n\n\nod 1. 3.  ', 'contextMenu', 5)).toEqual({
      text: 'Uzavírka\nsilnice\n\nod 1. 3.',
      at: 5,
      source: 'contextMenu',
    });
  });

  it('turns markup into text (nothing runs, nothing loads)', () => {
    expect(makePendingNotice('<p>Voda <b>nepoteče</b></p><script>alert(1)</script>', 'popup', 1)?.text).toBe('Voda nepoteče');
  });

  it('refuses a selection without text', () => {
    expect(makePendingNotice(' \n\t ', 'contextMenu', 1)).toBeNull();
    expect(makePendingNotice(undefined as unknown as string, 'popup', 1)).toBeNull();
  });

  it('cuts a huge selection and says so', () => {
    const n = makePendingNotice('a'.repeat(MAX_PENDING_CHARS + 10), 'popup', 1)!;
    expect(n.text).toHaveLength(MAX_PENDING_CHARS);
    expect(n.truncated).toBe(true);
  });
});

describe('parsePendingNotice', () => {
  it('accepts what makePendingNotice made and rejects anything else', () => {
    const n = makePendingNotice('Text', 'popup', 7)!;
    expect(parsePendingNotice(JSON.parse(JSON.stringify(n)))).toEqual(n);
    for (const bad of [null, 'Text', { text: '', at: 1, source: 'popup' }, { text: 'x', at: 'now', source: 'popup' }, { text: 'x', at: 1, source: 'mail' }, { text: 'x'.repeat(MAX_PENDING_CHARS + 1), at: 1, source: 'popup' }]) {
      expect(parsePendingNotice(bad)).toBeNull();
    }
  });
});

describe('intakeDecision', () => {
  const pending = makePendingNotice('Nepoteče voda', 'contextMenu', 1)!;

  it('takes the notice into an empty Compose tab', () => {
    expect(intakeDecision(empty, pending)).toBe('take');
    expect(intakeDecision({ ...empty, notice: '  \n' }, pending)).toBe('take');
  });

  it('asks when the admin has started anything: a notice, a hand edit of the post, a field', () => {
    expect(intakeDecision({ ...empty, notice: 'Moje oznámení' }, pending)).toBe('ask');
    expect(intakeDecision({ ...empty, finalText: 'Můj příspěvek' }, pending)).toBe('ask');
    expect(intakeDecision({ ...empty, edits: { place: 'Náměstí' } }, pending)).toBe('ask');
  });

  it('does nothing when the tab already holds the same notice', () => {
    expect(intakeDecision({ ...empty, notice: 'Nepoteče voda\n' }, pending)).toBe('same');
  });
});
