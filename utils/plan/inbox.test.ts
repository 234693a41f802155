import { describe, expect, it } from 'vitest';
import { cleanMessage, inboxToDraft, looksLikeNotice, partnerTag } from './inbox';

const EMAIL = `Od: Jana Nováková <jana.novakova@seznam.cz>
Předmět: Pozvánka na Mikulášskou besídku

Dobrý den,

zveme všechny děti na Mikulášskou besídku v sobotu 12. 12. 2026 od 17:00 v sokolovně.
Vstupné dobrovolné, čert a anděl jsou přislíbeni.

S pozdravem
Jana Nováková
777 123 456

> Původní zpráva
> něco staršího`;

describe('inbox', () => {
  it('takes headers, greeting, signature and quotes off a message and keeps who sent it', () => {
    const m = cleanMessage(EMAIL);
    expect(m.body).toBe('zveme všechny děti na Mikulášskou besídku v sobotu 12. 12. 2026 od 17:00 v sokolovně.\nVstupné dobrovolné, čert a anděl jsou přislíbeni.');
    expect(m.senderName).toBe('Jana Nováková');
    expect(m.contact).toBe('jana.novakova@seznam.cz');
    // A sentence that starts with a greeting is the message itself, not a greeting line.
    expect(cleanMessage('Ahoj, u rybníka je nová lavička.\nDíky\nPetr\npetr@example.cz')).toEqual({
      body: 'Ahoj, u rybníka je nová lavička.',
      senderName: 'Petr',
      contact: 'petr@example.cz',
    });
    expect(cleanMessage('Vážený pane starosto,\nděkujeme.').body).toBe('děkujeme.');
  });

  it('an invitation goes through the rewriter: an event post with its date and time, the original kept as a note', () => {
    const d = inboxToDraft({ kind: 'invitation', text: EMAIL, lang: 'cs', town: 'Zábřeh', now: new Date(2026, 11, 7) });
    expect(d.source).toBe('citizen');
    expect(d.kind).toBe('event');
    expect(d.facebook).toMatch(/12\. ?12\./);
    expect(d.facebook).toMatch(/17[:.]00/);
    expect(d.facebook).not.toMatch(/S pozdravem|777 123 456/);
    expect(d.instagram!.length).toBeGreaterThan(0);
    expect(d.notes).toContain('sokolovně');
    expect(d.sender).toEqual({ name: 'Jana Nováková', contact: 'jana.novakova@seznam.cz' });
  });

  it('a citizen tip stays the citizen’s words; the sender typed in the form wins', () => {
    const d = inboxToDraft({ kind: 'citizen', text: 'Dobrý den,\nu rybníka kvetou lekníny, posílám fotku.\nS pozdravem Eva', senderName: 'Eva K.', contact: '603 111 222', lang: 'cs' });
    expect(d.facebook).toBe('u rybníka kvetou lekníny, posílám fotku.');
    expect(d.sender).toEqual({ name: 'Eva K.', contact: '603 111 222' });
    expect(looksLikeNotice(d.facebook!)).toBe(false);
    expect(looksLikeNotice('Obecní úřad oznamuje přerušení dodávky elektřiny')).toBe(true);
  });

  it('a partner’s post gets an intro line with the partner’s tag on each network', () => {
    const partner = { name: 'Policie ČR', facebook: 'policie.cr', instagram: 'policiecr' };
    expect(partnerTag(partner, 'facebook')).toBe('@policie.cr');
    expect(partnerTag({ name: 'SDH Ruda' }, 'facebook')).toBe('@SDH Ruda');
    const d = inboxToDraft({ kind: 'partner', text: 'Pátráme po pohřešované osobě…', partner, lang: 'cs' });
    expect(d.source).toBe('partner');
    expect(d.facebook).toBe('Sdílíme od našich partnerů – @policie.cr:\n\nPátráme po pohřešované osobě…');
    expect(d.instagram).toBe('Sdílíme od našich partnerů – @policiecr:\n\nPátráme po pohřešované osobě…');
    expect(d.sender).toEqual({ name: 'Policie ČR' });
    expect(inboxToDraft({ kind: 'partner', text: 'Results', lang: 'en' }).facebook).toBe('Shared from our partners:\n\nResults');
  });
});
