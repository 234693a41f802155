/** Import problems as sentences in the admin's language ("Line 4: “tiktok” is not a network…"). */
import { translate, translatePlural, type Lang, type MessageKey } from '../i18n/i18n';
import type { ImportProblem } from './exchange';

function where(lang: Lang, at: NonNullable<ImportProblem['at']>, n = at.n): string {
  return translate(lang, `log_import_at_${at.in}` as MessageKey, { n });
}

export function describeProblem(lang: Lang, p: ImportProblem): string {
  if (p.code === 'moreProblems') return translatePlural(lang, 'log_import_more', p.n ?? 0);
  const params = { field: p.field ?? '', value: p.value ?? '', n: p.n ?? 0, first: p.at ? where(lang, p.at, p.n) : '' };
  let text: string;
  if (p.code === 'csvColumns') {
    text = translate(lang, 'log_import_problem_csvColumns');
    if (p.list?.length) text += ' ' + translate(lang, 'log_import_problem_csvMissing', { list: p.list.join(', ') });
    if (p.value) text += ' ' + translate(lang, 'log_import_problem_csvUnknown', { list: p.value });
  } else if (p.code === 'nul' && !p.at) {
    text = translate(lang, 'log_import_problem_nulFile');
  } else if (p.code === 'type' && !p.field) {
    text = translate(lang, 'log_import_problem_notEntry', params);
  } else {
    text = translate(lang, `log_import_problem_${p.code}` as MessageKey, params);
  }
  return p.at ? `${where(lang, p.at)}: ${text}` : text;
}
