/**
 * Hashtags suggested from the town's name on the welcome page: the name in CamelCase
 * (#NovéMěstoNaMoravě), so screen readers read it word by word, and the same with "Město"
 * (#MěstoZábřeh) — or with the word the admin typed first ("Obec Lipová" → #Lipová #ObecLipová).
 */
import { MAX_DEFAULT_HASHTAGS, parseHashtags } from '../settings/settings';

/** Words that say what kind of municipality it is, as the admin may type them before the name. */
const KIND_WORDS = ['statutární město', 'hlavní město', 'městská část', 'městys', 'město', 'obec'];
const DEFAULT_KIND = 'Město';

const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;

/** "nové město na moravě" → "NovéMěstoNaMoravě": each word starts with a capital; the rest is kept as typed. */
export function camelCaseName(text: string): string {
  return [...text.normalize('NFC').matchAll(WORD)].map((m) => m[0].charAt(0).toLocaleUpperCase('cs') + m[0].slice(1)).join('');
}

/** The hashtags to suggest for a town's name; none for an empty name. */
export function suggestHashtags(townName: string): string[] {
  const name = townName.trim().replace(/\s+/g, ' ');
  if (!name) return [];
  const lower = name.toLocaleLowerCase('cs');
  const kind = KIND_WORDS.find((k) => lower.startsWith(k + ' '));
  const town = kind ? name.slice(kind.length + 1) : name;
  const prefix = kind ? camelCaseName(kind) : DEFAULT_KIND;
  const body = camelCaseName(town);
  if (!body) return [];
  return parseHashtags(`#${body} #${prefix}${body}`).slice(0, MAX_DEFAULT_HASHTAGS);
}
