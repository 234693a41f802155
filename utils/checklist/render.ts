/** Turns the engine's messages (keys + params) into text in the admin's language. */
import { translate, translatePlural, type Lang, type Params } from '../i18n/i18n';
import type { Msg, MsgParams } from './types';

// Numbers in the admin's language: "2 200" in Czech, "2,200" in English.
const NUMBER: Record<Lang, Intl.NumberFormat> = { cs: new Intl.NumberFormat('cs'), en: new Intl.NumberFormat('en') };

function params(p: MsgParams | undefined, lang: Lang): Params | undefined {
  if (!p) return undefined;
  const out: Params = {};
  for (const [k, v] of Object.entries(p)) out[k] = typeof v === 'object' ? renderMsg(v, lang) : typeof v === 'number' ? NUMBER[lang].format(v) : v;
  return out;
}

export function renderMsg(m: Msg, lang: Lang): string {
  return 'key' in m ? translate(lang, m.key, params(m.params, lang)) : translatePlural(lang, m.plural, m.count, params(m.params, lang));
}
