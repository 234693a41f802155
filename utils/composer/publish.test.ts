import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_MS, GIVE_UP_AFTER_MS, UNSURE_AFTER_MS, watchPublishes, type SubmitReport } from './publish';

const DIR = path.resolve(__dirname, '../../tests/fixtures/composer');

/** Puts a saved layout into the live document (listeners need a real event target). */
function show(file: string) {
  const saved = new DOMParser().parseFromString(fs.readFileSync(path.join(DIR, file), 'utf8'), 'text/html');
  document.body.replaceChildren(...[...saved.body.childNodes].map((n) => document.importNode(n, true)));
}
const byLabel = (label: string) => document.querySelector<HTMLElement>(`[aria-label="${label}"]`)!;
const byText = (text: string) => [...document.querySelectorAll<HTMLElement>('[role=button]')].find((b) => b.textContent?.trim() === text)!;

let sent: SubmitReport[];
let stop: () => void;
let alive: boolean;
beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  alive = true;
  stop = watchPublishes((r) => sent.push(r), document, () => alive);
});
afterEach(() => {
  stop();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('watchPublishes', () => {
  it('reports one sure submit when the composer closes after its submit is clicked', () => {
    show('facebook-page-composer.2026-11.html');
    vi.setSystemTime(new Date('2026-11-20T09:30:00Z'));
    byLabel('Zveřejnit').querySelector('span')!.click(); // a click on the label inside the button
    vi.advanceTimersByTime(CHECK_MS * 3);
    expect(sent).toEqual([]); // still open: nothing yet
    document.querySelector('[role=dialog]')!.parentElement!.remove();
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent).toEqual([
      { platform: 'facebook', kind: 'post', at: Date.parse('2026-11-20T09:30:00Z'), text: 'Zítra nepoteče voda.\n\nDěkujeme za pochopení #Zábřeh' },
    ]);
    vi.advanceTimersByTime(UNSURE_AFTER_MS * 2);
    expect(sent).toHaveLength(1);
  });

  it('a double click, or Enter then click, is one submit', () => {
    show('facebook-page-composer.2026-11.html');
    const submit = byLabel('Zveřejnit');
    submit.click();
    submit.click();
    submit.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS * 2);
    expect(sent).toHaveLength(1);
  });

  it('Enter on the submit counts; Enter in the editor, other buttons, a disabled submit or an empty post do not', () => {
    show('facebook-group-composer.2026-11.html');
    const editor = byLabel('Create a public post…');
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    byLabel('Close').click();
    byLabel('Photo/video').click();
    byLabel('Anonymous post').click();
    const submit = byText('Post');
    submit.setAttribute('aria-disabled', 'true');
    submit.click();
    submit.removeAttribute('aria-disabled');
    editor.replaceChildren(document.createElement('p'));
    submit.click();
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS * 4);
    expect(sent).toEqual([]);

    show('facebook-group-composer.2026-11.html');
    byText('Post').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent.map((s) => s.text)).toEqual(['Market on Saturday 8–12 🍎\nMasarykovo náměstí']);
  });

  it('an emptied composer is a publish (Instagram keeps its dialog open, the caption goes)', () => {
    show('instagram-create-lexical.2026-11.html');
    byText('Share').click();
    byLabel('Write a caption...').remove();
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent).toMatchObject([{ kind: 'post', text: 'Náměstí dnes ráno ☀️\n#Zábřeh' }]);
  });

  it('a composer that stays open with its text raises one question, then a sure event if it closes later', () => {
    show('business-composer.2026-11.html');
    byText('Publikovat').click();
    vi.advanceTimersByTime(UNSURE_AFTER_MS - CHECK_MS);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent).toMatchObject([{ uncertain: true, text: 'Svoz objemného odpadu\nsobota 8:00–12:00' }]);
    vi.advanceTimersByTime(CHECK_MS * 20);
    expect(sent).toHaveLength(1);
    document.querySelector('form')!.remove();
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.uncertain).toBeUndefined();
  });

  it('counts by the clock: a background tab that checks once a second still asks after 10 s', () => {
    show('business-composer.2026-11.html');
    byText('Publikovat').click();
    // Timers fire late (throttled), but time passes as usual.
    vi.setSystemTime(Date.now() + UNSURE_AFTER_MS);
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent).toMatchObject([{ uncertain: true }]);
  });

  it('gives up after a minute; then the same composer can be submitted again', () => {
    show('facebook-page-composer.2026-11.html');
    byLabel('Zveřejnit').click();
    vi.advanceTimersByTime(GIVE_UP_AFTER_MS);
    expect(sent).toHaveLength(1); // the question
    byLabel('Zveřejnit').click();
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.uncertain).toBeUndefined();
  });

  it('a schedule or a draft is not a publish', () => {
    show('business-composer.2026-11.html');
    byText('Uložit jako koncept').click();
    byText('Publikovat').querySelector('span')!.textContent = 'Naplánovat';
    byText('Naplánovat').click();
    document.querySelector('form')!.remove();
    vi.advanceTimersByTime(CHECK_MS * 2);
    expect(sent).toEqual([]);
  });

  it('tells a story by its dialog', () => {
    show('facebook-story-composer.2026-11.html');
    byText('Sdílet do příběhu').click();
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent).toMatchObject([{ kind: 'story', text: 'Dnes večer rozsvěcujeme strom 🎄' }]);
  });

  it('stays quiet once the extension is gone, and stop() removes its listeners', () => {
    show('facebook-page-composer.2026-11.html');
    alive = false;
    byLabel('Zveřejnit').click();
    alive = true;
    stop();
    byLabel('Zveřejnit').click();
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS * 2);
    expect(sent).toEqual([]);
  });

  it('never throws into the page, whatever is clicked', () => {
    show('facebook-feed-no-composer.2026-11.html');
    const errors = vi.fn();
    window.addEventListener('error', errors);
    for (const el of document.querySelectorAll('*')) el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    window.removeEventListener('error', errors);
    expect(errors).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});
