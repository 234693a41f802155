import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/components/ui/i18n';
import { platformName } from '@/components/ui/platforms';
import { PLATFORMS } from '@/utils/hosts/hosts';
import { ProblemList, SaveCancel, UndoDelete } from './parts';
import { addHashtags } from '@/utils/checklist/fixes';
import { deleteHashtagSet, moveHashtagSet, restoreHashtagSet, saveHashtagSet } from '@/utils/checklist/repo';
import type { Msg } from '@/utils/checklist/types';
import { db } from '@/utils/db/db';
import type { HashtagSetRecord, Platform } from '@/utils/db/types';
import type { Settings } from '@/utils/settings/settings';


/** Hashtag sets: named groups the admin adds to posts in one click; some required on a platform. */
export function HashtagSetsEditor({
  draft,
  settings,
  onAddToDraft,
}: {
  draft: string;
  settings: Settings;
  onAddToDraft: (next: string, label: Msg) => void;
}) {
  const { t } = useT();
  const id = useId();
  const sets = useLiveQuery(() => db.hashtagSets.orderBy('order').toArray(), []);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [deleted, setDeleted] = useState<HashtagSetRecord | null>(null);

  const remove = async (set: HashtagSetRecord) => {
    const old = await deleteHashtagSet(set.id);
    setDeleted(old ?? null);
  };

  return (
    <details className="cl-section" open>
      <summary>
        <h3 id={`${id}-h`}>{t('hashtags_title')}</h3>
      </summary>
      <p className="hint small">{t('hashtags_intro')}</p>
      <UndoDelete
        text={deleted ? t('hashtags_deleted', { name: deleted.name }) : null}
        onUndo={async () => {
          if (deleted) await restoreHashtagSet(deleted);
          setDeleted(null);
        }}
      />
      {sets === undefined ? null : sets.length === 0 ? (
        <p className="empty">{t('hashtags_none')}</p>
      ) : (
        <ul className="cl-records" aria-labelledby={`${id}-h`}>
          {sets.map((set, i) =>
            editing === set.id ? (
              <li key={set.id}>
                <SetForm set={set} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={set.id} className="cl-record" data-testid="hashtag-set">
                <div className="cl-record__main">
                  <strong>{set.name}</strong>
                  {set.starter && <span className="cl-badge">{t('checklist_example')}</span>}
                  {set.requiredOn.length > 0 && (
                    <span className="cl-badge cl-badge--strong">{t('hashtags_requiredOn', { platforms: set.requiredOn.map((p) => platformName(t, p)).join(', ') })}</span>
                  )}
                  <p className="cl-record__tags">{set.hashtags.join(' ')}</p>
                </div>
                <div className="row">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onAddToDraft(addHashtags(draft, set.hashtags, { ignoreDiacritics: settings.hashtagIgnoreDiacritics }), { key: 'hashtags_added', params: { name: set.name } })}
                  >
                    {t('hashtags_addToPost')}
                  </button>
                  <button type="button" className="button button--small" aria-label={t('checklist_edit_named', { name: set.name })} onClick={() => setEditing(set.id)}>
                    {t('checklist_edit')}
                  </button>
                  <button type="button" className="button button--small" aria-label={t('checklist_delete_named', { name: set.name })} onClick={() => remove(set)}>
                    {t('checklist_delete')}
                  </button>
                  <button type="button" className="button button--small" aria-label={t('hashtags_moveUp', { name: set.name })} disabled={i === 0} onClick={() => moveHashtagSet(set.id, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('hashtags_moveDown', { name: set.name })}
                    disabled={i === sets.length - 1}
                    onClick={() => moveHashtagSet(set.id, 1)}
                  >
                    ↓
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {editing === 'new' ? (
        <SetForm onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('hashtags_new')}
        </button>
      )}
    </details>
  );
}

/** Adds or edits one set; nothing is saved until the values are valid. */
function SetForm({ set, onDone }: { set?: HashtagSetRecord; onDone: () => void }) {
  const { t } = useT();
  const id = useId();
  const [name, setName] = useState(set?.name ?? '');
  const [tags, setTags] = useState(set?.hashtags.join(' ') ?? '');
  const [requiredOn, setRequiredOn] = useState<Platform[]>(set?.requiredOn ?? []);
  const [problems, setProblems] = useState<Msg[]>([]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const hashtags = tags.split(/[\s,;]+/).filter(Boolean);
    const r = await saveHashtagSet({ id: set?.id, name, hashtags, requiredOn });
    if (r.ok) onDone();
    else setProblems(r.problems);
  };

  return (
    <form className="cl-form stack" onSubmit={submit} aria-label={set ? t('checklist_edit_named', { name: set.name }) : t('hashtags_new')} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('hashtags_name')}</label>
        <input id={`${id}-name`} value={name} maxLength={80} placeholder={t('hashtags_name_placeholder')} onChange={(e) => setName(e.target.value)} autoFocus />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t('hashtags_tags')}</label>
        <input id={`${id}-tags`} value={tags} placeholder="#Zábřeh #MěstoZábřeh" aria-describedby={`${id}-tags-hint`} onChange={(e) => setTags(e.target.value)} />
        <p id={`${id}-tags-hint`} className="hint small">
          {t('settings_defaultHashtags_hint')}
        </p>
      </div>
      <fieldset>
        <legend>{t('hashtags_required')}</legend>
        {PLATFORMS.map((p) => (
          <label key={p} className="check">
            <input
              type="checkbox"
              checked={requiredOn.includes(p)}
              onChange={(e) => setRequiredOn((r) => (e.target.checked ? [...r, p] : r.filter((x) => x !== p)))}
            />
            {platformName(t, p)}
          </label>
        ))}
      </fieldset>
      <ProblemList problems={problems} />
      <SaveCancel onCancel={onDone} />
    </form>
  );
}
