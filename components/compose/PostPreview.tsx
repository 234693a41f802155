/**
 * The finished post: editable as final text, with character counts, what to check (facts not in
 * the post, a corrected weekday, Instagram's limits) and the action row (Copy; the composer's
 * "Insert into post" goes into the same row).
 */
import { memo, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '@/components/ui/i18n';
import type { MessageKey } from '@/utils/i18n/i18n';
import type { Platform } from '@/utils/hosts/hosts';
import { hashtagsIn, instagramProblems } from '@/utils/rewrite/checks';
import { postChars, seenAsPeople } from '@/utils/compose/seen';
import type { Composed, Fact, RewriteWarning } from '@/utils/rewrite/index';

export interface PreviewProps {
  post: string;
  platform: Platform;
  composed: Composed;
  edited: boolean;
  stale: boolean;
  onEdit: (text: string) => void;
  onRegenerate: () => void;
  /** Where the composer's actions (Insert into post…) go, next to Copy. */
  actions?: ReactNode;
  copy?: (text: string) => Promise<void>;
}

const defaultCopy = (text: string) => navigator.clipboard.writeText(text);

export function PostPreview({ post, platform, composed, edited, stale, onEdit, onRegenerate, actions, copy = defaultCopy }: PreviewProps) {
  const { t, tp } = useT();
  const id = useId();
  // The status belongs to the text it was about: a changed post makes an old "Copied" disappear.
  const [saved, setStatus] = useState<{ kind: 'ok' | 'error'; text: string; post: string } | null>(null);
  const status = saved && saved.post === post ? saved : null;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const doCopy = async (text: string, done: string) => {
    try {
      await copy(text);
      setStatus({ kind: 'ok', text: done, post });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setStatus(null), 8000);
    } catch (e) {
      console.error('[Town Crier] copy failed', e);
      setStatus({ kind: 'error', text: t('compose_copyFailed'), post });
    }
  };

  // The Checklist's count (utils/compose/seen.ts), so both tabs show one number.
  const length = postChars(post);
  const ig = platform === 'instagram' ? instagramProblems(post) : null;
  const warnings = warningTexts(composed.warnings, composed.missingFacts, t);
  if (ig?.tooLong) warnings.push(t('compose_igTooLong'));
  if (ig?.tooManyHashtags) warnings.push(t('compose_igTooManyTags', { count: hashtagsIn(post).length }));
  if (ig?.bareLink) warnings.push(t('compose_igBareLink'));
  if (ig?.keyMessageHidden) warnings.push(t('compose_igKeyHidden'));

  return (
    <div className="compose__preview stack">
      <div className="field">
        <label id={`${id}-label`} htmlFor={`${id}-post`}>
          {t('compose_preview_label')}
        </label>
        <textarea
          id={`${id}-post`}
          className="compose__post"
          rows={Math.min(22, Math.max(8, post.split('\n').length + 1))}
          value={post}
          placeholder={t('compose_preview_empty')}
          aria-describedby={`${id}-counts`}
          spellCheck
          onChange={(e) => onEdit(e.target.value)}
        />
        <p id={`${id}-counts`} className="hint small" data-testid="post-counts">
          {platform === 'instagram'
            ? t('compose_igCount', { count: length.toLocaleString(), tags: hashtagsIn(post).length })
            : `${tp('compose_chars', length)} · ${t('compose_fbVisible')}`}
        </p>
      </div>
      {post.trim() && <SeenAsPeople post={post} platform={platform} linkInBio={composed.linkInBio.length > 0} />}

      {edited && (
        <div className="notice notice--warn" role="status">
          <p>{stale ? `${t('compose_edited')} ${t('compose_stale')}` : t('compose_edited')}</p>
          <button type="button" className="button" onClick={onRegenerate}>
            {t('compose_regenerate')}
          </button>
        </div>
      )}

      {(warnings.length > 0 || composed.linkInBio.length > 0) && (
        <div className="notice notice--warn" data-testid="post-warnings">
          {/* h2: the first heading of the tab after the panel's h1 (an h3 here broke the heading order). */}
          <h2 className="compose__warnings-title">{t('compose_warnings_title')}</h2>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
            {composed.linkInBio.map((url) => (
              <li key={url}>
                {t('compose_linkInBio', { url })}{' '}
                <button type="button" className="button small" onClick={() => doCopy(url, t('compose_linkCopied'))}>
                  {t('compose_copyLink')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="row compose__actions" role="group" aria-label={t('compose_actions_label')}>
        <button type="button" className="button button--primary" disabled={!post.trim()} onClick={() => doCopy(post, t(platform === 'instagram' ? 'compose_copied_instagram' : 'compose_copied_facebook'))}>
          {t('compose_copy')}
        </button>
        <span role="status" className={status?.kind === 'error' ? 'error-text' : 'muted'} data-testid="copy-status">
          {status?.text ?? ''}
        </span>
      </div>
      {/* Insert into the open composer etc. (components/composer), a block of its own under Copy. */}
      {actions && <div data-slot="composer-actions">{actions}</div>}
    </div>
  );
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

function factText(f: Fact, t: T): string {
  return t('compose_missingFact', { type: t(`rewrite_fact_${f.type}` as MessageKey), text: f.text });
}

function warningTexts(warnings: readonly RewriteWarning[], missing: readonly Fact[], t: T): string[] {
  const out: string[] = [];
  for (const w of warnings) {
    switch (w.code) {
      case 'weekdayMismatch':
        out.push(t('compose_weekdayMismatch', { written: w.written, date: w.text.replace(w.written, '').trim(), actual: w.actual }));
        break;
      case 'pastDate':
        out.push(t('compose_pastDate', { date: w.text }));
        break;
      case 'kindUnknown':
        out.push(t('compose_kindUnknown'));
        break;
      case 'instagramTrimmed':
        out.push(t('compose_igTrimmed'));
        break;
      case 'facebookLong':
        out.push(t('compose_fbLong', { count: w.length.toLocaleString() }));
        break;
      case 'inputTruncated':
        out.push(t('compose_inputTruncated', { count: w.length.toLocaleString() }));
        break;
    }
  }
  for (const f of missing) out.push(factText(f, t));
  return out;
}

/**
 * The post as the feed shows it before "See more" (Facebook: phone and computer; Instagram: the
 * caption's start, and that its link lives in the profile). Only the cut parts are shown twice.
 */
const SeenAsPeople = memo(function SeenAsPeople({ post, platform, linkInBio }: { post: string; platform: Platform; linkInBio: boolean }) {
  const { t } = useT();
  const id = useId();
  const seen = useMemo(() => seenAsPeople(post, platform), [post, platform]);
  const more = t(platform === 'instagram' ? 'compose_seen_more_instagram' : 'compose_seen_more_facebook');
  // A cut that shows the whole post says nothing new; the computer view of a short post neither.
  const cuts = seen.cuts.filter((c, i) => c.cut || i === 0);
  return (
    // Not a heading: the tab's heading levels are fixed by the warnings box (h2) around it.
    <section className="compose__seen" aria-labelledby={`${id}-h`} data-testid="post-seen">
      <p id={`${id}-h`} className="small compose__seen-title">
        {t('compose_seen_title')}
      </p>
      {cuts.map((c) => (
        <div key={c.where} className="compose__seen-cut">
          <p className="muted small">{t(c.where === 'phone' ? 'compose_seen_phone' : 'compose_seen_computer')}</p>
          <p className="compose__seen-text">
            {c.visible}
            {c.cut && <span className="compose__seen-more">{more}</span>}
          </p>
        </div>
      ))}
      {platform === 'instagram' && linkInBio && <p className="muted small">{t('compose_seen_linkInBio')}</p>}
    </section>
  );
});
