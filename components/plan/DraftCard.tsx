import { useState, type KeyboardEvent } from 'react';
import { useT } from '@/components/ui/i18n';
import type { DraftRecord } from '@/utils/db/types';
import type { MessageKey } from '@/utils/i18n/i18n';
import { deleteDraft, planDraft, setDraftStatus, updateDraft } from '@/utils/plan/repo';
import { nextStatus } from '@/utils/plan/status';
import { shiftDay } from '@/utils/plan/week';
import { shortDate, weekdayName } from './format';
import { openDraftInCompose, reschedule } from './openDraft';
import { DraftPhoto } from './DraftPhoto';

export const DRAG_TYPE = 'application/x-town-crier-draft';

interface Props {
  draft: DraftRecord;
  /** The days the "Posunout na…" menu offers, with their labels ("Sobota 12. 12."), made once per week. */
  days: readonly { day: string; label: string }[];
  overdue?: boolean;
  /** A move by keyboard: the view focuses the card again on its new day. */
  onMoved?: (id: string) => void;
}

export function DraftCard({ draft: d, days, overdue, onMoved }: Props) {
  const { t, lang } = useT();
  const [error, setError] = useState<string | null>(null);
  // Editing controls only on demand: a week of cards stays light to render and to read at 250 px.
  const [expanded, setExpanded] = useState(false);
  const move = async (day: string | null, time?: string) => {
    try {
      if (day === null) await updateDraft(d.id, { plannedDay: undefined });
      else await planDraft(d.id, day, time);
      await reschedule();
      onMoved?.(d.id);
    } catch (e) {
      setError(String(e));
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || !d.plannedDay || e.target !== e.currentTarget) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      void move(shiftDay(d.plannedDay, e.key === 'ArrowLeft' ? -1 : 1));
    }
  };
  const next = nextStatus(d.status);
  const label = d.title || d.facebook.slice(0, 60) || t('plan_untitled');
  const thank = d.status === 'published' && d.sender && !d.thanked;
  return (
    <li
      className={`plan-card plan-card--${d.status}${overdue ? ' plan-card--overdue' : ''}`}
      data-draft-id={d.id}
      data-testid="plan-card"
      tabIndex={0}
      draggable={d.status !== 'published'}
      aria-label={t('plan_card_label', { title: label, status: t(`plan_status_${d.status}` as MessageKey), time: d.plannedTime ?? t('plan_anyTime') })}
      aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, d.id);
        e.dataTransfer.setData('text/plain', d.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <div className="row plan-card__head">
        {d.plannedTime && <span className="plan-card__time">{d.plannedTime}</span>}
        <strong className="plan-card__title">{label}</strong>
        <span className={`plan-status plan-status--${d.status}`}>{t(`plan_status_${d.status}` as MessageKey)}</span>
        {overdue && <span className="plan-status plan-status--overdue">{t('plan_overdue_badge')}</span>}
        {d.source !== 'compose' && <span className="muted small">{t(`plan_source_${d.source}` as MessageKey)}</span>}
      </div>
      {d.sender && (
        <p className="small muted plan-card__sender">
          {t('plan_sender', { name: d.sender.name || '—', contact: d.sender.contact ?? '' })}
        </p>
      )}
      {thank && (
        <p className="notice notice--warn small" role="status">
          {t('plan_thank', { name: d.sender!.name || d.sender!.contact || '' })}{' '}
          <button type="button" className="button" onClick={() => void updateDraft(d.id, { thanked: true })}>
            {t('plan_thanked')}
          </button>
        </p>
      )}
      {d.status !== 'published' && (
        <div className="row plan-card__actions">
          <button type="button" className="button button--primary" onClick={() => openDraftInCompose(d)}>
            {t('plan_open')}
          </button>
          <label className="plan-inline">
            <span className="visually-hidden">{t('plan_moveTo')}</span>
            <select
              value={d.plannedDay && days.some((x) => x.day === d.plannedDay) ? d.plannedDay : ''}
              onChange={(e) => void move(e.target.value || null)}
              data-testid="plan-move"
            >
              <option value="">{d.plannedDay && !days.some((x) => x.day === d.plannedDay) ? `${weekdayName(lang, d.plannedDay)} ${shortDate(lang, d.plannedDay)}` : t('plan_moveTo')}</option>
              {days.map((x) => (
                <option key={x.day} value={x.day}>
                  {x.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)} data-testid="plan-more">
            {t('plan_more')}
          </button>
        </div>
      )}
      {expanded && d.status !== 'published' && (
        <div className="row plan-card__actions">
          {d.plannedDay && (
            <label className="plan-inline">
              <span className="visually-hidden">{t('plan_time')}</span>
              <input
                type="time"
                defaultValue={d.plannedTime ?? ''}
                data-testid="plan-time"
                onBlur={(e) => {
                  const v = e.target.value;
                  if (v && v !== d.plannedTime) void move(d.plannedDay!, v);
                }}
              />
            </label>
          )}
          {next && next !== 'published' && (
            <button type="button" className="button" onClick={() => void setDraftStatus(d.id, next)}>
              {t(`plan_toStatus_${next}` as MessageKey)}
            </button>
          )}
          <button type="button" className="button" aria-label={t('plan_delete_label', { title: label })} onClick={() => void deleteDraft(d.id).then(reschedule)}>
            {t('plan_delete')}
          </button>
        </div>
      )}
      {expanded && <DraftPhoto draft={d} />}
      {error && <p role="alert" className="notice notice--error small">{error}</p>}
    </li>
  );
}
