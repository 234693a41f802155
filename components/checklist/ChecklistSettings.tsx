import { useId, useState } from 'react';
import { useUiStore } from '@/components/app/store';
import { useT } from '@/components/ui/i18n';
import type { Settings } from '@/utils/settings/settings';
import type { updateSettings } from '@/utils/settings/store';

/** What the emoji-limit field accepts: a whole number from 0 to 100. */
const isEmojiLimit = (text: string) => /^\d{1,3}$/.test(text.trim()) && Number(text) <= 100;

/** The checklist's own settings; each change is saved at once (they are plain switches). */
export function ChecklistSettings({ settings, save }: { settings: Settings; save: typeof updateSettings }) {
  const { t } = useT();
  const id = useId();
  const setTab = useUiStore((s) => s.setTab);
  const [status, setStatus] = useState<'idle' | 'saved' | 'error'>('idle');
  // The emoji limit is typed: kept as text until it is a whole number 0–100.
  const [emoji, setEmoji] = useState(String(settings.maxEmoji));
  const [shown, setShown] = useState(settings.maxEmoji);
  if (shown !== settings.maxEmoji) {
    setShown(settings.maxEmoji);
    setEmoji(String(settings.maxEmoji));
  }
  const emojiValid = isEmojiLimit(emoji);

  const change = async (patch: Partial<Settings>) => {
    try {
      await save(patch);
      setStatus('saved');
    } catch (e) {
      console.error('[Town Crier] saving checklist settings failed', e);
      setStatus('error');
    }
  };

  return (
    <details className="cl-section">
      <summary>
        <h3>{t('checklist_settings_title')}</h3>
      </summary>
      <div className="stack">
        <label className="check">
          <input type="checkbox" checked={settings.hashtagIgnoreDiacritics} onChange={(e) => change({ hashtagIgnoreDiacritics: e.target.checked })} />
          {t('checklist_settings_diacritics')}
        </label>
        <label className="check">
          <input type="checkbox" checked={settings.hashtagCamelCase} onChange={(e) => change({ hashtagCamelCase: e.target.checked })} />
          {t('checklist_settings_camelCase')}
        </label>
        <div className="field">
          <label htmlFor={`${id}-emoji`}>{t('checklist_settings_maxEmoji')}</label>
          <input
            id={`${id}-emoji`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            className="cl-number"
            value={emoji}
            aria-invalid={!emojiValid}
            aria-describedby={`${id}-emoji-hint`}
            onChange={(e) => {
              setEmoji(e.target.value);
              if (isEmojiLimit(e.target.value)) void change({ maxEmoji: Number(e.target.value) });
              else setStatus('idle');
            }}
          />
          <p id={`${id}-emoji-hint`} className={emojiValid ? 'hint small' : 'error-text small'}>
            {emojiValid ? t('checklist_settings_maxEmoji_hint') : t('checklist_settings_maxEmoji_invalid')}
          </p>
        </div>
        <p className="hint small">
          {t('checklist_settings_defaultHashtags', { tags: settings.defaultHashtags.join(' ') || '—' })}{' '}
          <button type="button" className="button button--small" onClick={() => setTab('settings')}>
            {t('checklist_settings_open')}
          </button>
        </p>
        <p role="status" className={status === 'error' ? 'error-text small' : 'muted small'}>
          {status === 'saved' ? t('settings_saved') : status === 'error' ? t('settings_saveFailed') : ''}
        </p>
      </div>
    </details>
  );
}
