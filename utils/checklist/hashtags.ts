/**
 * Hashtags: comparing them (case, and diacritics per the admin's setting), CamelCase for
 * screen readers, and where they sit in the post. Pure.
 */
import { capitalize, compareKey, fold, isLowerUnit, isUpperUnit } from './text';
import { T, type Tokens } from './tokenize';

// Token kinds as local constants: hot loops read them per token (cheaper than a module property).
const { email: K_EMAIL, hashtag: K_HASHTAG, mention: K_MENTION, newline: K_NEWLINE, punct: K_PUNCT, url: K_URL, word: K_WORD } = T;

export interface HashtagOptions {
  /** #Zábřeh and #Zabreh are the same hashtag. */
  ignoreDiacritics: boolean;
}

/** Platforms treat hashtags case-insensitively; diacritics per the setting. */
export const hashtagKey = (tag: string, o: HashtagOptions) => compareKey(tag.replace(/^#/, ''), o.ignoreDiacritics);

/** "#Zábřeh" (with or without "#", trimmed); null when it is not a usable hashtag. */
export function normalizeHashtag(input: string): string | null {
  const body = input.trim().replace(/^#/, '').normalize('NFC');
  if (!/^[\p{L}\p{M}\p{Nd}_]+$/u.test(body) || /^\d+$/.test(body)) return null;
  return '#' + body;
}

/** Index of the first token of the post's closing block of hashtags/@tags/emoji (tokens.length if none). */
export function endBlockStart(tokens: Tokens): number {
  let k = tokens.length;
  while (k > 0) {
    const t = tokens.type[k - 1];
    if (t === K_WORD || t === K_URL || t === K_EMAIL) break;
    k--;
  }
  return k;
}

/**
 * A hashtag inside a sentence ("Vítejte v #Zábřeh na trhu"): words on both sides on the same
 * line. Moving it to the end keeps the word and drops only the "#".
 */
export function isInline(tokens: Tokens, k: number): boolean {
  const word = (t: number) => t === K_WORD || t === K_URL || t === K_EMAIL || t === K_MENTION;
  let before = false;
  for (let j = k - 1; j >= 0 && tokens.type[j] !== K_NEWLINE; j--) {
    if (word(tokens.type[j]!)) {
      before = true;
      break;
    }
    if (tokens.type[j] === K_PUNCT) break;
  }
  if (!before) return false;
  for (let j = k + 1; j < tokens.length && tokens.type[j] !== K_NEWLINE; j++) {
    if (word(tokens.type[j]!)) return true;
    if (tokens.type[j] !== K_HASHTAG) return false;
  }
  return false;
}

/*
 * CamelCase. "#mestozabreh" cannot be split without knowing the words, so the admin's own
 * vocabulary (words of their hashtags, the town name, partner names) plus a few common ones
 * are used; a tag that cannot be split only gets its first letter capitalised.
 */
const COMMON_WORDS =
  'mesto mestsky mestska urad obec kraj kultura kulturni sport sportovni akce den noc dnes zima leto jaro podzim deti skola skolka ' +
  'policie hasici knihovna kino trh trhy vanoce advent velikonoce zabava priroda park voda odpad odpady doprava bezpecnost bezpecny ' +
  'zdravi info novinky aktualne pozvanka koncert festival muzeum galerie divadlo turistika vylet region cesko moravy morava ' +
  'town city culture event events news summer winter spring autumn christmas library police fire school kids sports live love visit';

/** Folded words of the sources (split at spaces, punctuation and CamelCase humps), plus common ones. */
export function buildVocabulary(sources: Iterable<string>, withCommon = true): Set<string> {
  const vocab = new Set(withCommon ? COMMON_WORDS.split(' ') : []);
  for (const s of sources) {
    for (const w of s.replace(/^#/, '').split(/(?<=[\p{Ll}\p{M}])(?=\p{Lu})|[^\p{L}\p{M}]+/u)) {
      const f = fold(w.normalize('NFC'));
      if (f.length >= 2) vocab.add(f);
    }
  }
  return vocab;
}

/** Splits a lower-case run into known words (fewest words wins); null if it cannot. */
function segment(run: string, vocab: ReadonlySet<string>): number[] | null {
  const f = fold(run);
  const n = f.length;
  const best: number[] = new Array(n + 1).fill(Infinity);
  const from: number[] = new Array(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    for (let j = i + 2; j <= n && j - i <= 24; j++) {
      if (vocab.has(f.slice(i, j)) && best[i]! + 1 < best[j]!) {
        best[j] = best[i]! + 1;
        from[j] = i;
      }
    }
  }
  if (best[n] === Infinity || best[n]! < 2) return null;
  const starts: number[] = [];
  for (let j = n; j > 0; j = from[j]!) starts.unshift(from[j]!);
  return starts;
}

const ABBREVIATION_MAX = 4; // #HZS, #ČR, #ZUŠ stay as they are

/** The CamelCase form of a hashtag body (without "#"); equal to the input when it is fine. */
export function camelize(body: string, vocab: ReadonlySet<string>): string {
  // Letters runs between digits/underscores are handled one by one (#den_zeme → #Den_Zeme).
  return body.replace(/[\p{L}\p{M}]+/gu, (run) => {
    let upper = 0;
    let lower = 0;
    for (let i = 0; i < run.length; i++) {
      if (isUpperUnit(run.charCodeAt(i))) upper++;
      else if (isLowerUnit(run.charCodeAt(i))) lower++;
    }
    const allUpper = upper > 0 && lower === 0;
    if (allUpper && upper <= ABBREVIATION_MAX) return run;
    const base = allUpper ? run.toLocaleLowerCase('cs') : run;
    // Chunks start at capitals: "mestoZabreh" → ["mesto", "Zabreh"]; split long lower-case chunks.
    const chunks = base.split(/(?=\p{Lu})/u);
    return chunks
      .map((chunk) => {
        const lower = chunk.toLocaleLowerCase('cs');
        const cut = chunk.length >= 4 && chunk.slice(1) === lower.slice(1) ? segment(lower, vocab) : null;
        if (!cut) return capitalize(chunk);
        return cut.map((s, i) => capitalize(chunk.slice(s, cut[i + 1] ?? chunk.length))).join('');
      })
      .join('');
  });
}
