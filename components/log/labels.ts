/** Names of networks, kinds and sources as the Log shows them. */
import type { I18n } from '@/components/ui/i18n';
import { platformName } from '@/components/ui/platforms';
import type { MessageKey } from '@/utils/i18n/i18n';
import type { Platform, PostKind, PostSource } from '@/utils/db/types';

export const KIND_KEYS: Record<PostKind, MessageKey> = {
  post: 'log_kind_post',
  story: 'log_kind_story',
  reel: 'log_kind_reel',
  live: 'log_kind_live',
  event: 'log_kind_event',
};

/** "Facebook – story": how an entry is named in lists, buttons and messages. */
export function entryLabel(t: I18n['t'], p: { platform: Platform; kind: PostKind }): string {
  return `${platformName(t, p.platform)} – ${t(KIND_KEYS[p.kind])}`;
}

export const SOURCE_KEYS: Record<PostSource, MessageKey> = {
  auto: 'log_source_auto',
  manual: 'log_source_manual',
  import: 'log_source_import',
};
