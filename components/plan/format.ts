import { dayToUtc } from '@/utils/log/day';
import type { Lang } from '@/utils/i18n/i18n';

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(o);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(lang, { ...o, timeZone: 'UTC' })));
  return f;
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** "Sobota" */
export const weekdayName = (lang: Lang, day: string) => capital(fmt(lang, { weekday: 'long' }).format(dayToUtc(day)));
/** "12. 12." / "12/12" */
export const shortDate = (lang: Lang, day: string) => fmt(lang, { day: 'numeric', month: 'numeric' }).format(dayToUtc(day));
