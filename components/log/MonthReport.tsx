import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useT } from '@/components/ui/i18n';
import { downloadFile } from '@/components/ui/download';
import { platformName } from '@/components/ui/platforms';
import { db } from '@/utils/db/db';
import { addDays, weekdayIndex } from '@/utils/log/day';
import { formatDay, formatNumber, weekdayNames } from '@/utils/log/format';
import { POST_KINDS_LOGGED } from '@/utils/log/limits';
import { allSummaries } from '@/utils/log/queries';
import { monthDays, monthlyReport, reportCsv, reportPostsCsv, type MonthReport as Report } from '@/utils/plan/report';
import type { Settings } from '@/utils/settings/settings';
import { CountTable } from './CountTable';
import { KIND_KEYS } from './labels';

/** 'YYYY-MM' of a day, and the month before/after. */
const monthOf = (day: string) => day.slice(0, 7);
function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Bar chart geometry (viewBox units; the chart is as wide as the panel). */
const W = 280;
const ROW = 22;
const LABEL = 92;

/**
 * The monthly report (issue 16 §6): the figures people quote, a small bar chart of posts per
 * network and kind (with the same numbers as a table), the month as a calendar of days, and CSV
 * exports for Czech Excel. Counts only the days the log has existed, up to today.
 */
export function MonthReport({ settings, today }: { settings: Settings; today: string }) {
  const { t, lang } = useT();
  const id = useId();
  const [month, setMonth] = useState(() => monthOf(today));
  const [withIds, setWithIds] = useState(false);
  const summaries = useLiveQuery(() => allSummaries(db), []);
  const followers = useLiveQuery(() => db.followers.where('day').between(`${month}-01`, `${month}-31`, true, true).toArray(), [month]);
  const firstLogDay = summaries?.[0]?.day ?? null;
  const report = useMemo(
    () => (summaries && followers ? monthlyReport(summaries, followers, month, today, firstLogDay, settings) : null),
    [summaries, followers, month, today, firstLogDay, settings],
  );
  if (!report) return null;
  const label = formatDay(lang, `${month}-01`, 'monthLongYear');
  const base = `${t('report_fileName')}-${month}`;

  const exportDays = () => downloadFile({ fileName: `${base}.csv`, type: 'text/csv;charset=utf-8', text: reportCsv(report) });
  const exportPosts = async () => {
    const posts = await db.posts.where('day').between(`${month}-01`, `${month}-31`, true, true).toArray();
    const labels = { platform: (p: Parameters<typeof platformName>[1]) => platformName(t, p), kind: (k: keyof typeof KIND_KEYS) => t(KIND_KEYS[k]) };
    downloadFile({ fileName: `${base}-${t('report_fileName_posts')}.csv`, type: 'text/csv;charset=utf-8', text: reportPostsCsv(posts, labels, withIds) });
  };

  return (
    <div className="month-report stack" data-testid="month-report">
      <div className="month-nav row">
        <button type="button" onClick={() => setMonth(shiftMonth(month, -1))} aria-label={t('report_prev')}>‹</button>
        <strong id={`${id}-month`} aria-live="polite" data-testid="report-month">{label}</strong>
        <button type="button" onClick={() => setMonth(shiftMonth(month, 1))} disabled={month >= monthOf(today)} aria-label={t('report_next')}>›</button>
      </div>
      {report.days === 0 ? (
        <p className="empty" data-testid="report-empty">{t('report_empty')}</p>
      ) : (
        <>
          <Figures report={report} />
          <Bars report={report} titleId={`${id}-bars`} />
          <MonthCalendar report={report} titleId={`${id}-cal`} />
        </>
      )}
      <div className="row month-export">
        <button type="button" onClick={exportDays} disabled={report.days === 0} data-testid="report-csv-days">{t('report_export_days')}</button>
        <button type="button" onClick={() => void exportPosts()} disabled={report.total === 0} data-testid="report-csv-posts">{t('report_export_posts')}</button>
        <label className="small">
          <input type="checkbox" checked={withIds} onChange={(e) => setWithIds(e.target.checked)} /> {t('report_export_ids')}
        </label>
      </div>
      <p className="hint small">{t('report_export_hint')}</p>
    </div>
  );
}

function Figures({ report: r }: { report: Report }) {
  const { t, tp, lang } = useT();
  const growth = r.fanGrowthPct;
  return (
    <dl className="report-figures" data-testid="report-figures">
      <dt>{t('report_posts')}</dt>
      <dd data-testid="report-total">
        {formatNumber(lang, r.total)} ({platformName(t, 'facebook')} {formatNumber(lang, r.facebook)} · {platformName(t, 'instagram')} {formatNumber(lang, r.instagram)})
      </dd>
      <dt>{t('report_average')}</dt>
      <dd data-testid="report-average">{t('report_average_value', { n: formatNumber(lang, r.averagePerDay, 1), days: tp('report_days', r.days) })}</dd>
      <dt>{t('report_met')}</dt>
      <dd data-testid="report-met">{t('report_met_value', { met: r.daysMet, days: tp('report_days', r.days) })}</dd>
      <dt>{t('report_streak')}</dt>
      <dd data-testid="report-streak">{tp('report_days', r.longestStreak)}</dd>
      <dt>{t('report_stories')}</dt>
      <dd data-testid="report-stories">{formatNumber(lang, r.stories)}</dd>
      <dt>{t('report_fans')}</dt>
      <dd data-testid="report-fans">
        {growth === null ? t('report_fans_unknown') : `${growth > 0 ? '+' : ''}${formatNumber(lang, growth, 1)} %`}
      </dd>
    </dl>
  );
}

function Bars({ report: r, titleId }: { report: Report; titleId: string }) {
  const { t } = useT();
  const rows = [
    { key: 'facebook', label: platformName(t, 'facebook'), n: r.facebook, group: 'network' },
    { key: 'instagram', label: platformName(t, 'instagram'), n: r.instagram, group: 'network' },
    ...POST_KINDS_LOGGED.map((k) => ({ key: k, label: t(KIND_KEYS[k]), n: r.kinds[k] ?? 0, group: 'kind' })),
  ];
  const top = Math.max(1, ...rows.map((x) => x.n));
  const height = rows.length * ROW + ROW / 2;
  const barW = (n: number) => (n / top) * (W - LABEL - 30);
  const desc = rows.map((x) => `${x.label} ${x.n}`).join(', ');
  return (
    <figure className="report-chart">
      <figcaption id={titleId}>{t('report_chart_title')}</figcaption>
      <svg className="log-chart" viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={titleId} aria-describedby={`${titleId}-desc`} data-testid="report-bars">
        <desc id={`${titleId}-desc`}>{desc}</desc>
        {rows.map((x, i) => {
          // A thin gap between the networks and the kinds.
          const y = i * ROW + (x.group === 'kind' ? ROW / 2 : 0);
          return (
            <g key={x.key} data-key={x.key}>
              <text className="chart-text" x={0} y={y + 15} aria-hidden="true">{x.label}</text>
              <rect className={`bar bar--${x.group === 'network' ? 'within' : 'over'}`} x={LABEL} y={y + 4} width={barW(x.n)} height={ROW - 8} rx={2} />
              <text className="chart-text" x={LABEL + barW(x.n) + 4} y={y + 15} aria-hidden="true">{x.n}</text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('report_asTable')}</summary>
        <CountTable caption={t('report_chart_title')} what={t('report_col_what')} rows={rows} testId="report-table" />
      </details>
    </figure>
  );
}

/**
 * The month as a calendar table (a week a row, Monday first): each day a coloured square
 * sized in CSS (report-cell, at least 10 px at any panel width), labelled for screen readers.
 */
function MonthCalendar({ report: r, titleId }: { report: Report; titleId: string }) {
  const { t, tp, lang } = useT();
  const byDay = new Map(r.perDay.map((p) => [p.day, p]));
  const days = monthDays(r.month);
  const first = days[0]!;
  const lead = weekdayIndex(first);
  const weeks: (string | null)[][] = [];
  for (let d = addDays(first, -lead); d <= days.at(-1)!; d = addDays(d, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(d, i)).map((x) => (x.startsWith(r.month) ? x : null)));
  }
  const names = weekdayNames(lang);
  return (
    <table className="report-calendar" aria-labelledby={titleId} data-testid="report-calendar">
      <caption id={titleId}>{t('report_calendar_title')}</caption>
      <thead>
        <tr>
          {names.map((n) => (
            <th key={n} scope="col">{n}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.find(Boolean)}>
            {w.map((day, i) => {
              if (!day) return <td key={i} />;
              const p = byDay.get(day);
              // Days before the log began or after today do not count: shown empty, not as misses.
              const text = p
                ? `${formatDay(lang, day)}: ${tp('log_posts', p.total)}${p.level === 'none' ? '' : ` (${t(`log_level_${p.level}`)})`}`
                : `${formatDay(lang, day)}: ${t('report_day_outside')}`;
              return (
                <td key={day}>
                  <span className={`report-cell heat--${p ? p.level : 'outside'}`} data-day={day} data-count={p?.total ?? ''} role="img" aria-label={text} title={text}>
                    {Number(day.slice(8))}
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
