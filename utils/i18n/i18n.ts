/**
 * UI strings. The panel lets the admin pick the language (auto / čeština / English) at run time,
 * which `browser.i18n` cannot do, so both catalogues are bundled and read here. The same files
 * are the extension's `_locales`, so the manifest and the UI never drift apart.
 *
 * Placeholders are `{name}` (not Chrome's `$1`), so Chrome never tries to substitute them.
 */
import cs from '../../public/_locales/cs/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { LanguageSetting } from '../settings/settings';

export type Lang = 'cs' | 'en';
export type MessageKey = keyof typeof cs;
type Catalogue = Record<string, { message: string }>;

const CATALOGUES: Record<Lang, Catalogue> = { cs, en };

export type Params = Record<string, string | number>;

/** The message for `key` in `lang`, with `{name}` placeholders filled. Unknown keys show the key. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const entry = CATALOGUES[lang][key] ?? CATALOGUES.cs[key];
  const text = entry ? entry.message : key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

const pluralRules: Record<Lang, Intl.PluralRules> = {
  cs: new Intl.PluralRules('cs'),
  en: new Intl.PluralRules('en'),
};

/**
 * Plural forms: the catalogue holds `<base>_one`, `<base>_few`, `<base>_many`, `<base>_other`
 * (Czech needs all four: 1 příspěvek, 2 příspěvky, 5 příspěvků, 1,5 příspěvku). `{count}` is filled.
 */
export function translatePlural(lang: Lang, base: string, count: number, params?: Params): string {
  const form = pluralRules[lang].select(count);
  const key = `${base}_${form}` as MessageKey;
  const fallback = `${base}_other` as MessageKey;
  const known = key in CATALOGUES[lang] ? key : fallback;
  return translate(lang, known, { count, ...params });
}

/** Czech for Czech and Slovak browsers (Slovak readers read Czech), English for everyone else. */
export function resolveLang(setting: LanguageSetting, uiLanguage: string | undefined): Lang {
  if (setting === 'cs' || setting === 'en') return setting;
  const base = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'cs' || base === 'sk' ? 'cs' : 'en';
}

export function catalogueKeys(lang: Lang): string[] {
  return Object.keys(CATALOGUES[lang]);
}
