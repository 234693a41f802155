import { useEffect, useId, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUiStore } from '@/components/app/store';
import { useT } from '@/components/ui/i18n';
import { platformName } from '@/components/ui/platforms';
import { PLATFORMS } from '@/utils/hosts/hosts';
import { renderMsg } from '@/utils/checklist/render';
import type { Settings } from '@/utils/settings/settings';
import { updateSettings } from '@/utils/settings/store';
import { ChecklistSettings } from './ChecklistSettings';
import { CheckItemRow } from './CheckItemRow';
import { SummaryText } from './ChecklistSummary';
import { HashtagSetsEditor } from './HashtagSetsEditor';
import { TagDirectory } from './TagDirectory';
import { TransferSection } from './TransferSection';
import { useChecklistResult } from './useChecklist';
import './checklist.css';

/**
 * The Checklist tab: the text being checked (the draft, or what the composer holds), the
 * items with their one-click fixes and an undo, then the admin's hashtag sets, partners,
 * checklist settings and the import/export of both.
 */
export function ChecklistView({ settings, save = updateSettings }: { settings: Settings; save?: typeof updateSettings }) {
  const { t, lang } = useT();
  const id = useId();
  const { items, checking, text } = useChecklistResult();
  const ui = useUiStore(
    useShallow((s) => ({
      draft: s.draft,
      setDraft: s.setDraft,
      platform: s.platform,
      setPlatform: s.setPlatform,
      composerText: s.composerText,
      setSource: s.setChecklistSource,
      undo: s.checklistUndo,
      applyFix: s.applyChecklistFix,
      undoFix: s.undoChecklistFix,
      done: s.checklistDone,
      toggleDone: s.toggleChecklistDone,
    })),
  );
  const lastFix = ui.undo.at(-1);
  const canUndo = lastFix !== undefined && lastFix.after === ui.draft;

  // After a fix, keyboard focus goes to "Undo" (the button that was clicked may be gone).
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  useEffect(() => {
    if (focusUndo.current && canUndo) undoRef.current?.focus();
    focusUndo.current = false;
  }, [canUndo, lastFix]);

  const onFix = (next: string, label: Parameters<typeof ui.applyFix>[1]) => {
    focusUndo.current = true;
    ui.applyFix(next, label);
  };

  return (
    <div className="stack cl">
      <section aria-labelledby={`${id}-h`} className="stack">
        <h2 id={`${id}-h`}>{t('checklist_title')}</h2>

        <div className="row cl-controls">
          <fieldset className="cl-inline">
            <legend>{t('checklist_platform')}</legend>
            {PLATFORMS.map((p) => (
              <label key={p} className="check">
                <input type="radio" name={`${id}-platform`} checked={ui.platform === p} onChange={() => ui.setPlatform(p)} />
                {platformName(t, p)}
              </label>
            ))}
          </fieldset>
          {ui.composerText !== null && (
            <fieldset className="cl-inline">
              <legend>{t('checklist_source')}</legend>
              <label className="check">
                <input type="radio" name={`${id}-source`} checked={checking === 'draft'} onChange={() => ui.setSource('draft')} />
                {t('checklist_source_draft')}
              </label>
              <label className="check">
                <input type="radio" name={`${id}-source`} checked={checking === 'composer'} onChange={() => ui.setSource('composer')} />
                {t('checklist_source_composer')}
              </label>
            </fieldset>
          )}
        </div>

        {checking === 'draft' ? (
          <div className="field">
            <label htmlFor={`${id}-draft`}>{t('checklist_draft_label')}</label>
            <textarea
              id={`${id}-draft`}
              rows={7}
              value={ui.draft}
              placeholder={t('checklist_draft_placeholder')}
              aria-describedby={`${id}-draft-hint`}
              onChange={(e) => ui.setDraft(e.target.value)}
            />
            <p id={`${id}-draft-hint`} className="hint small">
              {t('checklist_draft_hint')}
            </p>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-composer`}>{t('checklist_composer_label')}</label>
            <textarea id={`${id}-composer`} rows={7} value={ui.composerText ?? ''} readOnly aria-describedby={`${id}-composer-hint`} />
            <p id={`${id}-composer-hint`} className="hint small">
              {t('checklist_composer_hint')}{' '}
              <button type="button" className="button button--small" onClick={() => {
                  onFix(ui.composerText ?? '', { key: 'checklist_takeComposer' });
                  ui.setSource('draft');
                }}
              >
                {t('checklist_takeComposer')}
              </button>
            </p>
          </div>
        )}

        <div role="status" className="cl-status">
          {canUndo && (
            <p className="row cl-undo">
              <span>{t('checklist_fixed', { what: renderMsg(lastFix.label, lang) })}</span>
              <button ref={undoRef} type="button" className="button button--small" onClick={ui.undoFix}>
                {t('checklist_undo')}
              </button>
            </p>
          )}
        </div>

        {items === undefined ? (
          <p className="muted" role="status">
            {t('app_loading')}
          </p>
        ) : items.length === 0 ? (
          <p className="empty">{t(checking === 'draft' ? 'checklist_empty' : 'checklist_emptyComposer')}</p>
        ) : (
          <>
            <p className="cl-heading">
              <span>{t(checking === 'draft' ? 'checklist_checking_draft' : 'checklist_checking_composer')}</span> <SummaryText items={items} />
            </p>
            <ul className="cl-list" aria-label={t('checklist_list_label')}>
              {items.map((item) => (
                <CheckItemRow
                  key={item.id}
                  item={item}
                  actions={{
                    text,
                    canFix: checking === 'draft',
                    onFix,
                    done: ui.done.includes(item.id),
                    onToggleDone: () => ui.toggleDone(item.id),
                  }}
                />
              ))}
            </ul>
            {checking === 'composer' && items.some((i) => i.fix && i.status !== 'pass') && <p className="hint small">{t('checklist_composer_fixHint')}</p>}
          </>
        )}
      </section>

      <HashtagSetsEditor onAddToDraft={onFix} draft={ui.draft} settings={settings} />
      <TagDirectory />
      <ChecklistSettings settings={settings} save={save} />
      <TransferSection />
    </div>
  );
}
