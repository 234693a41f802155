import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUiStore } from '@/components/app/store';
import { useT } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import type { PostRecord } from '@/utils/db/types';
import { toLocalIso } from '@/utils/log/day';
import { formatTime } from '@/utils/log/format';
import { deletePost, restorePost, updatePost } from '@/utils/log/store';
import { EntryForm } from './EntryForm';
import { writeLog } from './hooks';
import { entryLabel, SOURCE_KEYS } from './labels';

/** Entries with edit and delete; a deleted entry can be brought back with Undo. */
export function PostList({ posts, empty }: { posts: PostRecord[]; empty: string }) {
  const { t } = useT();
  const [editingId, setEditingId, undo, setUndo] = useUiStore(
    useShallow((s) => [s.logEditingId, s.setLogEditingId, s.logUndo, s.setLogUndo]),
  );

  // The deleted entry's buttons are gone: keyboard focus moves to Undo instead of the page top.
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  useEffect(() => {
    if (undo && focusUndo.current) undoButton.current?.focus();
    focusUndo.current = false;
  }, [undo]);

  const remove = async (post: PostRecord) => {
    const deleted = await writeLog(deletePost(db, post.id));
    if (!deleted) return;
    focusUndo.current = true;
    setUndo(deleted);
  };
  const restore = async () => {
    if (!undo) return;
    await writeLog(restorePost(db, undo));
    setUndo(null);
  };

  return (
    <>
      {posts.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="log-list">
          {posts.map((p) =>
            editingId === p.id ? (
              <li key={p.id} className="log-entry">
                <EntryForm
                  initial={{ platform: p.platform, kind: p.kind, publishedAt: p.publishedAt, excerpt: p.excerpt, note: p.note ?? '' }}
                  submitLabel={t('log_save')}
                  onCancel={() => setEditingId(null)}
                  onSubmit={async (v) => {
                    await writeLog(updatePost(db, p.id, v));
                    setEditingId(null);
                  }}
                />
              </li>
            ) : (
              <PostItem key={p.id} post={p} onEdit={() => setEditingId(p.id)} onDelete={() => void remove(p)} onConfirm={() => void writeLog(updatePost(db, p.id, { uncertain: false }))} />
            ),
          )}
        </ul>
      )}
      <div role="status" className="log-undo">
        {undo && (
          <>
            <span>{t('log_deleted', { what: entryLabel(t, undo) })}</span>{' '}
            <button ref={undoButton} type="button" className="button" onClick={() => void restore()}>
              {t('log_undo')}
            </button>
          </>
        )}
      </div>
    </>
  );
}

function PostItem({ post: p, onEdit, onDelete, onConfirm }: { post: PostRecord; onEdit: () => void; onDelete: () => void; onConfirm: () => void }) {
  const { t, lang } = useT();
  const time = formatTime(lang, p.publishedAt);
  const what = `${time} ${entryLabel(t, p)}`;
  return (
    <li className="log-entry" data-testid="log-entry">
      <div className="log-entry__head">
        <time dateTime={toLocalIso(p.publishedAt)}>{time}</time>
        <span className="log-platform">{entryLabel(t, p)}</span>
        <span className="muted small">{t(SOURCE_KEYS[p.source])}</span>
      </div>
      {p.excerpt && <p className="log-entry__text">{p.excerpt}</p>}
      {p.note && <p className="log-entry__text muted">{p.note}</p>}
      {p.uncertain && (
        <p className="notice notice--warn small">
          {t('log_uncertain')}{' '}
          <button type="button" className="button" onClick={onConfirm}>
            {t('log_uncertain_confirm')}
          </button>
        </p>
      )}
      <div className="row">
        <button type="button" className="button" aria-label={t('log_edit_label', { what })} onClick={onEdit}>
          {t('log_edit')}
        </button>
        <button type="button" className="button" aria-label={t('log_delete_label', { what })} onClick={onDelete}>
          {t('log_delete')}
        </button>
      </div>
    </li>
  );
}
