import { useT } from '@/components/ui/i18n';
import type { Settings } from '@/utils/settings/settings';

export function ComposeView(_props: { settings: Settings }) {
  const { t } = useT();
  return <p className="empty">{t('compose_intro')}</p>;
}
