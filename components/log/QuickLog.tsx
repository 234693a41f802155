import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUiStore } from '@/components/app/store';
import { useT } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import type { Platform, PostKind } from '@/utils/db/types';
import { formatTime } from '@/utils/log/format';
import { MAX_NOTE } from '@/utils/log/limits';
import { addPost, logByHand } from '@/utils/log/store';
import { EntryForm } from './EntryForm';
import { writeLog } from './hooks';
import { platformName } from '@/components/ui/platforms';
import { entryLabel } from './labels';

/** "+1 Facebook" / "+1 Instagram" / "+1 story": one click logs what the admin just published. */
export function QuickLog() {
  const { t, lang } = useT();
  const id = useId();
  const [storyPlatform, setStoryPlatform] = useUiStore(useShallow((s) => [s.logStoryPlatform, s.setLogStoryPlatform]));
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [otherOpen, setOtherOpen] = useState(false);

  const logged = (platform: Platform, kind: PostKind, at: number) =>
    setStatus({ ok: true, text: t('log_quick_logged', { what: entryLabel(t, { platform, kind }), time: formatTime(lang, at) }) });

  const plusOne = async (platform: Platform, kind: PostKind) => {
    try {
      const post = await writeLog(logByHand(db, { platform, kind, note }));
      setNote('');
      logged(platform, kind, post.publishedAt);
    } catch (err) {
      console.error('[Town Crier] logging failed', err);
      setStatus({ ok: false, text: t('log_saveFailed') });
    }
  };

  return (
    <section className="log-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('log_quick_title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('log_quick_note')}</label>
        <input id={`${id}-note`} value={note} maxLength={MAX_NOTE} autoComplete="off" placeholder={t('log_quick_notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="row log-quick">
        <button type="button" className="button button--primary" onClick={() => void plusOne('facebook', 'post')}>
          {t('log_quick_plusFacebook')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void plusOne('instagram', 'post')}>
          {t('log_quick_plusInstagram')}
        </button>
        <span className="log-quick__story">
          <button type="button" className="button button--primary" onClick={() => void plusOne(storyPlatform, 'story')}>
            {t('log_quick_plusStory')}
          </button>
          <label className="visually-hidden" htmlFor={`${id}-story`}>
            {t('log_quick_storyPlatform')}
          </label>
          <select id={`${id}-story`} value={storyPlatform} onChange={(e) => setStoryPlatform(e.target.value as Platform)}>
            {(['instagram', 'facebook'] as const).map((p) => (
              <option key={p} value={p}>{platformName(t, p)}</option>
            ))}
          </select>
        </span>
      </div>
      <p role="status" className={status?.ok === false ? 'error-text' : 'muted'}>
        {status?.text ?? ''}
      </p>
      <details open={otherOpen} onToggle={(e) => setOtherOpen(e.currentTarget.open)}>
        <summary>{t('log_quick_differently')}</summary>
        {otherOpen && (
          <EntryForm
            initial={{ platform: 'facebook', kind: 'post', excerpt: '', note: '' }}
            submitLabel={t('log_quick_otherSubmit')}
            onSubmit={async (v) => {
              await writeLog(addPost(db, { ...v, source: 'manual' }));
              logged(v.platform, v.kind, v.publishedAt);
              setOtherOpen(false);
            }}
          />
        )}
      </details>
    </section>
  );
}
