import { useT } from '@/components/ui/i18n';
import { formatDay } from '@/utils/log/format';
import type { DayCounts } from '@/utils/log/target';
import type { Settings } from '@/utils/settings/settings';
import { targetRange, targetState } from '@/utils/log/target';

const W = 280;
const H = 120;
const TOP = 16;
const BOTTOM = 20;

/** The last 7 days as bars, with the target's minimum and maximum as lines. */
export function WeekBars({ days, settings, titleId }: { days: { day: string; counts: DayCounts }[]; settings: Settings; titleId: string }) {
  const { t, tp, lang } = useT();
  const top = Math.max(settings.targetMax, ...days.map((d) => d.counts.total), 1);
  const plot = H - TOP - BOTTOM;
  const y = (n: number) => TOP + plot - (n / top) * plot;
  const slot = W / 7;
  const summary = days.map((d) => `${formatDay(lang, d.day, 'weekday')} ${tp('log_posts', d.counts.total)}`).join(', ');
  return (
    <svg className="log-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} aria-describedby={`${titleId}-desc`} data-testid="week-bars">
      <desc id={`${titleId}-desc`}>{t('log_week_desc', { days: summary, target: targetRange(settings) })}</desc>
      {days.map((d, i) => {
        const x = i * slot + slot * 0.2;
        const h = y(0) - y(d.counts.total);
        const state = d.counts.total === 0 ? 'none' : targetState(d.counts, settings);
        return (
          <g key={d.day}>
            <rect className={`bar bar--${state}`} x={x} y={y(d.counts.total)} width={slot * 0.6} height={Math.max(h, 0)} rx={2} />
            <text className="chart-text" x={x + slot * 0.3} y={y(d.counts.total) - 3} textAnchor="middle">
              {d.counts.total}
            </text>
            <text className="chart-text chart-text--muted" x={x + slot * 0.3} y={H - 5} textAnchor="middle">
              {formatDay(lang, d.day, 'weekday')}
            </text>
          </g>
        );
      })}
      {[settings.targetMin, settings.targetMax].map((n, i) =>
        n > 0 ? <line key={i} className="target-line" x1={0} x2={W} y1={y(n)} y2={y(n)} /> : null,
      )}
    </svg>
  );
}
