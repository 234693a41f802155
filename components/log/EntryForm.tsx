import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/components/ui/i18n';
import type { Platform, PostKind } from '@/utils/db/types';
import { parseDateTimeLocal, toDateTimeLocal } from '@/utils/log/day';
import { EARLIEST_DATE } from '@/utils/log/exchange';
import { MAX_EXCERPT, MAX_NOTE, POST_KINDS_LOGGED } from '@/utils/log/limits';
import { platformName } from '@/components/ui/platforms';
import { PLATFORMS } from '@/utils/hosts/hosts';
import { KIND_KEYS } from './labels';

export interface EntryValues {
  platform: Platform;
  kind: PostKind;
  publishedAt: number;
  excerpt: string;
  note: string;
}

/** Without `publishedAt` the form starts at the current time. */
export type EntryInitial = Omit<EntryValues, 'publishedAt'> & { publishedAt?: number };

/** A published post cannot be in the future; a few minutes allow for a PC clock that is slightly behind. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** The fields of one entry: to edit it, or to log one at another time or of another kind. */
export function EntryForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: EntryInitial;
  submitLabel: string;
  onSubmit: (values: EntryValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useT();
  const id = useId();
  const [platform, setPlatform] = useState(initial.platform);
  const [kind, setKind] = useState(initial.kind);
  const [time, setTime] = useState(() => toDateTimeLocal(initial.publishedAt ?? Date.now()));
  const [excerpt, setExcerpt] = useState(initial.excerpt);
  const [note, setNote] = useState(initial.note);
  const [error, setError] = useState<{ text: string; time: boolean } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseDateTimeLocal(time);
    const timeError = (key: 'log_form_timeInvalid' | 'log_form_timeFuture' | 'log_form_timePast') => setError({ text: t(key), time: true });
    if (!parsed.ok && parsed.reason === 'gap') return setError({ text: t('log_form_timeGap', { time: time.slice(11) }), time: true });
    if (!parsed.ok) return timeError('log_form_timeInvalid');
    const publishedAt = parsed.at;
    if (publishedAt > Date.now() + FUTURE_SLACK_MS) return timeError('log_form_timeFuture');
    if (publishedAt < EARLIEST_DATE) return timeError('log_form_timePast');
    setError(null);
    try {
      await onSubmit({ platform, kind, publishedAt, excerpt, note });
    } catch (err) {
      console.error('[Town Crier] saving a log entry failed', err);
      setError({ text: t('log_saveFailed'), time: false });
    }
  };

  return (
    <form className="log-form stack" onSubmit={submit} noValidate>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-platform`}>{t('log_form_platform')}</label>
          <select id={`${id}-platform`} value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>{platformName(t, p)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('log_form_kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as PostKind)}>
            {POST_KINDS_LOGGED.map((k) => (
              <option key={k} value={k}>{t(KIND_KEYS[k])}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('log_form_time')}</label>
          <input id={`${id}-time`} type="datetime-local" value={time} aria-invalid={!!error?.time} aria-describedby={error?.time ? `${id}-error` : undefined} onChange={(e) => setTime(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-excerpt`}>{t('log_form_excerpt')}</label>
        <input id={`${id}-excerpt`} value={excerpt} maxLength={MAX_EXCERPT} onChange={(e) => setExcerpt(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('log_form_note')}</label>
        <input id={`${id}-note`} value={note} maxLength={MAX_NOTE} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="error-text">
          {error.text}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button--primary">{submitLabel}</button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('log_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
