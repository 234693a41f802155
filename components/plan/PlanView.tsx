import { useLiveQuery } from 'dexie-react-hooks';
import { useShallow } from 'zustand/react/shallow';
import { useUiStore } from '@/components/app/store';
import { useNow } from '@/components/log/hooks';
import { db } from '@/utils/db/db';
import { addDays, dayKey } from '@/utils/log/day';
import { summariesBetween } from '@/utils/log/queries';
import { weekStart } from '@/utils/plan/week';
import type { Settings } from '@/utils/settings/settings';
import { PlanWeek } from './PlanWeek';
import './plan.css';
export function PlanView({ settings }: { settings: Settings }) {
  const now = useNow();
  const today = dayKey(now);
  const [weekDay, setWeekDay] = useUiStore(useShallow((s) => [s.planWeekDay, s.setPlanWeekDay]));
  const start = weekStart(weekDay ?? today);
  const drafts = useLiveQuery(() => db.drafts.toArray(), []);
  const end = addDays(start, 6);
  const lo = today < start ? today : start;
  const summaries = useLiveQuery(() => summariesBetween(db, lo, end > today ? end : today), [lo, end, today]);
  if (!drafts || !summaries) return null;
  const posted = new Map(summaries.map((s) => [s.day, s.total]));
  return <PlanWeek drafts={drafts} posted={posted} day={start} now={now} settings={settings} onWeek={setWeekDay} />;
}

