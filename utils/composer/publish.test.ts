import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shared } from '../content/shared';
import { watchTyping } from '../content/typing';
import { CHECK_MS, GIVE_UP_AFTER_MS, MAX_PER_MINUTE, UNSURE_AFTER_MS, watchPublishes, type SubmitReport } from './publish';

const DIR = path.resolve(__dirname, '../../tests/fixtures/composer');

/** Puts a saved layout into the live document (listeners need a real event target). */
function show(file: string) {
  const saved = new DOMParser().parseFromString(fs.readFileSync(path.join(DIR, file), 'utf8'), 'text/html');
  document.body.replaceChildren(...[...saved.body.childNodes].map((n) => document.importNode(n, true)));
}
const byLabel = (label: string) => document.querySelector<HTMLElement>(`[aria-label="${label}"]`)!;
const byText = (text: string) => [...document.querySelectorAll<HTMLElement>('[role=button]')].find((b) => b.textContent?.trim() === text)!;

/** An event as the browser makes it for the admin's own action (`isTrusted`; scripts cannot set it). */
function trusted<E extends Event>(target: Element, e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
  return e;
}
const click = (el: Element) => trusted(el, new MouseEvent('click', { bubbles: true }));
const press = (el: Element, key: string) => trusted(el, new KeyboardEvent('keydown', { key, bubbles: true }));
/** The admin types into the editor (one trusted input event is what marks it). */
const typeInto = (el: Element) => trusted(el, new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
/** The composer's editor in the saved layouts. */
const editorOf = (label: string) => byLabel(label);

let sent: SubmitReport[];
let stop: () => void;
let on: { alive: boolean };
beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  // Each test's watcher has its own liveness: the typing listener stays on the document.
  const mine = (on = { alive: true });
  watchTyping(document, () => mine.alive, () => {});
  stop = watchPublishes((r) => sent.push(r), document, () => mine.alive);
});
afterEach(() => {
  on.alive = false;
  stop();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('watchPublishes', () => {
  it('reports one sure submit when the composer closes after its submit is clicked', () => {
    show('facebook-page-composer.2026-11.html');
    vi.setSystemTime(new Date('2026-11-20T09:30:00Z'));
    typeInto(editorOf('Co se vám honí hlavou, Město Zábřeh?'));
    click(byLabel('Zveřejnit').querySelector('span')!); // a click on the label inside the button
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
    typeInto(editorOf('Co se vám honí hlavou, Město Zábřeh?'));
    const submit = byLabel('Zveřejnit');
    click(submit);
    click(submit);
    press(submit, 'Enter');
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS * 2);
    expect(sent).toHaveLength(1);
  });

  it('Enter on the submit counts; Enter in the editor, other buttons, a disabled submit or an empty post do not', () => {
    show('facebook-group-composer.2026-11.html');
    const editor = editorOf('Create a public post…');
    typeInto(editor);
    press(editor, 'Enter');
    click(byLabel('Close'));
    click(byLabel('Photo/video'));
    click(byLabel('Anonymous post'));
    const submit = byText('Post');
    submit.setAttribute('aria-disabled', 'true');
    click(submit);
    submit.removeAttribute('aria-disabled');
    editor.replaceChildren(document.createElement('p'));
    click(submit);
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS * 4);
    expect(sent).toEqual([]);

    show('facebook-group-composer.2026-11.html');
    typeInto(editorOf('Create a public post…'));
    press(byText('Post'), 'Enter');
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent.map((s) => s.text)).toEqual(['Market on Saturday 8–12 🍎\nMasarykovo náměstí']);
  });

  it('an emptied composer is a publish (Instagram keeps its dialog open, the caption goes)', () => {
    show('instagram-create-lexical.2026-11.html');
    typeInto(editorOf('Write a caption...'));
    click(byText('Share'));
    byLabel('Write a caption...').remove();
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent).toMatchObject([{ kind: 'post', text: 'Náměstí dnes ráno ☀️\n#Zábřeh' }]);
  });

  it('a composer that stays open with its text raises one question, then a sure event if it closes later', () => {
    show('business-composer.2026-11.html');
    typeInto(editorOf('Napište text příspěvku…'));
    click(byText('Publikovat'));
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
    typeInto(editorOf('Napište text příspěvku…'));
    click(byText('Publikovat'));
    // Timers fire late (throttled), but time passes as usual.
    vi.setSystemTime(Date.now() + UNSURE_AFTER_MS);
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent).toMatchObject([{ uncertain: true }]);
  });

  it('gives up after a minute; then the same composer can be submitted again', () => {
    show('facebook-page-composer.2026-11.html');
    typeInto(editorOf('Co se vám honí hlavou, Město Zábřeh?'));
    click(byLabel('Zveřejnit'));
    vi.advanceTimersByTime(GIVE_UP_AFTER_MS);
    expect(sent).toHaveLength(1); // the question
    click(byLabel('Zveřejnit'));
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.uncertain).toBeUndefined();
  });

  it('a schedule or a draft is not a publish', () => {
    show('business-composer.2026-11.html');
    typeInto(editorOf('Napište text příspěvku…'));
    click(byText('Uložit jako koncept'));
    byText('Publikovat').querySelector('span')!.textContent = 'Naplánovat';
    click(byText('Naplánovat'));
    document.querySelector('form')!.remove();
    vi.advanceTimersByTime(CHECK_MS * 2);
    expect(sent).toEqual([]);
  });

  it('tells a story by its dialog', () => {
    show('facebook-story-composer.2026-11.html');
    typeInto(editorOf('Začněte psát'));
    click(byText('Sdílet do příběhu'));
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent).toMatchObject([{ kind: 'story', text: 'Dnes večer rozsvěcujeme strom 🎄' }]);
  });

  it('stays quiet once the extension is gone, and stop() removes its listeners', () => {
    show('facebook-page-composer.2026-11.html');
    typeInto(editorOf('Co se vám honí hlavou, Město Zábřeh?'));
    on.alive = false;
    click(byLabel('Zveřejnit'));
    on.alive = true;
    stop();
    click(byLabel('Zveřejnit'));
    document.querySelector('[role=dialog]')!.remove();
    vi.advanceTimersByTime(CHECK_MS * 2);
    expect(sent).toEqual([]);
  });

  it('never throws into the page, whatever is clicked', () => {
    show('facebook-feed-no-composer.2026-11.html');
    const errors = vi.fn();
    window.addEventListener('error', errors);
    for (const el of document.querySelectorAll('*')) click(el);
    press(document.body, 'Enter');
    window.removeEventListener('error', errors);
    expect(errors).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});

describe('only the admin\'s own actions count', () => {
  /** What a page script can do: build a composer and click it (security review, December 2026). */
  function fake(n: number) {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.textContent = `Falešný příspěvek ${n}`;
    const post = document.createElement('div');
    post.setAttribute('role', 'button');
    post.textContent = 'Post';
    dialog.append(editor, post);
    document.body.append(dialog);
    return { dialog, editor, post };
  }

  it('script clicks, dispatched Enter, script "typing" and a script paste never count (30 fakes each)', () => {
    for (let i = 0; i < 30; i++) {
      const { dialog, editor, post } = fake(i);
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
      editor.dispatchEvent(new Event('paste', { bubbles: true }));
      post.click();
      post.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      post.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      dialog.remove();
    }
    vi.advanceTimersByTime(CHECK_MS * 4);
    expect(sent).toEqual([]);
  });

  it('a trusted click on a composer nobody typed into does not count', () => {
    const { dialog, post } = fake(1);
    click(post);
    dialog.remove();
    vi.advanceTimersByTime(CHECK_MS * 2);
    expect(sent).toEqual([]);
  });

  it('the admin typed and clicked: counts; our composer script inserted and the admin clicked: counts', () => {
    const a = fake(1);
    typeInto(a.editor);
    click(a.post);
    a.dialog.remove();
    const b = fake(2);
    shared().touched.add(b.editor); // what utils/composer/insert.ts does after a verified insert
    click(b.post);
    b.dialog.remove();
    vi.advanceTimersByTime(CHECK_MS);
    expect(sent.map((r) => r.text)).toEqual(['Falešný příspěvek 1', 'Falešný příspěvek 2']);
  });

  it('the admin typed, then the page clicks for them: does not count', () => {
    const { dialog, editor, post } = fake(1);
    typeInto(editor);
    post.click();
    dialog.remove();
    vi.advanceTimersByTime(CHECK_MS * 2);
    expect(sent).toEqual([]);
  });

  it(`more than ${MAX_PER_MINUTE} sure publishes a minute become one "Published?" question; the next minute is normal`, () => {
    const publish = (n: number) => {
      const f = fake(n);
      typeInto(f.editor);
      click(f.post);
      f.dialog.remove();
      vi.advanceTimersByTime(CHECK_MS);
    };
    for (let i = 0; i < 10; i++) publish(i);
    expect(sent.map((r) => !!r.uncertain)).toEqual([false, false, false, true]);
    expect(sent[3]!.text).toBe('Falešný příspěvek 3');
    vi.advanceTimersByTime(60_000);
    publish(99);
    expect(sent.at(-1)).toMatchObject({ text: 'Falešný příspěvek 99' });
    expect(sent.at(-1)!.uncertain).toBeUndefined();
  });
});
