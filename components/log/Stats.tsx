import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import type { PostDayRecord } from '@/utils/db/types';
import { formatNumber, weekdayNames } from '@/utils/log/format';
import { POST_KINDS_LOGGED } from '@/utils/log/limits';
import { kindStats, templateStats, weekdayStats } from '@/utils/log/stats';
import { CountTable } from './CountTable';
import { KIND_KEYS } from './labels';

const TOP_TEMPLATES = 10;

/** Posts per weekday, per kind and per template over the heatmap's 12 months, as small tables. */
export function Stats({ summaries, from, to }: { summaries: PostDayRecord[]; from: string; to: string }) {
  const { t, lang } = useT();
  const weekdays = weekdayStats(summaries, from, to);
  const kinds = kindStats(summaries);
  const templates = templateStats(summaries).slice(0, TOP_TEMPLATES);
  const names = useLiveQuery(() => db.templates.bulkGet(templates.map((x) => x.templateId)), [templates.map((x) => x.templateId).join('\n')]);
  const dayNames = weekdayNames(lang, 'weekdayLong');
  return (
    <div className="log-stats">
      <table className="log-table">
        <caption>{t('log_stats_weekday')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('log_stats_day')}</th>
            <th scope="col">{t('log_stats_posts')}</th>
            <th scope="col">{t('log_stats_average')}</th>
          </tr>
        </thead>
        <tbody>
          {weekdays.map((w) => (
            <tr key={w.weekday}>
              <th scope="row">{dayNames[w.weekday]}</th>
              <td>{formatNumber(lang, w.posts)}</td>
              <td>{formatNumber(lang, w.average, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CountTable caption={t('log_stats_kind')} what={t('log_form_kind')} rows={POST_KINDS_LOGGED.map((k) => ({ key: k, label: t(KIND_KEYS[k]), n: kinds[k] }))} />
      <CountTable
        caption={t('log_stats_template')}
        what={t('log_stats_templateName')}
        rows={templates.map((x, i) => ({ key: x.templateId, label: names?.[i]?.name ?? t('log_stats_templateDeleted'), n: x.posts }))}
        empty={t('log_stats_noTemplates')}
      />
    </div>
  );
}
