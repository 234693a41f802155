/**
 * Input clean-up for the rewriter: HTML reduced to text by a single linear scan (never parsed
 * into a document, so nothing can run or load), entities decoded, invisible characters that
 * break word matching removed. Non-breaking spaces are kept (every pattern treats them as spaces)
 * so facts keep their exact source text.
 */

/** Elements whose content is never text (skipped whole). */
// (Navigation menus and forms are page furniture, not the notice.)
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'nav', 'form', 'button', 'select']);
/** Elements that end a line of text. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article',
  'header', 'footer', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'address', 'figure', 'figcaption', 'main', 'nav', 'aside',
]);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…',
  bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', laquo: '«', raquo: '»', bull: '•',
  middot: '·', times: '×', euro: '€', copy: '©', reg: '®', deg: '°', shy: '', zwj: '\u200d', zwnj: '\u200c',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', minus: '−', sect: '§', pound: '£', dollar: '$', num: '#',
  aacute: 'á', Aacute: 'Á', eacute: 'é', Eacute: 'É', iacute: 'í', Iacute: 'Í', oacute: 'ó', Oacute: 'Ó',
  uacute: 'ú', Uacute: 'Ú', yacute: 'ý', Yacute: 'Ý', ecaron: 'ě', Ecaron: 'Ě', scaron: 'š', Scaron: 'Š',
  ccaron: 'č', Ccaron: 'Č', rcaron: 'ř', Rcaron: 'Ř', zcaron: 'ž', Zcaron: 'Ž', ncaron: 'ň', Ncaron: 'Ň',
  dcaron: 'ď', Dcaron: 'Ď', tcaron: 'ť', Tcaron: 'Ť', uring: 'ů', Uring: 'Ů', auml: 'ä', ouml: 'ö', uuml: 'ü',
  Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', lcaron: 'ľ', Lcaron: 'Ľ', ocirc: 'ô', lacute: 'ĺ', racute: 'ŕ',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

/** Decodes HTML character references (named subset, decimal, hex). Unknown ones stay as typed. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
    // Surrogates, NUL and out-of-range code points are not characters.
    if (!code || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

const HTML_HINT = /<(?:[a-zA-Z][a-zA-Z0-9]{0,10}[\s>/]|\/[a-zA-Z]|!--)/;

/** True when the text looks like markup (a tag or a comment), not just a "<" in prose. */
export function looksLikeHtml(s: string): boolean {
  return HTML_HINT.test(s.length > 20_000 ? s.slice(0, 20_000) : s);
}

/** Between a table row's cells while the row is read (joined by ", " at its end). */
const CELL = '\u0001';

const closeTagCache = new Map<string, RegExp>();
function closeTagRe(name: string): RegExp {
  let re = closeTagCache.get(name);
  if (!re) closeTagCache.set(name, (re = new RegExp(`</${name}`, 'gi')));
  return re;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

/**
 * Markup → text in one pass: tags removed, block elements become line breaks, list items get
 * a bullet, script/style/comments dropped whole, entities decoded. Linear in the input length;
 * an unclosed tag or comment ends the text (as a browser would hide it).
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  let textStart = 0;
  const n = html.length;
  // A page's own footer (outside <main>/<article>) is furniture: "© Město Zábřeh", the town's address.
  let inContent = 0;
  const hasContent = /<(?:main|article)[\s>]/i.test(html.length > 200_000 ? html.slice(0, 200_000) : html);
  // Table rows become bullet lines, their cells joined by ", "; a header row of words only goes.
  let rowStart = -1;
  let rowCells = 0;
  let headerOnly = true;
  const endRow = () => {
    if (rowStart < 0) return;
    const cells = out.splice(rowStart).join('').split(CELL).map((c) => c.trim()).filter(Boolean);
    if (!cells.length || (headerOnly && !/\d/.test(cells.join('')))) out.length = rowStart - 1;
    else out.push(cells.join(', '));
    rowStart = -1;
  };
  const flush = (end: number) => {
    if (end > textStart) out.push(decodeEntities(html.slice(textStart, end).replace(/[ \t\r\n]+/g, ' ')));
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    const isComment = html.startsWith('<!--', lt);
    const isTag = isComment || next === 47 /* / */ || next === 33 /* ! */ || next === 63 /* ? */ ||
      (next >= 97 && next <= 122) || (next >= 65 && next <= 90);
    if (!isTag) {
      i = lt + 1;
      continue;
    }
    flush(lt);
    if (isComment) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      textStart = i;
      continue;
    }
    const closing = next === 47;
    let j = lt + (closing ? 2 : 1);
    const nameStart = j;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    // Skip to the end of the tag, respecting quoted attribute values (they may contain ">").
    let quote = 0;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) break;
      j++;
    }
    i = j < n ? j + 1 : n;
    if (name === 'main' || name === 'article') inContent = Math.max(0, inContent + (closing ? -1 : 1));
    const skip = SKIP_CONTENT.has(name) || ((name === 'footer' || name === 'aside') && hasContent && !inContent);
    if (!closing && skip) {
      const re = closeTagRe(name);
      re.lastIndex = i;
      const close = re.exec(html)?.index ?? -1;
      if (close < 0) i = n;
      else {
        const gt = html.indexOf('>', close);
        i = gt < 0 ? n : gt + 1;
      }
    } else if (name === 'li') {
      if (!closing) out.push('\n• ');
    }
    else if (name === 'tr') {
      endRow();
      if (!closing) {
        out.push('\n• ');
        rowStart = out.length;
        rowCells = 0;
        headerOnly = true;
      }
    } else if (name === 'td' || name === 'th') {
      if (!closing) {
        if (rowStart >= 0 && rowCells > 0) out.push(CELL);
        rowCells++;
        if (name === 'td') headerOnly = false;
      }
    } else if (name === 'table' || name === 'thead' || name === 'tbody' || name === 'tfoot') {
      endRow();
      out.push('\n');
    } else if (BLOCK.has(name)) out.push('\n');
    textStart = i;
  }
  flush(n);
  return out.join('');
}

// Soft hyphen, zero-width space, word joiner, BOM: invisible, but they split words ("z dů­vodu").
// ZWJ (U+200D) and variation selectors are kept: emoji sequences need them.
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
const LINE_END = /\r\n?|[\u2028\u2029\u0085]/g;
const TRAILING_SPACE = /[ \t\u00a0]+$/gm;
const LEADING_SPACE = /^[ \t]+/gm;
const MANY_BLANK_LINES = /\n{3,}/g;

/** Text the rewriter can work on: markup reduced to text, line ends unified, invisible characters dropped. */
export function normalizeInput(raw: string): string {
  let s = typeof raw === 'string' ? raw : '';
  if (looksLikeHtml(s)) s = htmlToText(s);
  else s = decodeEntitiesIfEscaped(s);
  return s
    .replace(LINE_END, '\n')
    .replace(INVISIBLE, '')
    .replace(TRAILING_SPACE, '')
    .replace(LEADING_SPACE, '')
    .replace(MANY_BLANK_LINES, '\n\n')
    .trim();
}

// Plain text copied from a CMS sometimes still carries "&nbsp;" or "&amp;": decode only the
// common ones so that a literal "&" in prose stays untouched.
const COMMON_ESCAPES = /&(?:nbsp|amp|ndash|mdash|quot|bdquo|ldquo|#160|#8211);/;
function decodeEntitiesIfEscaped(s: string): string {
  return COMMON_ESCAPES.test(s) ? decodeEntities(s) : s;
}

// A web page's furniture around a notice: when it was published or updated, the copyright line.
// (Tried only at line starts: the scan jumps from one line break to the next.)
const FURNITURE_HINT = /(?:^|\n)[ \t]{0,4}(?:Zveřejn|Vyvěš|Sejmut|Datum [zvsa]|Publikov|Aktualiz|Vložen|Publish|Posted|Updated|Last upd|Date pub|©|\(c\)|Copyright)/iu;
const FURNITURE_LINE =
  /^[ \t]{0,4}(?:(?:Zveřejněno|Vyvěšeno|Sejmuto|Datum (?:zveřejnění|vyvěšení|sejmutí|vydání|aktualizace)|Publikováno|Aktualizováno|Vloženo|Published|Posted(?: on)?|Updated|Last updated|Date published)[ \t\u00a0]{0,3}:?[ \t\u00a0]{0,3}[\d.\u00a0 :/\-–,]{4,40}(?:[ \t\u00a0]{0,3}(?:hod\.?|h))?|(?:©|\(c\)|Copyright)[^\n]{0,120})[ \t]*(?:\n|$)/gimu;

/**
 * Lines that are a web page's furniture, not the notice: "Zveřejněno: 23. 3. 2026",
 * "Aktualizováno 24. 3. 2026 10:15", "© Město Zábřeh". Their dates are not the notice's dates.
 */
export function dropPageFurniture(text: string): string {
  return FURNITURE_HINT.test(text) ? text.replace(FURNITURE_LINE, '').replace(MANY_BLANK_LINES, '\n\n').trim() : text;
}

// Page furniture the notice's own text never has: breadcrumbs, view counters, share and print
// bars, cookie bars, search boxes, "back to the list", image placeholders. Whole lines only.
const CHROME_LINE = new RegExp(
  [
    // Breadcrumbs: "Úvod > Obec > Aktuality", "Úvod » Obecní úřad » …", "Home / News / …", "☰ MenuÚvod »…"
    String.raw`(?:☰\s*)?(?:Menu\s*)?(?:Úvod|Domů|Hlavní strana|Home)\s*[>»/›|]\s*.*`,
    String.raw`(?:\S.{0,60}\s[>»›]\s){2,}.{0,80}`,
    String.raw`(?:Drobečková navigace|Nacházíte se|Jste zde|Jste tady|You are here)\s*:?.*`,
    // Counters and dates of the page: "Zobrazeno 412×", "Počet zobrazení: 412", "Vloženo: 3. 4. 2026 / Zobrazeno 412×"
    String.raw`(?:Vloženo|Zobrazeno|Počet zobrazení|Přečteno|Views?)\s*:?\s*[\d.\s:×x/|]*(?:\s*(?:×|x|krát|times))?(?:\s*[/|]\s*(?:Zobrazeno|Počet zobrazení)\s*:?\s*\d+\s*(?:×|x|krát)?)?`,
    // Share, print, text version, site map
    String.raw`(?:Sdílet|Sdílejte|Share(?: this)?|Tisk|Vytisknout|Tisknout|Print)\s*:?\s*(?:(?:Facebook|X|Twitter|LinkedIn|WhatsApp|E-?mail|Tisk|Print|Instagram)\s*[|,/·•]?\s*)*`,
    String.raw`(?:Textová verze|Mapa webu|Rejstřík|Přeskočit na obsah|Skip to (?:main )?content)(?:\s*[|·•]\s*(?:Textová verze|Mapa webu|Rejstřík|Prohlášení o přístupnosti|English))*`,
    // Cookie bars
    String.raw`(?=.*(?:web|stránk|site|používá|use|souhlas|consent|prohlížeč|browser)).{0,120}cookie.{0,200}`,
    String.raw`(?:Souhlasím|Přijmout vše|Odmítnout vše|Nastavení(?: cookies)?|Accept all|Reject all|Accept|Rozumím)`,
    // Search, navigation back, placeholders of images and logos
    String.raw`(?:Vyhledat|Vyhledávání|Hledat|Search)\s*:?`,
    String.raw`(?:Zpět(?: na (?:výpis|seznam|aktuality|přehled))?|Zpět na začátek|Back(?: to (?:news|list|top))?|Další aktuality|Předchozí|Následující|Více zpráv)`,
    String.raw`(?:image|obrázek|foto|logo(?: \S+)?|znak obce|Rozměr: px|Začít zobrazení ze stránky:?|Download)`,
  ].join('|'),
  'iu',
);
const CHROME_SHAPE = new RegExp(`^(?:${CHROME_LINE.source})$`, 'iu');

/** A line that is page furniture (checked on the trimmed line; short lines only, so prose is never dropped). */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 240 && CHROME_SHAPE.test(t);
}

// A list item: "• ", "- ", "1. ", "2) ", "a) ". Never joined into the line before it.
const LIST_ITEM = /^(?:[-•*–]\s|\d{1,2}[.)]\s|[a-z]\)\s)/u;
// A line that ends a sentence, a heading's colon, or a list/field label.
const ENDS_SENTENCE = /[.!?:;…"“”)]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Lines a page or an e-mail hard-wrapped, and paragraphs split in the middle of a sentence
 * ("Ocitli jste se ve složité\n\nživotní situaci?"), joined again: a line that does not end a
 * sentence and is followed (after at most one blank line) by one that starts in lower case is
 * the same sentence. List items stay lines of their own; numbered lists stay lists.
 */
export function joinWrappedLines(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = out.length ? out[out.length - 1]! : undefined;
    if (prev !== undefined && line.trim() && !LIST_ITEM.test(line.trim()) && STARTS_LOWER.test(line.trim())) {
      // The previous text line (skipping one blank line between them).
      const blank = prev === '' && out.length >= 2 && out[out.length - 2] !== '';
      const target = blank ? out[out.length - 2]! : prev;
      if (target.trim() && !ENDS_SENTENCE.test(target.trimEnd())) {
        if (blank) out.pop();
        out[out.length - 1] = `${target.trimEnd()} ${line.trim()}`;
        continue;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * The clean stage: a pasted notice (text or HTML) → the notice's text. Markup reduced to text
 * (`normalizeInput`), page furniture dropped (publishing lines, breadcrumbs, counters, share,
 * cookie and search bars), hard-wrapped lines and paragraphs split mid-sentence joined, lists
 * kept. Linear; never throws.
 */
export function cleanNotice(raw: string): string {
  const text = dropPageFurniture(normalizeInput(raw));
  const kept = text.split('\n').filter((l) => !isChromeLine(l));
  return joinWrappedLines(kept.join('\n')).replace(MANY_BLANK_LINES, '\n\n').trim();
}
