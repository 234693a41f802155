/**
 * Editing a template: name, language, kind, networks, hashtags, both texts and the form's
 * fields. Saving checks the template exactly as an import would; a built-in template is never
 * changed (saving makes the admin's own copy).
 */
import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/components/ui/i18n';
import { platformName } from '@/components/ui/platforms';
import { PLATFORMS } from '@/utils/hosts/hosts';
import type { TownCrierDB } from '@/utils/db/db';
import type { MessageKey } from '@/utils/i18n/i18n';
import { KIND_TAG_CATEGORIES, type PostKindId } from '@/utils/kinds';
import { KindSelect } from './KindSelect';
import { parseHashtags } from '@/utils/settings/settings';
import { checkTemplate } from '@/utils/templates/io';
import { createTemplate, saveTemplate } from '@/utils/templates/repo';
import { FIELD_TYPES, type FieldType, type PostTemplate, type TemplateContent, type TemplateField } from '@/utils/templates/types';

interface Draft {
  name: string;
  lang: 'cs' | 'en';
  kind: PostKindId;
  facebook: boolean;
  instagram: boolean;
  emoji: string;
  hashtags: string;
  facebookText: string;
  instagramText: string;
  fields: (TemplateField & { optionsText: string })[];
}

function toDraft(t: PostTemplate): Draft {
  return {
    name: t.name,
    lang: t.lang,
    kind: t.kind,
    facebook: t.platforms.includes('facebook'),
    instagram: t.platforms.includes('instagram'),
    emoji: t.emoji,
    hashtags: t.hashtags.join(' '),
    facebookText: t.facebook,
    instagramText: t.instagram,
    fields: t.fields.map((f) => ({ ...f, optionsText: (f.options ?? []).join(', ') })),
  };
}

export function TemplateEditor({
  database,
  template,
  isNew,
  onDone,
}: {
  database: TownCrierDB;
  /** The template being edited (for a new one: the one it starts from). */
  template: PostTemplate;
  isNew: boolean;
  onDone: (saved: PostTemplate | null, message?: string) => void;
}) {
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(template));
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setField = (i: number, patch: Partial<Draft['fields'][number]>) =>
    setDraft((d) => ({ ...d, fields: d.fields.map((f, k) => (k === i ? { ...f, ...patch } : f)) }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const content = {
      name: draft.name,
      lang: draft.lang,
      kind: draft.kind,
      platforms: [...(draft.facebook ? ['facebook'] : []), ...(draft.instagram ? ['instagram'] : [])],
      hashtags: parseHashtags(draft.hashtags),
      tagCategories: draft.kind === template.kind ? template.tagCategories : [...KIND_TAG_CATEGORIES[draft.kind]],
      fields: draft.fields.map(({ optionsText, ...f }) => {
        const field: TemplateField = { ...f, name: f.name.trim(), label: f.label.trim() };
        if (f.type === 'choice') field.options = optionsText.split(',').map((o) => o.trim()).filter(Boolean);
        else delete field.options;
        if (field.default !== undefined && !defaultFitsType(field.type, field.default)) delete field.default;
        return field;
      }),
      facebook: draft.facebookText,
      instagram: draft.instagramText,
      emoji: draft.emoji.trim(),
      ...(template.basedOn ? { basedOn: template.basedOn } : {}),
    };
    const checked = checkTemplate(content);
    if (!checked.ok) {
      setProblem(`${t('template_problemPrefix')} ${t(`template_problem_${checked.problem}` as MessageKey, { detail: checked.detail })}`);
      return;
    }
    try {
      const saved = isNew ? await createTemplate(database, checked.template as TemplateContent) : await saveTemplate(database, template.id, checked.template);
      onDone(saved, t('template_saved', { name: saved.name }));
    } catch (err) {
      console.error('[Town Crier] saving a template failed', err);
      setProblem(t('template_saveFailed', { reason: err instanceof Error ? err.message : String(err) }));
    }
  };

  return (
    <form className="stack compose__editor" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{isNew ? t('template_editor_new') : t('template_editor_edit')}</h2>
      {template.builtin && !isNew && <p className="notice">{t('template_editor_builtinNote')}</p>}

      <div className="field">
        <label htmlFor={`${id}-name`}>{t('template_name')}</label>
        <input id={`${id}-name`} value={draft.name} maxLength={100} onChange={(e) => set('name', e.target.value)} />
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('template_lang')}</label>
          <select id={`${id}-lang`} value={draft.lang} onChange={(e) => set('lang', e.target.value as 'cs' | 'en')}>
            <option value="cs">{t('compose_lang_cs')}</option>
            <option value="en">{t('compose_lang_en')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('template_kind')}</label>
          <KindSelect id={`${id}-kind`} value={draft.kind} onChange={(k) => set('kind', k)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-emoji`}>{t('template_emoji')}</label>
          <input id={`${id}-emoji`} value={draft.emoji} maxLength={16} size={4} onChange={(e) => set('emoji', e.target.value)} />
        </div>
      </div>
      <fieldset>
        <legend>{t('template_platforms')}</legend>
        {PLATFORMS.map((p) => (
          <label key={p} className="check">
            <input type="checkbox" checked={draft[p]} onChange={(e) => set(p, e.target.checked)} /> {platformName(t, p)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t('template_hashtags')}</label>
        <input id={`${id}-tags`} value={draft.hashtags} aria-describedby={`${id}-tags-hint`} onChange={(e) => set('hashtags', e.target.value)} />
        <p id={`${id}-tags-hint`} className="hint small">
          {t('template_hashtagsHint')}
        </p>
      </div>
      <p id={`${id}-text-hint`} className="hint small">
        {t('template_textHint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-fb`}>{t('template_facebookText')}</label>
        <textarea id={`${id}-fb`} rows={12} value={draft.facebookText} aria-describedby={`${id}-text-hint`} onChange={(e) => set('facebookText', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-ig`}>{t('template_instagramText')}</label>
        <textarea id={`${id}-ig`} rows={8} value={draft.instagramText} aria-describedby={`${id}-text-hint`} onChange={(e) => set('instagramText', e.target.value)} />
      </div>

      <fieldset>
        <legend>{t('template_fields')}</legend>
        {draft.fields.map((f, i) => (
          <fieldset key={i} className="compose__fieldrow">
            <legend className="visually-hidden">{t('template_fieldGroup', { name: f.name || String(i + 1) })}</legend>
            <div className="row">
              <div className="field">
                <label htmlFor={`${id}-f${i}-name`}>{t('template_fieldName')}</label>
                <input id={`${id}-f${i}-name`} value={f.name} size={12} onChange={(e) => setField(i, { name: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-f${i}-label`}>{t('template_fieldLabel')}</label>
                <input id={`${id}-f${i}-label`} value={f.label} onChange={(e) => setField(i, { label: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-f${i}-type`}>{t('template_fieldType')}</label>
                <select id={`${id}-f${i}-type`} value={f.type} onChange={(e) => setField(i, { type: e.target.value as FieldType })}>
                  {FIELD_TYPES.map((ft) => (
                    <option key={ft} value={ft}>
                      {t(`template_fieldType_${ft}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </div>
              <label className="check">
                <input type="checkbox" checked={!!f.required} onChange={(e) => setField(i, { required: e.target.checked || undefined })} />
                {t('template_fieldRequired')}
              </label>
              <button
                type="button"
                className="button"
                aria-label={t('template_removeField', { name: f.name || String(i + 1) })}
                onClick={() => setDraft((d) => ({ ...d, fields: d.fields.filter((_, k) => k !== i) }))}
              >
                ✕
              </button>
            </div>
            {f.type === 'choice' && (
              <div className="field">
                <label htmlFor={`${id}-f${i}-options`}>{t('template_fieldOptions')}</label>
                <input id={`${id}-f${i}-options`} value={f.optionsText} onChange={(e) => setField(i, { optionsText: e.target.value })} />
              </div>
            )}
          </fieldset>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => setDraft((d) => ({ ...d, fields: [...d.fields, { name: `field${d.fields.length + 1}`, type: 'text', label: '', optionsText: '' }] }))}
        >
          {t('template_addField')}
        </button>
      </fieldset>

      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button--primary">
          {t('template_save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('template_cancel')}
        </button>
      </div>
    </form>
  );
}

function defaultFitsType(type: FieldType, v: unknown): boolean {
  if (type === 'toggle') return typeof v === 'boolean';
  if (type === 'list') return Array.isArray(v);
  return typeof v === 'string';
}
