import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/db';
import { dayKey } from '@/utils/log/day';
import { useT } from '@/components/ui/i18n';
import type { Settings } from '@/utils/settings/settings';

/** "2 / 1–3 ✓" in the panel header: today's posts against the daily target. */
export function TodaySummary({ settings }: { settings: Settings }) {
  const { t } = useT();
  const count = useLiveQuery(() => db.posts.where('day').equals(dayKey()).count(), []);
  if (count === undefined) return null;
  const { targetMin: min, targetMax: max } = settings;
  const state = count < min ? 'under' : count > max ? 'over' : 'within';
  const target = min === max ? String(min) : `${min}–${max}`;
  return (
    <p className={`today today--${state}`} aria-live="polite" data-testid="today-summary">
      <span className="visually-hidden">{t('header_todayLabel')} </span>
      {count} / {target} {state === 'within' ? '✓' : state === 'over' ? '↑' : ''}
      <span className="visually-hidden"> {t(`header_state_${state}`)}</span>
    </p>
  );
}
