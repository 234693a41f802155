/**
 * The Compose tab: paste a notice (or start from a template) → a friendly post, with the
 * template's fields pre-filled, a platform switch, an editable preview and a Copy button; and
 * the template library. Inputs live in the store's compose slice, templates in Dexie; the post
 * itself is derived (useComposition) and handed to the draft slice for the checklist and composer.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useId, useState, useSyncExternalStore, type ClipboardEvent, type ReactNode } from 'react';
import { draftSaveStatus } from '@/components/app/savedDraft';
import { exceedsBytes, MAX_NOTICE_BYTES, megabytes } from '@/utils/files/size';
import { useShallow } from 'zustand/react/shallow';
import { useUiStore, type ComposeState } from '@/components/app/store';
import { useT } from '@/components/ui/i18n';
import { platformName } from '@/components/ui/platforms';
import { PLATFORMS } from '@/utils/hosts/hosts';
import { db as appDb, type TownCrierDB } from '@/utils/db/db';
import type { PostKindId } from '@/utils/kinds';
import { looksLikeHtml, normalizeInput } from '@/utils/rewrite/clean';
import { listTemplates, syncBuiltinTemplates } from '@/utils/templates/repo';
import type { FieldValue, PostTemplate } from '@/utils/templates/types';
import type { Settings } from '@/utils/settings/settings';
import { FieldsForm } from './FieldsForm';
import { PostPreview } from './PostPreview';
import { KindSelect, kindLabelKey } from './KindSelect';
import { TemplateLibrary } from './TemplateLibrary';
import { useComposition } from './useComposition';
import './compose.css';

export function ComposeView({
  settings,
  database = appDb,
  actions,
  copy,
}: {
  settings: Settings;
  database?: TownCrierDB;
  /** The composer's actions ("Insert into post"), shown next to Copy. */
  actions?: ReactNode;
  copy?: (text: string) => Promise<void>;
}) {
  const { t, lang: uiLang } = useT();
  const id = useId();
  /** The size (MB) of a notice refused for being over 2 MB, shown until an accepted change. */
  const [noticeTooBig, setNoticeTooBig] = useState<string | null>(null);
  const draftFailed = useSyncExternalStore(draftSaveStatus.subscribe, draftSaveStatus.get);
  const templates = useLiveQuery(() => listTemplates(database), [database]);
  // Built-ins an update added (or a damaged profile lost) come back every time the panel opens.
  useEffect(() => {
    syncBuiltinTemplates(database).catch((e) => console.error('[Town Crier] syncing built-in templates failed', e));
  }, [database]);

  const c = useComposition(templates, settings, uiLang);
  const { setCompose, resetCompose, setDraftFromCompose, setPlatform, setDraftSource, setComposeUndoable, resetComposeUndoable, undoCompose, canUndo } = useUiStore(
    useShallow((s) => ({
      setCompose: s.setCompose,
      resetCompose: s.resetCompose,
      setComposeUndoable: s.setComposeUndoable,
      resetComposeUndoable: s.resetComposeUndoable,
      undoCompose: s.undoCompose,
      canUndo: s.composeHistory.length > 0,
      setDraftFromCompose: s.setDraftFromCompose,
      setPlatform: s.setPlatform,
      setDraftSource: s.setDraftSource,
    })),
  );
  const { compose, composed, template } = c;

  // Until the admin pastes a notice, picks a template or kind, or fills a field, there is no
  // post yet (not the template's skeleton): nothing to insert, nothing for the checklist.
  const fromTemplate = compose.notice.trim() !== '' || compose.templateId !== null || compose.kindOverride !== null || Object.keys(compose.edits).length > 0;
  const post = fromTemplate || compose.finalText !== null ? c.post : '';

  // The post is the draft the checklist checks and the composer inserts.
  useEffect(() => {
    setDraftFromCompose(post);
    setDraftSource(fromTemplate ? { kind: c.kind, templateId: template.id } : { kind: null, templateId: null });
  }, [post, fromTemplate, c.kind, template.id, setDraftFromCompose, setDraftSource]);

  // Stable, so a keystroke in one field re-renders only that field (the controls are memoised).
  const onFieldChange = useCallback(
    (name: string, value: FieldValue) => setComposeUndoable({ edits: { ...useUiStore.getState().compose.edits, [name]: value } }, `field:${name}`),
    [setComposeUndoable],
  );

  const tooBig = (text: string) => {
    const over = exceedsBytes(text, MAX_NOTICE_BYTES);
    setNoticeTooBig(over ? megabytes(text.length) : null);
    return over;
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    // Over 2 MB is refused before anything parses it (a 5 MB paste froze the panel for 9.7 s).
    const plain = e.clipboardData.getData('text/plain');
    const el0 = e.currentTarget;
    if (tooBig(el0.value.slice(0, el0.selectionStart) + plain + el0.value.slice(el0.selectionEnd))) return void e.preventDefault();
    const html = e.clipboardData.getData('text/html');
    // Markup from a web page becomes text here (never a live document: nothing runs, nothing loads).
    if (!html || !looksLikeHtml(html)) return;
    e.preventDefault();
    const el = e.currentTarget;
    const text = normalizeInput(html);
    const replacesAll = el.selectionStart === 0 && el.selectionEnd === el.value.length;
    const notice = el.value.slice(0, el.selectionStart) + text + el.value.slice(el.selectionEnd);
    if (replacesAll) {
      resetCompose();
      setCompose({ notice });
    } else setCompose({ notice });
  };

  const onNoticeChange = (value: string) => {
    if (tooBig(value)) return;
    // A new notice in an empty field starts a new post (old field edits belong to the old one).
    if (!compose.notice.trim() && value.trim()) {
      resetCompose();
      setCompose({ notice: value });
    } else setCompose({ notice: value });
  };

  // Ctrl+Z (⌘Z) outside text fields undoes the last step of the post; in a text field the
  // browser's own undo of that field's typing wins.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z') return;
      if (isTextField(e.target)) return;
      if (useUiStore.getState().composeHistory.length === 0) return;
      e.preventDefault();
      useUiStore.getState().undoCompose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const write = (
    <div className="compose">
      {/* The tab's own heading keeps the outline whole for screen readers (h1 → h2 → h3). */}
      <h2 className="visually-hidden">{t('compose_heading')}</h2>
      <div className="compose__input stack">
        <div className="field">
          <label htmlFor={`${id}-notice`}>{t('compose_notice_label')}</label>
          <textarea
            id={`${id}-notice`}
            rows={7}
            value={compose.notice}
            aria-describedby={`${id}-notice-hint`}
            onPaste={onPaste}
            onChange={(e) => onNoticeChange(e.target.value)}
          />
          {noticeTooBig !== null && (
            <p role="alert" className="notice notice--error" data-testid="notice-too-big">
              {t('compose_notice_tooBig', { size: noticeTooBig })}
            </p>
          )}
          {draftFailed && (
            <p role="alert" className="notice notice--error" data-testid="draft-save-failed">
              {t('compose_draft_saveFailed')}
            </p>
          )}
          <p id={`${id}-notice-hint`} className="hint small">
            {t('compose_notice_hint')}
          </p>
        </div>
        {c.analysis && !c.analysis.error && (
          <p className="muted small" data-testid="detected">
            {t('compose_detected', { lang: t(c.analysis.lang === 'cs' ? 'compose_lang_cs' : 'compose_lang_en'), kind: t(kindLabelKey(c.analysis.kind)) })}
          </p>
        )}

        <Choices id={id} lang={c.lang} kind={c.kind} template={template} choices={c.choices} />

        <fieldset className="row compose__platform">
          <legend>{t('compose_platform_label')}</legend>
          {PLATFORMS.map((p) => (
            <label key={p} className="check">
              <input type="radio" name={`${id}-platform`} value={p} checked={c.platform === p} onChange={() => setPlatform(p)} />
              {platformName(t, p)}
            </label>
          ))}
        </fieldset>
      </div>

      <div className="compose__output">
        <PostPreview
          post={post}
          platform={c.platform}
          composed={composed}
          // A hand edit only matters when there is a generated post it departs from.
          edited={compose.finalText !== null && fromTemplate}
          stale={c.stale}
          onEdit={(text) => setCompose({ finalText: text, finalBase: compose.finalBase ?? composed.post })}
          onRegenerate={() => setComposeUndoable({ finalText: null, finalBase: null }, 'regenerate')}
          actions={actions}
          copy={copy}
        />
        {canUndo && (
          <button type="button" className="button compose__undo" aria-keyshortcuts="Control+Z" onClick={() => undoCompose()}>
            {t('compose_undoPost')}
          </button>
        )}
      </div>

      <div className="compose__form stack">
        <FieldsForm fields={template.fields} values={composed.values} postLang={c.lang} onChange={onFieldChange} />
        <button type="button" className="button" onClick={() => resetComposeUndoable()}>
          {t('compose_clear')}
        </button>
      </div>
    </div>
  );

  // Two views of one tab: a pair of pressed/not-pressed buttons (not nested tabs, which would
  // read as a second row of the panel's own tabs).
  const views = [
    { id: 'write' as const, label: t('compose_view_write') },
    { id: 'templates' as const, label: t('compose_view_templates') },
  ];
  return (
    <div className="stack">
      <div className="row compose__views" role="group" aria-label={t('compose_view_label')}>
        {views.map((v) => (
          <button
            key={v.id}
            type="button"
            className={`button compose__view${compose.view === v.id ? ' compose__view--on' : ''}`}
            aria-pressed={compose.view === v.id}
            aria-controls={`${id}-view`}
            onClick={() => setCompose({ view: v.id })}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div id={`${id}-view`}>
        {compose.view === 'write' ? (
          write
        ) : templates ? (
          <TemplateLibrary
            database={database}
            templates={templates}
            defaultLang={c.lang}
            onUse={(tpl) => setComposeUndoable({ templateId: tpl.id, kindOverride: tpl.kind, langOverride: tpl.lang, view: 'write', finalText: null, finalBase: null }, 'template')}
          />
        ) : (
          <p className="muted" role="status">
            {t('compose_templatesLoading')}
          </p>
        )}
      </div>
    </div>
  );
}

/** Language, kind and template pickers (memoised: typing in a field does not re-render 50 options). */
const Choices = memo(function Choices({
  id,
  lang,
  kind,
  template,
  choices,
}: {
  id: string;
  lang: 'cs' | 'en';
  kind: PostKindId;
  template: PostTemplate;
  choices: PostTemplate[];
}) {
  const { t } = useT();
  const change = useUiStore((s) => s.setComposeUndoable);
  const setCompose = (patch: Partial<ComposeState>) => change(patch, 'choice');
  return (
    <div className="row compose__choices">
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('compose_lang_label')}</label>
        <select id={`${id}-lang`} value={lang} onChange={(e) => setCompose({ langOverride: e.target.value as 'cs' | 'en', templateId: null })}>
          <option value="cs">{t('compose_lang_cs')}</option>
          <option value="en">{t('compose_lang_en')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('compose_kind_label')}</label>
        <KindSelect id={`${id}-kind`} value={kind} onChange={(k) => setCompose({ kindOverride: k, templateId: null })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-template`}>{t('compose_template_label')}</label>
        <select
          id={`${id}-template`}
          value={template.id}
          onChange={(e) => {
            const chosen = choices.find((x) => x.id === e.target.value);
            if (chosen) setCompose({ templateId: chosen.id, kindOverride: chosen.kind });
          }}
        >
          {!choices.some((x) => x.id === template.id) && <option value={template.id}>{template.name}</option>}
          {choices.map((x) => (
            <option key={x.id} value={x.id}>
              {x.builtin ? x.name : t('compose_template_own', { name: x.name })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
});

/** Where Ctrl+Z belongs to the browser's own undo (typing). */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}
