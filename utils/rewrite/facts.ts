/**
 * Facts of a notice: dates, times, places, phones, e-mails, links, money, deadlines,
 * organisations and bank accounts, each with its exact text and a normalised form (`norm`)
 * that survives reformatting ("12. 3. 2026" and "ve čtvrtek 12. 3. 2026" are both 2026-03-12).
 *
 * Performance: every pattern is compiled once, and every repetition is bounded, so no pattern
 * can backtrack more than a constant amount per position; e-mails and links are found by
 * scanning outward from "@" / "http" / "www." instead of by a pattern. The whole extraction is
 * linear in the input length (see facts.test.ts, the 1 MB adversarial inputs).
 */
import { CS_MONTHS_GEN, EN_MONTHS, dateNorm, isValidDate, pad2, weekdayOfWord, type Lang } from '../dates/calendar';
import { NOT_NOTICE_YEAR, resolveYear, type YearContext } from '../dates/parse';
import { fold } from '../checklist/text';

export type FactType = 'date' | 'time' | 'place' | 'phone' | 'email' | 'url' | 'money' | 'deadline' | 'organisation' | 'account';

export interface Fact {
  type: FactType;
  /** Exactly as in the text. */
  text: string;
  /** date/deadline: yyyy-mm-dd or --mm-dd; time: HH:MM; phone: digits; money: "1500 CZK"; url: as written; others: lower case. */
  norm: string;
  start: number;
  end: number;
  /** Places only: 'street' (streets, squares, labelled places) or 'venue' ("u kostela sv. Bartoloměje"). */
  sub?: 'street' | 'venue';
  /** Places only: named in a list of places ("v ulicích: …", "Dotčené ulice: …", a bullet list after "v těchto ulicích:"). */
  listed?: boolean;
}

/** A date found in the text, with what the rewriter needs to add or check its weekday. */
export interface DateFact extends Fact {
  type: 'date' | 'deadline';
  y: number | null;
  m: number;
  d: number;
  /** The year used for the weekday (the written one, or inferred from `now`). */
  year: number;
  /** A weekday written right before the date ("ve čtvrtek 12. 3."), if any. */
  weekday?: { start: number; end: number; text: string; index: number };
  /** Part of a range: 'from' and 'to' share one span of text. */
  range?: 'from' | 'to';
}

export interface ExtractOptions {
  lang: Lang;
  now: Date;
}

export interface Extraction {
  facts: Fact[];
  dates: DateFact[];
}

// Spaces inside one fact: normal, no-break, narrow no-break, thin, figure space. Never a line break.
const SP = ' \\u00a0\\u202f\\u2009\\u2007';
const S = `[${SP}]`;
const DASH = '[\\-\\u2010-\\u2015\\u2212]';
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

const CS_MONTH_ALT = CS_MONTHS_GEN.join('|');
const EN_MONTH_ALT =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const EN_MONTH_INDEX: Record<string, number> = {};
EN_MONTHS.forEach((name, i) => {
  EN_MONTH_INDEX[name.toLowerCase()] = i + 1;
  EN_MONTH_INDEX[name.slice(0, 3).toLowerCase()] = i + 1;
});
EN_MONTH_INDEX.sept = 9;
const CS_MONTH_INDEX: Record<string, number> = {};
CS_MONTHS_GEN.forEach((name, i) => (CS_MONTH_INDEX[name] = i + 1));

const ORD = '(?:st|nd|rd|th)?';
// Not a day if a digit or "12. " (a day and its dot) comes right before: that is a month.
const DAY = `(?<![\\d.,/:])(?<!\\d\\.${S}{1,2})(\\d{1,2})`;
const YEAR_OPT = `(?:${S}{0,2}(\\d{4})(?!\\d))?`;
const RANGE_CS = `${S}{0,2}(?:${DASH}|až|a|do|,)${S}{0,2}`;
const RANGE_EN = `${S}{0,2}(?:${DASH}|to|until|till|and)${S}{0,2}`;

interface DatePattern {
  re: RegExp;
  /** The match starts with a word before the date ("z "): the date itself starts at the first group. */
  lead?: boolean;
  /** Turns a match into one date, or two for a range. */
  parse: (m: RegExpExecArray) => { d: number; m: number; y: number | null }[] | null;
}

const num = (s: string | undefined) => (s === undefined ? null : parseInt(s, 10));
const enMonth = (s: string) => EN_MONTH_INDEX[s.toLowerCase().replace(/\.$/, '')] ?? 0;

const DATE_PATTERNS: Record<Lang, DatePattern[]> = {
  cs: [
    // "v noci z 12. na 13. 5. 2026": a night from one day to the next.
    // (The "z" is read first, so the pattern is tried only where one stands; the date starts after it.)
    { re: new RegExp(`[zZ](?<=(?:^|[^\\p{L}])[zZ])e?${S}(\\d{1,2})\\.${S}{1,2}na${S}{1,2}(\\d{1,2})\\.${S}{0,2}(\\d{1,2})\\.${YEAR_OPT}(?!\\d)`, 'gu'), lead: true, parse: (m) => range(+m[1]!, +m[2]!, +m[3]!, num(m[4])) },
    // 12.–14. 3. 2026, 12. a 13. 3.
    { re: new RegExp(`${DAY}\\.${RANGE_CS}(\\d{1,2})\\.${S}{0,2}(\\d{1,2})\\.${YEAR_OPT}(?!\\d)`, 'gu'), parse: (m) => range(+m[1]!, +m[2]!, +m[3]!, num(m[4])) },
    // 12.–14. března 2026
    { re: new RegExp(`${DAY}\\.${RANGE_CS}(\\d{1,2})\\.${S}{0,2}(${CS_MONTH_ALT})${NOT_LETTER_AFTER}${YEAR_OPT}`, 'giu'), parse: (m) => range(+m[1]!, +m[2]!, CS_MONTH_INDEX[m[3]!.toLowerCase()]!, num(m[4])) },
    // 12. 3. 2026, 12.3., 12. 03. 2026
    { re: new RegExp(`${DAY}\\.${S}{0,2}(\\d{1,2})\\.${YEAR_OPT}(?!\\d)`, 'gu'), parse: (m) => one(+m[1]!, +m[2]!, num(m[3])) },
    // 12. března 2026
    { re: new RegExp(`${DAY}\\.${S}{0,2}(${CS_MONTH_ALT})${NOT_LETTER_AFTER}(?:${S}{1,2}(\\d{4})(?!\\d))?`, 'giu'), parse: (m) => one(+m[1]!, CS_MONTH_INDEX[m[2]!.toLowerCase()]!, num(m[3])) },
    // 2026-03-12
    { re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, parse: (m) => one(+m[3]!, +m[2]!, +m[1]!) },
    // 12/3/2026 (day first, as in Czech)
    { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, parse: (m) => one(+m[1]!, +m[2]!, +m[3]!) },
  ],
  en: [
    // 12–14 March 2026
    { re: new RegExp(`${DAY}${ORD}${RANGE_EN}(\\d{1,2})${ORD}${S}{1,2}(?:of${S})?(${EN_MONTH_ALT})\\.?${NOT_LETTER_AFTER}(?:,?${S}{1,2}(\\d{4})(?!\\d))?`, 'gu'), parse: (m) => range(+m[1]!, +m[2]!, enMonth(m[3]!), num(m[4])) },
    // March 12–14, 2026
    { re: new RegExp(`${NOT_LETTER_BEFORE}(${EN_MONTH_ALT})\\.?${S}{1,2}(\\d{1,2})${ORD}${RANGE_EN}(\\d{1,2})${ORD}(?!\\d)(?:,?${S}{1,2}(\\d{4})(?!\\d))?`, 'gu'), parse: (m) => range(+m[2]!, +m[3]!, enMonth(m[1]!), num(m[4])) },
    // 12 March 2026, 12th of March
    { re: new RegExp(`${DAY}${ORD}${S}{1,2}(?:of${S}{1,2})?(${EN_MONTH_ALT})\\.?${NOT_LETTER_AFTER}(?:,?${S}{1,2}(\\d{4})(?!\\d))?`, 'gu'), parse: (m) => one(+m[1]!, enMonth(m[2]!), num(m[3])) },
    // March 12, 2026
    { re: new RegExp(`${NOT_LETTER_BEFORE}(${EN_MONTH_ALT})\\.?${S}{1,2}(\\d{1,2})${ORD}(?![\\d\\p{L}])(?:,?${S}{1,2}(\\d{4})(?!\\d))?`, 'gu'), parse: (m) => one(+m[2]!, enMonth(m[1]!), num(m[3])) },
    { re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, parse: (m) => one(+m[3]!, +m[2]!, +m[1]!) },
    // 12/03/2026: day first unless that is impossible (a US-style 03/25/2026).
    { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, parse: (m) => (+m[2]! > 12 ? one(+m[2]!, +m[1]!, +m[3]!) : one(+m[1]!, +m[2]!, +m[3]!)) },
    // 12. 3. 2026 (English notices of a Czech town use it too; a year is required here)
    { re: new RegExp(`${DAY}\\.${S}{0,2}(\\d{1,2})\\.${S}{0,2}(\\d{4})(?!\\d)`, 'gu'), parse: (m) => one(+m[1]!, +m[2]!, +m[3]!) },
  ],
};

function one(d: number, m: number, y: number | null) {
  return isValidDate(y, m, d) ? [{ d, m, y }] : null;
}

function range(d1: number, d2: number, m: number, y: number | null) {
  if (!isValidDate(y, m, d1) || !isValidDate(y, m, d2) || d1 >= d2) return null;
  return [
    { d: d1, m, y },
    { d: d2, m, y },
  ];
}


// --- times ---------------------------------------------------------------------------------
const TIME_COLON = /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g;
const TIME_DOT = /(?<![\d:.,])([01]?\d|2[0-3])\.([0-5]\d)(?!\d|[.,]\d)/g;
const TIME_UNIT_AFTER = new RegExp(`^${S}{0,2}(?:hod|h(?![\\p{L}])|${DASH}|do${S}|až${S})`, 'u');
const HOURS_WITH_UNIT = new RegExp(
  `(?<![\\p{L}\\d:.,])([01]?\\d|2[0-3])(?:${S}{0,2}(?:${DASH}|do|až|a|to|and)${S}{0,2}([01]?\\d|2[0-3]|24))?${S}{0,2}(?:hod(?:in[ay]?|\\.)?|h)(?![\\p{L}])`,
  'gu',
);
const HOURS_HINT = /\d[ \u00a0]{0,2}(?:hod|h)/;
const HOUR_CUE_WORDS = new Set(['v', 've', 'od', 'do', 'mezi', 'až', 'kolem', 'okolo', 'cca', 'asi', 'zhruba', 'from', 'at', 'until', 'by']);
const TIME_CUE_WORDS = new Set(['od', 'do', 'v', 've', 'mezi', 'až', 'kolem', 'okolo', 'cca', 'from', 'at', 'until', 'till', 'to', 'between', 'by']);
/** "od 8.00", "v 9.30", "– 14.00" (a dot-time needs such a cue or an "hod." after it). */
function timeCueBefore(text: string, pos: number, before: string): boolean {
  if (/[-\u2010-\u2015\u2212][ \u00a0]{0,2}$/.test(before)) return true;
  return TIME_CUE_WORDS.has(wordBefore(text, pos)?.word.toLowerCase() ?? '');
}
const TIME_AMPM = /(?<![\d:.])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?[ \u00a0]?(am|pm|a\.m\.|p\.m\.)(?![\p{L}])/giu;
// (Per language: a pattern of two or three words finds its first letters fast.)
const TIME_WORD_HINT: Record<Lang, RegExp> = { cs: /poledn|půlnoc/i, en: /noon|mid(?:day|night)/i };
const TIME_WORDS = /(?<![\p{L}])(noon|midday|midnight|poledne|půlnoc[ie]?)(?![\p{L}])/giu;

// --- phones --------------------------------------------------------------------------------
const SEP = '[ \\u00a0\\u202f.\\-]?';
const PHONE_CZ = new RegExp(`(?<![\\d+\\-/.,])(?:(?:\\+|00)420${S}?)?[2-9]\\d{2}${SEP}\\d{3}${SEP}\\d{3}(?![\\d/\\-])`, 'g');
const PHONE_INTL = new RegExp(`(?<![\\d+])\\+[1-9]\\d{0,2}(?:${SEP}\\(?\\d{1,4}\\)?){2,5}(?!\\d)`, 'g');
// A number after a cue ("tel. 583 468 111", "linka 158", "call 999"): the digits are found
// first (cheap), then the few characters before them are checked for a cue.
const DIGIT_RUN = /(?<![\d+\-/.,])\+?\d(?:[ \u00a0/\-]?\d){2,14}(?![\d])/g;
const PHONE_CUE_HINT = /tel|TEL|mob|Mob|ink|inc|olej|all|hone|ing|ial|olic|ine|umber|☎|📞/;
// Between two numbers of one "call A or B": "nebo", "či", "or", "a", a comma.
const PHONE_CHAIN = /^[ \u00a0]{0,2}(?:,|nebo|či|or|a|and|\/)[ \u00a0]{1,2}$/u;
const PHONE_CUE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:[Tt]el(?:efon(?:u|em|ní|ické)?)?\\.?(?:${S}{0,2}č\\.)?|TEL\\.?|[Mm]ob(?:il(?:u|em)?)?\\.?|[Ll]ink[auy]|[Ll]ince|[Vv]olejte|[Zz]avolejte|[Cc]all|[Pp]hone|[Rr]ing|[Dd]ial|☎️?|📞|(?:[Pp]olice|[Ll]ine|[Nn]umber|[Hh]otline|[Hh]elpline)${S}{1,2}(?:on|at))(?:${S}{0,2}(?:čísle|číslo|čísla|number|on|us))?[:${SP}]{0,3}$`,
  'u',
);

// --- money -----------------------------------------------------------------------------------
const CUR_WORDS = 'Kč|CZK|korun[ay]?|koruny|EUR|eur(?:o|a)?|€|USD|\\$|GBP|£|crowns?';
const MULT = `(?:${S}{0,2}(tis\\.|tisíc|mil\\.|milion\\p{L}{0,2}|mld\\.|miliard\\p{L}{0,2}|thousand|million|billion))?`;
const MONEY_CS = new RegExp(
  `(?<![\\d.,])(\\d{1,3}(?:[ \\u00a0\\u202f.]\\d{3}){1,4}|\\d{1,12})(?:[,.](\\d{1,2}|-{1,2}|–)(?!\\d))?${MULT}${S}{0,2}(${CUR_WORDS})(?![\\p{L}])(?:,-)?`,
  'giu',
);
const MONEY_EN = new RegExp(
  `(?<![\\d.,])(\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,12})(?:\\.(\\d{1,2}))?${MULT}${S}{0,2}(${CUR_WORDS})(?![\\p{L}])`,
  'giu',
);
/** The thousands separators MONEY_PREFIX's digit groups may hold. */
const PREFIX_THOUSANDS = /[, \u00a0]/g;
const MONEY_PREFIX = new RegExp(
  `(?<![\\p{L}])(CZK|EUR|USD|GBP|Kč|€|\\$|£)${S}{0,1}(\\d{1,3}(?:[, \\u00a0]\\d{3}){1,4}|\\d{1,12})(?:[.,](\\d{1,2}|-{1,2}))?(?!\\d)${MULT}`,
  'gu',
);

// --- accounts --------------------------------------------------------------------------------
const ACCOUNT_CZ = new RegExp(`(?<![\\d\\-/])(?:(\\d{1,6})-)?(\\d{5,10})${S}{0,1}/${S}{0,1}(\\d{4})(?![\\d/])`, 'g');
const IBAN = new RegExp(`(?<![\\p{L}\\d])([A-Z]{2}\\d{2})((?:${S}?[A-Z\\d]{4}){3,7}(?:${S}?[A-Z\\d]{1,4})?)(?![\\p{L}\\d])`, 'gu');

// --- organisations -----------------------------------------------------------------------------
const TOWN = `(?:${S}(?:v${S})?\\p{Lu}\\p{Ll}{2,20}(?:${S}(?:nad|pod|u)${S}\\p{Lu}\\p{Ll}{2,20})?)?`;
// (No leading look-behind: a look-behind at the start is evaluated at every position of the
// text; the "not inside a word" check is done on the few matches instead, see eachWordMatch.)
const ORGANISATIONS = new RegExp(
  // Every name starts with one of these capitals: one class test per position before the alternatives.
  '(?=[MOÚPHSJČEGTŠVKZRFŘDC])(?:' +
    [
      `Městsk\\p{L}{1,3}${S}úřad\\p{L}{0,2}${TOWN}`,
      `Obecní\\p{L}{0,2}${S}úřad\\p{L}{0,2}${TOWN}`,
      `Úřad\\p{L}{0,2}${S}městyse${TOWN}`,
      `MěÚ${TOWN}`,
      `Městsk\\p{L}{1,3}${S}polici\\p{L}{0,2}${TOWN}`,
      `Polici\\p{L}{1,2}${S}(?:ČR|České${S}republiky)`,
      `Policie${TOWN}`,
      `Obvodní\\p{L}{0,2}${S}oddělení${S}(?:policie|PČR)${TOWN}`,
      `Hasičsk\\p{L}{1,3}${S}záchrann\\p{L}{1,3}${S}sbor\\p{L}{0,2}(?:${S}\\p{L}{3,20}${S}kraje|${S}ČR)?`,
      `HZS(?:${S}\\p{Lu}\\p{L}{0,20})?`,
      `Sbor\\p{L}{0,2}${S}dobrovolných${S}hasičů${TOWN}`,
      `J?SDH${TOWN}`,
      `ČEZ${S}Distribuce(?:,?${S}a\\.${S}?s\\.)?`,
      `ČEZ(?![\\p{L}])`,
      `EG\\.D(?:,?${S}a\\.${S}?s\\.)?`,
      `E\\.ON`,
      `GasNet`,
      `Technick\\p{L}{1,3}${S}služb\\p{L}{1,3}${TOWN}`,
      `Šumperská${S}provozní${S}vodohospodářská${S}společnost(?:,?${S}a\\.${S}?s\\.)?`,
      `ŠPVS(?:,?${S}a\\.${S}?s\\.)?`,
      `Vodovody${S}a${S}kanalizace${TOWN}`,
      `Krajsk\\p{L}{1,3}${S}úřad\\p{L}{0,2}(?:${S}\\p{L}{3,20}${S}kraje)?`,
      `Zastupitelstv\\p{L}{1,3}${S}(?:města|obce)${TOWN}`,
      `Rad\\p{L}{1,2}${S}(?:města|obce)${TOWN}`,
      `Finanční\\p{L}{0,2}${S}úřad\\p{L}{0,2}`,
      `Úřad\\p{L}{0,2}${S}práce`,
      `Česk\\p{L}{1,3}${S}pošt\\p{L}{1,2}`,
      `Správ\\p{L}{1,2}${S}silnic(?:${S}\\p{L}{3,20}${S}kraje)?`,
      `Krajsk\\p{L}{1,3}${S}hygienick\\p{L}{1,3}${S}stanic\\p{L}{1,2}(?:${S}\\p{L}{3,20}${S}kraje)?`,
      `KHS(?:${S}\\p{Lu}\\p{L}{0,20})?`,
      `Ředitelství${S}silnic${S}a${S}dálnic`,
      `ŘSD`,
      `Dům\\p{L}{0,2}${S}dětí${S}a${S}mládeže${TOWN}`,
      `DDM${TOWN}`,
      `Městsk\\p{L}{1,3}${S}knihovn\\p{L}{1,2}${TOWN}`,
      `Městsk\\p{L}{1,3}${S}muze\\p{L}{1,2}${TOWN}`,
      `Základní\\p{L}{0,2}${S}škol\\p{L}{1,2}${TOWN}`,
      `Mateřsk\\p{L}{1,3}${S}škol\\p{L}{1,2}${TOWN}`,
      `(?:ZŠ|MŠ)${TOWN}`,
      `(?:TJ|FK|SK|HC|TJ${S}Sokol|Sokol)${S}\\p{Lu}\\p{L}{1,20}(?:${S}\\p{Lu}\\p{L}{1,20})?`,
      // English
      `(?:Town|Municipal|City)${S}(?:Office|Council|Police|Hall${S}Office)`,
      `Police${S}of${S}the${S}Czech${S}Republic`,
      `Czech${S}Police`,
      `(?:Fire${S}and${S}Rescue${S}Service|Volunteer${S}Fire${S}Brigade|Fire${S}Brigade|Fire${S}Department)(?:${S}of${S}(?:the${S})?\\p{Lu}\\p{L}{1,20}(?:${S}\\p{Lu}\\p{L}{1,20}){0,2})?`,
    ].join('|') +
    ')(?![\\p{L}])',
  'gu',
);

// Companies: the legal form is found first ("s. r. o.", "a. s."), then up to four capitalised
// words (or "a", "&") before it are the name.
const LEGAL_FORM = new RegExp(
  `,?${S}(?:s\\.${S}?r\\.${S}?o\\.|spol\\.${S}s${S}r\\.${S}?o\\.|a\\.${S}?s\\.|z\\.${S}?s\\.|o\\.${S}?p\\.${S}?s\\.|z\\.${S}?ú\\.|Ltd\\.?|Inc\\.|plc|GmbH)(?![\\p{L}])`,
  'gu',
);
const COMPANY_NAME_BEFORE = new RegExp(`(?<![\\p{L}\\d])\\p{Lu}[\\p{L}\\d&.\\-]{0,30}(?:${S}(?:\\p{Lu}[\\p{L}\\d&.\\-]{0,30}|a|&)){0,3}$`, 'u');

// --- places --------------------------------------------------------------------------------------
// A street's qualifier stays with it: "Jiráskova č. p. 12–40", "Kosmonautů (č. p. 1–22)",
// "Jiráskova (úsek od křižovatky s ul. Sadovou po ul. Zahradní)".
const STREET_QUALIFIER = `(?:${S}{1,2}č\\.${S}{0,2}p\\.${S}{0,2}\\d{1,4}[a-z]?(?:${S}{0,2}${DASH}${S}{0,2}\\d{1,4}[a-z]?)?)?(?:${S}{1,2}\\([^()\\n]{1,80}\\))?`;
const STREET_NAME = `(?:(?:U|Na|V|Ve|Pod|Za|Nad|K|Ke|Mezi|Před|Třída|Náměstí)${S})?\\p{Lu}[\\p{L}\\-]{1,30}(?:${S}(?:\\p{Lu}[\\p{L}\\-]{1,30}|armády|náměstí|nábřeží|třída|brigády|legií|odboje|osvobození|republiky|míru|práce))?(?:${S}\\d{1,4}[a-zA-Z]?(?:/\\d{1,4}[a-zA-Z]?)?)?${STREET_QUALIFIER}`;
const STREET_JOIN = `(?:[,;]${S}{1,2}|${S}{1,2}(?:a|and|&)${S}{1,2}|${S}{0,2}${DASH}${S}{0,2})`;
const STREET_HINT = /ulic|ul\./;
const SQUARE_HINT = /náměstí|Náměstí|nábřeží|Nábřeží|tříd|Tříd|sady|sadech|nám\.|tř\.|[ \u00a0]ulic/;
const STREET_EN_HINT = /Street|Road|Square|Lane|Avenue|Close|Hill|Bridge|Way|St\.|Rd\.|Sq\./;
const VENUE_EN_HINT = /Hall|House|station|Library|Museum|Stadium|Church|School|Park|Centre|Center|Cinema|Theat|Pool|Station|Chapel|Cemetery|the (?:town|main|cultural|community|sports|library|museum|church|fire|swimming|cinema|recycling|collection)/;
const STREETS_CS = new RegExp(`(?:ulic(?:e|i|ích|í|emi)?|ul\\.)${S}{0,2}:?${S}{0,2}(${STREET_NAME}(?:${STREET_JOIN}${STREET_NAME}){0,40})`, 'gu');
const STREET_ITEM = new RegExp(STREET_NAME, 'gu');
// "Husova Street", "Masaryk Square": the keyword is found first, the capitalised name is looked up behind it.
const STREET_EN_WORDS = 'Street|Road|Square|Lane|Avenue|Close|Hill|Bridge|Way|St\\.|Rd\\.|Sq\\.';
const STREETS_EN = new RegExp(
  `(?:${STREET_EN_WORDS})(?![\\p{L}])(?<=(?<![\\p{L}\\p{N}])((?:\\p{Lu}\\p{L}{1,30}${S}){0,2}\\p{Lu}\\p{L}{1,30})${S}(?:${STREET_EN_WORDS}))`,
  'gu',
);
// ("260/3A": the letter of a house number is upper or lower case, and never cut off.)
const HOUSE_NUMBER = `(?:${S}\\d{1,4}[a-zA-Z]?(?:/\\d{1,4}[a-zA-Z]?)?(?![\\d/\\p{L}]))?`;
// "náměstí Osvobození", "nám. Míru" …
const SQUARES_CS = new RegExp(
  `(?:[nN]áměstí|[nN]ábřeží|[tT]řída|třídě|třídou|sady|nám\\.|tř\\.)${S}{0,2}\\p{Lu}\\p{L}{1,30}(?:${S}\\p{Lu}\\p{L}{1,30}){0,2}${HOUSE_NUMBER}`,
  'gu',
);
// … and "Masarykovo náměstí", "na Masarykově náměstí": the keyword first, its adjective looked up behind it.
const SQUARE_WORDS = 'náměstí|nábřeží|třída|třídě|třídu|sady|sadech|nám\\.|ulice|ulici|ulicí';
const SQUARES_CS_ADJ = new RegExp(
  // The word before is an adjective ("Husova", "Nádražní", "Masarykově", "Palackého"), not a noun ("Uzavírka ulice").
  `(?:${SQUARE_WORDS})(?![\\p{L}])(?<=(?:^|[^\\p{L}])(\\p{Lu}\\p{Ll}{1,20}(?:[áéíý]|ou|ého|ov[aoěu]|in[aoěu]))${S}(?:${SQUARE_WORDS}))${HOUSE_NUMBER}`,
  'gu',
);
/** "sál|budov…" → "[sS]ál|[bB]udov…": venue words match also at the start of a sentence or in a name. */
const eitherCase = (alternatives: string) =>
  alternatives
    .split('|')
    .map((a) => (/^\p{Ll}/u.test(a) ? `[${a[0]}${a[0]!.toLocaleUpperCase()}]${a.slice(1)}` : a))
    .join('|');
const VENUE_NOUN_LOWER =
  'sál\\p{L}{0,2}|budov\\p{L}{1,2}|areál\\p{L}{0,2}|hřiš\\p{L}{2,3}|kostel\\p{L}{0,2}|kaple|kapli|kaplí|radnic\\p{L}|' +
  `kulturní\\p{L}{0,2}${S}d\\p{L}{1,3}|domě${S}kultury|sokolovn\\p{L}|zbrojnic\\p{L}|knihovn\\p{L}|muze\\p{L}{1,2}|stadion\\p{L}{0,2}|` +
  `koupališt\\p{L}|hal\\p{L}|parkovišt\\p{L}|zám\\p{L}{2,3}|kin\\p{L}|kině|divadl\\p{L}|amfiteátr\\p{L}{0,2}|sběrn\\p{L}{1,2}${S}dv\\p{L}{2,3}|` +
  'hřbitov\\p{L}{0,2}|nádraží|zastávk\\p{L}|místnost\\p{L}{0,2}|klubovn\\p{L}|tělocvičn\\p{L}|síni|síň|parku|park|zahrad\\p{L}|ordinac\\p{L}|pokladn\\p{L}|podateln\\p{L}|kancelář\\p{L}{0,2}';
const VENUE_NOUN = eitherCase(VENUE_NOUN_LOWER);
const VENUE_ADJ = `(?:(?:${eitherCase('velk|mal|společensk|obřadní|zasedací|obecní|městsk|sportovní|hasičsk|školní|dětsk|horní|dolní|nov|star|hlavní|víceúčelov|evangelick|katolick')})\\p{L}{0,3}${S})`;
const VENUE_GEN = '(?:domu|úřadu|radnice|školy|města|obce|kultury|knihovny|muzea|sokolovny|hasičů|kostela|zámku|parku|nádraží|stadionu|hřiště|koupaliště)';
const VENUES_CS = new RegExp(
  `(?=[vVuUnNpPdDzZoOkK])(?:[vV]e?|[uU]|[nN]a|[pP]řed|[dD]o|[zZ]e?|[oO]d|[kK]e?|[vV]edle|[zZ]a|[pP]ři|[nN]aproti)${S}{1,2}(${VENUE_ADJ}{0,2}(?:${VENUE_NOUN})(?![\\p{L}])(?:${S}\\p{Ll}{2,20}(?:ého|ích|ých|ém|ím|ské|cké|ní))?(?:${S}${VENUE_GEN})?(?:${S}(?:sv\\.${S}{0,1})?\\p{Lu}\\p{L}{1,30}(?:${S}(?:\\p{Lu}\\p{L}{1,30}|${VENUE_GEN})){0,2})?)(?![\\p{L}])`,
  'gu',
);
const VENUE_EN_WORDS = `Town${S}Hall|Hall|House|Library|Museum|Stadium|Church|School|Park|Centre|Center|Cinema|Theatre|Theater|Pool|Station|Chapel|Cemetery`;
const VENUES_EN = new RegExp(
  `(?:${VENUE_EN_WORDS})(?![\\p{L}])(?<=(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}.'’]{1,30}${S}){1,3})(?:${VENUE_EN_WORDS}))`,
  'gu',
);
const VENUES_EN_THE = new RegExp(
  `(?<![\\p{L}])the${S}(?:town${S}hall|main${S}square|cultural${S}centre|cultural${S}center|community${S}centre|sports${S}hall|library|museum|church|fire${S}station|railway${S}station|bus${S}station|swimming${S}pool|cinema|recycling${S}centre|collection${S}yard)(?![\\p{L}])`,
  'gu',
);
// "Místo: …", "Kde: …", "📍 …" lines (also the rewriter's own fact lines).
const PLACE_LABEL = new RegExp(
  `(?:^|\\n)${S}{0,3}(?:📍|(?:Místo(?:${S}konání)?|Kde|Adresa|Where|Venue|Place|Location|Address)${S}{0,2}:)${S}{0,3}([^\\n]{2,200})`,
  'giu',
);
const PLACE_SPLIT = new RegExp(`${S}*(?:,|;|${S}a${S}|${S}and${S})${S}*`, 'u');
// Labelled lists of places, also inside a line: "Dotčené ulice: A; B; C", "obec Zábřeh, části: …",
// "Vypnutá oblast: …", "Affected streets: …". The items are read by hand (splitPlaceList).
// (Found from each ":" by the word before it: a text has few colons, and most are times.)
const PLACE_LIST_WORD = /^(?:ulic\p{L}{0,3}|lokalit\p{L}{0,2}|části|oblast\p{L}{0,2}|stanovišt\p{L}{0,3}|místech|místa|obcích|částech|streets|roads|areas|locations|affected)$/iu;
function hasPlaceListLabel(text: string): boolean {
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    const w = wordBefore(text, i);
    if (w && PLACE_LIST_WORD.test(w.word)) return true;
  }
  return false;
}
const PLACE_LIST_LABEL = new RegExp(
  `(?:(?:[Dd]otčen|[Vv]ypnut|[Pp]ostižen|[Uu]zavřen)\\p{L}{1,3}${S}{1,2}(?:ulic\\p{L}{0,3}|lokalit\\p{L}{0,2}|oblast\\p{L}{0,2}|část\\p{L}{0,2}|odběrn\\p{L}{1,3}${S}míst\\p{L}{1,2}|míst\\p{L}{1,2})|[Ll]okalit[ay]|[Čč]ásti|[Oo]blast|[Ss]tanoviště|(?:ulicích|ulicemi|ulice|stanovištích|lokalitách|místech|částech|obcích)|[Aa]ffected${S}(?:streets|roads|areas|properties)|[Ss]treets(?:${S}affected)?|[Rr]oads${S}affected|[Aa]reas${S}affected|[Ll]ocations)${S}{0,2}:`,
  'gu',
);
// "v lokalitě Zábřeh – Skalička", "v lokalitách Pivonín a Václavov", "v místní části Skalička".
const AREA_NAME = `\\p{Lu}\\p{L}{1,30}(?:${S}(?:\\p{Lu}\\p{L}{1,30}|nad|pod|u))?(?:${S}{0,2}${DASH}${S}{0,2}\\p{Lu}\\p{L}{1,30}(?:${S}\\p{Lu}\\p{L}{1,30})?)?`;
const IN_AREA = new RegExp(
  `[Vv]e?${S}(?:lokalit(?:ě|ách)|místní(?:ch)?${S}část(?:i|ech))${S}{1,2}(${AREA_NAME}(?:(?:,${S}|${S}a${S})${AREA_NAME}){0,10})`,
  'gu',
);
const AREA_ITEM = new RegExp(AREA_NAME, 'gu');
// Roads by number ("silnice III/31524", "dálnice D1") and a section between two places ("v úseku Zábřeh – Jestřebí").
const ROAD_HINT = /silnic|dálnic|komunikac|úsek/;
const ROAD_CS = new RegExp(
  `(silnic[eií]|silnicí|dálnic[eií]|komunikac[eií])${S}{1,2}(?:č\\.${S}{0,2})?((?:I{1,3}${S}?\\/${S}?\\d{1,5}|D${S}?\\d{1,2}))(?![\\d/])`,
  'gu',
);
/** "silnice I/44" (nominative) reads well on the places line; "silnicí II/315" is just "II/315" there. */
const ROAD_NOMINATIVE = new Set(['silnice', 'dálnice', 'komunikace']);
// Each end may be a name of several words ("Dolní Bušínov", "Nové Město na Moravě").
const SECTION_END = `\\p{Lu}\\p{L}{1,30}(?:${S}(?:(?:nad|pod|na|u|v)${S})?\\p{Lu}\\p{L}{1,30}){0,2}`;
const ROAD_SECTION = new RegExp(`v${S}úseku${S}{1,2}(${SECTION_END}${S}{0,2}${DASH}${S}{0,2}${SECTION_END})(?![\\p{L}])`, 'gu');
// An address without a street word, after a comma or a bracket: "ZŠ Zábřeh, Školská 11", "(Sokolovská 1)".
// Only names shaped like Czech street names (Husova, Školská, Nádražní, Palackého, Kosmonautů).
const ADDRESS_CS = new RegExp(
  `(?:^|[\\n,(])${S}{0,2}(\\p{Lu}\\p{Ll}{1,25}(?:ov[aáo]|sk[áé]|ck[áé]|[bcčdďfghjklmnňpqrřsštťvwxzž]ní|ého|ů|in[aáo])${S}\\d{1,4}[a-zA-Z]?(?:/\\d{1,4}[a-zA-Z]?)?(?![\\d/]|[.,:]\\d|${S}?(?:Kč|CZK|hod|h(?![\\p{L}])|let|dn|dní|km|m(?![\\p{L}])|%|ks|osob|minut|t(?![\\p{L}])|kW)))`,
  'gu',
);
// A line that introduces a list of places ("… v těchto ulicích:", "na těchto stanovištích:").
const PLACE_INTRO = /(?:ulic|lokalit|stanovišt|místech|míst[ao](?![\p{L}])|oblast|částech|adres|streets|roads|areas|locations|places|sites|stops)[^\n]{0,40}:[ \u00a0]*$/iu;
const LIST_HINT = /:[ \u00a0\t]*\n|(?:^|\n)[ \u00a0\t]{0,4}(?:[•*·▪◦\-–—]|\d{1,2}[.)])[ \u00a0\t]/u;
const LIST_BULLET = /^[ \u00a0\t]{0,4}(?:[•*·▪◦\-–—]|\d{1,2}[.)])[ \u00a0\t]+/u;
// A list item that is just a street ("Bezručova", "U Dráhy", "Kosmonautů (č. p. 1–22)").
const STREET_SHAPE = new RegExp(
  `^(?:(?:U|Na|V|Ve|Pod|Za|Nad|K|Ke)${S}\\p{Lu}\\p{Ll}{1,25}|\\p{Lu}\\p{Ll}{1,25}(?:ov[aáo]|sk[áé]|ck[áé]|[bcčdďfghjklmnňpqrřsštťvwxzž]ní|ého|ů|in[aáo])|(?:\\p{Lu}\\p{L}{1,30}${S}){1,2}(?:${STREET_EN_WORDS}))(?:${S}\\d{1,4}[a-zA-Z]?(?:/\\d{1,4}[a-zA-Z]?)?)?${STREET_QUALIFIER}[.,;]?$`,
  'u',
);
// Where a list item's place ends: at its time ("Skalička – náves, 8:00–8:30").
const ITEM_TIME = /(?:,|[ \u00a0][-–—])?[ \u00a0]*(?:(?:od|v|ve|from|at)[ \u00a0])?\d{1,2}[:.]\d{2}/u;
// Where a place's qualifier starts (" č. p. 12–40", " (úsek …)").
const QUALIFIER_START = /[ \u00a0]{1,2}(?:č\.[ \u00a0]{0,2}p\.|\()/u;
// Adjectives that make "X ulice" a phrase, not a street name ("Dotčené ulice", "Uvedené ulice").
const NOT_STREET_ADJ = /^(?:dotčen|uveden|následující|ostatní|přilehl|okolní|sousední|další|vybran|jednotliv|uzavřen|vypnut|postižen|všechn|tyto|těchto|místní)/u;
const ABBREVIATION_BEFORE_DOT = /(?:^|[^\p{L}])(?:ul|č|p|čp|nám|tř|sv|st|ev|parc|k\.ú|tzv|cca|resp|např|apod|\p{L})$/u;

// --- deadlines -----------------------------------------------------------------------------------
const DEADLINE_HINT = /nejpozději|uzávěrk|lhůt|splatn|termín|Termín|kdy|deadline|Deadline|later than|closing date|due/;
const DEADLINE_STRONG = /(?:nejpozději|uzávěrk|lhůt|splatn|termín\p{L}*(?:\s+\p{L}+){0,2}\s+(?:podání|odevzdání|přihláš|úhrad|zaplacení|doručení)|do\s+kdy|deadline|no later than|closing date|due(?:\s+(?:by|on|date))?)/iu;
const DEADLINE_DO = /(?:^|[^\p{L}])(?:do|by|before|until)\s+(?:(?:pondělí|úterý|středy|čtvrtka|pátku|soboty|neděle|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/iu;
const DEADLINE_ACTION = /(?:uhra|zaplat|podat|podej|poda[tj]|přihl|odevzd|zašl|zasl|zasíl|posl|posíl|pošl|odešl|nahlas|registr|žádost|přihlášk|platb|úhrad|hlasuj|hlasovat|odpověz|vyplň|rezerv|objedn|pay|submit|apply|register|send|return|enter|vote|respond|fill in|application|entries|book)/iu;
const FROM_BEFORE = /(?:^|[^\p{L}])(?:od|from)\s/iu;

// --- e-mails and links (scanners) ----------------------------------------------------------
function isEmailLocal(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

function scanEmails(text: string, add: (start: number, end: number) => void): void {
  let at = text.indexOf('@');
  while (at >= 0) {
    let s = at;
    while (s > 0 && at - s < 64 && isEmailLocal(text.charCodeAt(s - 1))) s--;
    while (s < at && (text.charCodeAt(s) === 46 || text.charCodeAt(s) === 45)) s++;
    let e = at + 1;
    while (e < text.length && e - at <= 253 && isDomainChar(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    const domain = text.slice(at + 1, e);
    const dot = domain.lastIndexOf('.');
    if (s < at && dot > 0 && /^[A-Za-z]{2,24}$/.test(domain.slice(dot + 1)) && !domain.includes('..')) add(s, e);
    at = text.indexOf('@', Math.max(at + 1, e));
  }
}

const URL_START = /https?:\/\/|www\./gi;
// A domain without "www." or a scheme ("zabreh.cz/odpady"): found at its top-level domain,
// then read backwards (labels) and forwards (path) by hand.
const TLD = /\.(?:cz|sk|eu|com|org|net|info|gov|uk|io|de|at)(?![A-Za-z0-9\-@])/gi;

function scanBareDomains(text: string, add: (start: number, end: number) => void): void {
  TLD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while ((m = TLD.exec(text))) {
    let s = m.index;
    let labels = 0;
    // Up to three labels before the top-level domain.
    while (labels < 3) {
      let j = s;
      while (j > 0 && s - j < 63 && isLabelChar(text.charCodeAt(j - 1))) j--;
      if (j === s) break;
      labels++;
      s = j;
      if (s > 0 && text.charCodeAt(s - 1) === 46 && s > 1 && isLabelChar(text.charCodeAt(s - 2))) s--;
      else break;
    }
    if (!labels || s < lastEnd) continue;
    const prev = s > 0 ? text.charCodeAt(s - 1) : 32;
    if (prev === 64 || prev === 47 || prev === 46 || isLabelChar(prev) || /[\p{L}]/u.test(text[s - 1] ?? '')) continue;
    let e = m.index + m[0].length;
    if (text.charCodeAt(e) === 47) {
      while (e < text.length && e - m.index < 300 && isUrlChar(text.charCodeAt(e)) && text[e] !== '(' && text[e] !== "'") e++;
    }
    e = trimUrlEnd(text, s, e);
    add(s, e);
    lastEnd = e;
  }
}

function isLabelChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

function isUrlChar(c: number): boolean {
  return c > 32 && c !== 60 && c !== 62 && c !== 34 && c !== 96 && c !== 0x201c && c !== 0x201d && c !== 0x201e && c !== 0xa0;
}

function trimUrlEnd(text: string, s: number, e: number): number {
  // Sentence punctuation after a link is not part of it; a ")" is only if a "(" opened inside.
  while (e > s) {
    const c = text[e - 1]!;
    if ('.,;:!?\'"»…'.includes(c)) e--;
    else if (c === ')' || c === ']') {
      const inner = text.slice(s, e);
      const open = c === ')' ? '(' : '[';
      if (inner.split(open).length - 1 < inner.split(c).length - 1) e--;
      else break;
    } else break;
  }
  return e;
}

function scanUrls(text: string, add: (start: number, end: number) => void): void {
  URL_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while ((m = URL_START.exec(text))) {
    const s = m.index;
    if (s < lastEnd) continue;
    const prev = s > 0 ? text.charCodeAt(s - 1) : 32;
    if (m[0].toLowerCase() === 'www.' && (isDomainChar(prev) || prev === 47)) continue;
    let e = s + m[0].length;
    while (e < text.length && isUrlChar(text.charCodeAt(e))) e++;
    e = trimUrlEnd(text, s, e);
    if (e - s > m[0].length + 2) {
      add(s, e);
      lastEnd = e;
    }
    URL_START.lastIndex = Math.max(e, s + 1);
  }
}

// --- shared ------------------------------------------------------------------------------------

interface Candidate {
  start: number;
  end: number;
  priority: number;
  facts: Fact[];
}

const PRIORITY: Record<FactType, number> = {
  url: 100, // +1 for links found by the scanner (with a scheme or www.)
  email: 95,
  account: 90,
  money: 80,
  date: 70,
  deadline: 70,
  phone: 60,
  time: 50,
  organisation: 40,
  place: 30,
};

const WS_RUN = /\s+/g;
// (toLowerCase, not toLocaleLowerCase('cs'): the same for Czech letters and many times faster.)
const ODD_SPACE = /\s\s|[^\S ]/;
export const normText = (s: string) => (ODD_SPACE.test(s) ? s.replace(WS_RUN, ' ') : s).trim().toLowerCase();

export function phoneNorm(text: string): string {
  let digits = text.replace(/\D/g, '');
  if (digits.length === 14 && digits.startsWith('00420')) digits = digits.slice(5);
  else if (digits.length === 12 && digits.startsWith('420')) digits = digits.slice(3);
  return digits;
}

const MULTIPLIER: Record<string, number> = { tis: 1e3, tisíc: 1e3, thousand: 1e3, k: 1e3, mil: 1e6, milion: 1e6, million: 1e6, mld: 1e9, miliard: 1e9, billion: 1e9 };
function multiplierOf(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [k, v] of Object.entries(MULTIPLIER)) if (w === k || (k.length > 3 && w.startsWith(k))) return v;
  return 1;
}

function currencyOf(word: string): string {
  const w = word.toLowerCase();
  if (w === 'kč' || w === 'czk' || w.startsWith('korun') || w.startsWith('crown')) return 'CZK';
  if (w === '€' || w.startsWith('eur')) return 'EUR';
  if (w === '$' || w === 'usd') return 'USD';
  if (w === '£' || w === 'gbp') return 'GBP';
  return w.toUpperCase();
}

export function moneyNorm(integerPart: string, decimals: string | undefined, mult: string | undefined, currency: string, thousandsSep: RegExp): string {
  const whole = integerPart.replace(thousandsSep, '');
  const dec = decimals && /^\d+$/.test(decimals) ? decimals.padEnd(2, '0') : '00';
  let value = Number(whole) + Number(dec) / 100;
  value *= multiplierOf(mult);
  const rounded = Math.round(value * 100) / 100;
  const amount = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(2);
  return `${amount} ${currencyOf(currency)}`;
}

/**
 * Every fact in `text`. Overlaps are resolved by type (a link beats the e-mail-like part inside
 * it, an account beats the phone-like digits in it, a range beats its parts), then by length.
 */
export function extractFacts(text: string, { lang, now }: ExtractOptions): Extraction {
  const cands: Candidate[] = [];
  const push = (type: FactType, start: number, end: number, norm: string, extra?: Partial<DateFact>, partEnd?: number): Fact => {
    const fact: Fact = { type, text: text.slice(start, end), norm, start, end };
    if (extra) Object.assign(fact, extra);
    const facts = [fact];
    // A place with its qualifier ("Kosmonautů (č. p. 1–22)") is also the place alone ("Kosmonautů").
    if (partEnd !== undefined) facts.push({ ...fact, text: text.slice(start, partEnd), norm: normText(text.slice(start, partEnd)), end: partEnd });
    cands.push({ start, end, priority: PRIORITY[type], facts });
    return fact;
  };

  scanUrls(text, (s, e) => {
    push('url', s, e, text.slice(s, e));
    cands[cands.length - 1]!.priority += 1;
  });
  scanEmails(text, (s, e) => push('email', s, e, text.slice(s, e).toLowerCase()));
  // "zabreh.cz" alone is a link; inside an e-mail or a longer link it loses (priority).
  scanBareDomains(text, (s, e) => push('url', s, e, text.slice(s, e)));

  eachMatch(ACCOUNT_CZ, text, (m) => {
    const prefix = m[1] ? `${String(parseInt(m[1], 10))}-` : '';
    push('account', m.index, m.index + m[0].length, `${prefix}${m[2]!.replace(/^0+(?=\d)/, '')}/${m[3]}`);
  });
  eachMatch(IBAN, text, (m) => {
    const compact = (m[1]! + m[2]!).replace(/\s/g, '');
    if (compact.length >= 15 && compact.length <= 34) push('account', m.index, m.index + m[0].length, compact);
  });

  const money = lang === 'en' ? MONEY_EN : MONEY_CS;
  const thousands = lang === 'en' ? /,/g : /[ \u00a0\u202f.]/g;
  eachMatch(money, text, (m) => push('money', m.index, m.index + m[0].length, moneyNorm(m[1]!, m[2], m[3], m[4]!, thousands)));
  // A currency written first groups its digits with commas or spaces in any language ("Kč 1,500", "€ 1 500").
  eachMatch(MONEY_PREFIX, text, (m) => push('money', m.index, m.index + m[0].length, moneyNorm(m[2]!, m[3], m[4], m[1]!, PREFIX_THOUSANDS)));

  collectDates(text, lang, now, cands);

  eachMatch(PHONE_CZ, text, (m) => push('phone', m.index, m.index + m[0].length, phoneNorm(m[0])));
  eachMatch(PHONE_INTL, text, (m) => push('phone', m.index, m.index + m[0].length, phoneNorm(m[0])));
  // The end of the last number read as a phone: "linku 150 nebo 112" gives both.
  let lastPhoneEnd = -1;
  eachMatch(DIGIT_RUN, text, (m) => {
    let n = 0;
    for (let i = 0; i < m[0].length; i++) if (m[0].charCodeAt(i) >= 48 && m[0].charCodeAt(i) <= 57) n++;
    // Short numbers only after a cue ("linka 158"); never a year or a date-like group.
    if (n < 3 || (n === 4 && /^(?:19|20)\d\d$/.test(m[0]))) return;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const cued = PHONE_CUE_HINT.test(before) && PHONE_CUE_BEFORE.test(before);
    const chained = !cued && lastPhoneEnd >= 0 && m.index - lastPhoneEnd <= 8 && PHONE_CHAIN.test(text.slice(lastPhoneEnd, m.index));
    if (cued || chained) {
      push('phone', m.index, m.index + m[0].length, phoneNorm(m[0]));
      lastPhoneEnd = m.index + m[0].length;
    } else if (n >= 9) lastPhoneEnd = m.index + m[0].length;
  });

  collectTimes(text, lang, push);

  const orgs = new Set<string>();
  const addOrg = (start: number, end: number) => {
    const norm = normText(text.slice(start, end));
    if (orgs.has(norm)) return;
    orgs.add(norm);
    push('organisation', start, end, norm);
  };
  eachWordMatch(ORGANISATIONS, text, (m) => addOrg(m.index, m.index + m[0].length));
  eachMatch(LEGAL_FORM, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 140), m.index);
    const name = COMPANY_NAME_BEFORE.exec(before);
    if (!name) return;
    addOrg(m.index - before.length + name.index, m.index + m[0].length);
  });
  collectPlaces(text, lang, push);

  // Resolve overlaps: higher priority first, then longer; a taken character is never reused.
  cands.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = takenBuffer(text.length + 1);
  const facts: Fact[] = [];
  // The dates kept, collected here rather than looked up in a Set of every fact afterwards.
  const keptDates: DateFact[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    facts.push(...c.facts);
    if (c.facts[0]!.type === 'date') keptDates.push(...(c.facts as DateFact[]));
  }
  taken.fill(0, 0, text.length + 1);
  facts.sort((a, b) => a.start - b.start || (a.norm < b.norm ? -1 : 1));
  // (By start; dates that share a start are one range's, kept in its order.)
  keptDates.sort((a, b) => a.start - b.start);

  // Deadlines are dates too: listed twice (as the date and as the deadline), so a reader that
  // looks for either finds it.
  const withDeadlines: Fact[] = [];
  // (A text without any action word has no "do 12. 3." deadline: one look spares a look per date.)
  let actionInText: boolean | undefined;
  const anyAction = () => (actionInText ??= DEADLINE_ACTION.test(text));
  for (const f of facts) {
    withDeadlines.push(f);
    if (f.type === 'date' && isDeadline(text, f as DateFact, anyAction)) {
      withDeadlines.push({ ...(f as DateFact), type: 'deadline' });
    }
  }
  return { facts: withDeadlines, dates: keptDates };
}

// One buffer for "which characters belong to a fact already", reused by every call (cleared after
// use): a new typed array per call would be garbage the collector has to chase.
let taken = new Uint8Array(4096);
function takenBuffer(size: number): Uint8Array {
  if (taken.length < size) taken = new Uint8Array(Math.max(size, taken.length * 2));
  return taken;
}

/** `anyAction`: whether DEADLINE_ACTION matches anywhere in `text` (a match in a slice is one in the text). */
function isDeadline(text: string, f: DateFact, anyAction: () => boolean): boolean {
  if (f.range === 'from') return false;
  const from = f.weekday ? f.weekday.start : f.start;
  // Only the last 80 characters count, so the line's start and the sentence's are looked for no
  // further back (a long line of dates must not be read back whole per date). The line break
  // itself (-1) is where the sentence starts, as `lastIndexOf('\n')` gave it.
  const sentenceStart = Math.max(lineStartNear(text, from, 80) - 1, lastSentenceEnd(text, from, 81), from - 80);
  const before = text.slice(Math.max(0, sentenceStart), from);
  if (DEADLINE_HINT.test(before) && DEADLINE_STRONG.test(before)) return true;
  if (f.range === 'to' || !anyAction()) return false;
  if (!DEADLINE_DO.test(before) || FROM_BEFORE.test(before)) return false;
  return DEADLINE_ACTION.test(text.slice(Math.max(0, sentenceStart), nextSentenceEnd(text, f.end)));
}

const isUpperAt = (text: string, i: number): boolean => {
  const c = text[i];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
};
const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 9 || c === 0xa0 || c === 0x202f;

// Abbreviations whose dot is followed by a name, not a new sentence ("ul. Cihelní", "nám. Míru", "sv. Jana").
const NAME_ABBREVIATIONS = new Set(['ul', 'č', 'čp', 'nám', 'tř', 'sv', 'p', 'pí', 'parc', 'ev', 'tzv', 'např', 'cca', 'mgr', 'ing', 'bc', 'mudr', 'judr', 'phdr', 'doc', 'prof', 'dr', 'mr', 'mrs', 'ms', 'st']);

/** A ". " + capital that ends a sentence: not after "ul.", "nám.", "sv.", an initial… */
function endsSentenceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!((c === 46 || c === 33 || c === 63) && isSpaceCode(text.charCodeAt(i + 1)) && isUpperAt(text, i + 2))) return false;
  if (c !== 46) return true;
  let s = i;
  while (s > 0 && i - s < 5 && isLetterCode(text.charCodeAt(s - 1))) s--;
  if (s === i || (s > 0 && isLetterCode(text.charCodeAt(s - 1)))) return true;
  const word = text.slice(s, i).toLowerCase();
  return !(word.length === 1 && isUpperAt(text, s)) && !NAME_ABBREVIATIONS.has(word);
}

/** Where the sentence holding `pos` starts (after ". " + capital), looking back at most `max` characters; -1 if not found. */
export function lastSentenceEnd(text: string, pos: number, max = 200): number {
  for (let i = pos - 1, steps = 0; i > 0 && steps < max; i--, steps++) {
    if (endsSentenceAt(text, i)) return i + 1;
  }
  return -1;
}

/** Where the line holding `pos` starts, looking back at most `max` characters (a 1 MB line must not be read per fact); 0 if not found. */
export function lineStartNear(text: string, pos: number, max = 200): number {
  // (A search of the slice is native code: faster than a loop by hand, which ran once per date.)
  const start = pos > max ? pos - max : 0;
  const nl = text.slice(start, pos).lastIndexOf('\n');
  return nl < 0 ? 0 : start + nl + 1;
}

/** Where the sentence holding `pos` ends (a line break or ". " + capital), at most 200 characters on. */
export function nextSentenceEnd(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + 200);
  for (let i = pos; i < limit; i++) {
    if (text.charCodeAt(i) === 10 || endsSentenceAt(text, i)) return i;
  }
  return limit;
}

/** A letter or digit (any script) at `i`; false outside the text. */
export const isWordCharAt = (text: string, i: number): boolean => {
  // (text[i] past the end is undefined, which the pattern would read as "undefined".)
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(text[i]!);
};

/** Like eachMatch, for patterns that must start a word (checked here, not by a look-behind). */
function eachWordMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0 || isWordCharAt(text, m.index - 1)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    fn(m);
  }
}

function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

const RANGE_LINK = new RegExp(
  `^${S}{0,3}(?:${DASH}|do|až|to|until|till|through)${S}{1,3}(?:(?:pondělí|úterý|středy|čtvrtka|pátku|soboty|neděle|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?${S}{1,2})?$|^${S}{0,2}${DASH}${S}{0,2}$`,
  'iu',
);

const LIST_LINK = new RegExp(
  `^(?:,|${S}a|${S}and|,${S}{1,2}(?:a|and))${S}{1,3}(?:(?:v|ve|on)${S})?(?:(?:pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?${S}{1,2})?$`,
  'iu',
);

// "ze 14. 1. na 15. 1. 2027" (a night, or a move from one day to another): the same year.
const HAS_LETTER = /\p{L}/u;
const NIGHT_HINT = /\d\.[ \u00a0]{1,2}na[ \u00a0]/;
const NIGHT_LINK = new RegExp(`^${S}{1,3}na${S}{1,3}$`, 'u');

/** Two dates next to each other in a list: "7. 4., 21. 4.", "5. 5. a 19. 5.", "7 April, 21 April and 5 May". */
export function linkedAsList(text: string, a: Pick<Fact, 'end'>, b: Pick<Fact, 'start'>): boolean {
  return b.start - a.end <= 30 && LIST_LINK.test(text.slice(a.end, b.start));
}

/** Two dates joined as a range: "12. 3. – 14. 3.", "od 12. 3. do pátku 14. 3.", "12 to 14 March". */
export function linkedAsRange(text: string, a: Pick<Fact, 'end'>, b: Pick<Fact, 'start'>): boolean {
  return b.start - a.end <= 40 && RANGE_LINK.test(text.slice(a.end, b.start));
}

interface FoundDate {
  start: number;
  end: number;
  parts: { d: number; m: number; y: number | null }[];
}

/** Two single dates of one list: a list shares its year only when written one way and in order ("1. 4., 5. května 2026" is not a list). */
function listedInOrder(text: string, a: FoundDate, b: FoundDate): boolean {
  const pa = a.parts[0]!;
  const pb = b.parts[0]!;
  const sameForm = HAS_LETTER.test(text.slice(a.start, a.end)) === HAS_LETTER.test(text.slice(b.start, b.end));
  const inOrder = pa.m < pb.m || (pa.m === pb.m && pa.d < pb.d);
  return sameForm && inOrder && linkedAsList(text, a, b);
}

/** The dates of the text, as candidates (a range's two dates share one). */
function collectDates(text: string, lang: Lang, now: Date, cands: Candidate[]): void {
  const found: FoundDate[] = [];
  for (const p of DATE_PATTERNS[lang]) {
    // ("z 12. na 13. 5." only where a "12. na" stands.)
    if (p.lead && !NIGHT_HINT.test(text)) continue;
    eachMatch(p.re, text, (m) => {
      const parts = p.parse(m);
      const start = p.lead ? m.index + m[0].indexOf(m[1]!) : m.index;
      if (parts) found.push({ start, end: m.index + m[0].length, parts });
    });
  }
  // Two single dates joined by a dash or "do"/"to" share the later one's year ("od 12. 3. do 14. 3. 2026"),
  // and so do the dates of a list ("7. 4., 21. 4., 5. 5. a 19. 5. 2026"): read from the end, so
  // the year passes along the whole list.
  const singles = found.filter((f) => f.parts.length === 1).sort((a, b) => a.start - b.start);
  for (let i = singles.length - 2; i >= 0; i--) {
    const a = singles[i]!;
    const b = singles[i + 1]!;
    const pa = a.parts[0]!;
    const pb = b.parts[0]!;
    // (The list is looked at only for a date without a year: a text of dated dates pays nothing for it.)
    if (pa.y === null && pb.y !== null && (linkedAsRange(text, a, b) || listedInOrder(text, a, b) || NIGHT_LINK.test(text.slice(a.end, b.start)))) {
      const y = pa.m < pb.m || (pa.m === pb.m && pa.d <= pb.d) ? pb.y : pb.y - 1;
      if (isValidDate(y, pa.m, pa.d)) pa.y = y;
    }
  }

  // A date without a year takes the notice's years first (its signature "15. ledna 2021", a dated
  // title), as the checklist does: "od 12. dubna" in a notice of 13. 4. 2021 is not 2022's.
  const years: { d: number; m: number; y: number }[] = [];
  for (const f of found) {
    for (const p of f.parts) {
      if (p.y === null || p.y < 1900 || p.y > 2200) continue;
      if (NOT_NOTICE_YEAR.test(fold(text.slice(Math.max(0, f.start - 30), f.start)))) continue;
      years.push({ d: p.d, m: p.m, y: p.y });
    }
  }
  const ctx: YearContext = { now, years };
  for (const f of found) {
    const weekday = weekdayBefore(text, f.start);
    const facts: DateFact[] = f.parts.map((p, i) => {
      const year = p.y ?? resolveYear(p.d, p.m, ctx, i === 0 ? weekday?.index : undefined).year;
      return {
        type: 'date',
        text: text.slice(f.start, f.end),
        norm: dateNorm(p.y, p.m, p.d),
        start: f.start,
        end: f.end,
        y: p.y,
        m: p.m,
        d: p.d,
        year,
        ...(i === 0 && weekday ? { weekday } : {}),
        ...(f.parts.length === 2 ? { range: i === 0 ? ('from' as const) : ('to' as const) } : {}),
      };
    });
    cands.push({ start: f.start, end: f.end, priority: PRIORITY.date + (f.parts.length - 1), facts });
  }
}

/**
 * The word that ends right before `pos` (spaces and the given punctuation skipped), read by
 * hand: a look-behind pattern anchored at the end would be tried at every position of its slice.
 */
export function wordBefore(text: string, pos: number, skip = ' \u00a0\u202f'): { word: string; start: number } | null {
  let e = pos;
  while (e > 0 && skip.includes(text[e - 1]!)) e--;
  let s = e;
  while (s > 0 && e - s < 20 && isLetterCode(text.charCodeAt(s - 1))) s--;
  if (s === e || (s > 0 && isLetterCode(text.charCodeAt(s - 1)))) return null;
  return { word: text.slice(s, e), start: s };
}

/** A letter: ASCII, or Latin-1 to U+1FFF without × and ÷ (NaN, outside the text, is none). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000;
}

function weekdayBefore(text: string, pos: number): DateFact['weekday'] {
  // "ve čtvrtek 12. 3.", "čtvrtek, 12. 3.", "Thu. 12 March", "Thursday the 12th", "v pondělí dne 12. 3."
  let w = wordBefore(text, pos, ' \u00a0\u202f,.');
  if (w && /^(?:the|dne)$/i.test(w.word)) w = wordBefore(text, w.start, ' \u00a0\u202f,.');
  if (!w) return undefined;
  const index = weekdayOfWord(w.word);
  if (index === undefined) return undefined;
  return { start: w.start, end: w.start + w.word.length, text: w.word, index };
}

function collectTimes(text: string, lang: Lang, push: (type: FactType, s: number, e: number, norm: string) => void): void {
  const norm = (h: number, mi: number) => `${pad2(h)}:${pad2(mi)}`;
  eachMatch(TIME_COLON, text, (m) => push('time', m.index, m.index + m[0].length, norm(+m[1]!, +m[2]!)));
  eachMatch(TIME_DOT, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (timeCueBefore(text, m.index, before) || TIME_UNIT_AFTER.test(after)) push('time', m.index, m.index + m[0].length, norm(+m[1]!, +m[2]!));
  });
  if (HOURS_HINT.test(text)) {
    eachMatch(HOURS_WITH_UNIT, text, (m) => {
      const first = +m[1]!;
      const second = m[2] === undefined ? undefined : +m[2];
      // "v 18 hodin", "od 8 do 14 hodin", "8–14 h"; a bare "24 hodin" is a duration, not a time.
      if (second === undefined && !HOUR_CUE_WORDS.has(wordBefore(text, m.index)?.word.toLowerCase() ?? '')) return;
      if (second !== undefined && second <= first) return;
      push('time', m.index, m.index + m[1]!.length, norm(first, 0));
      if (second !== undefined) {
        const rel = m[0].lastIndexOf(m[2]!);
        push('time', m.index + rel, m.index + rel + m[2]!.length, norm(second % 24, 0));
      }
    });
  }
  if (lang === 'en') {
    eachMatch(TIME_AMPM, text, (m) => {
      let h = +m[1]! % 12;
      if (m[3]!.toLowerCase().startsWith('p')) h += 12;
      push('time', m.index, m.index + m[0].length, norm(h, m[2] ? +m[2] : 0));
    });
  }
  if (TIME_WORD_HINT[lang].test(text)) eachMatch(TIME_WORDS, text, (m) => {
    const w = m[1]!.toLowerCase();
    push('time', m.index, m.index + m[0].length, w.startsWith('mid') && w !== 'midday' ? '00:00' : w.startsWith('půl') ? '00:00' : '12:00');
  });
}

// (Regex literals with non-ASCII characters are built once here: the bundler rewrites them as
// `new RegExp(…)`, which inside a function would run on every call.)
const KEEPS_DOT = /(?:\p{Lu}|sv|nám|ul|tř)\.$/u;

function collectPlaces(text: string, lang: Lang, push: (type: FactType, s: number, e: number, norm: string, extra?: Partial<DateFact>, partEnd?: number) => Fact): void {
  // Each distinct place once: a long paste naming the same street a thousand times is one fact.
  const seen = new Map<string, Fact>();
  const seenListed = new Set<string>();
  const addPlace = (s: number, e: number, sub: 'street' | 'venue' = 'street', listed = false) => {
    // Trim spaces and trailing punctuation so the same place reads the same everywhere.
    while (s < e && ' \u00a0\t\n,;:–-'.includes(text[s]!)) s++;
    while (e > s && ' \u00a0\t\n,;:.–-'.includes(text[e - 1]!)) {
      // "sv.", "nám.", "U. S." keep their dot.
      if (text[e - 1] === '.' && KEEPS_DOT.test(text.slice(Math.max(s, e - 4), e))) break;
      e--;
    }
    if (e - s < 2) return;
    const norm = normText(text.slice(s, e));
    // One fact per place, and one more for its place in a list: "Okružní" in "v těchto ulicích: …"
    // is listed even when "v ul. Okružní" elsewhere (the water tanker's sentence) was read first.
    const known = seen.get(norm);
    if (known && (!listed || known.listed)) return;
    if (known && known.start === s) {
      known.listed = true;
      return;
    }
    if (listed && seenListed.has(norm)) return;
    const q = QUALIFIER_START.exec(text.slice(s, e));
    const partEnd = q && q.index >= 2 ? s + q.index : undefined;
    const fact = push('place', s, e, norm, { sub, listed } as Partial<DateFact>, partEnd);
    if (!known) seen.set(norm, fact);
    if (listed) seenListed.add(norm);
  };
  if (STREET_HINT.test(text)) eachWordMatch(STREETS_CS, text, (m) => {
    const listStart = m.index + m[0].length - m[1]!.length;
    // Several streets after one street word are a list.
    let items = 0;
    STREET_ITEM.lastIndex = 0;
    while (items < 2 && STREET_ITEM.exec(m[1]!)) items++;
    eachMatch(STREET_ITEM, m[1]!, (item) => addPlace(listStart + item.index, listStart + item.index + item[0].length, 'street', items > 1));
  });
  if (SQUARE_HINT.test(text)) {
    eachWordMatch(SQUARES_CS, text, (m) => addPlace(m.index, m.index + m[0].length));
    eachMatch(SQUARES_CS_ADJ, text, (m) => {
      if (!NOT_STREET_ADJ.test(m[1]!.toLowerCase())) addPlace(m.index - m[1]!.length - 1, m.index + m[0].length);
    });
  }
  if (ROAD_HINT.test(text)) {
    eachWordMatch(ROAD_CS, text, (m) => addPlace(ROAD_NOMINATIVE.has(m[1]!.toLowerCase()) ? m.index : m.index + m[0].length - m[2]!.length, m.index + m[0].length));
    eachWordMatch(ROAD_SECTION, text, (m) => addPlace(m.index + m[0].length - m[1]!.length, m.index + m[0].length));
  }
  if (lang === 'cs') {
    eachMatch(ADDRESS_CS, text, (m) => addPlace(m.index + m[0].length - m[1]!.length, m.index + m[0].length));
    if (/lokalit|místní/.test(text)) eachWordMatch(IN_AREA, text, (m) => {
      const listStart = m.index + m[0].length - m[1]!.length;
      eachMatch(AREA_ITEM, m[1]!, (item) => addPlace(listStart + item.index, listStart + item.index + item[0].length));
    });
  }
  eachWordMatch(VENUES_CS, text, (m) => {
    const s = m.index + m[0].length - m[1]!.length;
    addPlace(s, m.index + m[0].length, 'venue');
  });
  if (lang === 'en') {
    if (STREET_EN_HINT.test(text)) eachMatch(STREETS_EN, text, (m) => addPlace(m.index - m[1]!.length - 1, m.index + m[0].length));
    if (VENUE_EN_HINT.test(text)) {
      eachMatch(VENUES_EN, text, (m) => addPlace(m.index - m[1]!.length, m.index + m[0].length, 'venue'));
      eachMatch(VENUES_EN_THE, text, (m) => addPlace(m.index, m.index + m[0].length, 'venue'));
    }
  }
  eachMatch(PLACE_LABEL, text, (m) => {
    const lineStart = m.index + m[0].length - m[1]!.length;
    const line = m[1]!;
    // A place line lists places: "Havlíčkova, Husova a Nádražní".
    let offset = 0;
    for (const part of line.split(PLACE_SPLIT)) {
      const at = line.indexOf(part, offset);
      if (at < 0) continue;
      offset = at + part.length;
      if (part.trim().length >= 2 && !/^\d+$/.test(part.trim())) addPlace(lineStart + at, lineStart + at + part.length, 'street', true);
    }
  });
  if (hasPlaceListLabel(text)) {
    eachWordMatch(PLACE_LIST_LABEL, text, (m) => {
      const from = m.index + m[0].length;
      for (const [s, e] of splitPlaceList(text, from, listEnd(text, from))) addListItem(text, s, e, addPlace);
    });
  }
  collectListLines(text, addPlace);
}

/** Where a list of places that starts at `from` ends: the line's end or the sentence's end (not an abbreviation's dot). */
function listEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 300);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (c === 46 && (i + 1 === text.length || isSpaceCode(text.charCodeAt(i + 1)))) {
      if (!ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(from, i - 6), i))) return i;
    }
  }
  return limit;
}

/** The items of a list of places: split at commas, semicolons and "a/and/&" outside brackets. */
function splitPlaceList(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (c === ',' || c === ';') {
        out.push([s, i]);
        s = i + 1;
      } else if ((c === ' ' || c === '\u00a0') && i + 2 < to) {
        const w = /^(?:a|and|&)[ \u00a0]/u.exec(text.slice(i + 1, i + 6));
        if (w) {
          out.push([s, i]);
          s = i + 1 + w[0].length;
          i = s - 1;
        }
      }
    }
  }
  if (s < to) out.push([s, to]);
  return out;
}

/** One item of a place list: the leading street word or lower-case words go ("ulice Sadová", "part of Kollárova Street"), a time after it too. */
function addListItem(text: string, s: number, e: number, add: (s: number, e: number, sub: 'street', listed: boolean) => void): void {
  let words = 0;
  while (s < e && words < 4) {
    while (s < e && (text[s] === ' ' || text[s] === '\u00a0')) s++;
    const c = text[s];
    if (c === undefined || c !== c.toLowerCase() || /\d/.test(c)) break;
    // A lower-case word ("ulice", "ul.", "part of"): skipped.
    while (s < e && text[s] !== ' ' && text[s] !== '\u00a0') s++;
    words++;
  }
  if (s >= e || e - s > 100) return;
  const first = text[s]!;
  if (first === first.toLowerCase() && !/\d/.test(first)) return;
  const time = ITEM_TIME.exec(text.slice(s, e));
  if (time) e = s + time.index;
  add(s, e, 'street', true);
}

/**
 * Places listed one per line: bullets after a line that introduces places ("… v těchto
 * ulicích:", "Dotčené ulice:"), or a bullet list whose every item is a street name in a notice
 * that speaks of streets. One pass over the lines.
 */
function collectListLines(text: string, add: (s: number, e: number, sub: 'street', listed: boolean) => void): void {
  // Nothing to read without a line ending in ":" or a bullet line.
  if (!LIST_HINT.test(text)) return;
  const streety = /ulic|[Ss]treet/.test(text);
  let intro = false;
  let group: [number, number][] = [];
  let groupIntro = false;
  let allStreets = true;
  const flush = () => {
    if (group.length && (groupIntro || (allStreets && streety))) for (const [s, e] of group) addListItem(text, s, e, add);
    group = [];
    allStreets = true;
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const bullet = LIST_BULLET.exec(line);
    if (bullet) {
      if (!group.length) groupIntro = intro;
      const s = start + bullet[0].length;
      group.push([s, end]);
      if (allStreets) allStreets = STREET_SHAPE.test(text.slice(s, end).trim());
    } else if (line.trim()) {
      // A short plain line right after an introduction is an item too ("Dotčené ulice:\nBezručova\nNerudova").
      const t = line.trim();
      if (intro && t.length <= 60 && !/[.:!?]$/.test(t) && /^\p{Lu}/u.test(t)) {
        if (!group.length) groupIntro = true;
        group.push([start, end]);
      } else {
        flush();
        intro = t.length <= 300 && t.endsWith(':') && PLACE_INTRO.test(t);
      }
    }
    start = end + 1;
  }
  flush();
}

/** The key two facts are compared by ("deadline" and "date" of the same day are the same fact). */
export function factKey(f: Pick<Fact, 'type' | 'norm'>): string {
  const group = f.type === 'deadline' ? 'date' : f.type;
  return `${group}:${f.norm}`;
}
