/**
 * The notice's own sentences, made friendly: weekdays added to dates (and wrong ones
 * corrected), the "The office announces that" opener dropped (its author kept as the source),
 * office phrases replaced, long sentences split, thanks left to the template.
 */
import {
  CS_WEEKDAYS,
  csCaseOfWord,
  csNumeric,
  daysFromNow,
  EN_WEEKDAYS,
  enLong,
  type CsCase,
  type Lang,
} from './dates';
import { linkedAsList, linkedAsRange, wordBefore, type DateFact, type Extraction } from './facts';
import { replacePhrases } from './phrases';

export type RewriteWarning =
  | { code: 'weekdayMismatch'; text: string; written: string; actual: string }
  | { code: 'pastDate'; text: string }
  | { code: 'instagramTrimmed' }
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
const SUBJECT = `\\p{Lu}[\\p{L}.]{0,30}(?:[ \\u00a0,]{1,2}[\\p{L}.\\d]{1,30}){0,7}?`;
const OPENER: Record<Lang, RegExp> = {
  cs: new RegExp(
    `^(${SUBJECT}),?${S}{1,2}(?:tímto${S}{1,2})?(?:oznamuje|informuje|sděluje|upozorňuje|oznamují|informují|upozorňují|sdělují)(?:${S}{1,2}(?:tímto${S}{1,2})?(?:všem${S}{1,2})?(?:občan\\p{L}*|obyvatel\\p{L}*|veřejnost\\p{L}*|spoluobčan\\p{L}*|řidič\\p{L}*|majitel\\p{L}*))?(?:,?${S}{1,2}(?:že|o${S}tom,${S}že)${S}{1,2}|${S}{0,2}:${S}{0,2})`,
    'u',
  ),
  en: new RegExp(
    `^(?:The${S})?(${SUBJECT})${S}{1,2}(?:hereby${S}{1,2})?(?:informs|notifies|advises|announces|reminds|would${S}like${S}to${S}inform|wishes${S}to${S}inform)(?:${S}{1,2}(?:all${S}{1,2})?(?:residents|citizens|the${S}public|everyone|inhabitants|drivers|dog${S}owners))?(?:${S}{1,2}that,?${S}{1,2}|${S}{0,2}:${S}{0,2}|,${S}{1,2})`,
    'u',
  ),
};
// "Městský úřad Zábřeh žádá občany, aby …" → "Prosíme vás, abyste …"
const ASKS_CS = new RegExp(
  `^(${SUBJECT})${S}{1,2}(?:tímto${S}{1,2})?(?:žádá|prosí|vyzývá)(?:${S}{1,2}(?:tímto${S}{1,2})?(?:všechny${S}{1,2})?(?:občany|obyvatele|veřejnost|spoluobčany))?,?${S}{1,2}aby${S}{1,2}`,
  'u',
);
const OPENER_VERB: Record<Lang, RegExp> = { cs: /oznamuj|informuj|sděluj|upozorňuj/, en: /inform|notif|advise|announce|remind/ };
const ASKS_VERB = /žádá|prosí|vyzývá/;
// Headings that only say what a notice is ("OZNÁMENÍ", "Veřejná vyhláška", "NOTICE").
const EMPTY_HEADING = /^(?:oznámení|upozornění|informace|veřejná vyhláška|výzva|sdělení|notice|public notice|announcement|information|important)[\s:!.]*$/iu;
const THANKS = /^(?:moc )?(?:děkujeme|díky|mrzí nás|omlouváme se|thank you|thanks|sorry|we apologi[sz]e)(?![\p{L}])/iu;
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

/** Words in a text: runs of letters/digits ("12. 3. 2026" is three, "e-mail" one). */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordCode(c)) {
      if (!inWord) n++;
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
  if (countWords(sentence) <= max) return [sentence];
  const re = lang === 'cs' ? SPLIT_CS : SPLIT_EN;
  re.lastIndex = 0;
  const total = sentence.length;
  let best = -1;
  let bestLen = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) {
    const left = sentence.slice(0, m.index);
    const right = sentence.slice(m.index + m[0].length);
    if (countWords(left) < 5 || countWords(right) < 5) continue;
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

/** The preposition right before a date (one or two words, lower case), and where it starts. */
function csPrepositionBefore(text: string, pos: number): { words: string; start: number } | null {
  const w1 = wordBefore(text, pos);
  if (!w1) return null;
  const one = w1.word.toLowerCase();
  const w0 = wordBefore(text, w1.start);
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

function csWeekdayIn(c: CsCase, wd: number): string {
  return CS_WEEKDAYS[wd]![c];
}

/** "ve čtvrtek" / "v pátek" */
function csAccPhrase(wd: number): string {
  const w = CS_WEEKDAYS[wd]!;
  return `${w.v} ${w.acc}`;
}

function ze(wd: number): string {
  return [2, 3, 5].includes(wd) ? 'ze' : 'z';
}
function ke(wd: number): string {
  return [2, 3].includes(wd) ? 'ke' : 'k';
}

const hasYear = (f: DateFact) => /\d{4}/.test(f.text);

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
function weekdayEdits(text: string, dates: DateFact[], lang: Lang, now: Date, warnings: RewriteWarning[], pastMatters: boolean): Edit[] {
  const edits: Edit[] = [];
  const bySpan = new Map<number, DateFact[]>();
  for (const f of dates) {
    const list = bySpan.get(f.start);
    if (list) list.push(f);
    else bySpan.set(f.start, [f]);
  }
  const groups = [...bySpan.values()];
  // The case each date's weekday took (a date of a list takes the case of the one before it).
  const caseOf = new Map<DateFact, 'nom' | 'acc' | 'other'>();
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const f = group[0]!;
    const prev = g > 0 ? groups[g - 1]![groups[g - 1]!.length - 1]! : undefined;
    const next = g + 1 < groups.length ? groups[g + 1]![0]! : undefined;
    const wd = (x: DateFact) => (new Date(Date.UTC(x.year, x.m - 1, x.d)).getUTCDay() + 6) % 7;
    if (isBirthDate(text, f.weekday?.start ?? f.start)) continue;
    if (f.y !== null && f.y < now.getFullYear() - 1) continue;
    const last = group[group.length - 1]!;
    if (pastMatters && daysFromNow(now, last.year, last.m, last.d) < 0) warnings.push({ code: 'pastDate', text: f.text });

    if (f.weekday) {
      const actual = wd(f);
      if (f.weekday.index !== actual) {
        const written = f.weekday.text;
        let replacement: string;
        if (lang === 'cs') {
          const c = csCaseOfWord(written) ?? 'acc';
          replacement = csWeekdayIn(c, actual);
          // "v pondělí" → "ve čtvrtek": the preposition follows the new word.
          const prep = wordBefore(text, f.weekday.start);
          if (prep && /^v[e]?$/i.test(prep.word) && c === 'acc') {
            const v = CS_WEEKDAYS[actual]!.v;
            edits.push({ start: prep.start, end: f.weekday.start, text: (prep.word[0] === 'V' ? v[0]!.toUpperCase() + v.slice(1) : v) + ' ' });
          }
        } else replacement = EN_WEEKDAYS[actual]!;
        if (written[0] !== written[0]!.toLowerCase()) replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
        edits.push({ start: f.weekday.start, end: f.weekday.end, text: replacement });
        warnings.push({ code: 'weekdayMismatch', text: text.slice(f.weekday.start, f.end), written, actual: lang === 'cs' ? CS_WEEKDAYS[actual]!.nom : EN_WEEKDAYS[actual]! });
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
          ? `${EN_WEEKDAYS[wd(a)]} ${enDateText(a)} and ${EN_WEEKDAYS[wd(b)]} ${enDateText(b)}`
          : `from ${EN_WEEKDAYS[wd(a)]} ${enLong(null, a.m, a.d)} to ${EN_WEEKDAYS[wd(b)]} ${enDateText(b)}`;
        const start = word === 'from' && prep ? prep.start : f.start;
        edits.push({ start, end: f.end, text: phrase });
        continue;
      }
      const monthFirst = /^\p{L}/u.test(f.text);
      const start = word === 'the' && prep ? prep.start : f.start;
      edits.push({ start, end: start, text: `${EN_WEEKDAYS[wd(f)]}${monthFirst ? ',' : ''} ` });
      continue;
    }

    // Czech: which word stands before the date decides the weekday's case.
    const m = csPrepositionBefore(text, f.start);
    const prepWord = m?.words;
    const prepStart = m ? m.start : f.start;
    const capital = m ? text[m.start] !== text[m.start]!.toLowerCase() : false;
    const cap = (s: string) => (capital ? s[0]!.toUpperCase() + s.slice(1) : s);
    if (prepWord === 'mezi' || prepWord?.startsWith('nar')) continue;

    if (group.length === 2) {
      const [a, b] = group as [DateFact, DateFact];
      const joinedByAnd = /(?:^|[^\p{L}])a(?:[^\p{L}]|$)|,/u.test(f.text.replace(/\d+\./g, ''));
      const yearB = b.y !== null ? b.year : null;
      // "v noci z 12. na 13. 5." → "v noci z úterý 12. 5. na středu 13. 5."
      if (NIGHT_WORD.test(f.text)) {
        const night = `${CS_WEEKDAYS[wd(a)]!.gen} ${csNumeric(null, a.m, a.d)} na ${CS_WEEKDAYS[wd(b)]!.acc} ${csNumeric(yearB, b.m, b.d)}`;
        const fromWord = prepWord === 'z' || prepWord === 'ze';
        edits.push({ start: fromWord ? prepStart : f.start, end: f.end, text: fromWord ? cap(`${ze(wd(a))} ${night}`) : night });
        continue;
      }
      const phrase = joinedByAnd
        ? `${csAccPhrase(wd(a))} ${csNumeric(yearB, a.m, a.d)} a ${csAccPhrase(wd(b))} ${csNumeric(yearB, b.m, b.d)}`
        : `od ${CS_WEEKDAYS[wd(a)]!.gen} ${csNumeric(null, a.m, a.d)} do ${CS_WEEKDAYS[wd(b)]!.gen} ${csNumeric(yearB, b.m, b.d)}`;
      const replaceWord = prepWord && ['dne', 've dnech', 'v termínu', 'v období', 'od'].includes(prepWord);
      edits.push({ start: replaceWord ? prepStart : f.start, end: f.end, text: replaceWord ? cap(phrase) : phrase });
      continue;
    }

    const day = wd(f);
    // The year a range shares is written at both ends ("od 6. 4. 2026 do 10. 4. 2026"); a list
    // keeps it at its end ("7. 4., 21. 4. a 5. 5. 2026").
    const rangeFrom = !!next && linkedAsRange(text, f, next.weekday ?? next);
    const rangeTo = !!prev && RANGE_TO.test(text.slice(prev.end, f.start)) && linkedAsRange(text, prev, f);
    const dateText = hasYear(f) || f.y === null || !(rangeFrom || rangeTo) ? f.text : csDateText(f);
    const keepsText = dateText === f.text;
    let phrase: string;
    let start = f.start;
    const listCase = prev && linkedAsList(text, prev, f.weekday ?? f) ? caseOf.get(prev) : undefined;
    if (rangeTo && !prepWord) {
      // "ve dnech 24. 12. až 1. 1.", "6. 4. – 10. 4." → "od čtvrtka 24. 12. do pátku 1. 1."
      edits.push({ start: prev!.end, end: keepsText ? f.start : f.end, text: ` do ${CS_WEEKDAYS[day]!.gen} ${keepsText ? '' : dateText}` });
      caseOf.set(f, 'other');
      continue;
    }
    if (rangeFrom && (!prepWord || ['ve dnech', 'v termínu', 'v období', 'dne'].includes(prepWord)) && RANGE_TO.test(text.slice(f.end, next!.weekday?.start ?? next!.start))) {
      const from = prepWord ? prepStart : f.start;
      const atLine = !prepWord && /(?:^|\n)[ \u00a0]*$/.test(text.slice(Math.max(0, f.start - 4), f.start));
      const od = `${prepWord ? cap('od') : atLine ? 'Od' : 'od'} ${CS_WEEKDAYS[day]!.gen}`;
      edits.push({ start: from, end: keepsText ? f.start : f.end, text: `${od} ${keepsText ? '' : dateText}` });
      caseOf.set(f, 'other');
      continue;
    }
    if (listCase && !prepWord) {
      // "v těchto termínech: úterý 7. 4., úterý 21. 4. …", "ve čtvrtek 2. 4., ve čtvrtek 9. 4. …"
      const p = listCase === 'nom' ? CS_WEEKDAYS[day]!.nom : csAccPhrase(day);
      edits.push({ start: f.start, end: keepsText ? f.start : f.end, text: keepsText ? `${p} ` : `${p} ${dateText}` });
      caseOf.set(f, listCase);
      continue;
    }
    caseOf.set(f, !prepWord || prepWord === 'v' || prepWord === 've' || prepWord === 'dne' ? 'acc' : 'other');
    switch (prepWord) {
      case 'dne':
      case 'v termínu':
      case 've dnech':
      case 'v období':
      case 'v':
      case 've':
        start = prepStart;
        phrase = cap(csAccPhrase(day));
        break;
      case 'ze dne':
      case 'z dne':
      case 'z':
      case 'ze':
        start = prepStart;
        phrase = cap(`${ze(day)} ${CS_WEEKDAYS[day]!.gen}`);
        break;
      case 'od':
      case 'ode':
      case 'do':
        phrase = CS_WEEKDAYS[day]!.gen;
        break;
      case 'k':
      case 'ke':
        start = prepStart;
        phrase = cap(`${ke(day)} ${CS_WEEKDAYS[day]!.dat}`);
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
        if (atLineStart) caseOf.set(f, 'nom');
        phrase = atLineStart ? CS_WEEKDAYS[day]!.nom : csAccPhrase(day);
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

const NOTICE_PASTS_OK = new Set(['sports', 'photo', 'police-appeal', 'fire-brigade', 'story', 'general']);

/** Rewrites the notice's text into the post's paragraphs. */
export function rewriteBody(text: string, ex: Extraction, opts: { lang: Lang; now: Date; kind: string }): Body {
  const { lang, now } = opts;
  const warnings: RewriteWarning[] = [];
  const edits = weekdayEdits(text, ex.dates, lang, now, warnings, !NOTICE_PASTS_OK.has(opts.kind));
  let source = '';
  let heading = '';

  // The opener of the first lines: "Městský úřad Zábřeh oznamuje, že …" → "…" (author kept).
  let lineStart = 0;
  for (let seen = 0; seen < 4 && lineStart < text.length; ) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (line.trim()) {
      seen++;
      // The openers' patterns are costly; a line without their verb cannot match them.
      const opener = OPENER_VERB[lang].test(line) ? OPENER[lang].exec(line) : null;
      const asks = lang === 'cs' && ASKS_VERB.test(line) ? ASKS_CS.exec(line) : null;
      if (opener && !source) {
        source = opener[1]!.replace(/[,\s]+$/u, '');
        edits.push({ start: lineStart, end: lineStart + opener[0].length, text: '' });
      } else if (asks && !source) {
        source = asks[1]!.replace(/[,\s]+$/u, '');
        edits.push({ start: lineStart, end: lineStart + asks[0].length, text: 'Prosíme vás, abyste ' });
      }
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }

  const edited = replacePhrases(applyEdits(text, edits), lang).text;
  const paragraphs: string[][] = [];
  const blocks = edited.split(/\n[ \t]*\n/);
  for (let b = 0; b < blocks.length; b++) {
    const lines = blocks[b]!.split('\n');
    const para: string[] = [];
    for (let li = 0; li < lines.length; li++) {
      const raw = lines[li]!.trim();
      if (!raw) continue;
      // A short first line without a full stop, followed by more text, is the notice's heading:
      // "OZNÁMENÍ" says nothing and goes; "Vánoční jarmark 2026" may become the headline (the
      // composer then drops it here, so it is not said twice).
      const isFirst = !paragraphs.length && !para.length;
      const moreFollows = li + 1 < lines.length || b + 1 < blocks.length;
      if (isFirst && moreFollows && !/[.!?]$/.test(raw) && countWords(raw) <= 12) {
        if (EMPTY_HEADING.test(raw)) continue;
        heading = sentenceCase(raw.replace(/[:\s]+$/u, ''));
        paragraphs.push([heading]);
        continue;
      }
      if (BULLET.test(raw)) {
        para.push('• ' + tidySentence(raw.replace(BULLET_AND_SPACE, '')));
        continue;
      }
      for (const sentence of splitSentences(raw)) {
        const tidy = tidySentence(sentence);
        if (!tidy) continue;
        if (THANKS.test(tidy) && !HAS_FACT_CHARS.test(tidy)) continue;
        if (source && tidy.replace(/[.\s]+$/, '') === source) continue;
        for (const part of splitLongSentence(tidy, lang)) para.push(part);
      }
    }
    if (para.length) paragraphs.push(para);
  }
  return { paragraphs, source, heading, warnings };
}

/** "VÁNOČNÍ JARMARK" → "Vánoční jarmark" (shouting headings read badly and screen readers spell them). */
function sentenceCase(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toLocaleUpperCase()) return s;
  const lower = s.toLocaleLowerCase();
  return lower[0]!.toLocaleUpperCase() + lower.slice(1);
}

/** Paragraphs back to text: sentences of a paragraph on one line, bullets on their own lines. */
export function joinParagraphs(paragraphs: string[][]): string {
  return paragraphs
    .map((p) => {
      const lines: string[] = [];
      for (const s of p) {
        if (s.startsWith('• ') || !lines.length || lines[lines.length - 1]!.startsWith('• ')) lines.push(s);
        else lines[lines.length - 1] += ' ' + s;
      }
      return lines.join('\n');
    })
    .join('\n\n');
}
