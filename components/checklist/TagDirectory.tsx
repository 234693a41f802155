import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/components/ui/i18n';
import { ProblemList, SaveCancel, UndoDelete } from './parts';
import { CategorySelect } from '@/components/checklist/CategorySelect';
import { TAG_CATEGORY_KEYS } from '@/utils/checklist/check';
import { deleteTag, restoreTag, saveTag } from '@/utils/checklist/repo';
import type { Msg } from '@/utils/checklist/types';
import { db } from '@/utils/db/db';
import type { TagCategory, TagRecord } from '@/utils/db/types';

/** Partners the town tags (police, firefighters, clubs…): how each is tagged on Facebook and Instagram. */
export function TagDirectory() {
  const { t } = useT();
  const id = useId();
  const tags = useLiveQuery(() => db.tags.orderBy('name').toArray(), []);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [deleted, setDeleted] = useState<TagRecord | null>(null);

  return (
    <details className="cl-section">
      <summary>
        <h3 id={`${id}-h`}>{t('tags_title')}</h3>
      </summary>
      <p className="hint small">{t('tags_intro')}</p>
      <UndoDelete
        text={deleted ? t('tags_deleted', { name: deleted.name }) : null}
        onUndo={async () => {
          if (deleted) await restoreTag(deleted);
          setDeleted(null);
        }}
      />
      {tags === undefined ? null : tags.length === 0 ? (
        <p className="empty">{t('tags_none')}</p>
      ) : (
        <ul className="cl-records" aria-labelledby={`${id}-h`}>
          {tags.map((tag) =>
            editing === tag.id ? (
              <li key={tag.id}>
                <TagForm tag={tag} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={tag.id} className="cl-record" data-testid="tag-partner">
                <div className="cl-record__main">
                  <strong>{tag.name}</strong> <span className="cl-badge">{t(TAG_CATEGORY_KEYS[tag.category])}</span>
                  {tag.starter && <span className="cl-badge">{t('checklist_example')}</span>}
                  <p className="small">
                    Facebook: {tag.facebook ? `@${tag.facebook}` : <span className="muted">{t('tags_notSet')}</span>} · Instagram:{' '}
                    {tag.instagram ? `@${tag.instagram}` : <span className="muted">{t('tags_notSet')}</span>}
                  </p>
                </div>
                <div className="row">
                  <button type="button" className="button button--small" aria-label={t('checklist_edit_named', { name: tag.name })} onClick={() => setEditing(tag.id)}>
                    {t('checklist_edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('checklist_delete_named', { name: tag.name })}
                    onClick={async () => setDeleted((await deleteTag(tag.id)) ?? null)}
                  >
                    {t('checklist_delete')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {editing === 'new' ? (
        <TagForm onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('tags_new')}
        </button>
      )}
    </details>
  );
}

function TagForm({ tag, onDone }: { tag?: TagRecord; onDone: () => void }) {
  const { t } = useT();
  const id = useId();
  const [name, setName] = useState(tag?.name ?? '');
  const [category, setCategory] = useState<TagCategory>(tag?.category ?? 'other');
  const [facebook, setFacebook] = useState(tag?.facebook ?? '');
  const [instagram, setInstagram] = useState(tag?.instagram ?? '');
  const [problems, setProblems] = useState<Msg[]>([]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await saveTag({ id: tag?.id, name, category, facebook, instagram });
    if (r.ok) onDone();
    else setProblems(r.problems);
  };

  return (
    <form className="cl-form stack" onSubmit={submit} aria-label={tag ? t('checklist_edit_named', { name: tag.name }) : t('tags_new')} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('tags_name')}</label>
        <input id={`${id}-name`} value={name} maxLength={80} placeholder="Policie ČR" onChange={(e) => setName(e.target.value)} autoFocus />
      </div>
      <div className="field">
        <label htmlFor={`${id}-cat`}>{t('tags_category')}</label>
        <CategorySelect id={`${id}-cat`} value={category} onChange={setCategory} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-fb`}>{t('tags_facebook')}</label>
        <input id={`${id}-fb`} value={facebook} maxLength={100} placeholder="Policie ČR" aria-describedby={`${id}-fb-hint`} onChange={(e) => setFacebook(e.target.value)} />
        <p id={`${id}-fb-hint`} className="hint small">
          {t('tags_facebook_hint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-ig`}>{t('tags_instagram')}</label>
        <input id={`${id}-ig`} value={instagram} maxLength={31} placeholder="policiecz" aria-describedby={`${id}-ig-hint`} onChange={(e) => setInstagram(e.target.value)} />
        <p id={`${id}-ig-hint`} className="hint small">
          {t('tags_instagram_hint')}
        </p>
      </div>
      <ProblemList problems={problems} />
      <SaveCancel onCancel={onDone} />
    </form>
  );
}
