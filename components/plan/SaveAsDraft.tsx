import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUiStore } from '@/components/app/store';
import { useT } from '@/components/ui/i18n';
import { saveComposeAsDraft } from './openDraft';

/** "Uložit jako koncept" under the Compose tab's post: the post goes to the week plan. */
export function SaveAsDraft() {
  const { t } = useT();
  const [draft, planDraftId] = useUiStore(useShallow((s) => [s.draft, s.planDraftId]));
  const [saved, setSaved] = useState(false);
  return (
    <div className="row">
      <button
        type="button"
        className="button"
        disabled={!draft.trim()}
        data-testid="save-as-draft"
        onClick={() => void saveComposeAsDraft().then(() => setSaved(true))}
      >
        {planDraftId ? t('plan_saveToDraft') : t('plan_saveAsDraft')}
      </button>
      {saved && <span role="status" className="small muted">{t('plan_saved')}</span>}
    </div>
  );
}
