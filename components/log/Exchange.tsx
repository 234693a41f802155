import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useT } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import { downloadFile } from '@/components/ui/download';
import { logExport } from '@/utils/log/export';
import { importLogFile, type ImportResult } from '@/utils/log/import';
import { describeProblem } from '@/utils/log/problems';
import { ENCODING_NAMES } from '@/utils/files/decode';
import { writeLog } from './hooks';

/** Export (CSV for Excel, JSON for a backup or a colleague) and import of the whole log. */
export function Exchange() {
  const { t, lang } = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const [result, setResult] = useState<ImportResult | { ok: 'failed' } | null>(null);
  const [exportError, setExportError] = useState(false);

  const doExport = async (format: 'csv' | 'json') => {
    try {
      setExportError(false);
      downloadFile(await logExport(db, t('log_export_fileName'), Date.now(), format));
    } catch (err) {
      console.error('[Town Crier] export failed', err);
      setExportError(true);
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setProgress(0);
    setResult(null);
    const controller = new AbortController();
    abort.current = controller;
    try {
      // In slices that yield (utils/files/slices.ts): the panel keeps answering, the bar moves.
      setResult(await writeLog(importLogFile(db, file, Date.now(), { signal: controller.signal, onProgress: setProgress })));
    } catch (err) {
      console.error('[Town Crier] import failed', err);
      setResult({ ok: 'failed' });
    } finally {
      abort.current = null;
      setBusy(false);
      // The same file can be chosen again after fixing it.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="button" onClick={() => void doExport('csv')}>
          {t('log_export_csv')}
        </button>
        <button type="button" className="button" onClick={() => void doExport('json')}>
          {t('log_export_json')}
        </button>
      </div>
      <p className="hint small">{t('log_export_hint')}</p>
      {exportError && <p role="alert" className="error-text">{t('log_export_failed')}</p>}
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('log_import_label')}</label>
        <input ref={input} id={`${id}-file`} type="file" accept=".json,.csv,application/json,text/csv" aria-describedby={`${id}-hint`} disabled={busy} onChange={(e) => void onFile(e)} />
        <p id={`${id}-hint`} className="hint small">{t('log_import_hint')}</p>
      </div>
      <div role="status" aria-live="polite">
        {busy && (
          <div className="row" data-testid="import-busy">
            <span className="muted">{t('log_import_busy')}</span>
            <progress max={1} value={progress} aria-label={t('log_import_progress')} />
            <button type="button" className="button button--small" onClick={() => abort.current?.abort()}>
              {t('log_import_cancel')}
            </button>
          </div>
        )}
        {result?.ok === true && (
          <p className="notice notice--ok" data-testid="import-result">
            {t('log_import_done', { added: result.added, updated: result.updated, unchanged: result.unchanged + result.duplicates, followers: result.followers })}
            {result.encoding !== 'utf-8' && <> {t('files_converted', { encoding: ENCODING_NAMES[result.encoding] })}</>}
          </p>
        )}
        {result?.ok === false && result.cancelled && <p className="notice" data-testid="import-cancelled">{t('log_import_cancelled')}</p>}
      </div>
      {result?.ok === false && !result.cancelled && (
        <div role="alert" className="notice notice--error" data-testid="import-problems">
          <p>{t('log_import_rejected')}</p>
          <ul>
            {result.problems.map((p, i) => (
              <li key={i}>{describeProblem(lang, p)}</li>
            ))}
          </ul>
        </div>
      )}
      {result?.ok === 'failed' && (
        <p role="alert" className="error-text">
          {t('log_import_failed')}
        </p>
      )}
    </div>
  );
}
