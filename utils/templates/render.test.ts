import { describe, expect, it } from 'vitest';
import { placeholdersOf, renderTemplate, validateValue, type RenderContext } from './render';
import type { TemplateField } from './types';

const fields: TemplateField[] = [
  { name: 'date', type: 'date', label: 'Datum' },
  { name: 'time', type: 'timeRange', label: 'Čas' },
  { name: 'places', type: 'list', label: 'Místa' },
  { name: 'link', type: 'link', label: 'Odkaz' },
  { name: 'ok', type: 'toggle', label: 'Ano/ne' },
  { name: 'kind', type: 'choice', label: 'Druh', options: ['bioodpad', 'plasty'] },
  { name: 'text', type: 'paragraph', label: 'Text' },
];
const cs: RenderContext = { lang: 'cs', platform: 'facebook', hashtags: ['#Zábřeh'], town: 'Zábřeh' };

describe('renderTemplate', () => {
  it('formats each type: dates with weekday, time ranges, lists', () => {
    const out = renderTemplate('📅 {date}\n🕗 {time}\n📍 {places}\n{date:short} / {date:gen}', fields, { date: '2026-03-12', time: '08:00–14:00', places: ['Husova', 'Nádražní', 'Školská'] }, cs);
    expect(out).toBe('📅 Ve čtvrtek 12. 3. 2026\n🕗 8:00–14:00\n📍 Husova, Nádražní a Školská\nVe čtvrtek 12. 3. / čtvrtka 12. 3. 2026');
  });

  it('gives a marker line of a long list, or of items with commas, a line per item', () => {
    const places = ['Lhota – náves', 'Horní Ves – parkoviště, ul. Polní', 'Dolní Ves – u hřiště'];
    expect(renderTemplate('📍 {places}', fields, { places }, cs)).toBe('📍 Lhota – náves\n📍 Horní Ves – parkoviště, ul. Polní\n📍 Dolní Ves – u hřiště');
    // Short items stay one line; a list inside a sentence stays a sentence.
    expect(renderTemplate('📍 {places}', fields, { places: ['Lipová', 'Polní'] }, cs)).toBe('📍 Lipová a Polní');
    expect(renderTemplate('Kde: {places}', fields, { places }, cs)).toBe(`Kde: ${places[0]}, ${places[1]} a ${places[2]}`);
  });

  it('drops a line whose field is empty and uses the first alternative that has values', () => {
    const text = '💧 {date:short} nepoteče voda||💧 Pozor, nepoteče voda\n📍 {places}\nKonec';
    expect(renderTemplate(text, fields, { date: '2026-03-12' }, cs)).toBe('💧 Ve čtvrtek 12. 3. nepoteče voda\nKonec');
    expect(renderTemplate(text, fields, {}, cs)).toBe('💧 Pozor, nepoteče voda\nKonec');
  });

  it('yes/no hides its line when "no"; choice and paragraph render as typed', () => {
    const text = '🍰 Bude občerstvení.{ok}\n🗑️ {kind}\n{text}';
    expect(renderTemplate(text, fields, { ok: true, kind: 'plasty', text: 'Ahoj\ndruhý řádek' }, cs)).toBe('🍰 Bude občerstvení.\n🗑️ Plasty\nAhoj\ndruhý řádek');
    expect(renderTemplate(text, fields, { ok: false }, cs)).toBe('');
  });

  it('points links to the bio on Instagram, also inside paragraphs', () => {
    const ig = { ...cs, platform: 'instagram' as const };
    expect(renderTemplate('🔗 {link}\n{text}', fields, { link: 'https://zabreh.cz', text: 'Více na www.zabreh.cz/voda.' }, ig)).toBe('🔗 Odkaz v bio\nVíce na odkaz v bio.');
  });

  it('fills {hashtags} and {town}; leaves unknown placeholders visible; an invalid date is treated as empty', () => {
    expect(renderTemplate('{town} {nope}\n{hashtags}', fields, {}, cs)).toBe('Zábřeh {nope}\n#Zábřeh');
    expect(renderTemplate('📅 {date}', fields, { date: '2026-02-30' }, cs)).toBe('');
    expect(placeholdersOf('{a} {b:short} {a}')).toEqual(['a', 'b']);
  });
});

describe('validateValue', () => {
  it.each([
    [{ name: 'd', type: 'date', label: 'd' }, '2026-02-30', 'date'],
    [{ name: 'd', type: 'date', label: 'd' }, '2026-02-28', null],
    [{ name: 't', type: 'time', label: 't' }, '25:00', 'time'],
    [{ name: 't', type: 'timeRange', label: 't' }, '08:00–08:00', 'timeRange'],
    [{ name: 't', type: 'timeRange', label: 't' }, '22:00–05:00', null],
    [{ name: 'r', type: 'dateRange', label: 'r' }, '2026-03-14/2026-03-12', 'dateRange'],
    [{ name: 'l', type: 'link', label: 'l' }, 'zabreh cz', 'link'],
    [{ name: 'l', type: 'link', label: 'l' }, 'www.zabreh.cz/voda', null],
    [{ name: 'p', type: 'phone', label: 'p' }, '583 468 111', null],
    [{ name: 'p', type: 'phone', label: 'p' }, 'zavolejte', 'phone'],
    [{ name: 'e', type: 'email', label: 'e' }, 'info@zabreh', 'email'],
    [{ name: 'a', type: 'amount', label: 'a' }, 'zdarma', 'amount'],
    [{ name: 'c', type: 'choice', label: 'c', options: ['x'] }, 'y', 'choice'],
    [{ name: 'x', type: 'text', label: 'x', required: true }, '  ', 'required'],
    [{ name: 'x', type: 'text', label: 'x' }, '', null],
  ] as [TemplateField, string, string | null][])('%o %s → %s', (field, value, problem) => {
    expect(validateValue(field, value)).toBe(problem);
  });
});
