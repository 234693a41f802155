/**
 * The notice's own sentences, made friendly: weekdays added to dates (and wrong ones
 * corrected), the "The office announces that" opener dropped (its author kept as the source),
 * office phrases replaced, long sentences split, thanks left to the template.
 */
import { CS_WEEKDAYS, csCaseOfWord, daysFromNow, EN_WEEKDAYS, weekdayIndex, type Lang } from '../dates/calendar';
import { csNumeric, csWeekdayPhrase, enLong, weekdayName } from '../dates/format';
import { extractFacts, linkedAsList, linkedAsRange, wordBefore, type DateFact, type Extraction } from './facts';
import { replacePhrases } from './phrases';

export type RewriteWarning =
  | { code: 'weekdayMismatch'; text: string; written: string; actual: string }
  | { code: 'pastDate'; text: string }
  | { code: 'instagramTrimmed' }
  /** The notice fits no kind clearly: a plain post, to be checked. */
  | { code: 'kindUnknown' }
  | { code: 'facebookLong'; length: number }
  | { code: 'inputTruncated'; length: number };

export interface Body {
  /** Paragraphs of rewritten sentences (a paragraph may hold bullet lines). */
  paragraphs: string[][];
  /** Who published the notice, if its opener said so ("Městský úřad Zábřeh oznamuje, že…"). */
  source: string;
  /** A heading line of the notice ("Vánoční jarmark 2026"), if it had one. */
  heading: string;
  warnings: RewriteWarning[];
}

const S = '[ \\u00a0\\u202f]';
const SUBJECT = `\\p{Lu}[\\p{L}.]{0,30}(?:[ \\u00a0,]{1,2}[\\p{L}.\\d]{1,30}){0,11}?`;
// Whom the opener addresses: any lower-case words ("občany", "držitele psů", "nájemce hrobových míst").
const CS_ADDRESSEE = `(?:${S}{1,2}(?:tímto${S}{1,2})?(?:všechny${S}{1,2}|všem${S}{1,2})?\\p{Ll}{2,20}(?:${S}\\p{Ll}{1,20}){0,6}?)?`;
const OPENER: Record<Lang, RegExp> = {
  cs: new RegExp(
    `^(${SUBJECT}),?${S}{1,2}(?:tímto${S}{1,2})?(?:oznamuje|informuje|sděluje|upozorňuje|oznamují|informují|upozorňují|sdělují)${CS_ADDRESSEE}(?:,?${S}{1,2}(?:že|o${S}tom,${S}že)${S}{1,2}|${S}{0,2}:${S}{0,2})`,
    'u',
  ),
  en: new RegExp(
    `^(?:The${S})?(${SUBJECT})${S}{1,2}(?:hereby${S}{1,2})?(?:informs|notifies|advises|announces|reminds|gives${S}notice|would${S}like${S}to${S}inform|wishes${S}to${S}inform)(?:${S}{1,2}(?:all${S}{1,2})?(?:residents|citizens|the${S}public|everyone|inhabitants|drivers|customers|dog${S}owners))?(?:${S}{1,2}that,?${S}{1,2}|${S}{0,2}:${S}{0,2}|,${S}{1,2})`,
    'u',
  ),
};
// "Městský úřad Zábřeh žádá občany, aby …" → "Prosíme vás, abyste …"
const ASKS_CS = new RegExp(
  `^(${SUBJECT})${S}{1,2}(?:tímto${S}{1,2})?(?:žádá|prosí|vyzývá)(?:${S}{1,2}(?:tímto${S}{1,2})?(?:všechny${S}{1,2})?(?:občany|obyvatele|veřejnost|spoluobčany|odběratele))?,?${S}{1,2}aby${S}{1,2}`,
  'u',
);
const OPENER_VERB: Record<Lang, RegExp> = { cs: /oznamuj|informuj|sděluj|upozorňuj/, en: /inform|notif|advise|announce|remind|notice/ };
// The author's name ends before an apposition or a legal basis ("…, jako provozovatel", "… podle zákona")
// and before an adverb ("Policie ČR důrazně upozorňuje").
const SOURCE_TAIL = /(?:,?[ \u00a0]+(?:jako|ve spolupráci|podle|dle|v souladu|na základě|as|in cooperation|under)(?![\p{L}])[^]*|(?:[ \u00a0]+(?:\p{Ll}{2,20}ě|opět|znovu|rovněž|také|tímto|hereby|also|again))+)$/u;
// "Město Zábřeh ve spolupráci se společností SUEZ CZ a. s." → "Město Zábřeh a SUEZ CZ a. s."
const TOGETHER_WITH = /[ \u00a0]+(?:ve[ \u00a0]+spolupráci[ \u00a0]+se?|společně[ \u00a0]+se?|in[ \u00a0]+cooperation[ \u00a0]+with|together[ \u00a0]+with)[ \u00a0]+(?:(?:společností|firmou|organizací|spolkem|the)[ \u00a0]+)?(?=\p{Lu})/u;
function cleanSource(subject: string): string {
  const together = TOGETHER_WITH.exec(subject);
  const and = together ? (/[ěščřžýáíéůú]|ve |se /u.test(together[0]) ? ' a ' : ' and ') : '';
  const joined = together ? subject.slice(0, together.index) + and + subject.slice(together.index + together[0].length) : subject;
  return joined.replace(/[,\s]+$/u, '').replace(SOURCE_TAIL, '').replace(/[,\s]+$/u, '');
}
const ASKS_VERB = /žádá|prosí|vyzývá/;
// Headings that only say what a notice is ("OZNÁMENÍ", "Veřejná vyhláška", "INFORMACE PRO OBČANY", "NOTICE").
const EMPTY_HEADING: Record<Lang, RegExp> = {
  cs: /^(?:oznámení|upozornění|důležité upozornění|informace|důležité informace|veřejná vyhláška|výzva|sdělení|aktuálně|aktuality)(?:[ \u00a0]+pro[ \u00a0]+(?:občany|obyvatele|veřejnost|spoluobčany|řidiče|odběratele|zákazníky|rodiče|majitele|voliče))?[\s:!.]*$/iu,
  en: /^(?:notice|public notice|important notice|announcement|information|important|update|news)(?:[ \u00a0]+(?:for|to)[ \u00a0]+(?:residents|the public|drivers|customers|voters|parents))?[\s:!.]*$/iu,
};
// Titles that open with a word saying what a notice is: "Oznámení o přerušení …", "UPOZORNĚNÍ – voda …",
// "Upozornění pro řidiče: uzavírka …", "Notice of road closure". (Czech "o" + a noun in -í only:
// "o přerušení" reads the same alone, "o uzavírce" would not.)
const DRY_TITLE: Record<Lang, RegExp> = {
  cs: /^(?:oznámení|upozornění|informace|sdělení|výzva)(?:[ \u00a0]+pro[ \u00a0]+\p{L}{2,20})?(?:[ \u00a0]*[–—:-][ \u00a0]*|[ \u00a0]+(?:o|ohledně)[ \u00a0]+(?=\p{L}{2,20}í(?![\p{L}])))(?=\p{L})/iu,
  en: /^(?:notice|public notice|announcement|information|update)(?:[ \u00a0]*[–—:-][ \u00a0]*|[ \u00a0]+(?:of|about|regarding|on|re)[ \u00a0]+)(?=\p{L})/iu,
};
function stripDryTitle(title: string, lang: Lang): string {
  const m = DRY_TITLE[lang].exec(title);
  if (!m || title.length - m[0].length < 3) return title;
  const rest = title.slice(m[0].length);
  return rest[0]!.toLocaleUpperCase() + rest.slice(1);
}
// "Termín: 12. 3. 2026", "Tel.: 583 …": a line of facts, not a title.
const LINE_OF_FACTS = /^(?:[\p{L} .]{1,30}:[ \u00a0]*[\d+]|(?:termín|datum|čas|místo|kde|kdy|adresa|kontakt|tel|telefon|e-mail|web|cena|vstupné|pořadatel|date|time|place|where|when|venue|address|contact|price|admission)[ \u00a0]{0,2}:)/iu;
// "Vážení odběratelé,", "Vážený zákazníku,", "Dear residents," at the start of a line.
const SALUTATION: Record<Lang, RegExp> = {
  cs: /^(?:Vážen[íáéý]|Milí|Milé)[ \u00a0]+(?:\p{L}{2,20}[ \u00a0]?){1,3},[ \u00a0]*/u,
  en: /^(?:Dear|Hello)[ \u00a0]+(?:\p{L}{2,20}[ \u00a0]?){1,3},[ \u00a0]*/u,
};
const THANKS = /^(?:moc )?(?:děkujeme|díky|mrzí nás|omlouváme se|za (?:případné |vzniklé |způsobené |veškeré |tyto |možné )?(?:komplikace|nepříjemnosti|potíže|omezení|obtíže|nepohodlí)(?:[ \u00a0]\p{Ll}{1,15}){0,3} se (?:vám |Vám )?(?:předem )?omlouváme|thank you|thanks|sorry|we apologi[sz]e|please accept our apologies)(?![\p{L}])/iu;
// The wish after thanks: "… a přejeme klidné svátky" (kept when the thanks go).
const WISH: Record<Lang, RegExp> = { cs: /(?:^|[ \u00a0,])(a[ \u00a0]+)(?=přejeme[ \u00a0])/u, en: /(?:^|[ \u00a0,])(and[ \u00a0]+)(?=(?:we )?wish[ \u00a0])/u };
const HAS_FACT_CHARS = /\d|@|https?:|www\./;

// Where a sentence ends: after . ! ? … when a capital letter, a quote, an emoji or a bullet follows.
const SENTENCE_END = /([.!?…]+)(["“”»)]?)([ \u00a0]+)(?=[\p{Lu}"„“«(•\p{Extended_Pictographic}])/gu;
const NO_BREAK_AFTER = new Set([
  'sv', 'č', 'čp', 'ul', 'nám', 'tel', 'mob', 'mgr', 'ing', 'bc', 'mudr', 'judr', 'phdr', 'rndr', 'mvdr', 'doc', 'prof', 'dr', 'p', 'pí',
  'tř', 'např', 'tzv', 'resp', 'viz', 'st', 'mr', 'mrs', 'ms', 'no', 'nos', 'ca', 'cca', 'e.g', 'i.e', 'vs', 'o', 'n', 'r', 'a', 's', 'tj',
  'mj', 'odd', 'čj', 'j', 'zn', 'sb', 'ev', 'reg',
]);

/** Letters and digits (any script); emoji (surrogates), spaces and punctuation are not. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfe0f && c !== 0x3000;
}

/**
 * Words in a text: runs of letters/digits ("12. 3. 2026" is three, "e-mail" one). Counting stops
 * once there are more than `atMost` (for "at most N words?" about a line that may be 1 MB long).
 */
export function countWords(s: string, atMost = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordCode(c)) {
      if (!inWord && ++n > atMost) return n;
      inWord = true;
    } else if (inWord && (c === 45 || c === 39 || c === 0x2019) && isWordCode(s.charCodeAt(i + 1))) {
      // "e-mail", "don't" stay one word
    } else inWord = false;
  }
  return n;
}

/** Splits a paragraph into sentences (abbreviations, initials and dates do not end one). */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(paragraph))) {
    const punctEnd = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.') {
      const before = /([\p{L}\p{N}.]+)$/u.exec(paragraph.slice(Math.max(start, m.index - 12), m.index))?.[1] ?? '';
      const word = before.toLowerCase();
      // "sv. Bartoloměje", "J. Novák", "a. s. Zábřeh", "1. Máj" are not sentence ends.
      if (NO_BREAK_AFTER.has(word) || /^\p{Lu}$/u.test(before) || /^\d{1,2}$/.test(before) || /\.\p{L}$/u.test(before)) continue;
    }
    out.push(paragraph.slice(start, punctEnd).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

const SPLIT_CS = /(?:;[ \u00a0]+|,[ \u00a0]+(?=(?:a|ale|avšak|proto|přitom|takže|ovšem)[ \u00a0](?!to[ \u00a0])))/gu;
const SPLIT_EN = /(?:;[ \u00a0]+|,[ \u00a0]+(?=(?:and|but|so|however)[ \u00a0]))/gu;
const DROP_JOINER = /^(?:a|and)[ \u00a0]+/u;

/** Splits a sentence of more than `max` words at "; " or ", a/ale/but …", closest to the middle first. */
export function splitLongSentence(sentence: string, lang: Lang, max = 20): string[] {
  if (countWords(sentence, max) <= max) return [sentence];
  const re = lang === 'cs' ? SPLIT_CS : SPLIT_EN;
  re.lastIndex = 0;
  const total = sentence.length;
  let best = -1;
  let bestLen = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) {
    const left = sentence.slice(0, m.index);
    const right = sentence.slice(m.index + m[0].length);
    if (countWords(left, 4) < 5 || countWords(right, 4) < 5) continue;
    if (best < 0 || Math.abs(m.index - total / 2) < Math.abs(best - total / 2)) {
      best = m.index;
      bestLen = m[0].length;
    }
  }
  if (best < 0) return [sentence];
  const left = sentence.slice(0, best).replace(/[,;]$/, '') + '.';
  let right = sentence.slice(best + bestLen).replace(DROP_JOINER, '');
  right = right[0]!.toLocaleUpperCase() + right.slice(1);
  return [...splitLongSentence(left, lang, max), ...splitLongSentence(right, lang, max)];
}

/** Tidies what replacements leave behind: double spaces, " ,", a leading comma, a lower-case start. */
// (Regex literals with non-ASCII characters are built once here: the bundler rewrites them as
// `new RegExp(…)`, which inside a function would run on every call.)
const LEADING_PUNCT = /^[\s,;:–—-]+/u;
const FIRST_LOWER = /^([„"“«(]?)(\p{Ll})/u;
const BULLET_AND_SPACE = /^[•*\-–][ \u00a0]+/u;
const BULLET = /^[•*\-–][ \u00a0]/u;

const NEEDS_TIDY = /  | [,.;:!?]|,,|^[\s,;:–—-]|,[.!?]$/u;

export function tidySentence(s: string): string {
  let t = !NEEDS_TIDY.test(s)
    ? s.trim()
    : s
        .replace(/ {2,}/g, ' ')
        .replace(/ ([,.;:!?])/g, '$1')
        .replace(/,{2,}/g, ',')
        .replace(LEADING_PUNCT, '')
        .replace(/,([.!?])$/u, '$1')
        .trim();
  const m = FIRST_LOWER.exec(t);
  if (m) t = m[1] + m[2]!.toLocaleUpperCase() + t.slice(m[0].length);
  return t;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const CS_PREPOSITIONS = new Set(['dne', 'od', 'ode', 'do', 'z', 'ze', 'k', 'ke', 'po', 'před', 'na', 've', 'v', 'mezi']);
/** Two-word openers of a date: "ze dne", "ve dnech", "v termínu", "v období". */
const CS_TWO_WORDS = new Set(['ze dne', 'z dne', 've dnech', 'v termínu', 'v období']);
// Their second words: only after one of these is the word before it read (once per date of a paste).
const CS_TWO_WORDS_SECOND = new Set([...CS_TWO_WORDS].map((w) => w.slice(w.indexOf(' ') + 1)));

/** The preposition right before a date (one or two words, lower case), and where it starts. */
function csPrepositionBefore(text: string, pos: number): { words: string; start: number } | null {
  const w1 = wordBefore(text, pos);
  if (!w1) return null;
  const one = w1.word.toLowerCase();
  const w0 = CS_TWO_WORDS_SECOND.has(one) ? wordBefore(text, w1.start) : null;
  const two = w0 ? `${w0.word.toLowerCase()} ${one}` : '';
  if (CS_TWO_WORDS.has(two)) return { words: two, start: w0!.start };
  return CS_PREPOSITIONS.has(one) ? { words: one, start: w1.start } : null;
}

/** "nar. 3. 5. 1950", "narozena 3. 5. 1950", "born 3 May 1950": not an event, no weekday. */
function isBirthDate(text: string, pos: number): boolean {
  const w = wordBefore(text, pos, ' \u00a0\u202f.')?.word.toLowerCase() ?? '';
  return w === 'nar' || w.startsWith('narozen') || w === 'born' || w === 'dob';
}
const LINE_OR_COLON_BEFORE = /(?:^|\n|[:(–—-])[ \u00a0]*$/u;
const NIGHT_WORD = /[ \u00a0]na[ \u00a0]/u;
// Between the two dates of a range whose second end needs its own "do": "24. 12. až 1. 1.", "24. 12. – 1. 1.".
const RANGE_TO = /^[ \u00a0]{0,3}(?:až|[-–—])[ \u00a0]{0,3}$/u;

function ze(wd: number): string {
  return [2, 3, 5].includes(wd) ? 'ze' : 'z';
}
function ke(wd: number): string {
  return [2, 3].includes(wd) ? 'ke' : 'k';
}

const hasYear = (f: DateFact) => /\d{4}/.test(f.text);
/** The weekday of a date (Monday = 0), in the year it was read as. */
const weekdayOf = (f: DateFact) => weekdayIndex(f.year, f.m, f.d);

/** The date as the post writes it: the year shown when the notice gave one (also through a range). */
function csDateText(f: DateFact): string {
  return csNumeric(f.y !== null ? f.year : null, f.m, f.d);
}
function enDateText(f: DateFact): string {
  return enLong(f.y !== null ? f.year : null, f.m, f.d);
}

/**
 * Edits that give every date its weekday (in the case its preposition needs) or correct a
 * wrong one. Birth dates and dates more than a year back are left alone.
 */
/**
 * Weekdays are added to this many dates (date groups) at most. A year's waste calendar has a
 * few hundred; a paste of tens of thousands is a table, not a notice, and its dates stay as
 * written (every fact is kept either way) instead of costing a weekday edit each.
 */
const WEEKDAY_DATES_MAX = 500;

/** `s` with a capital first letter when `capital` (a function, not a closure per date: a paste can hold 60,000 dates). */
function capIf(capital: boolean, s: string): string {
  return capital ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function weekdayEdits(text: string, dates: DateFact[], lang: Lang, now: Date, warnings: RewriteWarning[], pastMatters: boolean): Edit[] {
  const edits: Edit[] = [];
  const bySpan = new Map<number, DateFact[]>();
  for (const f of dates) {
    const list = bySpan.get(f.start);
    if (list) list.push(f);
    else bySpan.set(f.start, [f]);
  }
  const groups = [...bySpan.values()];
  // The case each date's weekday took (a date of a list takes the case of the one before it), by
  // group: an array, not a Map keyed by date (one entry per date of a 1 MB paste costs).
  const caseOf: ('nom' | 'acc' | 'other' | undefined)[] = [];
  for (let g = 0; g < Math.min(groups.length, WEEKDAY_DATES_MAX); g++) {
    const group = groups[g]!;
    const f = group[0]!;
    const prev = g > 0 ? groups[g - 1]![groups[g - 1]!.length - 1]! : undefined;
    const next = g + 1 < groups.length ? groups[g + 1]![0]! : undefined;
    if (isBirthDate(text, f.weekday?.start ?? f.start)) continue;
    if (f.y !== null && f.y < now.getFullYear() - 1) continue;
    const last = group[group.length - 1]!;
    if (pastMatters && daysFromNow(now, last.year, last.m, last.d) < 0) warnings.push({ code: 'pastDate', text: f.text });

    if (f.weekday) {
      const actual = weekdayOf(f);
      if (f.weekday.index !== actual) {
        const written = f.weekday.text;
        let replacement: string;
        if (lang === 'cs') {
          const c = csCaseOfWord(written) ?? 'acc';
          replacement = csWeekdayPhrase(actual, c, false);
          // "v pondělí" → "ve čtvrtek": the preposition follows the new word.
          const prep = wordBefore(text, f.weekday.start);
          if (prep && /^v[e]?$/i.test(prep.word) && c === 'acc') {
            const v = CS_WEEKDAYS[actual]!.v;
            edits.push({ start: prep.start, end: f.weekday.start, text: (prep.word[0] === 'V' ? v[0]!.toUpperCase() + v.slice(1) : v) + ' ' });
          }
        } else replacement = EN_WEEKDAYS[actual]!;
        // (An English weekday of a Czech notice has no Czech form: replaced as it is.)
        replacement ??= EN_WEEKDAYS[actual]!;
        if (replacement && written[0] !== written[0]!.toLowerCase()) replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
        edits.push({ start: f.weekday.start, end: f.weekday.end, text: replacement });
        warnings.push({ code: 'weekdayMismatch', text: text.slice(f.weekday.start, f.end), written, actual: weekdayName(lang, f.year, f.m, f.d) });
      }
      // "v pondělí dne 12. 3." → "v pondělí 12. 3."
      const between = text.slice(f.weekday.end, f.start);
      if (/dne/i.test(between)) edits.push({ start: f.weekday.end, end: f.start, text: ' ' });
      continue;
    }

    if (lang === 'en') {
      const prep = wordBefore(text, f.start);
      const word = prep?.word.toLowerCase();
      if (word === 'born' || word === 'dated' || word === 'between') continue;
      if (group.length === 2) {
        const [a, b] = group as [DateFact, DateFact];
        const joinedByAnd = /(?:and|,)/i.test(f.text.replace(/\d+(?:st|nd|rd|th)?/g, ''));
        const phrase = joinedByAnd
          ? `${EN_WEEKDAYS[weekdayOf(a)]} ${enDateText(a)} and ${EN_WEEKDAYS[weekdayOf(b)]} ${enDateText(b)}`
          : `from ${EN_WEEKDAYS[weekdayOf(a)]} ${enLong(null, a.m, a.d)} to ${EN_WEEKDAYS[weekdayOf(b)]} ${enDateText(b)}`;
        const start = word === 'from' && prep ? prep.start : f.start;
        edits.push({ start, end: f.end, text: phrase });
        continue;
      }
      const monthFirst = /^\p{L}/u.test(f.text);
      const start = word === 'the' && prep ? prep.start : f.start;
      edits.push({ start, end: start, text: `${EN_WEEKDAYS[weekdayOf(f)]}${monthFirst ? ',' : ''} ` });
      continue;
    }

    // Czech: which word stands before the date decides the weekday's case.
    const m = csPrepositionBefore(text, f.start);
    const prepWord = m?.words;
    const prepStart = m ? m.start : f.start;
    const capital = m ? text[m.start] !== text[m.start]!.toLowerCase() : false;
    if (prepWord === 'mezi' || prepWord?.startsWith('nar')) continue;

    if (group.length === 2) {
      const [a, b] = group as [DateFact, DateFact];
      const joinedByAnd = /(?:^|[^\p{L}])a(?:[^\p{L}]|$)|,/u.test(f.text.replace(/\d+\./g, ''));
      const yearB = b.y !== null ? b.year : null;
      // "v noci z 12. na 13. 5." → "v noci z úterý 12. 5. na středu 13. 5."
      if (NIGHT_WORD.test(f.text)) {
        const night = `${CS_WEEKDAYS[weekdayOf(a)]!.gen} ${csNumeric(null, a.m, a.d)} na ${CS_WEEKDAYS[weekdayOf(b)]!.acc} ${csNumeric(yearB, b.m, b.d)}`;
        const fromWord = prepWord === 'z' || prepWord === 'ze';
        edits.push({ start: fromWord ? prepStart : f.start, end: f.end, text: fromWord ? capIf(capital, `${ze(weekdayOf(a))} ${night}`) : night });
        continue;
      }
      const phrase = joinedByAnd
        ? `${csWeekdayPhrase(weekdayOf(a))} ${csNumeric(yearB, a.m, a.d)} a ${csWeekdayPhrase(weekdayOf(b))} ${csNumeric(yearB, b.m, b.d)}`
        : `od ${CS_WEEKDAYS[weekdayOf(a)]!.gen} ${csNumeric(null, a.m, a.d)} do ${CS_WEEKDAYS[weekdayOf(b)]!.gen} ${csNumeric(yearB, b.m, b.d)}`;
      const replaceWord = prepWord && ['dne', 've dnech', 'v termínu', 'v období', 'od'].includes(prepWord);
      edits.push({ start: replaceWord ? prepStart : f.start, end: f.end, text: replaceWord ? capIf(capital, phrase) : phrase });
      continue;
    }

    const day = weekdayOf(f);
    // The year a range shares is written at both ends ("od 6. 4. 2026 do 10. 4. 2026"); a list
    // keeps it at its end ("7. 4., 21. 4. a 5. 5. 2026").
    const rangeFrom = !!next && linkedAsRange(text, f, next.weekday ?? next);
    const rangeTo = !!prev && RANGE_TO.test(text.slice(prev.end, f.start)) && linkedAsRange(text, prev, f);
    const dateText = hasYear(f) || f.y === null || !(rangeFrom || rangeTo) ? f.text : csDateText(f);
    const keepsText = dateText === f.text;
    let phrase: string;
    let start = f.start;
    // (Only a date without a preposition takes the list's case. A case is kept for a group's first
    // date: `prev`, the previous group's last, has one when it is also the first.)
    const listCase = !prepWord && prev && linkedAsList(text, prev, f.weekday ?? f) && groups[g - 1]!.length === 1 ? caseOf[g - 1] : undefined;
    if (rangeTo && !prepWord) {
      // "ve dnech 24. 12. až 1. 1.", "6. 4. – 10. 4." → "od čtvrtka 24. 12. do pátku 1. 1."
      edits.push({ start: prev!.end, end: keepsText ? f.start : f.end, text: ` do ${CS_WEEKDAYS[day]!.gen} ${keepsText ? '' : dateText}` });
      caseOf[g] = 'other';
      continue;
    }
    if (rangeFrom && (!prepWord || ['ve dnech', 'v termínu', 'v období', 'dne'].includes(prepWord)) && RANGE_TO.test(text.slice(f.end, next!.weekday?.start ?? next!.start))) {
      const from = prepWord ? prepStart : f.start;
      const atLine = !prepWord && /(?:^|\n)[ \u00a0]*$/.test(text.slice(Math.max(0, f.start - 4), f.start));
      const od = `${prepWord ? capIf(capital, 'od') : atLine ? 'Od' : 'od'} ${CS_WEEKDAYS[day]!.gen}`;
      edits.push({ start: from, end: keepsText ? f.start : f.end, text: `${od} ${keepsText ? '' : dateText}` });
      caseOf[g] = 'other';
      continue;
    }
    if (listCase) {
      // "v těchto termínech: úterý 7. 4., úterý 21. 4. …", "ve čtvrtek 2. 4., ve čtvrtek 9. 4. …"
      const p = listCase === 'nom' ? CS_WEEKDAYS[day]!.nom : csWeekdayPhrase(day);
      edits.push({ start: f.start, end: keepsText ? f.start : f.end, text: keepsText ? `${p} ` : `${p} ${dateText}` });
      caseOf[g] = listCase;
      continue;
    }
    caseOf[g] = !prepWord || prepWord === 'v' || prepWord === 've' || prepWord === 'dne' ? 'acc' : 'other';
    switch (prepWord) {
      case 'dne':
      case 'v termínu':
      case 've dnech':
      case 'v období':
      case 'v':
      case 've':
        start = prepStart;
        phrase = capIf(capital, csWeekdayPhrase(day));
        break;
      case 'ze dne':
      case 'z dne':
      case 'z':
      case 'ze':
        start = prepStart;
        phrase = capIf(capital, `${ze(day)} ${CS_WEEKDAYS[day]!.gen}`);
        break;
      case 'od':
      case 'ode':
      case 'do':
        phrase = CS_WEEKDAYS[day]!.gen;
        break;
      case 'k':
      case 'ke':
        start = prepStart;
        phrase = capIf(capital, `${ke(day)} ${CS_WEEKDAYS[day]!.dat}`);
        break;
      case 'po':
        phrase = CS_WEEKDAYS[day]!.loc;
        break;
      case 'před':
        phrase = CS_WEEKDAYS[day]!.ins;
        break;
      case 'na':
        phrase = CS_WEEKDAYS[day]!.acc;
        break;
      default: {
        const atLineStart = LINE_OR_COLON_BEFORE.test(text.slice(Math.max(0, f.start - 4), f.start));
        if (atLineStart) caseOf[g] = 'nom';
        phrase = atLineStart ? CS_WEEKDAYS[day]!.nom : csWeekdayPhrase(day);
        if (f.start === 0 || /(?:^|\n)[ \u00a0]*$/.test(text.slice(Math.max(0, f.start - 4), f.start))) phrase = phrase[0]!.toUpperCase() + phrase.slice(1);
      }
    }
    edits.push({ start, end: keepsText ? f.start : f.end, text: keepsText ? `${phrase} ` : `${phrase} ${dateText}` });
  }
  return edits;
}

function applyEdits(text: string, edits: Edit[]): string {
  if (!edits.length) return text;
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Kinds that tell of what happened (a past date is no mistake there). */
export const NOTICE_PASTS_OK: ReadonlySet<string> = new Set(['sports', 'photo', 'police-appeal', 'fire-brigade', 'story', 'general']);

// Only an addressee with a digit, an address sign or a preposition of place can hold a fact.
const MAY_HOLD_FACT = /[\d@]|[ \u00a0](?:na|v|ve|u|k|ke|do|z|ze|in|at|on)[ \u00a0]/u;
function holdsFact(s: string, lang: Lang, now: Date): boolean {
  return MAY_HOLD_FACT.test(s) && extractFacts(s, { lang, now }).facts.some((f) => f.type !== 'organisation');
}

/** The notice's last line when it is only an organisation's name: a signature ("ČEZ Distribuce, a. s."). */
function signatureLine(text: string, ex: Extraction): { start: number; end: number; name: string } | null {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  if (start === 0 || end - start > 80) return null;
  const line = text.slice(start, end).replace(/[.\s]+$/u, '');
  for (let i = ex.facts.length - 1; i >= 0; i--) {
    const f = ex.facts[i]!;
    if (f.end < start) break;
    if (f.type === 'organisation' && f.start === start && f.text.replace(/[.\s]+$/u, '') === line) return { start, end, name: f.text };
  }
  return null;
}

/** Rewrites the notice's text into the post's paragraphs. */
export function rewriteBody(text: string, ex: Extraction, opts: { lang: Lang; now: Date; kind: string }): Body {
  const { lang, now } = opts;
  const warnings: RewriteWarning[] = [];
  const edits = weekdayEdits(text, ex.dates, lang, now, warnings, !NOTICE_PASTS_OK.has(opts.kind));
  // A signature line at the end ("ČEZ Distribuce, a. s.") says who wrote the notice.
  const signature = signatureLine(text, ex);
  if (signature) edits.push({ start: signature.start, end: signature.end, text: '' });

  let edited = replacePhrases(applyEdits(text, edits), lang).text;
  let source = '';
  let heading = '';

  // The first lines: a salutation ("Vážení odběratelé,") goes; the opener "Městský úřad Zábřeh
  // oznamuje, že …" goes too, its author kept as the source. (Read after the office phrases are
  // replaced: a legal citation between the author and the verb is short by then.) An opener in
  // a heading ("Hasiči upozorňují: …") does not stop the first sentence's own opener.
  let lineStart = 0;
  let fromHeading = false;
  for (let seen = 0; seen < 4 && lineStart < edited.length; ) {
    const lineEnd = edited.indexOf('\n', lineStart);
    let line = edited.slice(lineStart, lineEnd < 0 ? edited.length : lineEnd);
    if (line.trim()) {
      seen++;
      let cut = 0;
      let insert = '';
      const salutation = SALUTATION[lang].exec(line);
      if (salutation) {
        cut = salutation[0].length;
        line = line.slice(cut);
      }
      // The openers' patterns are costly; a line without their verb cannot match them.
      let opener = OPENER_VERB[lang].test(line) ? OPENER[lang].exec(line) : null;
      // Whom it addresses may hold a fact ("nájemce hrobů na městském hřbitově"): then it stays.
      if (opener && holdsFact(opener[0].slice(opener[1]!.length), lang, now)) opener = null;
      const asks = lang === 'cs' && ASKS_VERB.test(line) ? ASKS_CS.exec(line) : null;
      const isHeading = !/[.!?]$/.test(line.trim()) && countWords(line, 12) <= 12;
      if (opener && (!source || fromHeading)) {
        source = cleanSource(opener[1]!);
        fromHeading = isHeading;
        cut += opener[0].length;
      } else if (asks && (!source || fromHeading)) {
        source = cleanSource(asks[1]!);
        fromHeading = false;
        cut += asks[0].length;
        insert = 'Prosíme vás, abyste ';
      }
      if (cut) {
        edited = edited.slice(0, lineStart) + insert + edited.slice(lineStart + cut);
        continue;
      }
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }

  const paragraphs: string[][] = [];
  const blocks = edited.split(/\n[ \t]*\n/);
  // The title lines at the top: those that only say what a notice is ("OZNÁMENÍ", "Veřejná
  // vyhláška") go; the most telling one is the heading; "Oznámení o uzavírce silnice" reads
  // "Uzavírka silnice"-like without its dry opening word ("Uzavírce silnice" is left as written).
  let titleLines = 0;
  let headingIsDry = false;
  for (let b = 0; b < blocks.length; b++) {
    const lines = blocks[b]!.split('\n');
    const para: string[] = [];
    for (let li = 0; li < lines.length; li++) {
      const raw = lines[li]!.trim();
      if (!raw) continue;
      const isTop = !para.length && paragraphs.every((p) => p.length === 1 && p[0] === heading) && titleLines < 3;
      const moreFollows = li + 1 < lines.length || b + 1 < blocks.length;
      if (isTop && moreFollows && !/[.!?]$/.test(raw) && countWords(raw, 12) <= 12 && !BULLET.test(raw) && !LINE_OF_FACTS.test(raw)) {
        titleLines++;
        if (EMPTY_HEADING[lang].test(raw)) continue;
        const candidate = tidySentence(sentenceCase(stripDryTitle(raw.replace(/[:\s]+$/u, ''), lang)));
        if (!heading) {
          heading = candidate;
          headingIsDry = DRY_TITLE[lang].test(raw);
          paragraphs.push([heading]);
          continue;
        }
        // A second title line: it replaces a dry first one ("Notice of road closure:" then
        // "Temporary closure – Mill Road"); otherwise it is a line of the text.
        if (headingIsDry) {
          paragraphs.pop();
          heading = candidate;
          headingIsDry = false;
          paragraphs.push([heading]);
          continue;
        }
      }
      if (BULLET.test(raw)) {
        para.push('• ' + tidySentence(raw.replace(BULLET_AND_SPACE, '')));
        continue;
      }
      for (const sentence of splitSentences(raw)) {
        let tidy = tidySentence(sentence);
        if (!tidy) continue;
        if (THANKS.test(tidy) && !HAS_FACT_CHARS.test(tidy)) {
          // "Děkujeme za pochopení a přejeme klidné svátky." keeps its wish.
          const wish = WISH[lang].exec(tidy);
          if (!wish) continue;
          tidy = tidySentence(tidy.slice(wish.index + wish[1]!.length));
        }
        if (source && tidy.replace(/[.\s]+$/, '') === source) continue;
        for (const part of splitLongSentence(tidy, lang)) para.push(part);
      }
    }
    if (para.length) paragraphs.push(para);
  }
  if (!source && signature) source = signature.name;
  return { paragraphs, source, heading, warnings };
}

/** "VÁNOČNÍ JARMARK" → "Vánoční jarmark" (shouting headings read badly and screen readers spell them). */
function sentenceCase(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toLocaleUpperCase()) return s;
  const lower = s.toLocaleLowerCase();
  return lower[0]!.toLocaleUpperCase() + lower.slice(1);
}

// A line that ends without a sentence's punctuation ("Dotčené ulice: A; B", "Termín: 9. 3.") is a
// line of its own, and so is one that opens with a label ("Kontakt: …", "Dotčené ulice: …").
const ENDS_SENTENCE = /[.!?…:;]["“”»)]?$/u;
const OPENS_WITH_LABEL = /^\p{Lu}[\p{L}.]{0,20}(?:[ \u00a0][\p{L}.]{1,20}){0,2}:[ \u00a0]/u;

/** Paragraphs back to text: sentences of a paragraph on one line, bullets and unfinished lines on their own. */
export function joinParagraphs(paragraphs: string[][]): string {
  return paragraphs
    .map((p) => {
      // Each line is kept as its sentences and joined once: a line grown by `+=` is a rope that
      // every look at its end flattens, quadratic for a long paragraph. A line starts as its first
      // sentence does and ends as its last one does (" " between them is no sentence punctuation),
      // and ENDS_SENTENCE matches at most 2 code units, so only those are tested.
      const lines: string[][] = [];
      for (const s of p) {
        const prev = lines[lines.length - 1];
        if (s.startsWith('• ') || prev === undefined || prev[0]!.startsWith('• ') || !ENDS_SENTENCE.test(prev[prev.length - 1]!.slice(-2)) || (s.indexOf(':') > 0 && OPENS_WITH_LABEL.test(s))) lines.push([s]);
        else prev.push(s);
      }
      return lines.map((l) => l.join(' ')).join('\n');
    })
    .join('\n\n');
}
