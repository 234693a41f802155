import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo } from 'react';
import { useT } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import { dayKey } from '@/utils/log/day';
import { formatDay, formatDuration, formatTime } from '@/utils/log/format';
import { allSummaries, liveStories, postsOfDay, STORY_LIFETIME_MS, summariesBetween } from '@/utils/log/queries';
import { byDay, countsOf, heatmapCells, heatmapStart, lastSevenDays } from '@/utils/log/stats';
import { drainIntoLog } from '@/utils/log/store';
import { computeStreaks } from '@/utils/log/streak';
import { targetRange, targetState } from '@/utils/log/target';
import type { Settings } from '@/utils/settings/settings';
import { Exchange } from './Exchange';
import { Followers } from './Followers';
import { Heatmap } from './Heatmap';
import { MonthReport } from './MonthReport';
import { notifyLogChanged, useNow } from './hooks';
import { platformName } from '@/components/ui/platforms';
import { PostList } from './PostList';
import { QuickLog } from './QuickLog';
import { Stats } from './Stats';
import { WeekBars } from './WeekBars';
import './log.css';

/** The Log tab: log by hand, today, stories, streak, week, 12-month calendar, stats, fans, export/import. */
export function LogView({ settings }: { settings: Settings }) {
  const { t, tp, lang } = useT();
  const id = useId();
  const now = useNow(60_000);
  const today = dayKey(now);
  const from = heatmapStart(today);

  // Events the composer queued while the worker slept reach the log as soon as the Log is open.
  useEffect(() => {
    drainIntoLog(db).then((n) => n && notifyLogChanged(), (e) => console.warn('[Town Crier] draining published posts', e));
  }, []);

  const todays = useLiveQuery(() => postsOfDay(db, today), [today]);
  const year = useLiveQuery(() => summariesBetween(db, from, today), [from, today]);
  const stories = useLiveQuery(() => liveStories(db, now), [now]);
  const streaks = useLiveQuery(async () => {
    const all = await allSummaries(db);
    return computeStreaks(new Map(all.map((s) => [s.day, countsOf(s)])), today, all[0]?.day ?? null, settings);
  }, [today, settings.targetMin, settings.targetMax, settings.targetMode, settings.weekendsCount]);

  const yearByDay = useMemo(() => (year ? byDay(year) : null), [year]);
  const cells = useMemo(() => (yearByDay ? heatmapCells(yearByDay, today, settings) : null), [yearByDay, today, settings]);
  const week = useMemo(() => (yearByDay ? lastSevenDays(yearByDay, today) : null), [yearByDay, today]);

  const counts = countsOf(yearByDay?.get(today));
  const state = targetState(counts, settings);

  return (
    <div className="log stack">
      <QuickLog />

      <section className="log-section" aria-labelledby={`${id}-today`}>
        <h2 id={`${id}-today`}>{t('log_today_title', { day: formatDay(lang, today) })}</h2>
        <p className={`log-target log-target--${state}`}>
          {t('log_today_target', { posts: tp('log_posts', counts.total), target: targetRange(settings) })} {t(`log_state_${state}`)}
        </p>
        {todays && <PostList posts={todays} empty={t('log_today_empty')} />}
        {todays && counts.total > todays.length && (
          <p className="hint small">{t('log_today_more', { shown: todays.length, total: counts.total })}</p>
        )}
      </section>

      <section className="log-section" aria-labelledby={`${id}-stories`}>
        <h2 id={`${id}-stories`}>{t('log_stories_title')}</h2>
        {stories && stories.length === 0 && <p className="empty">{t('log_stories_empty')}</p>}
        {stories && stories.length > 0 && (
          <ul className="log-list" data-testid="stories">
            {stories.map((s) => (
              <li key={s.id} className="row">
                <span>{platformName(t, s.platform)}</span>
                <span className="muted">{t('log_stories_since', { time: formatTime(lang, s.publishedAt) })}</span>
                <strong>{t('log_stories_left', { time: formatDuration(lang, Math.min(STORY_LIFETIME_MS, s.publishedAt + STORY_LIFETIME_MS - now)) })}</strong>
                {s.note && <span className="muted">{s.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="log-section" aria-labelledby={`${id}-streak`}>
        <h2 id={`${id}-streak`}>{t('log_streak_title')}</h2>
        {streaks && (
          <p className="log-streak" data-testid="streak">
            <strong>{tp('log_streak_current', streaks.current)}</strong> · {tp('log_streak_longest', streaks.longest)}
          </p>
        )}
        <p className="hint small">{t(settings.weekendsCount ? 'log_streak_hint_weekends' : 'log_streak_hint_noWeekends')}</p>
      </section>

      <section className="log-section" aria-labelledby={`${id}-week`}>
        <h2 id={`${id}-week`}>{t('log_week_title')}</h2>
        {week && <WeekBars days={week} settings={settings} titleId={`${id}-week`} />}
      </section>

      <section className="log-section" aria-labelledby={`${id}-year`}>
        <h2 id={`${id}-year`}>{t('log_year_title')}</h2>
        {cells && <Heatmap cells={cells} titleId={`${id}-year`} />}
        <p className="hint small">{t('log_year_hint')}</p>
        <ul className="heat-legend" aria-label={t('log_legend')}>
          {(['none', 'under', 'within', 'over'] as const).map((level) => (
            <li key={level}>
              <span className={`heat-swatch heat--${level}`} aria-hidden="true" /> {t(`log_level_${level}`)}
            </li>
          ))}
        </ul>
      </section>

      <section className="log-section" aria-labelledby={`${id}-stats`}>
        <h2 id={`${id}-stats`}>{t('log_stats_title')}</h2>
        {year && <Stats summaries={year} from={from} to={today} />}
      </section>

      <section className="log-section" aria-labelledby={`${id}-report`}>
        <h2 id={`${id}-report`}>{t('report_title')}</h2>
        <MonthReport settings={settings} today={today} />
      </section>

      <section className="log-section" aria-labelledby={`${id}-fans`}>
        <h2 id={`${id}-fans`}>{t('log_followers_title')}</h2>
        <Followers today={today} />
      </section>

      <section className="log-section" aria-labelledby={`${id}-exchange`}>
        <h2 id={`${id}-exchange`}>{t('log_exchange_title')}</h2>
        <Exchange />
      </section>
    </div>
  );
}
