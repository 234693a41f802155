import { describe, expect, it } from 'vitest';
import { checkPost, LIMITS } from './check';
import { renderMsg } from './render';
import { summarize, type CheckContext, type CheckItem, type Fix } from './types';

const NOW = new Date(2026, 2, 1, 10, 0); // Sunday 1 March 2026

const SETTINGS: CheckContext['settings'] = {
  defaultHashtags: [],
  hashtagIgnoreDiacritics: true,
  hashtagCamelCase: true,
  maxEmoji: 6,
  townName: 'Zábřeh',
};
const TAGS: NonNullable<CheckContext['tags']> = [
  { id: 'p', name: 'Policie ČR', category: 'police', facebook: 'Policie ČR', instagram: 'policiecz' },
  { id: 'h', name: 'HZS Olomouckého kraje', category: 'firefighters', facebook: 'HZS Olomouckého kraje' },
];

function ctx(over: Partial<CheckContext> = {}, settings: Partial<CheckContext['settings']> = {}): CheckContext {
  return { platform: 'facebook', now: NOW, tags: TAGS, hashtagSets: [], ...over, settings: { ...SETTINGS, ...settings } };
}
const item = (items: CheckItem[], id: string) => items.find((i) => i.id === id);
const get = (items: CheckItem[], id: string) => {
  const found = item(items, id);
  if (!found) throw new Error(`no item ${id}; have ${items.map((i) => i.id).join(', ')}`);
  return found;
};
const cs = (i: CheckItem) => renderMsg(i.message, 'cs');
function apply(fix: Fix | undefined, text: string, chosen?: string[]): string {
  if (!fix) throw new Error('no fix');
  return fix.kind === 'apply' ? fix.apply(text) : fix.apply(text, chosen ?? fix.options.map((o) => o.id));
}

describe('nothing to check', () => {
  it('empty or blank text gives no items', () => {
    expect(checkPost('', ctx())).toEqual([]);
    expect(checkPost(' \n\t ', ctx())).toEqual([]);
  });
});

describe('required hashtags', () => {
  const sets: CheckContext['hashtagSets'] = [
    { name: 'Město', hashtags: ['#Zábřeh', '#MěstoZábřeh'], requiredOn: ['facebook', 'instagram'] },
    { name: 'Kultura', hashtags: ['#ZábřehŽije'], requiredOn: ['instagram'] },
    { name: 'Sport', hashtags: ['#SportZábřeh'], requiredOn: [] },
  ];

  it('come from the settings, sets required on this platform, and the template', () => {
    const c = ctx({ hashtagSets: sets, template: { hashtags: ['#Advent'], tagCategories: [] } }, { defaultHashtags: ['#Zábřežsko'] });
    const r = get(checkPost('Dnes je trh.', c), 'hashtags.required');
    expect(r.status).toBe('fail');
    expect(cs(r)).toContain('#Zábřežsko, #Zábřeh, #MěstoZábřeh, #Advent');
    expect(cs(r)).not.toContain('#ZábřehŽije'); // Instagram only
    expect(cs(r)).not.toContain('#SportZábřeh'); // never required
  });

  it('the fix adds exactly the missing ones at the end, and then the item passes', () => {
    const c = ctx({ hashtagSets: sets });
    const text = 'Dnes je trh na náměstí.\n\n#MěstoZábřeh';
    const r = get(checkPost(text, c), 'hashtags.required');
    expect(r.status).toBe('fail');
    expect(renderMsg(r.fix!.label, 'en')).toBe('Add #Zábřeh');
    const fixed = apply(r.fix, text);
    expect(fixed).toBe('Dnes je trh na náměstí.\n\n#MěstoZábřeh #Zábřeh');
    expect(get(checkPost(fixed, c), 'hashtags.required').status).toBe('pass');
  });

  it('#Zabreh counts for #Zábřeh only when diacritics are ignored', () => {
    const c = (ignore: boolean) => ctx({}, { defaultHashtags: ['#Zábřeh'], hashtagIgnoreDiacritics: ignore });
    expect(get(checkPost('Ahoj #ZABREH', c(true)), 'hashtags.required').status).toBe('pass');
    expect(get(checkPost('Ahoj #Zabreh', c(false)), 'hashtags.required').status).toBe('fail');
    expect(get(checkPost('Ahoj #ZÁBŘEH', c(false)), 'hashtags.required').status).toBe('pass');
  });

  it('a #fragment in a link does not count as the hashtag', () => {
    const r = get(checkPost('Program: https://zabreh.cz/#Zábřeh', ctx({}, { defaultHashtags: ['#Zábřeh'] })), 'hashtags.required');
    expect(r.status).toBe('fail');
  });

  it('no required hashtags: no item', () => {
    expect(item(checkPost('Ahoj', ctx()), 'hashtags.required')).toBeUndefined();
  });
});

describe('hashtag hygiene', () => {
  it('duplicates: case always, diacritics per the setting; the fix keeps the first', () => {
    const loose = checkPost('Trh. #Zábřeh #zabreh', ctx());
    expect(get(loose, 'hashtags.duplicates').status).toBe('warn');
    expect(apply(get(loose, 'hashtags.duplicates').fix, 'Trh. #Zábřeh #zabreh')).toBe('Trh. #Zábřeh');
    expect(get(checkPost('Trh. #Zábřeh #Zabreh', ctx({}, { hashtagIgnoreDiacritics: false })), 'hashtags.duplicates').status).toBe('pass');
    expect(get(checkPost('Trh. #Zábřeh #ZÁBŘEH', ctx({}, { hashtagIgnoreDiacritics: false })), 'hashtags.duplicates').status).toBe('warn');
  });

  it('CamelCase for screen readers, with a fix; off when the setting is off', () => {
    const text = 'Trh. #mestozabreh #Kultura';
    const c = ctx({ hashtagSets: [{ name: 'Město', hashtags: ['#MěstoZábřeh'], requiredOn: [] }] });
    const r = get(checkPost(text, c), 'hashtags.camelCase');
    expect(r.status).toBe('warn');
    expect(cs(r)).toContain('#mestozabreh → #MestoZabreh');
    expect(apply(r.fix, text)).toBe('Trh. #MestoZabreh #Kultura');
    expect(item(checkPost(text, ctx({}, { hashtagCamelCase: false })), 'hashtags.camelCase')).toBeUndefined();
    expect(get(checkPost('Trh. #MěstoZábřeh #HZS', c), 'hashtags.camelCase').status).toBe('pass');
  });

  it('hashtags belong at the end', () => {
    const text = '#Zábřeh Dnes je trh.\n\nPřijďte!';
    const r = get(checkPost(text, ctx()), 'hashtags.atEnd');
    expect(r.status).toBe('warn');
    const fixed = apply(r.fix, text);
    expect(fixed).toBe('Dnes je trh.\n\nPřijďte!\n\n#Zábřeh');
    expect(get(checkPost(fixed, ctx()), 'hashtags.atEnd').status).toBe('pass');
    expect(get(checkPost('Dnes je trh! #Zábřeh 🎉', ctx()), 'hashtags.atEnd').status).toBe('pass');
  });

  it('"#" alone and digits-only hashtags fail, with fixes', () => {
    const text = 'Rok #2026 začíná # dnes.';
    const items = checkPost(text, ctx());
    expect(get(items, 'hashtags.empty').status).toBe('fail');
    expect(get(items, 'hashtags.digits').status).toBe('fail');
    const fixed = apply(get(items, 'hashtags.digits').fix, apply(get(items, 'hashtags.empty').fix, text));
    expect(fixed).toBe('Rok 2026 začíná dnes.');
    const after = checkPost(fixed, ctx());
    expect(item(after, 'hashtags.empty')).toBeUndefined();
    expect(item(after, 'hashtags.digits')).toBeUndefined();
  });

  it('no hashtags: no hygiene items', () => {
    const items = checkPost('Dnes je trh.', ctx());
    for (const id of ['hashtags.duplicates', 'hashtags.camelCase', 'hashtags.atEnd']) expect(item(items, id)).toBeUndefined();
  });
});

describe('Instagram', () => {
  const ig = (over: Partial<CheckContext> = {}, s: Partial<CheckContext['settings']> = {}) => ctx({ platform: 'instagram', ...over }, s);

  it('2,200 characters pass, 2,201 fail; Czech letters and emoji count as one', () => {
    const exact = 'ž'.repeat(2_199) + '👍';
    expect(get(checkPost(exact, ig()), 'ig.length').status).toBe('pass');
    const over = get(checkPost(exact + 'a', ig()), 'ig.length');
    expect(over.status).toBe('fail');
    expect(renderMsg(over.message, 'en')).toBe('Too long for Instagram: 2,201 of 2,200 characters (1 over).');
  });

  it('decomposed diacritics do not inflate the count', () => {
    expect(get(checkPost('Zábřeh '.normalize('NFD').repeat(300), ig()), 'ig.length').status).toBe('pass'); // 2,100 characters
  });

  it('warns when only a code-point count would exceed the limit (complex emoji)', () => {
    // 2,200 characters for a reader, 2,204 code points.
    const r = get(checkPost('ž'.repeat(2_199) + '👨‍👩‍👧', ig()), 'ig.length');
    expect(r.status).toBe('warn');
    expect(renderMsg(r.message, 'en')).toContain('2,204 code points');
  });

  it('the shorten fix drops the paragraphs the admin marks', () => {
    const p1 = 'Úvod. '.repeat(100).trim();
    const p2 = 'Podrobnosti. '.repeat(200).trim();
    const text = `${p1}\n\n${p2}\n\n#Zábřeh`;
    const r = get(checkPost(text, ig()), 'ig.length');
    expect(r.status).toBe('fail');
    const fix = r.fix!;
    if (fix.kind !== 'choose') throw new Error('expected a choice');
    expect(fix.options).toHaveLength(3);
    expect(fix.options[1]!.size).toBe(p2.length);
    expect(fix.mustRemove).toBeGreaterThan(0);
    const fixed = fix.apply(text, [fix.options[1]!.id]);
    expect(fixed).toBe(`${p1}\n\n#Zábřeh`);
    expect(get(checkPost(fixed, ig()), 'ig.length').status).toBe('pass');
  });

  it('at most 5 hashtags: the fix keeps required ones and the earliest', () => {
    const text = 'Trh.\n\n#A1 #B2 #C3 #D4 #E5 #F6 #Zábřeh';
    const r = get(checkPost(text, ig({}, { defaultHashtags: ['#Zábřeh'] })), 'ig.hashtags');
    expect(r.status).toBe('fail');
    const fixed = apply(r.fix, text);
    expect(fixed).toBe('Trh.\n\n#A1 #B2 #C3 #D4 #Zábřeh');
    expect(get(checkPost(fixed, ig({}, { defaultHashtags: ['#Zábřeh'] })), 'ig.hashtags').status).toBe('pass');
    expect(get(checkPost('Trh. #A1 #B2 #C3 #D4 #E5', ig()), 'ig.hashtags').status).toBe('pass');
  });

  it('no fix when the required hashtags alone are more than the limit', () => {
    const many = ['#A1', '#B2', '#C3', '#D4', '#E5', '#F6'];
    const r = get(checkPost('Trh. ' + many.join(' '), ig({}, { defaultHashtags: many })), 'ig.hashtags');
    expect(r.status).toBe('fail');
    expect(r.fix).toBeUndefined();
  });

  it('10,000 hashtags: counted, and the fix leaves 5', () => {
    const text = 'Trh.\n\n' + Array.from({ length: 10_000 }, (_, i) => `#Tag${i}`).join(' ');
    const r = get(checkPost(text, ig()), 'ig.hashtags');
    expect(renderMsg(r.message, 'en')).toContain('this post has 10,000');
    expect(apply(r.fix, text)).toBe('Trh.\n\n#Tag0 #Tag1 #Tag2 #Tag3 #Tag4');
  });

  it('@mentions: 20 pass, 21 fail; e-mails are not mentions', () => {
    const m = (n: number) => Array.from({ length: n }, (_, i) => `@ucet${i}`).join(' ');
    expect(get(checkPost(`Díky ${m(20)} a info@zabreh.cz, x@y.cz`, ig()), 'ig.mentions').status).toBe('pass');
    expect(renderMsg(get(checkPost(`Díky ${m(20)} a info@zabreh.cz`, ig()), 'ig.mentions').message, 'en')).toBe('@mentions: 20 of at most 20.');
    expect(get(checkPost(`Díky ${m(21)}`, ig()), 'ig.mentions').status).toBe('fail');
    expect(item(checkPost('Pište na info@zabreh.cz', ig()), 'ig.mentions')).toBeUndefined();
  });

  it('links are not clickable: the fix writes "odkaz v bio" (or "link in bio")', () => {
    const text = 'Program na https://zabreh.cz/#program.';
    const r = get(checkPost(text, ig()), 'ig.links');
    expect(r.status).toBe('warn');
    expect(apply(r.fix, text)).toBe('Program na odkaz v bio.');
    expect(apply(get(checkPost(text, ig({ postLang: 'en' })), 'ig.links').fix, text)).toBe('Program na link in bio.');
    expect(item(checkPost('Pište na info@zabreh.cz', ig()), 'ig.links')).toBeUndefined();
  });

  it('the key message must be within the first 125 characters', () => {
    const long = 'Vážení spoluobčané, ' + 'dovolujeme si vás tímto velmi srdečně pozvat, '.repeat(4) + 'na trh. Přijďte. ' + 'Více. '.repeat(30);
    expect(get(checkPost(long, ig()), 'ig.preview').status).toBe('warn');
    const good = 'Zítra je trh na náměstí. ' + 'Více informací. '.repeat(20);
    expect(get(checkPost(good, ig()), 'ig.preview').status).toBe('pass');
    const tagsFirst = Array.from({ length: 25 }, (_, i) => `#Tag${i}`).join(' ') + ' Zítra je trh.';
    expect(cs(get(checkPost(tagsFirst, ig()), 'ig.preview'))).toContain('není žádná věta');
    expect(get(checkPost('Krátký popisek.', ig()), 'ig.preview').status).toBe('pass');
  });

  it('reminds to tag partners in the photo when the post tags someone', () => {
    expect(get(checkPost('Díky @policiecz', ig()), 'remind.igPhotoTags').status).toBe('warn');
    expect(item(checkPost('Díky všem', ig()), 'remind.igPhotoTags')).toBeUndefined();
  });
});

describe('Facebook', () => {
  it('1–3 hashtags recommended', () => {
    expect(get(checkPost('Trh.', ctx()), 'fb.hashtags').status).toBe('warn');
    expect(get(checkPost('Trh. #Zábřeh #Trh', ctx()), 'fb.hashtags').status).toBe('pass');
    const text = 'Trh.\n\n#A1 #B2 #C3 #D4 #Zábřeh';
    const r = get(checkPost(text, ctx({}, { defaultHashtags: ['#Zábřeh'] })), 'fb.hashtags');
    expect(r.status).toBe('warn');
    expect(apply(r.fix, text)).toBe('Trh.\n\n#A1 #B2 #Zábřeh');
  });

  it('no more than 63,206 characters', () => {
    expect(get(checkPost('a'.repeat(LIMITS.facebook.chars), ctx()), 'fb.length').status).toBe('pass');
    expect(get(checkPost('a'.repeat(LIMITS.facebook.chars + 1), ctx()), 'fb.length').status).toBe('fail');
  });

  it('the first ~477 characters carry the message', () => {
    expect(get(checkPost('Krátký příspěvek.', ctx()), 'fb.seeMore').status).toBe('pass');
    const good = 'Zítra je trh na náměstí. ' + 'Podrobnosti následují. '.repeat(40);
    expect(get(checkPost(good, ctx()), 'fb.seeMore').status).toBe('pass');
    const bad = 'Vážení, ' + 'dovolujeme si vás srdečně pozvat, '.repeat(20) + 'na trh. ' + 'Více. '.repeat(10);
    expect(get(checkPost(bad, ctx()), 'fb.seeMore').status).toBe('warn');
  });

  it('reminds that pasted @names are not tags until picked from the list', () => {
    expect(get(checkPost('Díky @Policie ČR', ctx()), 'remind.fbTags').status).toBe('warn');
  });
});

describe('partner tags', () => {
  it('a police appeal needs the police tagged (Instagram handle)', () => {
    const c = ctx({ platform: 'instagram', kind: 'police-appeal' });
    const text = 'Pátráme po ztracené osobě.\n\n#Zábřeh';
    const r = get(checkPost(text, c), 'tags.police');
    expect(r.status).toBe('fail');
    expect(cs(r)).toContain('@policiecz');
    const fixed = apply(r.fix, text, ['@policiecz']);
    expect(fixed).toBe('Pátráme po ztracené osobě.\n\n@policiecz\n#Zábřeh');
    expect(get(checkPost(fixed, c), 'tags.police').status).toBe('pass');
  });

  it('on Facebook the page name after @ counts (any case, with or without diacritics)', () => {
    const c = ctx({ kind: 'police-appeal' });
    expect(get(checkPost('Pátráme. @Policie ČR', c), 'tags.police').status).toBe('pass');
    expect(get(checkPost('Pátráme. @policie cr', c), 'tags.police').status).toBe('pass');
    expect(get(checkPost('Pátráme. Policie ČR žádá…', c), 'tags.police').status).toBe('fail');
  });

  it("in Facebook's composer a real tag is the bare page name; a typed \"@Name\" is not linked", () => {
    const c = ctx({ kind: 'police-appeal', source: 'composer' });
    // What the composer reads back after the admin picked the page from Facebook's suggestions.
    expect(get(checkPost('Pátráme. Děkujeme, Policie ČR!', c), 'tags.police').status).toBe('pass');
    const typed = get(checkPost('Pátráme. @Policie ČR', c), 'tags.police');
    expect(typed.status).toBe('fail');
    expect(renderMsg(typed.message, 'en')).toContain('only as text, not as a tag');
    expect(typed.fix).toBeUndefined(); // only Facebook's own suggestions make a tag
    // One linked occurrence is enough, even when an unlinked one is there too.
    expect(get(checkPost('@Policie ČR a Policie ČR', c), 'tags.police').status).toBe('pass');
    expect(get(checkPost('Pátráme po osobě.', c), 'tags.police').status).toBe('fail');
    // On Instagram the caption keeps @handles as typed: nothing changes there.
    expect(get(checkPost('Pátráme. @policiecz', ctx({ platform: 'instagram', kind: 'police-appeal', source: 'composer' })), 'tags.police').status).toBe('pass');
  });

  it('categories come from the template too', () => {
    const c = ctx({ template: { hashtags: [], tagCategories: ['firefighters'] } });
    expect(get(checkPost('Zásah.', c), 'tags.firefighters').status).toBe('fail');
  });

  it('explains what to add to the directory when it cannot help', () => {
    const noIg = get(checkPost('Požár.', ctx({ platform: 'instagram', kind: 'fire-brigade' })), 'tags.firefighters');
    expect(noIg.status).toBe('warn');
    expect(renderMsg(noIg.message, 'en')).toContain('no Instagram handle');
    const none = get(checkPost('Zápas.', ctx({ kind: 'sports' })), 'tags.sports');
    expect(none.status).toBe('warn');
    expect(renderMsg(none.message, 'en')).toContain('directory has none');
  });

  it('no kind and no template: no tag items', () => {
    expect(checkPost('Ahoj', ctx()).some((i) => i.group === 'tags')).toBe(false);
  });
});

describe('readability', () => {
  it('ALL CAPS words beyond abbreviations are flagged, with a fix', () => {
    const text = 'POZOR! Zítra nepoteče voda. HZS ČR a ZUŠ děkují.';
    const r = get(checkPost(text, ctx()), 'read.caps');
    expect(r.status).toBe('warn');
    expect(cs(r)).toContain('POZOR');
    expect(cs(r)).not.toContain('HZS');
    expect(apply(r.fix, text)).toBe('Pozor! Zítra nepoteče voda. HZS ČR a ZUŠ děkují.');
    expect(get(checkPost('HZS ČR a ZUŠ děkují.', ctx()), 'read.caps').status).toBe('pass');
  });

  it('scripts without capitals are not shouting', () => {
    expect(get(checkPost('Přátelské město 友好城市 дружба', ctx()), 'read.caps').status).toBe('pass');
  });

  it('short caps words next to shouting ones shout too; names keep their capital', () => {
    const text = 'Dnes NEPITNÁ VODA v ZÁBŘEH.';
    const r = get(checkPost(text, ctx()), 'read.caps');
    expect(cs(r)).toContain('NEPITNÁ, VODA, ZÁBŘEH');
    expect(apply(r.fix, text)).toBe('Dnes nepitná voda v Zábřeh.');
  });

  it('sentences over 25 words; numbers, dates and abbreviations do not break the count', () => {
    const w = (n: number) => Array.from({ length: n }, (_, i) => `slovo${String.fromCharCode(97 + (i % 26))}`).join(' ');
    expect(get(checkPost(`${w(25)}.`, ctx()), 'read.sentences').status).toBe('pass');
    const long = get(checkPost(`${w(26)}. Krátká věta.`, ctx()), 'read.sentences');
    expect(long.status).toBe('warn');
    expect(renderMsg(long.message, 'en')).toMatch(/^1 sentence is longer than 25 words .*has 26/);
    // "12. 3. 2026 v 18:00" is not 5 words; "ul. Masarykova" does not end the sentence.
    expect(get(checkPost(`Ve středu 12. 3. 2026 v 18:00 na ul. Masarykova ${w(18)}.`, ctx()), 'read.sentences').status).toBe('pass');
    expect(get(checkPost(`Na ul. Masarykova ${w(24)}.`, ctx()), 'read.sentences').status).toBe('warn');
    // A line break ends a sentence (lists without full stops).
    expect(get(checkPost(`${w(20)}\n${w(20)}`, ctx()), 'read.sentences').status).toBe('pass');
  });

  it('emoji in moderation (configurable); a ZWJ family is one', () => {
    expect(get(checkPost('Trh 👨‍👩‍👧 🎉', ctx({}, { maxEmoji: 2 })), 'read.emoji').status).toBe('pass');
    expect(get(checkPost('Trh 👨‍👩‍👧 🎉 🇨🇿', ctx({}, { maxEmoji: 2 })), 'read.emoji').status).toBe('warn');
    expect(get(checkPost('Trh 🎉', ctx({}, { maxEmoji: 0 })), 'read.emoji').status).toBe('warn');
  });
});

describe('when and where', () => {
  const event = (text: string) => checkPost(text, ctx({ kind: 'event' }));

  it('an event post needs a date, a time and a place', () => {
    const bare = event('Přijďte na jarmark!');
    expect(get(bare, 'when.date').status).toBe('fail');
    expect(get(bare, 'when.time').status).toBe('fail');
    expect(get(bare, 'when.place').status).toBe('warn');
    const full = event('Jarmark bude v sobotu 14. 3. od 9:00 na Masarykově náměstí.');
    for (const id of ['when.date', 'when.time', 'when.place', 'when.weekday']) expect(get(full, id).status).toBe('pass');
  });

  it('kinds without a when/where need no such items', () => {
    expect(checkPost('Děkujeme hasičům.', ctx({ kind: 'general' })).some((i) => i.id.startsWith('when.'))).toBe(false);
  });

  it('a wrong weekday fails with a fix, for any kind', () => {
    const text = 'Ve středu 12. 3. bude úřad zavřený.';
    const r = get(checkPost(text, ctx()), 'when.weekday');
    expect(r.status).toBe('fail');
    expect(cs(r)).toBe('„středu“ nesedí: 12. 3. 2026 je čtvrtek.');
    expect(renderMsg(r.message, 'en')).toBe('“středu” does not match: 12. 3. 2026 is a Thursday.');
    const fixed = apply(r.fix, text);
    expect(fixed).toBe('Ve čtvrtek 12. 3. bude úřad zavřený.');
    expect(get(checkPost(fixed, ctx()), 'when.weekday').status).toBe('pass');
  });

  it('a right weekday of a day just past is right, and the fix never makes it wrong', () => {
    // Tuesday 10 March 2026: "v neděli 8. 3." is the Sunday two days ago (8. 3. 2027 is a Monday).
    const text = 'Děkujeme všem, kdo přišli v neděli 8. 3. na jarmark.';
    const r = get(checkPost(text, ctx({ now: new Date(2026, 2, 10, 9, 0) })), 'when.weekday');
    expect(r.status).toBe('pass');
    expect(r.fix).toBeUndefined();
  });

  it('accepts one weekday for a whole list, and says when one date of it does not fit (no one-click fix)', () => {
    expect(get(checkPost('Svoz bioodpadu vždy v úterý: 7. 4., 21. 4., 5. 5.', ctx()), 'when.weekday').status).toBe('pass');
    const r = get(checkPost('Svoz bioodpadu vždy v úterý: 7. 4., 22. 4., 5. 5.', ctx()), 'when.weekday');
    expect(r.status).toBe('fail');
    expect(cs(r)).toBe('„úterý“ nesedí: 22. 4. 2026 je středa.');
    expect(r.fix).toBeUndefined();
  });

  it('a date of every year has no weekday to check', () => {
    expect(item(checkPost('Pietní akt se koná každoročně v pondělí 28. 10. u pomníku.', ctx()), 'when.weekday')).toBeUndefined();
  });

  it('a day that does not exist fails', () => {
    expect(get(checkPost('Uzávěrka 30. 2. 2026.', ctx()), 'when.invalid').status).toBe('fail');
  });

  it('English dates are checked too', () => {
    expect(get(checkPost('Market on Wednesday 12 March 2026.', ctx()), 'when.weekday').status).toBe('fail');
  });
});

describe('reminders', () => {
  it('need a tick from the admin, then pass', () => {
    expect(get(checkPost('Trh.', ctx()), 'remind.photoAlt')).toMatchObject({ status: 'warn', reminder: true });
    expect(get(checkPost('Trh.', ctx({ done: ['remind.photoAlt'] })), 'remind.photoAlt').status).toBe('pass');
  });
});

describe('messages', () => {
  const texts = [
    'POZOR VODA! Ve středu 12. 3. od 8:00 bude v ulici Krumpach odstávka #zabreh. Více na https://zabreh.cz/#odstavky. # #2026 #zabreh 💧💧💧💧💧💧💧',
    'Trh.\n\n' + Array.from({ length: 30 }, (_, i) => `@u${i} #T${i}`).join(' '),
    'x'.repeat(2_300) + '. Uzávěrka 30. 2. 2026.',
    '👨‍👩‍👧'.repeat(600),
    'Jarmark. ' + 'Dlouhá věta bez konce '.repeat(10),
    'Zásah hasičů.',
  ];
  const contexts: CheckContext[] = [
    ctx({ kind: 'event' }, { defaultHashtags: ['#Zábřeh', '#Kultura'] }),
    ctx({ platform: 'instagram', kind: 'police-appeal' }, { maxEmoji: 0 }),
    ctx({ platform: 'instagram', kind: 'fire-brigade', tags: [] }),
    ctx({ kind: 'sports', template: { hashtags: ['#Sport'], tagCategories: ['firefighters', 'school'] } }),
  ];

  it('every message, fix label and prompt exists in Czech and English with all placeholders filled', () => {
    const seen = new Set<string>();
    for (const c of contexts)
      for (const t of texts)
        for (const i of checkPost(t, c)) {
          seen.add(`${i.id}:${i.status}`);
          const msgs = [i.message, i.fix?.label, i.fix?.kind === 'choose' ? i.fix.prompt : undefined].filter((m) => m !== undefined);
          for (const m of msgs)
            for (const lang of ['cs', 'en'] as const) {
              const text = renderMsg(m, lang);
              expect(text, `${i.id} ${lang}`).not.toMatch(/\{\w+\}|^(checklist|tags)_/);
            }
        }
    // The samples reach every rule (ids × statuses), so no message goes untranslated unseen.
    expect(seen.size).toBeGreaterThan(35);
  });

  it('numbers are written the way the admin’s language writes them', () => {
    const r = get(checkPost('ž'.repeat(2_201), ctx({ platform: 'instagram' })), 'ig.length');
    expect(renderMsg(r.message, 'en')).toContain('2,201 of 2,200');
    expect(renderMsg(r.message, 'cs')).toContain('2\u00a0201 znaků z 2\u00a0200');
  });

  it('summaries count the statuses', () => {
    const items = checkPost('Ve středu 12. 3. trh #Zábřeh', ctx());
    const s = summarize(items);
    expect(s.pass + s.warn + s.fail).toBe(items.length);
    expect(s.fail).toBe(items.filter((i) => i.status === 'fail').length);
  });
});
