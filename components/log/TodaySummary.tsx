import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import { countsOfDay } from '@/utils/log/queries';
import { targetRange, targetState } from '@/utils/log/target';
import type { Settings } from '@/utils/settings/settings';
import { useToday } from './hooks';

/** "2 / 1–3 ✓" in the panel header: today's posts against the daily target (per network: "FB 1 · IG 0 / 1–3"). */
export function TodaySummary({ settings }: { settings: Settings }) {
  const { t } = useT();
  const today = useToday();
  const counts = useLiveQuery(() => countsOfDay(db, today), [today]);
  if (counts === undefined) return null;
  const state = targetState(counts, settings);
  const range = targetRange(settings);
  const perPlatform = settings.targetMode === 'perPlatform';
  const shown = perPlatform ? `FB ${counts.facebook} · IG ${counts.instagram} / ${range}` : `${counts.total} / ${range}`;
  const spoken = perPlatform
    ? t('log_header_perPlatform', { facebook: counts.facebook, instagram: counts.instagram, target: range })
    : `${counts.total} / ${range}`;
  return (
    <p className={`today today--${state}`} aria-live="polite" data-testid="today-summary">
      <span className="visually-hidden">{t('header_todayLabel')} {spoken} {t(`header_state_${state}`)}</span>
      <span aria-hidden="true">
        {shown} {state === 'within' ? '✓' : state === 'over' ? '↑' : ''}
      </span>
    </p>
  );
}
