import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '@/components/ui/i18n';
import type { DraftRecord } from '@/utils/db/types';
import type { MessageKey } from '@/utils/i18n/i18n';
import { addDays, dayKey } from '@/utils/log/day';
import { ideaName, ideasFor, ideaText } from '@/utils/plan/ideas';
import { createDraft, planDraft } from '@/utils/plan/repo';
import { todayPlan, weekModel, type WeekDay } from '@/utils/plan/week';
import type { Settings } from '@/utils/settings/settings';
import { DRAG_TYPE, DraftCard } from './DraftCard';
import { shortDate, weekdayName } from './format';
import { Inbox } from './Inbox';
import { reschedule } from './openDraft';
import { PlanExchange } from './PlanExchange';

/** The Plán tab's content without its data loading and styles (the benchmark renders it in Node). */
export interface WeekProps {
  drafts: DraftRecord[];
  posted: Map<string, number>;
  day: string;
  now: number;
  settings: Settings;
  onWeek?: (day: string | null) => void;
}

/** The week itself (exported for the benchmark: the same render the tab does). */
export function PlanWeek({ drafts, posted, day, now, settings, onWeek }: WeekProps) {
  const { t, lang } = useT();
  const id = useId();
  const today = dayKey(now);
  const week = useMemo(() => weekModel({ drafts, day, now, postedByDay: posted, settings }), [drafts, day, now, posted, settings]);
  const dayKeys = useMemo(() => week.days.map((d) => ({ day: d.day, label: `${weekdayName(lang, d.day)} ${shortDate(lang, d.day)}` })), [week, lang]);
  const plan = useMemo(() => todayPlan(drafts, today, posted.get(today) ?? 0), [drafts, today, posted]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusId) return;
    const el = root.current?.querySelector<HTMLElement>(`[data-draft-id="${CSS.escape(focusId)}"]`);
    if (el) {
      el.focus();
      setFocusId(null);
    }
    // After a move the card re-renders on its new day once the drafts update.
  }, [focusId, drafts]);

  const todayParts = [
    t('plan_today_posted', { count: plan.posted }),
    ...plan.ready.map((r) => (r.time ? t('plan_today_readyAt', { count: r.count, time: r.time }) : t('plan_today_ready', { count: r.count }))),
    ...(plan.other ? [t('plan_today_wip', { count: plan.other })] : []),
  ];

  return (
    <div className="plan stack" ref={root}>
      <p className="plan-today" data-testid="plan-today">
        {t('plan_today_prefix')} {todayParts.join(' · ')}
      </p>

      {week.overdue.length > 0 && (
        <section className="plan-section plan-section--overdue" aria-labelledby={`${id}-overdue`}>
          <h2 id={`${id}-overdue`} className="plan-h">{t('plan_overdue_title', { count: week.overdue.length })}</h2>
          <ShortList testId="plan-overdue" items={week.overdue} render={(d) => <DraftCard key={d.id} draft={d} days={dayKeys} overdue onMoved={setFocusId} />} />
        </section>
      )}

      <section className="plan-section" aria-labelledby={`${id}-week`}>
        <div className="row plan-weeknav">
          <h2 id={`${id}-week`} className="plan-h">
            {t('plan_week_title', { from: shortDate(lang, week.start), to: shortDate(lang, addDays(week.start, 6)) })}
          </h2>
          {onWeek && (
            <>
              <button type="button" className="button" onClick={() => onWeek(addDays(week.start, -7))} aria-label={t('plan_week_prev')}>←</button>
              <button type="button" className="button" onClick={() => onWeek(null)}>{t('plan_week_this')}</button>
              <button type="button" className="button" onClick={() => onWeek(addDays(week.start, 7))} aria-label={t('plan_week_next')}>→</button>
            </>
          )}
        </div>
        <p className="hint small">{t('plan_week_hint')}</p>
        <ol className="plan-days">
          {week.days.map((d) => (
            <Day key={d.day} day={d} dayKeys={dayKeys} settings={settings} onMoved={setFocusId} />
          ))}
        </ol>
      </section>

      <section className="plan-section" aria-labelledby={`${id}-unplanned`}>
        <h2 id={`${id}-unplanned`} className="plan-h">{t('plan_unplanned_title')}</h2>
        {week.unplanned.length === 0 ? (
          <p className="empty small muted">{t('plan_unplanned_empty')}</p>
        ) : (
          <ShortList testId="plan-unplanned" items={week.unplanned} render={(d) => <DraftCard key={d.id} draft={d} days={dayKeys} onMoved={setFocusId} />} />
        )}
      </section>

      <Inbox settings={settings} />
      <PlanExchange />
    </div>
  );
}

/** Lists beside the week show their first few; the rest on request (nothing is hidden silently: the count is on the button). */
export const LIST_LIMIT = 10;

function ShortList({ items, render, testId }: { items: DraftRecord[]; render: (d: DraftRecord) => React.ReactNode; testId: string }) {
  const { t } = useT();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, LIST_LIMIT);
  return (
    <>
      <ul className="plan-list" data-testid={testId}>
        {shown.map(render)}
      </ul>
      {shown.length < items.length && (
        <button type="button" className="button" onClick={() => setAll(true)}>
          {t('plan_showAll', { count: items.length })}
        </button>
      )}
    </>
  );
}

function Day({ day: d, dayKeys, settings, onMoved }: { day: WeekDay; dayKeys: { day: string; label: string }[]; settings: Settings; onMoved: (id: string) => void }) {
  const { t, lang } = useT();
  const [over, setOver] = useState(false);
  const name = weekdayName(lang, d.day);
  const headingId = `plan-day-${d.day}`;
  return (
    <li
      className={`plan-day plan-day--${d.state}${d.isToday ? ' plan-day--today' : ''}${d.weekend ? ' plan-day--weekend' : ''}${over ? ' plan-day--drop' : ''}`}
      aria-labelledby={headingId}
      data-day={d.day}
      data-state={d.state}
      data-testid="plan-day"
      onDragOver={(e) => {
        if (d.isPast || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const draftId = e.dataTransfer.getData(DRAG_TYPE);
        if (!draftId) return;
        e.preventDefault();
        void planDraft(draftId, d.day).then(reschedule);
      }}
    >
      <div className="row plan-day__head">
        <h3 id={headingId} className="plan-day__name">
          {name} <span className="muted">{shortDate(lang, d.day)}</span>
          {d.isToday && <span className="plan-chip">{t('plan_todayChip')}</span>}
        </h3>
        <span className="small muted">{t(`plan_state_${d.state}` as MessageKey, { covered: d.covered, min: settings.targetMin, max: settings.targetMax })}</span>
        {d.evening && <span className="plan-chip" title={t('plan_evening_hint')}>{t('plan_evening')}</span>}
      </div>
      {d.state === 'gap' && (
        <div className="plan-gap" data-testid="plan-gap">
          <p className="plan-gap__text">{t('plan_gap', { day: name })}</p>
          <div className="row">
            <span className="small muted">{t('plan_ideas')}</span>
            {ideasFor(d).map((idea) => (
              <button
                key={idea.id}
                type="button"
                className="button small"
                aria-label={t('plan_idea_add', { idea: ideaName(lang, idea), day: name })}
                onClick={() =>
                  void createDraft({ source: 'idea', status: 'idea', kind: idea.kind, title: ideaName(lang, idea), facebook: ideaText(lang, idea, settings.townName), plannedDay: d.day, plannedTime: idea.time }).then(reschedule)
                }
              >
                + {ideaName(lang, idea)}
              </button>
            ))}
          </div>
        </div>
      )}
      {(d.drafts.length > 0 || d.published.length > 0) && (
        <ul className="plan-list">
          {d.drafts.map((x) => (
            <DraftCard key={x.id} draft={x} days={dayKeys} overdue={d.isPast} onMoved={onMoved} />
          ))}
          {d.published.map((x) => (
            <DraftCard key={x.id} draft={x} days={dayKeys} />
          ))}
        </ul>
      )}
      {d.posted > 0 && <p className="small muted">{t('plan_day_posted', { count: d.posted })}</p>}
    </li>
  );
}
