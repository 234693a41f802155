/**
 * The template library: every template in the admin's order, with Use, Edit, Duplicate, Delete
 * (with Undo) and keyboard-reachable Up/Down buttons; export of the admin's own templates and a
 * validated, all-or-nothing import.
 */
import { useId, useRef, useState } from 'react';
import { downloadFile } from '@/components/ui/download';
import { useT } from '@/components/ui/i18n';
import type { TownCrierDB } from '@/utils/db/db';
import type { ExportFile } from '@/utils/files/exportFile';
import type { MessageKey } from '@/utils/i18n/i18n';
import { builtinTemplate } from '@/utils/templates/builtins';
import { ENCODING_NAMES, readFileText } from '@/utils/files/decode';
import { MAX_IMPORT_BYTES, parseTemplateFile, planTemplateImport, type ImportProblem, type TemplateConflict } from '@/utils/templates/io';
import { applyTemplateImport, deleteTemplate, duplicateTemplate, moveTemplate, newTemplateId, resolveTemplateConflict, restoreTemplate } from '@/utils/templates/repo';
import { templatesFile } from '@/utils/templates/export';
import type { PostTemplate } from '@/utils/templates/types';
import { kindLabelKey } from './KindSelect';
import { TemplateEditor } from './TemplateEditor';

type Status = { kind: 'ok' | 'error'; text: string; undo?: PostTemplate } | null;

export function TemplateLibrary({
  database,
  templates,
  defaultLang,
  onUse,
  download = downloadFile,
}: {
  database: TownCrierDB;
  templates: readonly PostTemplate[];
  defaultLang: 'cs' | 'en';
  onUse: (t: PostTemplate) => void;
  download?: (file: ExportFile) => void;
}) {
  const { t, tp, lang: uiLang } = useT();
  const id = useId();
  const [lang, setLang] = useState<'cs' | 'en' | 'all'>(defaultLang);
  const [editing, setEditing] = useState<{ template: PostTemplate; isNew: boolean } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [conflicts, setConflicts] = useState<TemplateConflict[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const visible = templates.filter((x) => lang === 'all' || x.lang === lang);
  const visibleIds = visible.map((x) => x.id);

  const act = async (fn: () => Promise<Status | void>) => {
    try {
      const s = await fn();
      if (s !== undefined) setStatus(s);
    } catch (e) {
      console.error('[Town Crier] template action failed', e);
      setStatus({ kind: 'error', text: t('template_actionFailed') });
    }
  };

  const importProblemText = (p: ImportProblem): string => {
    if (p.code !== 'invalidTemplate') return t(`template_importError_${p.code}` as MessageKey);
    return t('template_importError_invalidTemplate', {
      index: p.index,
      name: p.name,
      problem: t(`template_problem_${p.problem}` as MessageKey, { detail: p.detail }),
    });
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    await act(async () => {
      if (file.size > MAX_IMPORT_BYTES) return { kind: 'error', text: t('template_importFailed', { reason: t('template_importError_tooBig') }) };
      const read = await readFileText(file);
      if (!read.ok) return { kind: 'error', text: t('template_importFailed', { reason: t(read.reason === 'read' ? 'template_importError_readFailed' : `template_importError_${read.reason}`) }) };
      const parsed = parseTemplateFile(read.text, { newId: newTemplateId });
      if (!parsed.ok) return { kind: 'error', text: t('template_importFailed', { reason: importProblemText(parsed.problem) }) };
      // Merged, not overwritten: a newer local edit stays, a conflict is asked about below.
      const plan = planTemplateImport(parsed.templates, parsed.origins, templates);
      await applyTemplateImport(database, plan);
      setConflicts(plan.conflicts);
      let text = t('template_import_result', { added: plan.add.length, updated: plan.update.length, unchanged: plan.unchanged });
      if (plan.conflicts.length) text += ' ' + tp('template_import_conflicts', plan.conflicts.length);
      if (read.encoding !== 'utf-8') text += ' ' + t('files_converted', { encoding: ENCODING_NAMES[read.encoding] });
      return { kind: 'ok', text };
    });
    if (fileInput.current) fileInput.current.value = '';
  };

  if (editing) {
    return (
      <TemplateEditor
        database={database}
        template={editing.template}
        isNew={editing.isNew}
        onDone={(saved, message) => {
          setEditing(null);
          if (saved && message) setStatus({ kind: 'ok', text: message });
        }}
      />
    );
  }

  return (
    <section className="stack" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('template_library_title')}</h2>
      <p className="hint small">{t('template_library_hint')}</p>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('template_filterLang')}</label>
          <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value as 'cs' | 'en' | 'all')}>
            <option value="cs">{t('compose_lang_cs')}</option>
            <option value="en">{t('compose_lang_en')}</option>
            <option value="all">{t('template_filterAll')}</option>
          </select>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => {
            const base = builtinTemplate(lang === 'en' ? 'en' : 'cs', 'general');
            setEditing({ template: { ...base, id: '', builtin: false, name: t('template_new'), basedOn: undefined }, isNew: true });
          }}
        >
          {t('template_new')}
        </button>
      </div>

      {/* Empty states: nothing in this language, or nothing of the admin's own yet. */}
      {visible.length === 0 && <p className="empty">{t('help_noTemplatesInLang')}</p>}
      {!templates.some((x) => !x.builtin) && (
        <p className="hint small" data-testid="no-own-templates">
          {t('help_noOwnTemplates')}
        </p>
      )}
      <ol className="compose__library" aria-label={t('template_list_label')}>
        {visible.map((tpl, i) => (
          <li key={tpl.id} className="compose__item">
            <div>
              <strong>
                {tpl.emoji} {tpl.name}
              </strong>{' '}
              <span className="muted small">
                {t(kindLabelKey(tpl.kind))} · {tpl.lang.toUpperCase()}
                {tpl.builtin ? ` · ${t('template_builtin')}` : ''}
              </span>
            </div>
            <div className="row">
              <button type="button" className="button" aria-label={t('template_useNamed', { name: tpl.name })} onClick={() => onUse(tpl)}>
                {t('template_use')}
              </button>
              <button type="button" className="button" aria-label={t('template_editNamed', { name: tpl.name })} onClick={() => setEditing({ template: tpl, isNew: false })}>
                {t('template_edit')}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('template_duplicateNamed', { name: tpl.name })}
                onClick={() =>
                  act(async () => {
                    const copy = await duplicateTemplate(database, tpl.id, t('template_copySuffix'));
                    return { kind: 'ok', text: t('template_duplicated', { name: copy.name }) };
                  })
                }
              >
                {t('template_duplicate')}
              </button>
              {!tpl.builtin && (
                <button
                  type="button"
                  className="button"
                  aria-label={t('template_deleteNamed', { name: tpl.name })}
                  onClick={() =>
                    act(async () => {
                      const removed = await deleteTemplate(database, tpl.id);
                      return { kind: 'ok', text: t('template_deleted', { name: removed.name }), undo: removed };
                    })
                  }
                >
                  {t('template_delete')}
                </button>
              )}
              <button type="button" className="button" aria-label={t('template_moveUp', { name: tpl.name })} disabled={i === 0} onClick={() => act(async () => void (await moveTemplate(database, tpl.id, -1, visibleIds)))}>
                ↑
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('template_moveDown', { name: tpl.name })}
                disabled={i === visible.length - 1}
                onClick={() => act(async () => void (await moveTemplate(database, tpl.id, 1, visibleIds)))}
              >
                ↓
              </button>
            </div>
          </li>
        ))}
      </ol>

      <div className="row">
        <button
          type="button"
          className="button"
          onClick={() => {
            const own = templates.filter((x) => !x.builtin);
            if (!own.length) return setStatus({ kind: 'error', text: t('template_exportNone') });
            const file = templatesFile(own);
            download(file);
            setStatus({ kind: 'ok', text: t('template_exported', { file: file.fileName }) });
          }}
        >
          {t('template_export')}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('template_import')}
        </button>
        {/* The real file input stays out of sight and out of the tab order: the button above opens it. */}
        <input ref={fileInput} hidden type="file" accept="application/json,.json" data-testid="template-import" onChange={(e) => onImport(e.target.files?.[0])} />
      </div>

      {conflicts.length > 0 && (
        <div className="notice stack" data-testid="template-conflicts">
          {conflicts.map((c) => (
            <div key={c.local.id} className="stack">
              <p>{t('template_conflict_title', { name: c.local.name })}</p>
              <div className="row">
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    act(async () => {
                      await resolveTemplateConflict(database, c, 'local');
                      setConflicts((list) => list.filter((x) => x !== c));
                    })
                  }
                >
                  {t('template_conflict_keepLocal', { date: new Date(c.local.updatedAt).toLocaleString(uiLang) })}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    act(async () => {
                      await resolveTemplateConflict(database, c, 'file');
                      setConflicts((list) => list.filter((x) => x !== c));
                    })
                  }
                >
                  {t('template_conflict_takeFile', { date: new Date(c.incoming.updatedAt).toLocaleString(uiLang) })}
                </button>
              </div>
            </div>
          ))}
        </div>
      )}
      {status?.kind === 'error' && (
        <p role="alert" className="notice notice--error">
          {status.text}
        </p>
      )}
      <div role="status">
        {status?.kind === 'ok' && (
          <p className="notice notice--ok">
            {status.text}{' '}
            {status.undo && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  act(async () => {
                    await restoreTemplate(database, status.undo!);
                    return { kind: 'ok', text: t('template_restored', { name: status.undo!.name }) };
                  })
                }
              >
                {t('template_undo')}
              </button>
            )}
          </p>
        )}
      </div>
    </section>
  );
}
