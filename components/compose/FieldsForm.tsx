/**
 * The template's form (Text Blaze–style): one labelled control per field, its value pre-filled
 * from the notice, a message under the field when the value is not valid. Edits go to the
 * compose slice; the preview re-fills on each keystroke.
 */
import { memo, useId } from 'react';
import { useT } from '@/components/ui/i18n';
import type { MessageKey } from '@/utils/i18n/i18n';
import { parseIso, type Lang } from '@/utils/dates/calendar';
import { weekdayName } from '@/utils/dates/format';
import { parseTimeRange, validateValue } from '@/utils/templates/render';
import type { FieldValue, FieldValues, TemplateField } from '@/utils/templates/types';

const STANDARD_LABELS = new Set([
  'title', 'date', 'dates', 'time', 'places', 'deadline', 'amount', 'account', 'phone', 'email', 'link', 'details', 'source',
  'tanker', 'detour', 'wasteType', 'hours', 'bringId', 'admission', 'refreshments', 'team', 'achievement', 'question', 'options',
  'prize', 'task', 'author',
]);

export function FieldsForm({
  fields,
  values,
  postLang,
  onChange,
}: {
  fields: readonly TemplateField[];
  values: FieldValues;
  postLang: Lang;
  /** Must be stable (the controls are memoised: a keystroke re-renders only its own field). */
  onChange: (name: string, value: FieldValue) => void;
}) {
  const { t } = useT();
  const id = useId();
  return (
    <fieldset className="compose__fields">
      <legend>{t('compose_fields_title')}</legend>
      <p className="hint small">{t('compose_fields_hint')}</p>
      {fields.map((f) => (
        <FieldControl key={f.name} field={f} value={values[f.name]} fid={`${id}-${f.name}`} postLang={postLang} onChange={onChange} />
      ))}
    </fieldset>
  );
}

const FieldControl = memo(function FieldControl({
  field: f,
  value,
  fid,
  postLang,
  onChange,
}: {
  field: TemplateField;
  value: FieldValue | undefined;
  fid: string;
  postLang: Lang;
  onChange: (name: string, value: FieldValue) => void;
}) {
  const { t, lang: uiLang } = useT();
  // Built-in fields are labelled in the panel's language; the admin's own fields by their label.
  const label = STANDARD_LABELS.has(f.name) ? t(`template_field_${f.name}` as MessageKey) : f.label;
  const problem = validateValue(f, value);
  const errorId = problem ? `${fid}-error` : undefined;
  const error = problem ? (
    <p id={errorId} className="error-text small">
      {t(`compose_fieldError_${problem}` as MessageKey)}
    </p>
  ) : null;
  const common = { 'aria-invalid': problem ? true : undefined, 'aria-describedby': errorId, required: f.required } as const;
  const str = typeof value === 'string' ? value : '';
  switch (f.type) {
    case 'toggle':
      return (
        <div>
          <label className="check">
            <input type="checkbox" checked={value === true} onChange={(e) => onChange(f.name, e.target.checked)} />
            {label}
          </label>
        </div>
      );
    case 'paragraph':
      return (
        <div className="field">
          <label htmlFor={fid}>{label}</label>
          <textarea id={fid} rows={6} value={str} onChange={(e) => onChange(f.name, e.target.value)} {...common} />
          {error}
        </div>
      );
    case 'list': {
      const items = Array.isArray(value) ? value : str ? [str] : [];
      return (
        <div className="field">
          <label htmlFor={fid}>{label}</label>
          <textarea
            id={fid}
            rows={Math.min(6, Math.max(2, items.length + 1))}
            value={items.join('\n')}
            aria-describedby={`${fid}-hint${errorId ? ` ${errorId}` : ''}`}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => onChange(f.name, e.target.value.split('\n'))}
          />
          <p id={`${fid}-hint`} className="hint small">
            {t('compose_field_listHint')}
          </p>
          {error}
        </div>
      );
    }
    case 'choice':
      return (
        <div className="field">
          <label htmlFor={fid}>{label}</label>
          <select id={fid} value={str} onChange={(e) => onChange(f.name, e.target.value)} {...common}>
            <option value="">{t('compose_field_choiceNone')}</option>
            {(f.options ?? []).map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
          {error}
        </div>
      );
    case 'date': {
      const d = parseIso(str);
      return (
        <div className="field">
          <label htmlFor={fid}>{label}</label>
          <input id={fid} type="date" value={str} onChange={(e) => onChange(f.name, e.target.value)} {...common} />
          {d && <p className="hint small">{t('compose_field_weekday', { weekday: weekdayName(uiLang, d.y, d.m, d.d) })}</p>}
          {error}
        </div>
      );
    }
    case 'dateRange': {
      const [a = '', b = ''] = str.split('/');
      const set = (x: string, y: string) => onChange(f.name, x || y ? `${x}/${y}` : '');
      return (
        <fieldset className="compose__pair" aria-describedby={errorId}>
          <legend>{label}</legend>
          <label>
            {t('compose_field_from')} <input type="date" value={a} onChange={(e) => set(e.target.value, b)} aria-invalid={problem ? true : undefined} />
          </label>
          <label>
            {t('compose_field_to')} <input type="date" value={b} onChange={(e) => set(a, e.target.value)} aria-invalid={problem ? true : undefined} />
          </label>
          {error}
        </fieldset>
      );
    }
    case 'timeRange': {
      const r = parseTimeRange(str);
      const [a, b] = r ? [pad(r.from), r.to ? pad(r.to) : ''] : str.split('–');
      const set = (x: string, y: string) => onChange(f.name, x && y ? `${x}–${y}` : x || (y ? `–${y}` : ''));
      return (
        <fieldset className="compose__pair" aria-describedby={errorId}>
          <legend>{label}</legend>
          <label>
            {t('compose_field_from')} <input type="time" value={a ?? ''} onChange={(e) => set(e.target.value, b ?? '')} aria-invalid={problem ? true : undefined} />
          </label>
          <label>
            {t('compose_field_to')} <input type="time" value={b ?? ''} onChange={(e) => set(a ?? '', e.target.value)} aria-invalid={problem ? true : undefined} />
          </label>
          {error}
        </fieldset>
      );
    }
    case 'time':
      return (
        <div className="field">
          <label htmlFor={fid}>{label}</label>
          <input id={fid} type="time" value={str ? pad(str) : ''} onChange={(e) => onChange(f.name, e.target.value)} {...common} />
          {error}
        </div>
      );
    default: {
      const type = f.type === 'email' ? 'email' : f.type === 'phone' ? 'tel' : f.type === 'link' ? 'url' : 'text';
      return (
        <div className="field">
          <label htmlFor={fid}>{label}</label>
          <input
            id={fid}
            type={type}
            lang={f.type === 'text' ? postLang : undefined}
            autoComplete="off"
            value={str}
            onChange={(e) => onChange(f.name, e.target.value)}
            {...common}
          />
          {error}
        </div>
      );
    }
  }
});

/** "8:00" → "08:00" (what <input type="time"> wants). */
function pad(time: string): string {
  return /^\d:/.test(time) ? `0${time}` : time;
}
