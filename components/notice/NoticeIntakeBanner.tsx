import { useShallow } from 'zustand/react/shallow';
import { useUiStore } from '@/components/app/store';
import { useT } from '@/components/ui/i18n';
import { MAX_PENDING_CHARS } from '@/utils/notice/pending';
import { answerNotice, undoNotice } from './intake';

/**
 * Above the Compose tab: where the notice came from ("Notice from the context menu"), or the
 * question when the admin had already started a post.
 */
export function NoticeIntakeBanner() {
  const { t, lang } = useT();
  const [intake, setIntake] = useUiStore(useShallow((s) => [s.noticeIntake, s.setNoticeIntake]));
  if (!intake) return null;
  const from = t(intake.notice.source === 'contextMenu' ? 'notice_from_contextMenu' : 'notice_from_popup');

  if (intake.kind === 'ask') {
    return (
      <div role="status" className="notice notice--warn stack" data-testid="notice-intake">
        <p>
          <strong>{t('notice_arrived', { from })}</strong> {t('notice_arrived_question')}
        </p>
        <p className="small muted notice-intake__preview">{intake.notice.text.slice(0, 160)}{intake.notice.text.length > 160 ? '…' : ''}</p>
        <div className="row">
          <button type="button" className="button button--primary" onClick={() => answerNotice(true)}>
            {t('notice_use')}
          </button>
          <button type="button" className="button" onClick={() => answerNotice(false)}>
            {t('notice_keepMine')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div role="status" className="notice notice--ok" data-testid="notice-intake">
      <div className="row notice-intake__row">
        <p>
          <strong>{t('notice_taken', { from })}</strong>
          {intake.notice.source === 'contextMenu' && <> {t('notice_lineBreaks')}</>}
          {intake.notice.truncated && <> {t('notice_truncated', { max: new Intl.NumberFormat(lang).format(MAX_PENDING_CHARS) })}</>}
        </p>
        {intake.previous && (
          <button type="button" className="button" onClick={undoNotice}>
            {t('notice_undo')}
          </button>
        )}
        <button type="button" className="button notice-intake__close" aria-label={t('notice_dismiss')} onClick={() => setIntake(null)}>
          ×
        </button>
      </div>
    </div>
  );
}
