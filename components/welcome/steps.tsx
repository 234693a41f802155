/** The welcome page's steps (see WelcomeView.tsx). Each saves through the settings store or the checklist's repository. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '@/components/ui/i18n';
import { CategorySelect } from '@/components/checklist/CategorySelect';
import { ProblemList } from '@/components/checklist/parts';
import { SettingsProblems } from '@/components/settings/SettingsView';
import { TAG_CATEGORY_KEYS } from '@/utils/checklist/check';
import { saveTag } from '@/utils/checklist/repo';
import type { Msg } from '@/utils/checklist/types';
import { db } from '@/utils/db/db';
import type { TagCategory } from '@/utils/db/types';
import { FACEBOOK_URL } from '@/utils/log/reminder';
import { targetRange } from '@/utils/log/target';
import { suggestHashtags } from '@/utils/onboarding/hashtags';
import { adoptTownHashtags, keepByDefault, removePartners, suggestTownPartner } from '@/utils/onboarding/partners';
import { MAX_TOWN_NAME, parseHashtags, TARGET_LIMIT, validateSettings, type LanguageSetting, type SettingsProblem } from '@/utils/settings/settings';
import { StepForm, type StepProps } from './StepForm';

export function LanguageStep({ settings, next, actions }: StepProps) {
  const { t } = useT();
  const id = useId();
  const [failed, setFailed] = useState(false);
  const choose = async (language: LanguageSetting) => {
    try {
      setFailed(false);
      await actions.saveSettings({ language });
    } catch (err) {
      console.error('[Town Crier] saving the language failed', err);
      setFailed(true);
    }
  };
  return (
    <StepForm label={t('welcome_step_language')} onSubmit={() => next()}>
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('welcome_language_label')}</label>
        {/* Saved at once: the page switches to the chosen language while the admin watches. */}
        <select
          id={`${id}-lang`}
          value={settings.language}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void choose(e.target.value as LanguageSetting)}
        >
          <option value="auto">{t('settings_language_auto')}</option>
          <option value="cs">čeština</option>
          <option value="en">English</option>
        </select>
        <p id={`${id}-hint`} className="hint small">
          {t('welcome_language_hint')}
        </p>
      </div>
      {failed && (
        <p role="alert" className="notice notice--error">
          {t('welcome_saveFailed')}
        </p>
      )}
    </StepForm>
  );
}

export function TownStep({ settings, next, actions }: StepProps) {
  const { t } = useT();
  const id = useId();
  const [town, setTown] = useState(settings.townName);
  return (
    <StepForm label={t('welcome_step_town')} onSubmit={() => next(() => actions.saveSettings({ townName: town }))}>
      <div className="field">
        <label htmlFor={`${id}-town`}>{t('settings_townName')}</label>
        <input id={`${id}-town`} value={town} maxLength={MAX_TOWN_NAME} autoComplete="off" placeholder={t('settings_townName_placeholder')} aria-describedby={`${id}-hint`} onChange={(e) => setTown(e.target.value)} />
        <p id={`${id}-hint`} className="hint small">
          {t('welcome_town_hint')}
        </p>
      </div>
    </StepForm>
  );
}

export function HashtagsStep({ settings, next, actions }: StepProps) {
  const { t } = useT();
  const id = useId();
  // The saved answer if there is one; otherwise a suggestion from the town's name.
  const suggested = settings.defaultHashtags.length === 0 ? suggestHashtags(settings.townName) : [];
  const [text, setText] = useState((settings.defaultHashtags.length ? settings.defaultHashtags : suggested).join(' '));
  const parsed = parseHashtags(text);
  // The town may have changed since the hashtags were saved: offer its suggestion again.
  const fromTown = suggestHashtags(settings.townName);
  const offer = fromTown.length > 0 && fromTown.some((tag) => !parsed.includes(tag));
  const save = async () => {
    const saved = await actions.saveSettings({ defaultHashtags: parsed });
    await adoptTownHashtags(db, saved.defaultHashtags);
  };
  return (
    <StepForm label={t('welcome_step_hashtags')} onSubmit={() => next(save)}>
      <p>{t('welcome_hashtags_intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t('settings_defaultHashtags')}</label>
        <input id={`${id}-tags`} value={text} autoComplete="off" placeholder="#Zábřeh #MěstoZábřeh" aria-describedby={`${id}-hint ${id}-preview`} onChange={(e) => setText(e.target.value)} />
        <p id={`${id}-hint`} className="hint small">
          {suggested.length > 0 ? t('welcome_hashtags_suggested', { town: settings.townName }) + ' ' : ''}
          {t('welcome_hashtags_hint')}
        </p>
      </div>
      {offer && (
        <button type="button" className="button" onClick={() => setText(fromTown.join(' '))}>
          {t('welcome_hashtags_useSuggestion', { tags: fromTown.join(' ') })}
        </button>
      )}
      <p id={`${id}-preview`} className="small" aria-live="polite" data-testid="hashtag-preview">
        {parsed.length ? t('welcome_hashtags_preview', { tags: parsed.join(' ') }) : t('welcome_hashtags_none')}
      </p>
    </StepForm>
  );
}

export function PartnersStep({ settings, next }: StepProps) {
  const { t } = useT();
  const id = useId();
  const tags = useLiveQuery(() => db.tags.orderBy('name').toArray(), []);
  const [keep, setKeep] = useState<Record<string, boolean>>({});
  const townSuggestion = tags ? suggestTownPartner(tags, settings.townName) : null;
  const [name, setName] = useState<string | null>(null);
  const [category, setCategory] = useState<TagCategory | null>(null);
  const [facebook, setFacebook] = useState('');
  const [instagram, setInstagram] = useState('');
  const [problems, setProblems] = useState<Msg[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  // Until the admin types, the add form offers the town's own page (if it is not listed yet).
  const shownName = name ?? townSuggestion ?? '';
  const shownCategory = category ?? (name === null && townSuggestion ? 'town' : 'other');

  const kept = (tag: { id: string; name: string; starter?: boolean }) => keep[tag.id] ?? keepByDefault(tag, settings.townName);

  const add = async () => {
    setAdded(null);
    const r = await saveTag({ name: shownName, category: shownCategory, facebook, instagram });
    if (!r.ok) return setProblems(r.problems);
    setProblems([]);
    setKeep((k) => ({ ...k, [r.record.id]: true }));
    setAdded(r.record.name);
    setName('');
    setCategory('other');
    setFacebook('');
    setInstagram('');
  };
  // Enter in the add form adds the partner (not "Next" of the whole step).
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void add();
    }
  };

  const removed = (tags ?? []).filter((tag) => !kept(tag)).map((tag) => tag.id);
  return (
    <StepForm label={t('welcome_step_partners')} onSubmit={() => next(() => removePartners(db, removed))}>
      <p>{t('welcome_partners_intro')}</p>
      {tags && tags.length > 0 && (
        <fieldset>
          <legend>{t('welcome_partners_keep')}</legend>
          {tags.map((tag) => (
            <label key={tag.id} className="check">
              <input type="checkbox" checked={kept(tag)} onChange={(e) => setKeep((k) => ({ ...k, [tag.id]: e.target.checked }))} />
              <span>
                {tag.name} <span className="muted small">({t(TAG_CATEGORY_KEYS[tag.category])}{tag.starter ? `, ${t('checklist_example')}` : ''})</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {tags && tags.length === 0 && <p className="empty">{t('tags_none')}</p>}
      <fieldset>
        <legend>{t('welcome_partners_add')}</legend>
        <div className="welcome__grid">
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('tags_name')}</label>
            <input id={`${id}-name`} value={shownName} maxLength={80} placeholder="Policie ČR" onKeyDown={onEnter} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-cat`}>{t('tags_category')}</label>
            <CategorySelect id={`${id}-cat`} value={shownCategory} onChange={setCategory} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-fb`}>{t('tags_facebook')}</label>
            <input id={`${id}-fb`} value={facebook} maxLength={100} onKeyDown={onEnter} onChange={(e) => setFacebook(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-ig`}>{t('tags_instagram')}</label>
            <input id={`${id}-ig`} value={instagram} maxLength={31} onKeyDown={onEnter} onChange={(e) => setInstagram(e.target.value)} />
          </div>
        </div>
        <button type="button" className="button" onClick={() => void add()}>
          {t('welcome_partners_addButton')}
        </button>
        <ProblemList problems={problems} />
        <p role="status" className="small">
          {added ? t('welcome_partners_added', { name: added }) : ''}
        </p>
      </fieldset>
    </StepForm>
  );
}

const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

export function TargetStep({ settings, next, actions }: StepProps) {
  const { t } = useT();
  const id = useId();
  const [min, setMin] = useState(String(settings.targetMin));
  const [max, setMax] = useState(String(settings.targetMax));
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const submit = () => {
    const found = validateSettings({ ...settings, targetMin: num(min), targetMax: num(max) });
    setProblems(found);
    if (found.length) return;
    return next(() => actions.saveSettings({ targetMin: num(min), targetMax: num(max) }));
  };
  const invalid = problems.includes('targetOrder') || problems.includes('targetRange');
  return (
    <StepForm label={t('welcome_step_target')} onSubmit={submit}>
      <p>{t('welcome_target_intro')}</p>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-min`}>{t('settings_targetMin')}</label>
          <input id={`${id}-min`} type="number" inputMode="numeric" min={0} max={TARGET_LIMIT} value={min} aria-invalid={invalid} onChange={(e) => setMin(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-max`}>{t('settings_targetMax')}</label>
          <input id={`${id}-max`} type="number" inputMode="numeric" min={1} max={TARGET_LIMIT} value={max} aria-invalid={invalid} onChange={(e) => setMax(e.target.value)} />
        </div>
      </div>
      <SettingsProblems problems={problems} />
    </StepForm>
  );
}

export function ReminderStep({ settings, next, actions }: StepProps) {
  const { t } = useT();
  const id = useId();
  const [enabled, setEnabled] = useState(settings.reminderEnabled);
  const [time, setTime] = useState(settings.reminderTime);
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const submit = () => {
    const found = validateSettings({ ...settings, reminderEnabled: enabled, reminderTime: time });
    setProblems(found);
    if (found.length) return;
    return next(() => actions.saveSettings({ reminderEnabled: enabled, reminderTime: time }));
  };
  return (
    <StepForm label={t('welcome_step_reminder')} onSubmit={submit}>
      <p>{t('welcome_reminder_intro')}</p>
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        {t('settings_reminderEnabled')}
      </label>
      <div className="field">
        <label htmlFor={`${id}-time`}>{t('settings_reminderTime')}</label>
        <input id={`${id}-time`} type="time" value={time} disabled={!enabled} aria-invalid={problems.includes('reminderTime')} onChange={(e) => setTime(e.target.value)} />
      </div>
      <SettingsProblems problems={problems} />
    </StepForm>
  );
}

const IS_FIREFOX = import.meta.env.BROWSER === 'firefox';

export function FinishStep({ settings, actions, shortcuts, onRestart }: StepProps & { shortcuts: ReactNode; onRestart: () => void }) {
  const { t } = useT();
  const id = useId();
  const none = <span className="muted">{t('welcome_summary_none')}</span>;
  return (
    <div className="stack">
      <p>{t('welcome_finish_intro')}</p>
      <dl className="welcome__summary" aria-label={t('welcome_summary_label')} data-testid="welcome-summary">
        <dt>{t('settings_townName')}</dt>
        <dd>{settings.townName || none}</dd>
        <dt>{t('settings_defaultHashtags')}</dt>
        <dd>{settings.defaultHashtags.join(' ') || none}</dd>
        <dt>{t('settings_target')}</dt>
        <dd>{targetRange(settings)}</dd>
        <dt>{t('settings_reminder')}</dt>
        <dd>{settings.reminderEnabled ? settings.reminderTime : t('welcome_summary_off')}</dd>
      </dl>

      <h3 id={`${id}-open`}>{t('welcome_open_title')}</h3>
      <ol className="welcome__howto" aria-labelledby={`${id}-open`}>
        <li>{t('welcome_open_1')}</li>
        <li>
          <img src="/icon/16.png" alt="" width={16} height={16} /> {t(IS_FIREFOX ? 'welcome_open_2_firefox' : 'welcome_open_2')}
        </li>
        <li>{t(IS_FIREFOX ? 'welcome_open_3_firefox' : 'welcome_open_3')}</li>
      </ol>

      <h3>{t('welcome_rewrite_title')}</h3>
      <p>{t('welcome_rewrite_text')}</p>

      <h3>{t('welcome_shortcuts_title')}</h3>
      {shortcuts}

      <div className="row">
        <button type="button" className="button button--primary" onClick={() => void actions.openTab(FACEBOOK_URL)}>
          {t('popup_openFacebook')}
        </button>
        <button type="button" className="button" onClick={onRestart}>
          {t('welcome_restart')}
        </button>
      </div>
    </div>
  );
}
