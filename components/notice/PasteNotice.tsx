import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/components/ui/i18n';
import { makePendingNotice, type PendingNotice } from '@/utils/notice/pending';
import { setPendingNotice } from '@/utils/notice/store';

/**
 * The toolbar popup on other sites: a box to paste a notice into. It becomes the pending
 * notice that the panel takes into the Compose tab on Facebook or Instagram.
 */
export function PasteNotice({ save = setPendingNotice }: { save?: (n: PendingNotice) => Promise<void> }) {
  const { t } = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'saved' | 'empty' | 'failed' | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const notice = makePendingNotice(text, 'popup', Date.now());
    if (!notice) return setStatus('empty');
    try {
      await save(notice);
      setText('');
      setStatus('saved');
    } catch (err) {
      console.error('[Town Crier] saving the pasted notice failed', err);
      setStatus('failed');
    }
  };

  const problem = status === 'empty' || status === 'failed';
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('notice_paste_button')}>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('notice_paste_label')}</label>
        <textarea
          id={`${id}-text`}
          rows={5}
          value={text}
          aria-describedby={`${id}-hint`}
          aria-invalid={status === 'empty'}
          onChange={(e) => {
            setText(e.target.value);
            setStatus(null);
          }}
        />
        <p id={`${id}-hint`} className="hint small">
          {t('notice_paste_hint')}
        </p>
      </div>
      <button type="submit" className="button button--primary">
        {t('notice_paste_button')}
      </button>
      <p role={problem ? 'alert' : 'status'} className={problem ? 'error-text small' : 'small'}>
        {status === 'saved' ? t('notice_paste_saved') : status === 'empty' ? t('notice_paste_empty') : status === 'failed' ? t('notice_paste_failed') : ''}
      </p>
    </form>
  );
}
