import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/components/ui/i18n';
import { updateSettings } from '@/utils/settings/store';
import {
  parseHashtags,
  validateSettings,
  TARGET_LIMIT,
  type LanguageSetting,
  type Settings,
  type SettingsProblem,
} from '@/utils/settings/settings';

/** Settings form. Edits stay local until "Save", so a half-typed value never reaches the background. */
export function SettingsView({ settings, save = updateSettings }: { settings: Settings; save?: typeof updateSettings }) {
  const { t } = useT();
  const id = useId();
  const [form, setForm] = useState<Settings>(settings);
  const [hashtagText, setHashtagText] = useState(settings.defaultHashtags.join(' '));
  const [status, setStatus] = useState<'idle' | 'saved' | 'error'>('idle');
  const [problems, setProblems] = useState<SettingsProblem[]>([]);

  // Another context (the welcome page, a second panel) changed the settings: show them.
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    setShown(settings);
    setForm(settings);
    setHashtagText(settings.defaultHashtags.join(' '));
  }

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setStatus('idle');
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const next = { ...form, defaultHashtags: parseHashtags(hashtagText) };
    const found = validateSettings(next);
    setProblems(found);
    if (found.length) return;
    try {
      const saved = await save(next);
      setHashtagText(saved.defaultHashtags.join(' '));
      setStatus('saved');
    } catch (err) {
      console.error('[Town Crier] saving settings failed', err);
      setStatus('error');
    }
  };

  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

  return (
    <form className="stack" onSubmit={onSubmit} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>{t('settings_title')}</h2>

      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('settings_language')}</label>
        <select id={`${id}-lang`} value={form.language} onChange={(e) => set('language', e.target.value as LanguageSetting)}>
          <option value="auto">{t('settings_language_auto')}</option>
          <option value="cs">čeština</option>
          <option value="en">English</option>
        </select>
      </div>

      <div className="field">
        <label htmlFor={`${id}-town`}>{t('settings_townName')}</label>
        <input id={`${id}-town`} value={form.townName} maxLength={80} autoComplete="off" placeholder={t('settings_townName_placeholder')} onChange={(e) => set('townName', e.target.value)} />
      </div>

      <div className="field">
        <label htmlFor={`${id}-tags`}>{t('settings_defaultHashtags')}</label>
        <input id={`${id}-tags`} value={hashtagText} aria-describedby={`${id}-tags-hint`} placeholder="#Zábřeh #MěstoZábřeh" onChange={(e) => { setHashtagText(e.target.value); setStatus('idle'); }} />
        <p id={`${id}-tags-hint`} className="hint">{t('settings_defaultHashtags_hint')}</p>
      </div>

      <fieldset>
        <legend>{t('settings_target')}</legend>
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-min`}>{t('settings_targetMin')}</label>
            <input id={`${id}-min`} type="number" inputMode="numeric" min={0} max={TARGET_LIMIT} value={Number.isNaN(form.targetMin) ? '' : form.targetMin} aria-invalid={problems.includes('targetOrder') || problems.includes('targetRange')} onChange={(e) => set('targetMin', num(e.target.value))} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-max`}>{t('settings_targetMax')}</label>
            <input id={`${id}-max`} type="number" inputMode="numeric" min={1} max={TARGET_LIMIT} value={Number.isNaN(form.targetMax) ? '' : form.targetMax} aria-invalid={problems.includes('targetOrder') || problems.includes('targetRange')} onChange={(e) => set('targetMax', num(e.target.value))} />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-mode`}>{t('settings_targetMode')}</label>
          <select id={`${id}-mode`} value={form.targetMode} onChange={(e) => set('targetMode', e.target.value as Settings['targetMode'])}>
            <option value="combined">{t('settings_targetMode_combined')}</option>
            <option value="perPlatform">{t('settings_targetMode_perPlatform')}</option>
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={form.weekendsCount} onChange={(e) => set('weekendsCount', e.target.checked)} />
          {t('settings_weekendsCount')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('settings_reminder')}</legend>
        <label className="check">
          <input type="checkbox" checked={form.reminderEnabled} onChange={(e) => set('reminderEnabled', e.target.checked)} />
          {t('settings_reminderEnabled')}
        </label>
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('settings_reminderTime')}</label>
          <input id={`${id}-time`} type="time" value={form.reminderTime} disabled={!form.reminderEnabled} aria-invalid={problems.includes('reminderTime')} onChange={(e) => set('reminderTime', e.target.value)} />
        </div>
      </fieldset>

      <SettingsProblems problems={problems} />

      <div className="row">
        <button type="submit" className="button button--primary">{t('settings_save')}</button>
        <span role="status" className={status === 'error' ? 'error-text' : 'muted'}>
          {status === 'saved' ? t('settings_saved') : status === 'error' ? t('settings_saveFailed') : ''}
        </span>
      </div>
    </form>
  );
}

/** What is wrong with the settings as typed (also shown by the welcome page's steps). */
export function SettingsProblems({ problems }: { problems: readonly SettingsProblem[] }) {
  const { t } = useT();
  if (!problems.length) return null;
  return (
    <ul role="alert" className="notice notice--error">
      {problems.map((p) => (
        <li key={p}>{t(`settings_problem_${p}`)}</li>
      ))}
    </ul>
  );
}
