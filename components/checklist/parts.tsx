import { useT } from '@/components/ui/i18n';
import { renderMsg } from '@/utils/checklist/render';
import type { Msg } from '@/utils/checklist/types';

/** "The set “Kultura” was deleted. [Undo]" (a status region, so screen readers hear it). */
export function UndoDelete({ text, onUndo }: { text: string | null; onUndo: () => void }) {
  const { t } = useT();
  return (
    <div role="status">
      {text && (
        <p className="row small">
          {text}
          <button type="button" className="button button--small" onClick={onUndo}>
            {t('checklist_undo')}
          </button>
        </p>
      )}
    </div>
  );
}

/** What is wrong with the values in a form, in the admin's language. */
export function ProblemList({ problems }: { problems: readonly Msg[] }) {
  const { lang } = useT();
  if (problems.length === 0) return null;
  return (
    <ul role="alert" className="notice notice--error">
      {problems.map((p, i) => (
        <li key={i}>{renderMsg(p, lang)}</li>
      ))}
    </ul>
  );
}

export function SaveCancel({ onCancel }: { onCancel: () => void }) {
  const { t } = useT();
  return (
    <div className="row">
      <button type="submit" className="button button--primary">
        {t('checklist_save')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('checklist_cancel')}
      </button>
    </div>
  );
}
