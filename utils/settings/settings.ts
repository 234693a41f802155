/**
 * The admin's settings: pure types, defaults and validation (no browser APIs), so the panel,
 * the background and the tests agree on what a valid value is. Storage lives in ./store.ts.
 */
export type LanguageSetting = 'auto' | 'cs' | 'en';
export type TargetMode = 'combined' | 'perPlatform';

export interface Settings {
  /** UI language; 'auto' follows the browser (Czech for cs/sk browsers, English otherwise). */
  language: LanguageSetting;
  /** Daily posting target: at least targetMin and at most targetMax posts a day. */
  targetMin: number;
  targetMax: number;
  /** Count Facebook and Instagram together, or hold each platform to the target. */
  targetMode: TargetMode;
  /** Does a weekend day without posts break the streak? (Zábřeh posts on weekends too.) */
  weekendsCount: boolean;
  townName: string;
  /** Hashtags added to every post, e.g. ["#Zábřeh", "#MěstoZábřeh"]. */
  defaultHashtags: string[];
  /** Daily reminder when the minimum is not met by this local time. */
  reminderEnabled: boolean;
  reminderTime: string;
  /** Checklist: treat #Zábřeh and #Zabreh as the same hashtag. */
  hashtagIgnoreDiacritics: boolean;
  /** Checklist: ask for CamelCase hashtags (#MestoZabreh) so screen readers read them. */
  hashtagCamelCase: boolean;
  /** Checklist: more emoji than this in one post is a warning. */
  maxEmoji: number;
  /** Read the composer's text back live while the admin types (only while the panel is open). */
  liveReadback: boolean;
}

export const TARGET_LIMIT = 20;
export const MAX_TOWN_NAME = 80;
export const MAX_DEFAULT_HASHTAGS = 10;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: 'auto',
  targetMin: 1,
  targetMax: 3,
  targetMode: 'combined',
  weekendsCount: true,
  townName: '',
  defaultHashtags: [],
  reminderEnabled: true,
  reminderTime: '14:00',
  hashtagIgnoreDiacritics: true,
  hashtagCamelCase: true,
  maxEmoji: 6,
  liveReadback: false,
});

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** "HH:MM", 00:00–23:59. */
export function isTimeOfDay(v: unknown): v is string {
  return typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);
}

/**
 * Splits what the admin typed ("#Zábřeh, MěstoZábřeh #zabreh") into unique hashtags with '#'.
 * Letters of any script, digits and underscore make a hashtag; everything else separates.
 */
export function parseHashtags(input: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of input.matchAll(/[\p{L}\p{M}\p{Nd}_]+/gu)) {
    const tag = '#' + m[0];
    const key = tag.toLocaleLowerCase('cs');
    if (!seen.has(key) && !/^#\d+$/.test(tag)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/**
 * Turns whatever is stored (old versions, hand-edited storage, partial objects) into valid
 * settings: every field that is missing or invalid falls back to its default, never throws.
 */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const d = DEFAULT_SETTINGS;
  const s: Settings = {
    language: r.language === 'cs' || r.language === 'en' || r.language === 'auto' ? r.language : d.language,
    targetMin: isInt(r.targetMin, 0, TARGET_LIMIT) ? r.targetMin : d.targetMin,
    targetMax: isInt(r.targetMax, 1, TARGET_LIMIT) ? r.targetMax : d.targetMax,
    targetMode: r.targetMode === 'perPlatform' || r.targetMode === 'combined' ? r.targetMode : d.targetMode,
    weekendsCount: typeof r.weekendsCount === 'boolean' ? r.weekendsCount : d.weekendsCount,
    townName: typeof r.townName === 'string' ? r.townName.trim().slice(0, MAX_TOWN_NAME) : d.townName,
    defaultHashtags: Array.isArray(r.defaultHashtags)
      ? parseHashtags(r.defaultHashtags.filter((x) => typeof x === 'string').join(' ')).slice(0, MAX_DEFAULT_HASHTAGS)
      : [...d.defaultHashtags],
    reminderEnabled: typeof r.reminderEnabled === 'boolean' ? r.reminderEnabled : d.reminderEnabled,
    reminderTime: isTimeOfDay(r.reminderTime) ? r.reminderTime : d.reminderTime,
    hashtagIgnoreDiacritics:
      typeof r.hashtagIgnoreDiacritics === 'boolean' ? r.hashtagIgnoreDiacritics : d.hashtagIgnoreDiacritics,
    hashtagCamelCase: typeof r.hashtagCamelCase === 'boolean' ? r.hashtagCamelCase : d.hashtagCamelCase,
    maxEmoji: isInt(r.maxEmoji, 0, 100) ? r.maxEmoji : d.maxEmoji,
    liveReadback: typeof r.liveReadback === 'boolean' ? r.liveReadback : d.liveReadback,
  };
  if (s.targetMin > s.targetMax) s.targetMax = s.targetMin;
  return s;
}

export type SettingsProblem = 'targetOrder' | 'targetRange' | 'reminderTime' | 'townNameLength';

/** Validation for the Settings form: what is wrong with a value the admin entered, if anything. */
export function validateSettings(s: Settings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (!isInt(s.targetMin, 0, TARGET_LIMIT) || !isInt(s.targetMax, 1, TARGET_LIMIT)) problems.push('targetRange');
  else if (s.targetMin > s.targetMax) problems.push('targetOrder');
  if (!isTimeOfDay(s.reminderTime)) problems.push('reminderTime');
  if (s.townName.length > MAX_TOWN_NAME) problems.push('townNameLength');
  return problems;
}
