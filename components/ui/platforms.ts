/** Platform names as every view shows them. */
import type { I18n } from '@/components/ui/i18n';
import type { Platform } from '@/utils/hosts/hosts';
import type { MessageKey } from '@/utils/i18n/i18n';

const NAME_KEYS: Record<Platform, MessageKey> = { facebook: 'compose_platform_facebook', instagram: 'compose_platform_instagram' };

/** "Facebook", "Instagram": brand names, through the locale like every other word. */
export function platformName(t: I18n['t'], p: Platform): string {
  return t(NAME_KEYS[p]);
}
