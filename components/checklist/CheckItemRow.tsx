import { useId, useState } from 'react';
import { useT } from '@/components/ui/i18n';
import { renderMsg } from '@/utils/checklist/render';
import type { CheckItem, ChooseFix, Msg } from '@/utils/checklist/types';

const ICON = { pass: '✓', warn: '⚠', fail: '✗' } as const;
const STATUS_KEY = { pass: 'checklist_status_pass', warn: 'checklist_status_warn', fail: 'checklist_status_fail' } as const;

export interface RowActions {
  /** The text the fix acts on. */
  text: string;
  /** false while the composer's text is checked: fixes change the draft only. */
  canFix: boolean;
  onFix: (next: string, label: Msg) => void;
  done: boolean;
  onToggleDone: () => void;
}

/** One checklist item: status (icon + words), what is wrong and what to do, and its fix. */
export function CheckItemRow({ item, actions }: { item: CheckItem; actions: RowActions }) {
  const { t, lang } = useT();
  const fix = item.fix;
  return (
    <li className={`cl-item cl-item--${item.status}`} data-testid={`check-${item.id}`} data-status={item.status}>
      <span className={`cl-item__icon cl-${item.status === 'pass' ? 'ok' : item.status}`} aria-hidden="true">
        {ICON[item.status]}
      </span>
      <div className="cl-item__body">
        <p className="cl-item__text">
          <span className="visually-hidden">{t(STATUS_KEY[item.status])}: </span>
          {renderMsg(item.message, lang)}
        </p>
        {item.reminder && (
          <label className="check small">
            <input type="checkbox" checked={actions.done} onChange={actions.onToggleDone} />
            {t('checklist_reminder_done')}
          </label>
        )}
        {fix && item.status !== 'pass' && actions.canFix && fix.kind === 'apply' && (
          <button type="button" className="button button--small" onClick={() => actions.onFix(fix.apply(actions.text), fix.label)}>
            {renderMsg(fix.label, lang)}
          </button>
        )}
        {fix && item.status !== 'pass' && actions.canFix && fix.kind === 'choose' && (
          // A new set of choices (the text changed) starts a fresh form.
          <ChooseFixForm key={fix.options.map((o) => o.id).join('|')} fix={fix} actions={actions} />
        )}
      </div>
    </li>
  );
}

/** Fixes that need a choice: which partner to tag, which parts to drop. */
function ChooseFixForm({ fix, actions }: { fix: ChooseFix; actions: RowActions }) {
  const { t, tp, lang } = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>(() => (fix.options.length === 1 ? [fix.options[0]!.id] : []));
  const removing = fix.options.filter((o) => chosen.includes(o.id)).reduce((sum, o) => sum + (o.size ?? 0), 0);
  const enough = fix.mustRemove === undefined || removing >= fix.mustRemove;
  const toggle = (optionId: string) => setChosen((c) => (c.includes(optionId) ? c.filter((x) => x !== optionId) : [...c, optionId]));

  if (!open)
    return (
      <button type="button" className="button button--small" aria-expanded="false" onClick={() => setOpen(true)}>
        {renderMsg(fix.label, lang)}…
      </button>
    );
  return (
    <fieldset className="cl-choose">
      <legend>{renderMsg(fix.prompt, lang)}</legend>
      <ul className="cl-choose__list">
        {fix.options.map((o) => (
          <li key={o.id}>
            <label className="check">
              <input type="checkbox" checked={chosen.includes(o.id)} onChange={() => toggle(o.id)} />
              <span>
                {o.label}
                {o.size !== undefined && <span className="muted small"> ({tp('checklist_chars', o.size)})</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {fix.mustRemove !== undefined && (
        <p id={`${id}-progress`} className={`small ${enough ? 'cl-ok' : 'muted'}`} role="status">
          {t('checklist_shorten_progress', { chosen: removing, needed: fix.mustRemove })} {enough ? '✓' : ''}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={chosen.length === 0}
          aria-describedby={fix.mustRemove !== undefined ? `${id}-progress` : undefined}
          onClick={() => actions.onFix(fix.apply(actions.text, chosen), fix.label)}
        >
          {t('checklist_apply')}
        </button>
        <button type="button" className="button button--small" onClick={() => setOpen(false)}>
          {t('checklist_cancel')}
        </button>
      </div>
    </fieldset>
  );
}
