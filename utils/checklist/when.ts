/**
 * Does a post say when and where? Heuristics on the folded text (see text.ts `fold`); the
 * checklist's when/where items are warnings, not failures. Dates themselves: utils/dates/parse.ts.
 */
import { CS_MONTHS_GEN, CS_WEEKDAYS, EN_MONTHS, EN_WEEKDAYS } from '../dates/calendar';
import { fold } from './text';

// Times (on folded text): 18:00, "v 18.00", "18.30 hod", "18 h", "od 8 do 12 hodin", "6 pm", "poledne".
const TIME_RES: RegExp[] = [
  /(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)/,
  /\b(?:v|ve|od|do|mezi|kolem|zacatek|zacatek v|at|from|until|till|to|by)[ \u00a0]+(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d])/,
  /(?<![\d.:])(?:[01]?\d|2[0-3])\.[0-5]\d[ \u00a0]*(?:h(?![a-z])|hod|[-–—])/,
  /(?<![\d.:,])(?:[01]?\d|2[0-3])[ \u00a0]*(?:h|hod|hodin|hodiny)(?![a-z])/,
  /(?<![\d.:])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[ \u00a0]*(?:a\.?m|p\.?m)(?![a-z])/,
  /\b(?:poledne|v poledne|pulnoc|noon|midnight|all day|cely den|celodenne|nonstop|non-stop)(?![a-z])/,
];

/** Does the text say at what time? */
export function hasTime(folded: string): boolean {
  return TIME_RES.some((re) => re.test(folded));
}

// Places: words that name a place, a street address ("Masarykovo nám. 510/20"), or a
// preposition followed by a name ("na Valštejně", "u Kulturního domu", "at the Town Hall").
const PLACE_WORDS =
  /\b(?:nam\.|namesti|ulice|ulici|ul\.|tr\.|trida|tride|sokolovn\w*|kulturni\w* dum|kulturak\w*|radnic\w*|mestsk\w* urad\w*|urad\w*|knihovn\w*|kin[oae]|skol\w*|skolk\w*|park\w*|hrist\w*|stadion\w*|hal[aey]|hale|kostel\w*|hrbitov\w*|nadrazi|parkovist\w*|areal\w*|koupalist\w*|bazen\w*|sal[eu]?|klubovn\w*|muze\w*|galeri\w*|zamk\w*|zamek|kaple|rybnik\w*|lokalit\w*|oblast\w*|cast\w* obce|mistni cast\w*|misto konani|sraz\w*|adres\w*|budov\w*|street|square|hall|library|school|church|town hall|venue|park|stadium|centre|center|where:|kde:|misto:)(?![a-z])/;
const ADDRESS = /\p{Lu}[\p{Ll}\p{M}]+\.?[ \u00a0]+\d{1,4}(?:\/\d{1,4})?(?![\d.:])/u;
const PREP_NAME = /(?<![\p{L}])(?:[vV]e?|[nN]a|[uU]|[pP]řed|[zZ]a|[dD]o|[aA]t|[iI]n)[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[\p{Ll}\p{M}]+)/gu;
// Weekdays and months after a preposition ("v pondělí", "in March") are not places.
const NOT_PLACE = new Set([
  ...CS_WEEKDAYS.flatMap((w) => [w.nom, w.gen, w.dat, w.acc, w.loc, w.ins].map(fold)),
  ...EN_WEEKDAYS.map((w) => w.toLowerCase()),
  ...EN_MONTHS.map((m) => m.toLowerCase()),
  ...CS_MONTHS_GEN.map(fold),
]);

/** Does the text say where? A heuristic (the item is a warning, not a failure). */
export function hasPlace(text: string, folded: string, townName = ''): boolean {
  if (PLACE_WORDS.test(folded) || ADDRESS.test(text)) return true;
  const town = fold(townName.trim());
  // "Zábřeh", "v Zábřehu", "Zábřeze": the stem is enough.
  if (town.length >= 3 && folded.includes(town.length > 5 ? town.slice(0, -2) : town)) return true;
  PREP_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PREP_NAME.exec(text)) !== null) if (!NOT_PLACE.has(fold(m[1]!))) return true;
  return false;
}
