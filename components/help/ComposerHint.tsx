import { useUiStore } from '@/components/app/store';
import { useT } from '@/components/ui/i18n';

/**
 * Empty state of the composer actions: the panel is not next to a Facebook or Instagram tab
 * (from the attached tab in the store), so Insert has nowhere to go — say what to do instead.
 */
export function ComposerHint() {
  const { t } = useT();
  const platform = useUiStore((s) => s.attachedTab.platform);
  if (platform) return null;
  return (
    <p className="notice small" data-testid="composer-hint">
      {t('help_noComposer')}
    </p>
  );
}
