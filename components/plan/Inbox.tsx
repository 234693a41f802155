import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useT } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import { inboxToDraft, MAX_INBOX_TEXT, type InboxKind } from '@/utils/plan/inbox';
import { createDraft } from '@/utils/plan/repo';
import type { Settings } from '@/utils/settings/settings';

/** Paste what a citizen or a partner sent → a draft (kept locally, sender included). */
export function Inbox({ settings }: { settings: Settings }) {
  const { t, lang } = useT();
  const id = useId();
  const tags = useLiveQuery(() => db.tags.orderBy('name').toArray(), []);
  const [kind, setKind] = useState<InboxKind>('citizen');
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [partnerId, setPartnerId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submit = async () => {
    if (!text.trim()) return;
    const partner = tags?.find((x) => x.id === partnerId);
    const input = inboxToDraft({ kind, text, senderName: name || undefined, contact: contact || undefined, partner, lang, town: settings.townName, hashtags: settings.defaultHashtags });
    const d = await createDraft(input);
    setText('');
    setName('');
    setContact('');
    setDone(d.title);
  };
  return (
    <section className="plan-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="plan-h">{t('plan_inbox_title')}</h2>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span>{t('plan_inbox_kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as InboxKind)} data-testid="inbox-kind">
            <option value="citizen">{t('plan_inbox_kind_citizen')}</option>
            <option value="invitation">{t('plan_inbox_kind_invitation')}</option>
            <option value="partner">{t('plan_inbox_kind_partner')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('plan_inbox_text')}</span>
          <textarea rows={5} value={text} maxLength={MAX_INBOX_TEXT} onChange={(e) => setText(e.target.value)} data-testid="inbox-text" />
        </label>
        {kind === 'partner' ? (
          <label className="field">
            <span>{t('plan_inbox_partner')}</span>
            <select value={partnerId} onChange={(e) => setPartnerId(e.target.value)}>
              <option value="">{t('plan_inbox_partnerNone')}</option>
              {tags?.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <div className="row">
            <label className="field">
              <span>{t('plan_inbox_sender')}</span>
              <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
            </label>
            <label className="field">
              <span>{t('plan_inbox_contact')}</span>
              <input type="text" value={contact} onChange={(e) => setContact(e.target.value)} autoComplete="off" />
            </label>
          </div>
        )}
        <p className="hint small">{t('plan_inbox_private')}</p>
        <button type="submit" className="button button--primary" disabled={!text.trim()} data-testid="inbox-submit">
          {t('plan_inbox_submit')}
        </button>
        {done !== null && (
          <p role="status" className="notice notice--ok small">
            {t('plan_inbox_done', { title: done })}
          </p>
        )}
      </form>
    </section>
  );
}
