import { useId, useRef, useState, type ChangeEvent } from 'react';
import { downloadFile } from '@/components/ui/download';
import { useT } from '@/components/ui/i18n';
import { renderMsg } from '@/utils/checklist/render';
import { applyImport, checklistExport, previewImport } from '@/utils/checklist/repo';
import { LIMITS, parseFile, type ImportPlan } from '@/utils/checklist/transfer';
import type { Msg } from '@/utils/checklist/types';
import { ENCODING_NAMES, readFileText, type Encoding } from '@/utils/files/decode';

type State =
  | { step: 'idle' }
  | { step: 'problems'; fileName: string; problems: Msg[] }
  | { step: 'preview'; fileName: string; merge: ImportPlan; replace: ImportPlan; encoding: Encoding }
  | { step: 'done'; plan: ImportPlan; encoding: Encoding }
  | { step: 'failed'; detail: string };

const MAX_SHOWN = 15;

/** Backup and sharing: hashtag sets and partners as one JSON file. A bad file changes nothing. */
export function TransferSection() {
  const { t, lang } = useT();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: 'idle' });

  const download = async () => downloadFile(await checklistExport());

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again must work too
    if (!file) return;
    if (file.size > LIMITS.fileBytes) {
      setState({ step: 'problems', fileName: file.name, problems: [{ key: 'checklist_problem_fileTooBig', params: { max: '1 MB' } }] });
      return;
    }
    const read = await readFileText(file);
    if (!read.ok) {
      const key = read.reason === 'read' ? 'checklist_transfer_failed' : read.reason === 'nul' ? 'checklist_problem_nul' : 'checklist_problem_encoding';
      setState({ step: 'problems', fileName: file.name, problems: [{ key }] });
      return;
    }
    const parsed = parseFile(read.text);
    if (!parsed.ok) {
      setState({ step: 'problems', fileName: file.name, problems: parsed.problems });
      return;
    }
    const [merge, replace] = await Promise.all([previewImport(parsed.file, 'merge'), previewImport(parsed.file, 'replace')]);
    setState({ step: 'preview', fileName: file.name, merge, replace, encoding: read.encoding });
  };

  const confirm = async (plan: ImportPlan, encoding: Encoding) => {
    try {
      await applyImport(plan);
      setState({ step: 'done', plan, encoding });
    } catch (err) {
      setState({ step: 'failed', detail: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <details className="cl-section">
      <summary>
        <h3>{t('checklist_transfer_title')}</h3>
      </summary>
      <div className="stack">
        <p className="hint small">{t('checklist_transfer_intro')}</p>
        <div className="row">
          <button type="button" className="button" onClick={download}>
            {t('checklist_transfer_export')}
          </button>
          <button type="button" className="button" onClick={() => fileRef.current?.click()}>
            {t('checklist_transfer_import')}
          </button>
          {/* The browser's own file picker opens from the button above (a styled, focusable control). */}
          <input ref={fileRef} id={`${id}-file`} data-testid="import-file" type="file" accept=".json,application/json" hidden onChange={onFile} />
        </div>

        <div role="status" aria-live="polite">
          {state.step === 'done' && (
            <p className="notice notice--ok">
              ✓ {t('checklist_transfer_done', { sets: state.plan.sets.length, tags: state.plan.tags.length })}
              {state.encoding !== 'utf-8' && <> {t('checklist_transfer_converted', { encoding: ENCODING_NAMES[state.encoding] })}</>}
            </p>
          )}
        </div>
        {state.step === 'problems' && (
          <div role="alert" className="notice notice--error" data-testid="import-problems">
            <p>
              <strong>{t('checklist_transfer_problems', { file: state.fileName })}</strong>
            </p>
            <ul>
              {state.problems.slice(0, MAX_SHOWN).map((p, i) => (
                <li key={i}>{renderMsg(p, lang)}</li>
              ))}
              {state.problems.length > MAX_SHOWN && <li>{t('checklist_transfer_moreProblems', { count: state.problems.length - MAX_SHOWN })}</li>}
            </ul>
          </div>
        )}
        {state.step === 'failed' && (
          <div role="alert" className="notice notice--error">
            <p>{t('checklist_transfer_failed')}</p>
            <code className="small">{state.detail}</code>
          </div>
        )}
        {state.step === 'preview' && (
          <div className="notice stack" data-testid="import-preview">
            <p>{t('checklist_transfer_preview', { file: state.fileName, sets: state.merge.sets.length, tags: state.merge.tags.length })}</p>
            <div className="row">
              <button type="button" className="button button--primary" onClick={() => confirm(state.merge, state.encoding)}>
                {t('checklist_transfer_merge')}
              </button>
              <span className="small muted">{t('checklist_transfer_merge_hint', { added: state.merge.counts.setsAdded + state.merge.counts.tagsAdded, updated: state.merge.counts.setsUpdated + state.merge.counts.tagsUpdated })}</span>
            </div>
            <div className="row">
              <button type="button" className="button" onClick={() => confirm(state.replace, state.encoding)}>
                {t('checklist_transfer_replace')}
              </button>
              <span className="small muted">{t('checklist_transfer_replace_hint', { removed: state.replace.counts.setsRemoved + state.replace.counts.tagsRemoved })}</span>
            </div>
            <button type="button" className="button button--small" onClick={() => setState({ step: 'idle' })}>
              {t('checklist_cancel')}
            </button>
          </div>
        )}
      </div>
    </details>
  );
}
