import { useT } from '@/components/ui/i18n';
import type { Settings } from '@/utils/settings/settings';

export function LogView(_props: { settings: Settings }) {
  const { t } = useT();
  return <p className="empty">{t('log_intro')}</p>;
}
