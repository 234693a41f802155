/**
 * One linear pass over a post that finds what the rules count: links, e-mails, @mentions,
 * #hashtags (and the broken ones), words, sentence punctuation, line breaks and emoji.
 *
 * Why not one regex per rule: "https://zabreh.cz/#program" must not count as a hashtag and
 * "info@zabreh.cz" not as a mention, so every rule has to agree on what a piece of text is.
 * All patterns are compiled once and none of them backtracks more than linearly: 1 MB of
 * text must tokenise in well under 100 ms.
 */

/** Token kinds (small integers: 1 MB of text makes ~250,000 tokens, kept in typed arrays). */
export const T = {
  url: 1,
  email: 2,
  mention: 3,
  hashtag: 4,
  /** "#" with nothing after it. */
  hashEmpty: 5,
  /** "#2026": platforms do not make a hashtag of digits only. */
  hashDigits: 6,
  word: 7,
  /** . ! ? … (one or more). */
  punct: 8,
  newline: 9,
  emoji: 10,
} as const;
export type TokenType = (typeof T)[keyof typeof T];

/** Tokens as parallel arrays: token k is `text.slice(start[k], end[k])` of kind `type[k]`. */
export class Tokens {
  type: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  length = 0;
  private capacity: number;
  constructor(public text: string) {
    const cap = (text.length >> 2) + 16;
    this.capacity = cap;
    this.type = new Uint8Array(cap);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
  }
  /** Starts over for another text, keeping the arrays (for callers that tokenise on every keystroke). */
  reset(text: string): this {
    this.text = text;
    this.length = 0;
    return this;
  }
  push(type: TokenType, start: number, end: number): void {
    if (this.length === this.capacity) {
      this.capacity *= 2;
      const grow = <A extends Uint8Array | Int32Array>(a: A, make: (n: number) => A): A => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.type = grow(this.type, (k) => new Uint8Array(k));
      this.start = grow(this.start, (k) => new Int32Array(k));
      this.end = grow(this.end, (k) => new Int32Array(k));
    }
    this.type[this.length] = type;
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.length++;
  }
  str(k: number): string {
    return this.text.slice(this.start[k], this.end[k]);
  }
  /** Index of the last token, or -1. */
  get last(): number {
    return this.length - 1;
  }
}

// Character classes of BMP code units, filled lazily (0 = not looked up yet).
const WORD = 1; // \p{L} \p{M} \p{Nd}
const PICTO = 2; // \p{Extended_Pictographic}
const OTHER = 3;
const CLASS = new Uint8Array(0x10000);
const WORD_RE = /^[\p{L}\p{M}\p{Nd}]$/u;
const PICTO_RE = /^\p{Extended_Pictographic}$/u;
function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = WORD_RE.test(ch) ? WORD : PICTO_RE.test(ch) ? PICTO : OTHER;
    CLASS[c] = k;
  }
  return k;
}
const isWordUnit = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0x80 && c < 0xd800 && classOf(c) === WORD);

// Emoji: a flag, a keycap, or a pictograph with its modifiers and ZWJ-joined pictographs.
const EMOJI_Y =
  /\p{Regional_Indicator}\p{Regional_Indicator}?|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*)*/uy;
// Tried only where a word is glued to "." "@" …, at the start of its run (see `plainUntil`).
const EMAIL_Y = /[\p{L}\p{M}\p{Nd}._%+\-]+@[\p{L}\p{M}\p{Nd}\-]+(?:\.[\p{L}\p{M}\p{Nd}\-]+)+/uy;
const LOCAL_RUN_Y = /[\p{L}\p{M}\p{Nd}._%+\-]+/uy;
const DOMAIN_Y = /[\p{L}\p{Nd}\-]+(?:\.[\p{L}\p{Nd}\-]+)+/uy;

/** Top-level domains a bare "zabreh.cz" may end with (a bare "konec.Další" is a typo, not a link). */
const TLDS = new Set(
  'cz sk com org net eu info gov edu io de at pl hu uk us app online site city page tv fm me gl ly be'.split(' '),
);

const LOCAL_PUNCT = '._%+-';
const isLocalUnit = (c: number) => isWordUnit(c) || (c < 128 && LOCAL_PUNCT.includes(String.fromCharCode(c)));
/** Ends a link: white space, quotes and angle brackets. */
const isUrlStop = (c: number) =>
  c <= 32 || c === 34 || c === 60 || c === 62 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;

/** Trailing punctuation is the sentence's, not the link's (keeps ")" when the link opened one). */
function trimUrlEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text[end - 1]!;
    if (c === ')') {
      const body = text.slice(start, end);
      if ((body.match(/\(/g)?.length ?? 0) >= (body.match(/\)/g)?.length ?? 0)) break;
    } else if (!'.,;:!?]}\'"…'.includes(c)) break;
    end--;
  }
  return end;
}

function emojiAt(text: string, i: number): number {
  EMOJI_Y.lastIndex = i;
  const m = EMOJI_Y.exec(text);
  if (!m) return i;
  // © ® ™ ‼ ↔ … are "pictographic" but stay text unless followed by the emoji selector.
  const c = text.charCodeAt(i);
  if (m[0].length === 1 && c < 0x2600 && text.charCodeAt(i + 1) !== 0xfe0f) return i;
  return i + m[0].length;
}

/** Tokenises `text`; pass `into` to reuse its arrays (its previous tokens are dropped). */
export function tokenize(text: string, into?: Tokens): Tokens {
  const tokens = into ? into.reset(text) : new Tokens(text);
  const n = text.length;
  // Words before this index are known not to start an e-mail or a bare domain (keeps it linear).
  let plainUntil = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;

    if (isWordUnit(c)) {
      // A keycap (1️⃣) starts with a digit.
      if (c >= 48 && c <= 57 && (text.charCodeAt(i + 1) === 0x20e3 || (text.charCodeAt(i + 1) === 0xfe0f && text.charCodeAt(i + 2) === 0x20e3))) {
        const e = emojiAt(text, i);
        tokens.push(T.emoji, i, e);
        i = e;
        continue;
      }
      if (
        !isWordUnit(prev) &&
        ((c === 104 && (text.startsWith('https://', i) || text.startsWith('http://', i))) || (c === 119 && text.startsWith('www.', i)))
      ) {
        let j = i;
        while (j < n && !isUrlStop(text.charCodeAt(j))) j++;
        const e = trimUrlEnd(text, i, j);
        tokens.push(T.url, i, e);
        i = e;
        continue;
      }
      let j = i + 1;
      for (;;) {
        while (j < n && isWordUnit(text.charCodeAt(j))) j++;
        const sep = text.charCodeAt(j);
        // Hyphenated words and apostrophes stay one word (Frýdek-Místek, don't).
        if ((sep === 45 || sep === 39 || sep === 0x2019) && isWordUnit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      // Only a word glued to "@", or to "." "_" "%" "+" "-" and more letters, can start an
      // e-mail or a bare domain ("zabreh.cz", "jan.novak@"); a sentence's full stop cannot.
      const next = text.charCodeAt(j);
      const glued =
        next === 64 || ((next === 46 || next === 95 || next === 37 || next === 43 || next === 45) && (isWordUnit(text.charCodeAt(j + 1)) || text.charCodeAt(j + 1) === 64));
      if (glued && i >= plainUntil && !isLocalUnit(prev)) {
        EMAIL_Y.lastIndex = i;
        const email = EMAIL_Y.exec(text);
        if (email) {
          let e = i + email[0].length;
          while (text[e - 1] === '.' || text[e - 1] === '-') e--;
          tokens.push(T.email, i, e);
          i = e;
          continue;
        }
        LOCAL_RUN_Y.lastIndex = i;
        plainUntil = i + (LOCAL_RUN_Y.exec(text)?.[0].length ?? 0);
        DOMAIN_Y.lastIndex = i;
        const domain = DOMAIN_Y.exec(text);
        if (domain) {
          const dEnd = i + domain[0].length;
          const tld = domain[0].slice(domain[0].lastIndexOf('.') + 1).toLowerCase();
          if (TLDS.has(tld)) {
            let e = dEnd;
            if (text.charCodeAt(e) === 47) while (e < n && !isUrlStop(text.charCodeAt(e))) e++;
            e = trimUrlEnd(text, i, e);
            tokens.push(T.url, i, e);
            i = e;
            continue;
          }
          plainUntil = Math.max(plainUntil, dEnd);
        }
      }
      tokens.push(T.word, i, j);
      i = j;
      continue;
    }

    switch (c) {
      case 35: {
        // "#"
        if (text.charCodeAt(i + 1) === 0x20e3 || (text.charCodeAt(i + 1) === 0xfe0f && text.charCodeAt(i + 2) === 0x20e3)) {
          const e = emojiAt(text, i);
          tokens.push(T.emoji, i, e);
          i = e;
          continue;
        }
        let j = i + 1;
        let digitsOnly = true;
        for (;;) {
          const d = text.charCodeAt(j);
          if (d === 95 || isWordUnit(d)) {
            if (d < 48 || d > 57) digitsOnly = false;
            j++;
          } else break;
        }
        const last = tokens.last;
        // "C#", "abc#def", "&#123;" are not hashtags, and no problem either; "#a#b" is two hashtags.
        const glued = (isWordUnit(prev) || prev === 95 || prev === 38) && !(last >= 0 && tokens.type[last] === T.hashtag && tokens.end[last] === i);
        if (!glued) tokens.push(j === i + 1 ? T.hashEmpty : digitsOnly ? T.hashDigits : T.hashtag, i, j);
        i = j;
        continue;
      }
      case 64: {
        // "@"
        let j = i + 1;
        for (;;) {
          const d = text.charCodeAt(j);
          if (d === 95 || d === 46 || isWordUnit(d)) j++;
          else break;
        }
        let e = j;
        while (e > i + 1 && text.charCodeAt(e - 1) === 46) e--;
        // An "@" glued to a word is an e-mail we did not recognise ("jan@localhost"), not a mention.
        if (!isLocalUnit(prev) && e > i + 1) {
          tokens.push(T.mention, i, e);
          i = e;
        } else i = j;
        continue;
      }
      case 46:
      case 33:
      case 63:
      case 0x2026: {
        let j = i + 1;
        for (;;) {
          const d = text.charCodeAt(j);
          if (d === 46 || d === 33 || d === 63 || d === 0x2026) j++;
          else break;
        }
        tokens.push(T.punct, i, j);
        i = j;
        continue;
      }
      case 13:
        tokens.push(T.newline, i, text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1);
        i = tokens.end[tokens.last]!;
        continue;
      case 10:
      case 0x2028:
      case 0x2029:
        tokens.push(T.newline, i, i + 1);
        i++;
        continue;
      case 42: {
        // "*" may start a keycap
        const e = text.charCodeAt(i + 1) === 0x20e3 || text.charCodeAt(i + 1) === 0xfe0f ? emojiAt(text, i) : i;
        if (e > i) tokens.push(T.emoji, i, e);
        i = Math.max(e, i + 1);
        continue;
      }
    }

    if (c >= 0xd800 && c <= 0xdbff) {
      // Astral: emoji (and letters of other scripts, e.g. 𝐀 — treated as words).
      const e = emojiAt(text, i);
      if (e > i) {
        tokens.push(T.emoji, i, e);
        i = e;
        continue;
      }
      const cp = text.codePointAt(i)!;
      if (WORD_RE.test(String.fromCodePoint(cp))) {
        tokens.push(T.word, i, i + 2);
      }
      i += 2;
      continue;
    }
    if (c >= 0x80 && classOf(c) === PICTO) {
      const e = emojiAt(text, i);
      if (e > i) {
        tokens.push(T.emoji, i, e);
        i = e;
        continue;
      }
    }
    i++;
  }
  return tokens;
}
