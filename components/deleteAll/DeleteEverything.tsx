/**
 * Settings → "Delete everything": a confirmation that names what will be lost (with counts)
 * and offers the exports first, then removes all of Town Crier's data from this browser
 * (utils/deleteAll). Other open panels follow by themselves (live queries, storage watchers).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { useUiStore } from '@/components/app/store';
import { downloadFile } from '@/components/ui/download';
import { notifyLogChanged } from '@/components/log/hooks';
import { useT } from '@/components/ui/i18n';
import { OpenWelcome } from '@/components/welcome/OpenWelcome';
import { db as appDb, type TownCrierDB } from '@/utils/db/db';
// The exports offered before deleting are the features' own (the same files their tabs make).
import { checklistExport } from '@/utils/checklist/repo';
import { countData, deleteEverything, type DeleteAllDeps } from '@/utils/deleteAll/deleteAll';
import type { ExportFile } from '@/utils/files/exportFile';
import { logExport } from '@/utils/log/export';
import { templatesExport } from '@/utils/templates/export';
import { getWelcome, setWelcome } from '@/utils/onboarding/store';
import type { Settings } from '@/utils/settings/settings';
import './deleteAll.css';

/** The browser's storage areas (storage.session is missing in some browsers). */
export function browserDeleteDeps(): DeleteAllDeps {
  const session = (browser.storage as { session?: { clear(): Promise<void> } }).session;
  return {
    clearLocal: () => browser.storage.local.clear(),
    clearSession: session ? () => session.clear() : undefined,
    getWelcome,
    setWelcome,
    now: Date.now,
  };
}

type Step = 'idle' | 'confirm' | 'deleting' | 'done' | 'failed';

export function DeleteEverything({
  settings,
  database = appDb,
  deps = browserDeleteDeps,
  save = downloadFile,
}: {
  settings: Settings;
  database?: TownCrierDB;
  deps?: () => DeleteAllDeps;
  save?: (file: ExportFile) => void;
}) {
  const { t, tp } = useT();
  const id = useId();
  const [step, setStep] = useState<Step>('idle');
  const [exportFailed, setExportFailed] = useState(false);
  const counts = useLiveQuery(() => (step === 'confirm' ? countData(database) : undefined), [database, step]);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const focusOpen = useRef(false);

  // The confirmation takes the focus; Cancel gives it back to the button that opened it.
  useEffect(() => {
    if (step === 'confirm') confirmHeading.current?.focus();
    if (step === 'idle' && focusOpen.current) openButton.current?.focus();
    focusOpen.current = false;
  }, [step]);

  const exportFile = async (make: () => Promise<ExportFile>) => {
    try {
      setExportFailed(false);
      save(await make());
    } catch (e) {
      console.error('[Town Crier] export failed', e);
      setExportFailed(true);
    }
  };

  const remove = async () => {
    setStep('deleting');
    try {
      await deleteEverything(database, deps());
      // The post being written is data too: start empty (the saved draft went with storage).
      useUiStore.getState().resetCompose();
      useUiStore.getState().setDraftFromCompose('');
      // The badge follows the empty log at once.
      notifyLogChanged();
      setStep('done');
    } catch (e) {
      console.error('[Town Crier] deleting everything failed', e);
      setStep('failed');
    }
  };

  return (
    <section className="stack delete-all" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('deleteAll_title')}</h2>
      <p className="hint small">{t('deleteAll_intro')}</p>

      {(step === 'idle' || step === 'failed') && (
        <button ref={openButton} type="button" className="button button--danger" onClick={() => setStep('confirm')}>
          {t('deleteAll_start')}
        </button>
      )}
      {step === 'failed' && (
        <p role="alert" className="notice notice--error">
          {t('deleteAll_failed')}
        </p>
      )}

      {(step === 'confirm' || step === 'deleting') && (
        <div className="notice notice--error stack" role="group" aria-labelledby={`${id}-confirm`} data-testid="delete-confirm">
          <h3 id={`${id}-confirm`} ref={confirmHeading} tabIndex={-1}>
            {t('deleteAll_confirm_title')}
          </h3>
          <p>{t('deleteAll_confirm_lost')}</p>
          {counts ? (
            <ul data-testid="delete-counts">
              <li>{tp('deleteAll_ownTemplates', counts.ownTemplates)}</li>
              <li>{tp('deleteAll_hashtagSets', counts.hashtagSets)}</li>
              <li>{tp('deleteAll_partners', counts.partners)}</li>
              <li>{tp('deleteAll_posts', counts.posts)}</li>
              <li>{tp('deleteAll_fanCounts', counts.fanCounts)}</li>
              <li>{settings.townName ? t('deleteAll_settings_town', { town: settings.townName }) : t('deleteAll_settings')}</li>
              <li>{t('deleteAll_rest')}</li>
            </ul>
          ) : (
            <p className="muted" role="status">
              {t('app_loading')}
            </p>
          )}
          <p>{t('deleteAll_exportFirst')}</p>
          <div className="row">
            <button type="button" className="button" disabled={!counts || counts.posts + counts.fanCounts === 0} onClick={() => void exportFile(() => logExport(database, t('log_export_fileName')))}>
              {t('deleteAll_export_log')}
            </button>
            <button type="button" className="button" disabled={!counts || counts.ownTemplates === 0} onClick={() => void exportFile(() => templatesExport(database))}>
              {t('deleteAll_export_templates')}
            </button>
            <button type="button" className="button" disabled={!counts || counts.hashtagSets + counts.partners === 0} onClick={() => void exportFile(() => checklistExport(database))}>
              {t('deleteAll_export_checklist')}
            </button>
          </div>
          {exportFailed && (
            <p role="alert" className="error-text">
              {t('deleteAll_exportFailed')}
            </p>
          )}
          <p>
            <strong>{t('deleteAll_noUndo')}</strong>
          </p>
          <div className="row">
            <button type="button" className="button button--danger" disabled={step === 'deleting'} onClick={() => void remove()}>
              {t('deleteAll_confirm')}
            </button>
            <button
              type="button"
              className="button"
              disabled={step === 'deleting'}
              onClick={() => {
                focusOpen.current = true;
                setStep('idle');
              }}
            >
              {t('deleteAll_cancel')}
            </button>
          </div>
        </div>
      )}

      <div role="status">
        {step === 'done' && (
          <div className="notice notice--ok stack" data-testid="delete-done">
            <p>{t('deleteAll_done')}</p>
            <OpenWelcome />
          </div>
        )}
      </div>
    </section>
  );
}
