import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUiStore } from '@/components/app/store';
import { ComposerActions } from '@/components/composer/ComposerActions';
import { useT } from '@/components/ui/i18n';
import type { Settings } from '@/utils/settings/settings';

// Stub until the rewriter branch lands its Compose tab: a plain draft box so the composer
// actions can be used and tested. The lead moves <ComposerActions> into the real tab at merge.
export function ComposeView({ settings }: { settings: Settings }) {
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useUiStore(useShallow((s) => [s.draft, s.setDraft]));
  return (
    <div className="stack">
      <p className="empty">{t('compose_intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-draft`}>{t('composer_draftLabel')}</label>
        <textarea id={`${id}-draft`} rows={8} value={draft} onChange={(e) => setDraft(e.target.value)} />
      </div>
      <ComposerActions settings={settings} />
    </div>
  );
}
