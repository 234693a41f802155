import { useId, useState } from 'react';
import { downloadFile } from '@/components/ui/download';
import { useT } from '@/components/ui/i18n';
import type { MessageKey } from '@/utils/i18n/i18n';
import { exportPlanJson, type PlanMerge } from '@/utils/plan/exchange';
import { exportIcs } from '@/utils/plan/ics';
import { allDrafts, applyPlanImport, previewPlanImport } from '@/utils/plan/repo';
import { reschedule } from './openDraft';

/** Export for a calendar or a colleague; import a colleague's plan (merged, conflicts shown). */
export function PlanExchange() {
  const { t } = useT();
  const id = useId();
  const [result, setResult] = useState<{ error: MessageKey } | { merge: PlanMerge } | null>(null);
  const ics = async () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadFile({ fileName: `hlasna-trouba-plan-${day}.ics`, type: 'text/calendar', text: exportIcs(await allDrafts()) });
  };
  const json = async () => downloadFile(exportPlanJson(await allDrafts()));
  const importFile = async (file: File) => {
    const preview = await previewPlanImport(await file.text());
    if (!preview.ok) return setResult({ error: `plan_import_problem_${preview.problem}` as MessageKey });
    await applyPlanImport(preview.merge);
    await reschedule();
    setResult({ merge: preview.merge });
  };
  return (
    <section className="plan-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="plan-h">{t('plan_exchange_title')}</h2>
      <div className="row">
        <button type="button" className="button" onClick={() => void ics()}>{t('plan_export_ics')}</button>
        <button type="button" className="button" onClick={() => void json()}>{t('plan_export_json')}</button>
        <label className="button">
          {t('plan_import')}
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            data-testid="plan-import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importFile(f);
            }}
          />
        </label>
      </div>
      {result && 'error' in result && <p role="alert" className="notice notice--error small">{t(result.error)}</p>}
      {result && 'merge' in result && (
        <div role="status" className="notice notice--ok small">
          <p>{t('plan_import_done', { added: result.merge.added, updated: result.merge.updated, unchanged: result.merge.unchanged })}</p>
          {result.merge.conflicts.length > 0 && (
            <ul>
              {result.merge.conflicts.map((c) => (
                <li key={c.id}>{t(c.winner === 'theirs' ? 'plan_conflict_theirs' : 'plan_conflict_ours', { title: c.title })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
