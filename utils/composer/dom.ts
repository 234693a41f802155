/**
 * Everything Town Crier knows about Facebook's and Instagram's composer DOM — this file only.
 * A redesign should be a fix here (plus a saved snapshot in tests/fixtures/composer/).
 *
 * Built on roles, aria and structure, not class names (hashed, they change weekly) and only
 * secondarily on labels (translated). Selector lists are tried in order; each entry says which
 * layout it matches and when that was seen. Every reader takes the document as a parameter, so
 * unit tests run it on saved snapshots.
 */
import type { PublishedKind } from '../publish/queue';

/**
 * Where a composer lives. Tried in order; the last-opened (topmost) dialog wins.
 * - 2026-11 facebook.com page and group composer ("Vytvořit příspěvek"): a modal `role=dialog`.
 * - 2026-11 instagram.com "Create new post": `role=dialog` (older builds: `aria-modal`).
 * - `dialog[open]`: the native element, used by neither today; cheap insurance.
 */
export const DIALOG = '[role=dialog],[aria-modal=true],dialog[open]';

/**
 * 2026-11 business.facebook.com (Meta Business Suite): the composer is a full page, not a
 * dialog; its form (or the main landmark around the form and the footer) is the container.
 */
export const PAGE = 'form,[role=main]';

/** Editors inside a container, by preference. */
export const EDITORS = [
  // 2026-11 facebook.com, business.facebook.com and the Instagram caption: Lexical.
  '[data-lexical-editor]',
  // Other rich editors (Draft.js in older Facebook builds) expose the textbox role.
  '[contenteditable][role=textbox]',
  '[contenteditable]',
  // 2023–2025 Instagram caption ("Write a caption…"): a React-controlled textarea.
  'textarea',
];
const ANY_EDITOR = EDITORS.join();

/** Editable boxes that are not a post: comments and replies in feed articles, search, read-only fields. */
const NOT_A_POST = '[role=article] *,[role=searchbox],[contenteditable=false],[disabled],[readonly]';
/**
 * A combobox (a box with autocomplete) is a picker — location, people, a single-line
 * typeahead — unless it is multi-line. 2026-12 Business Suite (business.facebook.com/latest/
 * composer, public automation scripts): the post text box has `role=combobox` (@mention and
 * #hashtag autocomplete), "Write into the dialogue box to include text with your post.", with
 * the contenteditable on it or inside it. `<input>` comboboxes are never editors here.
 */
const COMBOBOX = '[role=combobox]';
const MULTILINE = 'textarea,[data-lexical-editor],[aria-multiline=true]';
/** 2026-11: comment boxes in the photo viewer and Messenger chats, told by their labels. */
const NOT_A_POST_LABEL = /koment|comment|odpov|reply|antwort|zpráv|message|nachricht/i;

export const BUTTON = 'button,[role=button]';

/**
 * Any box the admin can write in, for the content script's trusted-typing marks (it may be any
 * editor on the page, so it is wider than EDITORS). A plain constant: the tiny content script
 * imports only this, and the bundler leaves the rest of this file out.
 */
export const WRITABLE = '[contenteditable],textarea';

/**
 * Submit labels: a second signal after structure (a label never makes a menu, a toggle or a
 * disabled button a submit). 2026-11: Facebook "Zveřejnit / Post / Posten", Business Suite
 * "Publikovat / Publish / Veröffentlichen", Instagram "Sdílet / Share / Teilen". 2026-12:
 * Czech Facebook's home/page composer "Přidat" (groups: "Zveřejnit"); Slovak "Uverejniť /
 * Zverejniť / Publikovať / Pridať / Zdieľať"; Polish "Opublikuj / Publikuj / Dodaj / Udostępnij".
 */
const SUBMIT = /^(zveřejnit|publikovat|sdílet|přidat|uverejniť|zverejniť|publikovať|pridať|zdieľať|opublikuj|publikuj|dodaj|udostępnij|post|publish|share|posten|veröffentlichen|teilen)$/i;

/** Buttons that are never a publish: scheduling, drafts, cancelling, navigating the dialog. */
const NOT_SUBMIT = /naplánovat|schedul|planen|koncept|draft|entwurf|zrušit|cancel|abbrechen|zavřít|close|schließen|zpět|back|zurück|další|next|weiter/i;

/** Disclosure, menu and toggle buttons are never the dialog's primary action. */
const NOT_PRIMARY = '[aria-expanded],[aria-haspopup],[aria-pressed],[aria-checked],[role=switch],[role=tab]';

/** Stories and reels: told by the URL or the dialog's label/heading (any language we know). */
const KINDS: [PublishedKind, RegExp][] = [
  ['story', /stor(y|ies)|příběh|geschichte/i],
  ['reel', /reel/i],
];

/** Not hidden (a closed dialog may stay in the DOM with `hidden` or `display: none`). */
export const shown = (e: Element) => !e.closest('[hidden]') && (e as HTMLElement).checkVisibility?.() !== false;

const isEditor = (e: Element | null): e is HTMLElement =>
  !!e &&
  e.matches(ANY_EDITOR) &&
  !e.matches(NOT_A_POST) &&
  !NOT_A_POST_LABEL.test(e.getAttribute('aria-label') ?? '') &&
  (!e.closest(COMBOBOX) || e.matches(MULTILINE) || !!e.closest(COMBOBOX)!.matches('[aria-multiline=true]')) &&
  shown(e);

/**
 * Feed posts and the feed itself hold likes, comments and shares, never a composer. [role=main]
 * wraps the whole feed: without this, every feed click would search it for an editor.
 */
const FEED = '[role=feed],[role=article]';

/** The composer's container: its dialog, else its page-level form / main landmark (never in the feed). */
export function containerOf(el: Element): Element | null {
  return el.closest(DIALOG) ?? (el.closest(FEED) ? null : el.closest(PAGE));
}

/** The first post editor inside `box`, by the preference order of EDITORS. */
export function editorIn(box: Element): HTMLElement | null {
  for (const selector of EDITORS) {
    for (const e of box.querySelectorAll(selector)) if (isEditor(e)) return e;
  }
  return null;
}

/**
 * The post composer the admin means: the editor they are in, if it is a composer; else the
 * topmost open dialog's editor; else a page-level composer (Business Suite). Never a comment box.
 */
export function findComposer(doc: Document = document): HTMLElement | null {
  const active = doc.activeElement;
  if (isEditor(active) && containerOf(active)) return active;
  for (const box of [...[...doc.querySelectorAll(DIALOG)].filter(shown).reverse(), ...doc.querySelectorAll(PAGE)]) {
    const e = editorIn(box);
    if (e) return e;
  }
  return null;
}

export const isTextField = (el: Element): el is HTMLTextAreaElement | HTMLInputElement =>
  el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';

const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|UL|OL|TR|SECTION|ARTICLE)$/;

/**
 * The text an editor shows, one "\n" per line: paragraphs and `<br>` make lines; an empty
 * paragraph (`<p><br></p>`) is an empty line. For Lexical this equals its state's text with
 * paragraphs joined by "\n" (Lexical renders its state into the DOM and reverts foreign edits).
 */
export function readText(el: Element): string {
  if (isTextField(el)) return el.value;
  let out = '';
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) out += c.nodeValue;
      else if (c.nodeName === 'BR') out += '\n';
      // Emoji drawn as images (Facebook did this in comments) keep their character in alt.
      else if (c.nodeName === 'IMG') out += (c as Element).getAttribute('alt') ?? '';
      else if (c.nodeType === 1) {
        const block = BLOCK.test(c.nodeName);
        if (block && out && !out.endsWith('\n')) out += '\n';
        walk(c);
        if (block && !out.endsWith('\n')) out += '\n';
      }
    }
  };
  walk(el);
  // The last block's own line end is not part of the text.
  return out.replace(/\n$/, '');
}

const labelOf = (b: Element) => (b.getAttribute('aria-label') || b.textContent || '').trim();

/** Text a button shows; an icon's SVG <title> (Instagram) is a name, not visible text. */
function shownText(b: Element): string {
  let text = b.textContent ?? '';
  for (const svg of b.querySelectorAll('svg')) text = text.replace(svg.textContent ?? '', '');
  return text;
}
const enabled = (b: Element) => !b.matches('[disabled],[aria-disabled=true]');

/**
 * The container's primary action by structure: the last enabled button with a text label
 * (icon buttons carry only aria-labels) that is not a menu, toggle or disclosure. Facebook's
 * "Post" and Business Suite's "Publish" close the footer; Instagram's "Share" is the only
 * text button in its header (the accordions after the caption are disclosures).
 */
export function primaryButton(box: Element): Element | null {
  let last: Element | null = null;
  for (const b of box.querySelectorAll(BUTTON)) if (eligible(b) && /\p{L}/u.test(shownText(b))) last = b;
  return last;
}

/**
 * Could be a submit by structure: enabled, not a menu, toggle or disclosure, and not inside a
 * post shown in the page (Business Suite's feed preview repeats the text with its own "Share").
 */
const eligible = (b: Element) => enabled(b) && !b.matches(NOT_PRIMARY) && !b.closest(FEED) && !NOT_SUBMIT.test(labelOf(b));

/**
 * Is `button` (a `<button>` or `role=button` inside the composer's container `box`) its
 * submit? Structure first — an eligible button that is a form submit or the container's
 * primary action; then a known submit label on an eligible button.
 */
export function isSubmit(button: Element, box: Element): boolean {
  return (
    button.matches(BUTTON) &&
    box.contains(button) &&
    eligible(button) &&
    (button.getAttribute('type') === 'submit' || primaryButton(box) === button || SUBMIT.test(labelOf(button)))
  );
}

/** post / story / reel, from the page address and the container's label or heading. */
export function kindOf(box: Element, pathname: string): PublishedKind {
  const hay = [pathname, box.getAttribute('aria-label'), box.querySelector('h1,h2,[role=heading]')?.textContent].join(' ');
  return KINDS.find(([, re]) => re.test(hay))?.[0] ?? 'post';
}
