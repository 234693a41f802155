/**
 * The daily reminder: at the admin's time, if today's minimum is not met, a system
 * notification says so (in the admin's language); clicking it opens Facebook.
 */
import { translate, translatePlural, type Lang } from '../i18n/i18n';
import type { Settings } from '../settings/settings';
import { platformsUnder, targetRange, type DayCounts } from './target';

export const REMINDER_NOTIFICATION = 'log:reminder';
export const FACEBOOK_URL = 'https://www.facebook.com/';

export interface ReminderText {
  title: string;
  message: string;
}

export function reminderText(lang: Lang, counts: DayCounts, s: Pick<Settings, 'targetMin' | 'targetMax' | 'targetMode'>): ReminderText {
  const title = translate(lang, counts.total === 0 ? 'log_reminder_title_none' : 'log_reminder_title_some');
  if (s.targetMode === 'perPlatform') {
    const detail = platformsUnder(counts, s)
      .map((p) => translate(lang, 'log_reminder_platform', { platform: p === 'facebook' ? 'Facebook' : 'Instagram', count: counts[p] }))
      .join(', ');
    return { title, message: translate(lang, 'log_reminder_message_perPlatform', { detail, target: targetRange(s) }) };
  }
  const detail = translatePlural(lang, 'log_reminder_count', counts.total);
  return { title, message: translate(lang, 'log_reminder_message', { detail, target: targetRange(s) }) };
}
