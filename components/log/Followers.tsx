import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import type { Platform } from '@/utils/db/types';
import { dayToUtc, isDayKey } from '@/utils/log/day';
import { formatDay, formatNumber } from '@/utils/log/format';
import { MAX_FOLLOWERS } from '@/utils/log/limits';
import { followerSeries, type FollowerSeries } from '@/utils/log/stats';
import { deleteFollowers, noteFollowers } from '@/utils/log/store';
import { platformName } from '@/components/ui/platforms';
import { PLATFORMS } from '@/utils/hosts/hosts';

/** The page's fan count noted by hand on a date, and its growth as a small chart. */
export function Followers({ today }: { today: string }) {
  const { t, lang } = useT();
  const id = useId();
  const records = useLiveQuery(() => db.followers.orderBy('day').toArray(), []);
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [day, setDay] = useState(today);
  const [count, setCount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(count.replace(/\s/g, ''));
    if (!isDayKey(day) || day > today) return setError(t('log_followers_dayInvalid'));
    if (count.trim() === '' || !Number.isInteger(n) || n < 0 || n > MAX_FOLLOWERS) return setError(t('log_followers_countInvalid'));
    setError(null);
    try {
      await noteFollowers(db, { platform, day, count: n });
      setCount('');
      setSaved(t('log_followers_saved', { platform: platformName(t, platform), count: formatNumber(lang, n), day: formatDay(lang, day, 'medium') }));
    } catch (err) {
      console.error('[Town Crier] saving the fan count failed', err);
      setError(t('log_saveFailed'));
    }
  };

  const series = records ? followerSeries(records) : [];
  return (
    <div className="stack">
      <form className="row log-followers-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-p`}>{t('log_form_platform')}</label>
          <select id={`${id}-p`} value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformName(t, p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-d`}>{t('log_followers_day')}</label>
          <input id={`${id}-d`} type="date" value={day} max={today} onChange={(e) => setDay(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-c`}>{t('log_followers_count')}</label>
          <input id={`${id}-c`} inputMode="numeric" value={count} size={8} aria-invalid={!!error} onChange={(e) => setCount(e.target.value)} />
        </div>
        <button type="submit" className="button">{t('log_followers_save')}</button>
      </form>
      {error && <p role="alert" className="error-text">{error}</p>}
      <p role="status" className="muted small">{saved}</p>
      {series.length === 0 ? (
        <p className="empty">{t('log_followers_empty')}</p>
      ) : (
        <>
          <ul className="log-growth">
            {series.map((s) => (
              <li key={s.platform}>
                <span className={`swatch swatch--${s.platform}`} aria-hidden="true" />
                <span>{growthText(t, lang, s)}</span>
              </li>
            ))}
          </ul>
          <FollowerChart series={series} />
          <details>
            <summary>{t('log_followers_all', { n: records!.length })}</summary>
            <ul className="log-list">
              {[...records!].reverse().map((r) => (
                <li key={r.id} className="row">
                  <span>{formatDay(lang, r.day, 'medium')}</span>
                  <span>{platformName(t, r.platform)}</span>
                  <strong>{formatNumber(lang, r.count)}</strong>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('log_delete_label', { what: `${platformName(t, r.platform)} ${formatDay(lang, r.day, 'medium')}` })}
                    onClick={() => void deleteFollowers(db, r.id)}
                  >
                    {t('log_delete')}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}

type T = ReturnType<typeof useT>['t'];
type L = ReturnType<typeof useT>['lang'];

function growthText(t: T, lang: L, s: FollowerSeries): string {
  if (s.points.length < 2) return t('log_followers_single', { platform: platformName(t, s.platform), count: formatNumber(lang, s.last.count), day: formatDay(lang, s.last.day, 'medium') });
  return t('log_followers_growth', {
    platform: platformName(t, s.platform),
    from: formatNumber(lang, s.first.count),
    to: formatNumber(lang, s.last.count),
    since: formatDay(lang, s.first.day, 'medium'),
    until: formatDay(lang, s.last.day, 'medium'),
    factor: s.factor === null ? '–' : formatNumber(lang, s.factor, 1),
  });
}

const W = 300;
const H = 110;
const PAD = { left: 36, right: 8, top: 8, bottom: 18 };

/** Fan counts over time, one line per network (the text above is its alternative). */
function FollowerChart({ series }: { series: FollowerSeries[] }) {
  const { t, lang } = useT();
  // Each series is sorted by day: the chart spans the earliest first point to the latest last one.
  const firstDay = series.map((s) => s.first.day).sort()[0]!;
  const lastDay = series.map((s) => s.last.day).sort().at(-1)!;
  const t0 = dayToUtc(firstDay);
  const t1 = dayToUtc(lastDay);
  const max = Math.max(...series.flatMap((s) => s.points.map((p) => p.count)), 1);
  const x = (day: string) => PAD.left + (t1 === t0 ? 0.5 : (dayToUtc(day) - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (n: number) => PAD.top + (1 - n / max) * (H - PAD.top - PAD.bottom);
  return (
    <svg className="log-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('log_followers_chart')} data-testid="followers-chart">
      <line className="axis" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
      <text className="chart-text chart-text--muted" x={PAD.left - 4} y={y(max) + 8} textAnchor="end">{formatNumber(lang, max)}</text>
      <text className="chart-text chart-text--muted" x={PAD.left - 4} y={y(0)} textAnchor="end">0</text>
      <text className="chart-text chart-text--muted" x={PAD.left} y={H - 4}>{formatDay(lang, firstDay, 'monthYear')}</text>
      <text className="chart-text chart-text--muted" x={W - PAD.right} y={H - 4} textAnchor="end">
        {formatDay(lang, lastDay, 'monthYear')}
      </text>
      {series.map((s) => (
        <g key={s.platform} className={`series series--${s.platform}`}>
          <polyline fill="none" points={s.points.map((p) => `${x(p.day)},${y(p.count)}`).join(' ')} />
          {s.points.map((p) => (
            <circle key={p.day} cx={x(p.day)} cy={y(p.count)} r={2.5} />
          ))}
        </g>
      ))}
    </svg>
  );
}
