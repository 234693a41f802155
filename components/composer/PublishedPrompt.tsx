import { useEffect, useId, useState } from 'react';
import { useT } from '@/components/ui/i18n';
import { platformName } from '@/components/ui/platforms';
import { confirmPending, dismissPending, getPending, publishedPending } from '@/utils/publish/pending';
import type { PublishedEvent } from '@/utils/publish/queue';

/**
 * "Published?": one question per submit the content script could not confirm (the composer
 * stayed open). Yes counts the post (once, however often it is asked), No forgets it.
 * Renders nothing when there is no question.
 */
export function PublishedPrompt() {
  const { t, lang } = useT();
  const id = useId();
  const [items, setItems] = useState<PublishedEvent[]>([]);
  const [note, setNote] = useState<'saved' | 'failed' | null>(null);

  useEffect(() => {
    let alive = true;
    const load = () => void getPending().then((list) => alive && setItems(list), () => undefined);
    load();
    const unwatch = publishedPending.watch(load);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  const answer = async (event: PublishedEvent, yes: boolean) => {
    try {
      if (yes) await confirmPending(event);
      else await dismissPending(event);
      setNote(yes ? 'saved' : null);
    } catch (e) {
      console.error('[Town Crier] answering "Published?" failed', e);
      setNote('failed');
    }
    setItems(await getPending().catch(() => items));
  };

  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });
  return (
    <>
      {items.length > 0 && (
        <section className="notice notice--warn stack" aria-labelledby={`${id}-h`}>
          <h2 id={`${id}-h`}>{t('composer_published_title')}</h2>
          {items.map((e, i) => (
            <div key={`${e.hash}-${e.at}`} className="stack">
              <p id={`${id}-q${i}`}>
                {t('composer_published_question', { platform: platformName(t, e.platform), time: time.format(e.at), excerpt: e.excerpt })}
              </p>
              <div className="row">
                <button type="button" className="button button--primary" aria-describedby={`${id}-q${i}`} onClick={() => void answer(e, true)}>
                  {t('composer_published_yes')}
                </button>
                <button type="button" className="button" aria-describedby={`${id}-q${i}`} onClick={() => void answer(e, false)}>
                  {t('composer_published_no')}
                </button>
              </div>
            </div>
          ))}
        </section>
      )}
      <p role="status" className={note === 'failed' ? 'error-text' : 'small'}>
        {note === 'saved' ? t('composer_published_saved') : note === 'failed' ? t('composer_published_failed') : ''}
      </p>
    </>
  );
}
