import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, translatePlural, type Lang, type MessageKey, type Params } from '@/utils/i18n/i18n';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  /** Plural form of `<base>_one|few|many|other` for `count`. */
  tp: (base: string, count: number, params?: Params) => string;
}

function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    tp: (base, count, params) => translatePlural(lang, base, count, params),
  };
}

const I18nContext = createContext<I18n>(makeI18n('cs'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): I18n {
  return useContext(I18nContext);
}
