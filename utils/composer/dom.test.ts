import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUTTON, containerOf, findComposer, isSubmit, kindOf, primaryButton, readText } from './dom';

const DIR = path.resolve(__dirname, '../../tests/fixtures/composer');
const load = (name: string) => new DOMParser().parseFromString(fs.readFileSync(path.join(DIR, name), 'utf8'), 'text/html');
const html = (markup: string) => new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');

/** The button (or switch) named `label` by its aria-label, its icon's aria-label or its text. */
function button(doc: Document, label: string): Element {
  const name = (b: Element) => (b.getAttribute('aria-label') || b.querySelector('svg[aria-label]')?.getAttribute('aria-label') || b.textContent || '').trim();
  const found = [...doc.querySelectorAll(`${BUTTON},[role=switch]`)].find((b) => name(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

describe('findComposer and readText on saved layouts', () => {
  it.each([
    ['facebook-page-composer.2026-11.html', 'Co se vám honí hlavou, Město Zábřeh?', 'Zítra nepoteče voda.\n\nDěkujeme za pochopení #Zábřeh'],
    ['facebook-group-composer.2026-11.html', 'Create a public post…', 'Market on Saturday 8–12 🍎\nMasarykovo náměstí'],
    ['facebook-story-composer.2026-11.html', 'Začněte psát', 'Dnes večer rozsvěcujeme strom 🎄'],
    ['business-composer.2026-11.html', 'Napište text příspěvku…', 'Svoz objemného odpadu\nsobota 8:00–12:00'],
    ['instagram-create-lexical.2026-11.html', 'Write a caption...', 'Náměstí dnes ráno ☀️\n#Zábřeh'],
    ['instagram-create-textarea.2025-03.html', 'Napište popisek…', 'Podzim v Zábřehu 🍂'],
  ])('%s: finds the post editor, not a comment box, and reads its text', (file, label, text) => {
    const doc = load(file);
    const editor = findComposer(doc);
    expect(editor?.getAttribute('aria-label')).toBe(label);
    expect(readText(editor!)).toBe(text);
  });

  it('finds nothing on a page with only comment boxes, a Messenger chat, search and a hidden dialog', () => {
    expect(findComposer(load('facebook-feed-no-composer.2026-11.html'))).toBeNull();
  });

  it('takes the editor the admin is in, when it is a composer; never a focused comment box', () => {
    document.body.replaceChildren(...[...load('facebook-page-composer.2026-11.html').body.childNodes].map((n) => document.importNode(n, true)));
    const comment = document.querySelector<HTMLElement>('[aria-label="Napište komentář…"]')!;
    comment.focus();
    expect(document.activeElement).toBe(comment);
    expect(findComposer(document)?.getAttribute('aria-label')).toBe('Co se vám honí hlavou, Město Zábřeh?');

    // Two editors in one composer (Business Suite with per-network texts): the focused one wins.
    const doc = html(`<div role="dialog"><div contenteditable="true" role="textbox" aria-label="Facebook"><p>a</p></div>
      <div contenteditable="true" role="textbox" aria-label="Instagram"><p>b</p></div></div>`);
    document.body.replaceChildren(document.importNode(doc.body.firstElementChild!, true));
    expect(findComposer(document)?.getAttribute('aria-label')).toBe('Facebook');
    document.querySelector<HTMLElement>('[aria-label="Instagram"]')!.focus();
    expect(findComposer(document)?.getAttribute('aria-label')).toBe('Instagram');
    document.body.replaceChildren();
  });

  it('prefers the topmost (last opened) dialog and skips hidden ones', () => {
    const doc = html(`<div role="dialog"><textarea aria-label="first">1</textarea></div>
      <div role="dialog"><div contenteditable="true" data-lexical-editor="true" aria-label="second"><p>2</p></div></div>
      <div role="dialog" hidden><textarea aria-label="hidden">3</textarea></div>`);
    expect(findComposer(doc)?.getAttribute('aria-label')).toBe('second');
  });

  it('ignores read-only and disabled editors and pickers', () => {
    const doc = html(`<div role="dialog"><div contenteditable="false" role="textbox">x</div><textarea disabled>y</textarea>
      <textarea readonly>z</textarea><input role="combobox" aria-label="Add location"></div>`);
    expect(findComposer(doc)).toBeNull();
  });
});

describe('readText', () => {
  it.each([
    ['Lexical rich text: a paragraph per line, an empty paragraph per blank line', '<p><span>A</span></p><p><br></p><p><span>B</span></p>', 'A\n\nB'],
    ['Lexical plain text: line breaks in one paragraph, trailing managed break', '<p><span>A</span><br><br><span>B</span><br><br></p>', 'A\n\nB\n'],
    ['an empty editor', '<p><br></p>', ''],
    ['Draft.js blocks', '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">A</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">B</span></span></div></div></div>', 'A\n\nB'],
    ['emoji drawn as images keep their character', '<p>Ahoj <img alt="👋" src="x.png"> a <img src="y.png"></p>', 'Ahoj 👋 a '],
    ['ZWJ sequences, flags and diacritics as they are', '<p>👨‍👩‍👧 🇨🇿 Příliš žluťoučký kůň</p>', '👨‍👩‍👧 🇨🇿 Příliš žluťoučký kůň'],
  ])('%s', (_name, markup, text) => {
    const doc = html(`<div id="e" contenteditable="true">${markup}</div>`);
    expect(readText(doc.getElementById('e')!)).toBe(text);
  });

  it('reads a textarea by its value, not its markup', () => {
    const doc = html('<textarea id="t">old</textarea>');
    const t = doc.getElementById('t') as HTMLTextAreaElement;
    t.value = 'new\nlines';
    expect(readText(t)).toBe('new\nlines');
  });
});

describe('isSubmit: the submit by structure, labels second', () => {
  it.each([
    ['facebook-page-composer.2026-11.html', 'Zveřejnit', ['Zavřít', 'Fotka/video', 'Označit lidi', 'Upravit publikum']],
    ['facebook-group-composer.2026-11.html', 'Post', ['Close', 'Anonymous post', 'Photo/video', 'GIF']],
    ['facebook-story-composer.2026-11.html', 'Sdílet do příběhu', ['Zahodit', 'Zavřít', 'Písmo: Čisté']],
    ['business-composer.2026-11.html', 'Publikovat', ['Zrušit', 'Uložit jako koncept', 'Emoji', 'Nastavit datum a čas']],
    ['instagram-create-lexical.2026-11.html', 'Share', ['Back', 'Emoji', 'Accessibility', 'Advanced settings', 'Add collaborators']],
    ['instagram-create-textarea.2025-03.html', 'Sdílet', ['Zpět', 'Emoji', 'Přístupnost', 'Rozšířené nastavení']],
  ])('%s: "%s" submits, the other buttons do not', (file, submit, others) => {
    const doc = load(file);
    const s = button(doc, submit);
    expect(isSubmit(s, containerOf(s)!)).toBe(true);
    for (const label of others) {
      const b = button(doc, label);
      expect(isSubmit(b, containerOf(b)!), label).toBe(false);
    }
  });

  it('finds the submit in a language it has no word for, by structure alone', () => {
    for (const file of ['facebook-page-composer.2026-11.html', 'facebook-group-composer.2026-11.html', 'business-composer.2026-11.html']) {
      const doc = load(file);
      const s = button(doc, { 'facebook-page-composer.2026-11.html': 'Zveřejnit', 'facebook-group-composer.2026-11.html': 'Post', 'business-composer.2026-11.html': 'Publikovat' }[file]!);
      s.removeAttribute('aria-label');
      s.querySelector('span')!.textContent = 'Julkaise'; // Finnish
      expect(isSubmit(s, containerOf(s)!), file).toBe(true);
    }
  });

  it('does not take a disabled submit, a schedule or a draft for a publish', () => {
    const doc = load('business-composer.2026-11.html');
    const publish = button(doc, 'Publikovat');
    publish.setAttribute('aria-disabled', 'true');
    expect(isSubmit(publish, containerOf(publish)!)).toBe(false);
    publish.removeAttribute('aria-disabled');
    for (const word of ['Naplánovat', 'Schedule', 'Planen']) {
      publish.querySelector('span')!.textContent = word;
      expect(isSubmit(publish, containerOf(publish)!), word).toBe(false);
    }
  });

  it('knows the label list in Czech, Slovak, English and German even off the primary position', () => {
    const doc = html(`<div role="dialog"><div contenteditable="true" role="textbox">x</div>
      <div role="button" id="a">Sdílet</div><div role="button" id="b">Teilen</div><div role="button" id="c">Help</div></div>`);
    const box = doc.querySelector('[role=dialog]')!;
    expect(primaryButton(box)?.id).toBe('c');
    expect(isSubmit(doc.getElementById('a')!, box)).toBe(true);
    expect(isSubmit(doc.getElementById('b')!, box)).toBe(true);
  });
});

describe('containerOf and kindOf', () => {
  it('a dialog contains its composer; on Business Suite the form or the main landmark does', () => {
    const mbs = load('business-composer.2026-11.html');
    expect(containerOf(findComposer(mbs)!)?.tagName).toBe('FORM');
    expect(containerOf(button(mbs, 'Publikovat'))?.getAttribute('role')).toBe('main');
    const fb = load('facebook-page-composer.2026-11.html');
    expect(containerOf(findComposer(fb)!)?.getAttribute('role')).toBe('dialog');
  });

  it('gives buttons in the feed no container (a feed click never searches the page)', () => {
    const fb = load('facebook-page-composer.2026-11.html');
    expect(containerOf(button(fb, 'To se mi líbí'))).toBeNull();
    expect(containerOf(button(fb, 'Okomentovat'))).toBeNull();
  });

  it.each([
    ['facebook-page-composer.2026-11.html', '/mestozabreh', 'post'],
    ['facebook-story-composer.2026-11.html', '/stories/create', 'story'],
    ['facebook-page-composer.2026-11.html', '/stories/create', 'story'],
    ['business-composer.2026-11.html', '/latest/reels_composer', 'reel'],
    ['instagram-create-lexical.2026-11.html', '/', 'post'],
  ] as const)('%s at %s is a %s', (file, pathname, kind) => {
    const doc = load(file);
    expect(kindOf(containerOf(findComposer(doc)!)!, pathname)).toBe(kind);
  });

  it('tells a reel by the dialog heading', () => {
    const doc = load('instagram-create-lexical.2026-11.html');
    const dialog = doc.querySelector('[role=dialog]')!;
    dialog.removeAttribute('aria-label');
    dialog.querySelector('h1')!.textContent = 'New reel';
    expect(kindOf(dialog, '/')).toBe('reel');
  });
});

describe('Business Suite with the text box as a combobox (2026-12)', () => {
  const FILE = 'business-composer-combobox.2026-12.html';

  it('finds the multi-line editor inside the combobox and reads it; the submit is Publish, not the preview\'s Share', () => {
    const doc = load(FILE);
    const editor = findComposer(doc)!;
    expect(editor.closest('[role=combobox]')?.getAttribute('aria-label')).toBe('Write into the dialogue box to include text with your post.');
    expect(readText(editor)).toBe('Uzavírka Hlavní ulice\nod pondělí 7:00 #Zábřeh');
    expect(containerOf(editor)?.getAttribute('role')).toBe('main');
    const publish = button(doc, 'Publish');
    expect(isSubmit(publish, containerOf(publish)!)).toBe(true);
    for (const label of ['Share', 'Like', 'Comment', 'Cancel', 'Save as draft', 'Add photo', 'Facebook Feed preview', 'Set date and time']) {
      const b = button(doc, label);
      const box = containerOf(b);
      expect(!!box && isSubmit(b, box), label).toBe(false);
    }
  });

  it('in Czech: "Publikovat" submits', () => {
    const doc = load(FILE);
    const publish = button(doc, 'Publish');
    publish.querySelector('span')!.textContent = 'Publikovat';
    expect(isSubmit(publish, containerOf(publish)!)).toBe(true);
  });

  it('the combobox role on the contenteditable itself is a post editor too', () => {
    const doc = load(FILE);
    const box = doc.querySelector('[aria-label^="Write into the dialogue box"]')!;
    const editor = box.querySelector('[contenteditable]')!;
    box.removeAttribute('role');
    editor.setAttribute('role', 'combobox');
    editor.removeAttribute('data-lexical-editor'); // not Lexical: aria-multiline alone says it is a text box
    expect(findComposer(doc)).toBe(editor);
  });

  it('a single-line picker (contenteditable or input combobox) is never the composer, also when focused', () => {
    const doc = load(FILE);
    doc.querySelector('[aria-label^="Write into the dialogue box"]')!.remove();
    expect(findComposer(doc)).toBeNull();
    document.body.replaceChildren(...[...load(FILE).body.childNodes].map((n) => document.importNode(n, true)));
    document.querySelector<HTMLElement>('[aria-label="Add location"]')!.focus();
    expect(readText(findComposer(document)!)).toBe('Uzavírka Hlavní ulice\nod pondělí 7:00 #Zábřeh');
    document.body.replaceChildren();
  });
});

describe('submit labels (2026-12): Czech "Přidat", Slovak and Polish; structure first', () => {
  const SUBMITS = {
    'facebook-page-composer.2026-11.html': 'Zveřejnit',
    'facebook-group-composer.2026-11.html': 'Post',
    'facebook-story-composer.2026-11.html': 'Sdílet do příběhu',
    'business-composer.2026-11.html': 'Publikovat',
    'business-composer-combobox.2026-12.html': 'Publish',
    'instagram-create-lexical.2026-11.html': 'Share',
    'instagram-create-textarea.2025-03.html': 'Sdílet',
  };
  const WORDS = ['Přidat', 'Zveřejnit', 'Uverejniť', 'Zverejniť', 'Publikovať', 'Pridať', 'Zdieľať', 'Opublikuj', 'Publikuj', 'Dodaj', 'Udostępnij'];

  it.each(Object.entries(SUBMITS))('%s: each word names the submit even when another text button follows it', (file, label) => {
    for (const word of WORDS) {
      const doc = load(file);
      const submit = button(doc, label);
      const box = containerOf(submit)!;
      // Another text button after it: the submit is no longer the primary by position.
      const other = doc.createElement('div');
      other.setAttribute('role', 'button');
      other.textContent = 'Nápověda';
      box.append(other);
      expect(isSubmit(submit, box), `${word}: before`).toBe(label === 'Sdílet do příběhu' ? false : true);
      submit.removeAttribute('aria-label');
      (submit.querySelector('span') ?? submit).textContent = word;
      expect(primaryButton(box), word).toBe(other);
      expect(isSubmit(submit, box), word).toBe(true);
    }
  });

  it('a label never makes a menu, a toggle, a disabled button or a button in a shown post a submit', () => {
    const doc = html(`<div role="dialog"><div contenteditable="true" role="textbox">x</div>
      <div role="button" id="menu" aria-haspopup="menu">Přidat</div><div role="button" id="off" aria-disabled="true">Přidat</div>
      <div role="switch" id="toggle">Post</div><div role="article"><div role="button" id="shared">Share</div></div>
      <div role="button" id="help">Help</div></div>`);
    const box = doc.querySelector('[role=dialog]')!;
    for (const id of ['menu', 'off', 'toggle', 'shared']) expect(isSubmit(doc.getElementById(id)!, box), id).toBe(false);
    expect(isSubmit(doc.getElementById('help')!, box)).toBe(true); // the primary action by structure
    // A button outside the container is not its submit.
    const outside = doc.createElement('button');
    outside.textContent = 'Post';
    doc.body.append(outside);
    expect(isSubmit(outside, box)).toBe(false);
  });
});
