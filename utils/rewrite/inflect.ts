/**
 * Just enough Czech declension to swap an office preposition for a plain one without breaking
 * the sentence: "z důvodu plánované opravy" (genitive) → "kvůli plánované opravě" (dative),
 * "v souladu s vyhláškou" (instrumental) → "podle vyhlášky" (genitive). Only the noun phrase
 * right after the preposition changes (adjectives, then the first noun); what follows it
 * ("opravy vodovodního řadu") stays, as Czech grammar wants. Unknown shapes are left as written.
 */

/** Words that end a noun phrase: verbs, prepositions, conjunctions, pronouns. */
const STOP = new Set([
  'a', 'i', 'nebo', 'ani', 'ale', 'však', 'že', 'aby', 'se', 'si', 'je', 'jsou', 'bude', 'budou', 'byl', 'byla', 'bylo', 'byly',
  'v', 've', 'na', 'do', 'od', 'z', 'ze', 'u', 'k', 'ke', 's', 'se', 'o', 'po', 'pro', 'při', 'za', 'před', 'mezi', 'nad', 'pod',
  'dne', 'od', 'tento', 'tato', 'toto', 'tyto', 'jeho', 'její', 'jejich', 'který', 'která', 'které', 'kteří', 'nám', 'vám', 'jim',
  'tohoto', 'této', 'těchto', 'toho', 'té', 'těch', 'jak', 'kdy', 'kde', 'co', 'což', 'jenž', 'jež', 'proto', 'tak', 'také', 'už',
]);

// Verbal nouns and other nouns ending in -í ("konání", "uzavření", "počasí", "vlastnictví").
const NOUN_I = /(?:[aáeéěiíoóuůy]ní|[aáeéěiíoóuůy]tí|[sc]tví|así|oří|ulí|ží)$/;
const NOUN_IM = /(?:[aáeéěiíoóuůy]ním|[aáeéěiíoóuůy]tím|[sc]tvím)$/;

const GEN_TO_DAT_Y: [string, string][] = [
  ['chy', 'še'], ['ky', 'ce'], ['hy', 'ze'], ['gy', 'ze'], ['ry', 'ře'], ['dy', 'dě'], ['ty', 'tě'], ['ny', 'ně'], ['by', 'bě'],
  ['py', 'pě'], ['vy', 'vě'], ['my', 'mě'], ['fy', 'fě'], ['ly', 'le'], ['sy', 'se'], ['zy', 'ze'], ['cy', 'ci'], ['jy', 'ji'],
];

const keepCase = (original: string, replaced: string) =>
  original[0] && original[0] !== original[0].toLowerCase() ? replaced[0]!.toUpperCase() + replaced.slice(1) : replaced;

// (Regex literals with non-ASCII characters are built once here: the bundler rewrites them as
// `new RegExp(…)`, which inside a function would run on every call.)
const ENDS_CONSONANT = /[bcčdďfghjklmnňprřsštťvzž]$/;
const ADJ_OR_NOUN_END = /(?:ou|í|ým|ím|ými|ími|y|em)$/;

function nounGenToDat(w: string, plural: boolean): string | null {
  if (plural) {
    if (w.endsWith('ů')) return w.slice(0, -1) + 'ům';
    if (w.endsWith('í')) return w + 'm';
    if (w.endsWith('ek')) return w.slice(0, -2) + 'kám';
    if (w.endsWith('c')) return w + 'ím';
    if (ENDS_CONSONANT.test(w)) return w + 'ám';
    return null;
  }
  for (const [from, to] of GEN_TO_DAT_Y) if (w.endsWith(from)) return w.slice(0, -from.length) + to;
  if (w.endsWith('ů')) return w.slice(0, -1) + 'ům';
  if (w.endsWith('e') || w.endsWith('ě')) return w.slice(0, -1) + 'i';
  if (w.endsWith('a')) return w.slice(0, -1) + 'u';
  if (w.endsWith('i') || w.endsWith('u') || w.endsWith('í') || w.endsWith('é')) return w;
  return null;
}

function nounInsToGen(w: string): string | null {
  if (w === 'zákonem') return 'zákona';
  if (NOUN_IM.test(w)) return w.slice(0, -1);
  if (w.endsWith('ou')) return w.slice(0, -2) + 'y';
  if (w.endsWith('em')) return w.slice(0, -2) + 'u';
  if (w.endsWith('í')) return w.slice(0, -1) + 'e';
  if (w.endsWith('y')) return w.slice(0, -1) + 'ů';
  return null;
}

const WORD = /^([ \u00a0]{1,3})([\p{Ll}\p{Lu}]{1,30})(?![\p{L}\p{N}])/u;

/**
 * Rewrites the noun phrase at the start of `rest` from one case to another. Returns the new
 * text and how many characters of `rest` it replaces (0 = nothing recognised, leave as is).
 */
export function inflectFollowing(rest: string, from: 'gen' | 'ins', to: 'dat' | 'gen'): { text: string; consumed: number } {
  let pos = 0;
  let out = '';
  let plural = false;
  for (let i = 0; i < 4; i++) {
    const m = WORD.exec(rest.slice(pos, pos + 40));
    if (!m) break;
    const [whole, space, word] = m as unknown as [string, string, string];
    const w = word.toLowerCase();
    if (STOP.has(w) || (i > 0 && word[0] !== w[0])) break;
    const nextWord = WORD.exec(rest.slice(pos + whole.length, pos + whole.length + 40))?.[2]?.toLowerCase();
    let replaced: string | null = null;
    let isAdjective = false;
    // An adverb before the adjective ("obecně závazné"): kept as it is.
    // (No genitive or instrumental ending is "-ě", so such a word here is an adverb.)
    if (w.endsWith('ě') && nextWord && !STOP.has(nextWord)) {
      out += space + word;
      pos += whole.length;
      continue;
    }
    if (from === 'gen' && to === 'dat') {
      if (w.endsWith('ého')) [replaced, isAdjective] = [w.slice(0, -3) + 'ému', true];
      else if (w.endsWith('ího')) [replaced, isAdjective] = [w.slice(0, -3) + 'ímu', true];
      else if (w.endsWith('ých')) [replaced, isAdjective, plural] = [w.slice(0, -3) + 'ým', true, true];
      else if (w.endsWith('ích') && nextWord && !STOP.has(nextWord)) [replaced, isAdjective, plural] = [w.slice(0, -3) + 'ím', true, true];
      else if ((w.endsWith('é') || (w.endsWith('í') && !NOUN_I.test(w))) && nextWord && !STOP.has(nextWord)) [replaced, isAdjective] = [w, true];
      else replaced = nounGenToDat(w, plural);
    } else {
      const nextIsAdjectiveLike = !!nextWord && !STOP.has(nextWord) && ADJ_OR_NOUN_END.test(nextWord);
      if (w.endsWith('ým')) [replaced, isAdjective] = [w.slice(0, -2) + 'ého', true];
      else if (w.endsWith('ými')) [replaced, isAdjective] = [w.slice(0, -3) + 'ých', true];
      else if (w.endsWith('ími')) [replaced, isAdjective] = [w.slice(0, -3) + 'ích', true];
      else if (w.endsWith('ím') && !NOUN_IM.test(w) && nextIsAdjectiveLike) [replaced, isAdjective] = [w.slice(0, -2) + 'ího', true];
      else if (w.endsWith('ou') && nextIsAdjectiveLike) [replaced, isAdjective] = [w.slice(0, -2) + 'é', true];
      else replaced = nounInsToGen(w);
    }
    if (replaced === null) break;
    out += space + keepCase(word, replaced);
    pos += whole.length;
    if (!isAdjective) return { text: out, consumed: pos };
  }
  // Adjectives with no noun after them: too unsure to change anything.
  return { text: '', consumed: 0 };
}
