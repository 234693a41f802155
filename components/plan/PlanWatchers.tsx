import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '@/utils/db/db';
import { nextDue, planFocusItem, type PlanFocus } from '@/utils/plan/reminder';
import { openDraftInCompose, reschedule } from './openDraft';

/**
 * Mounted once in the panel (under the database gate): keeps the planned-time alarm in step
 * with the drafts, and takes a reminder's "open this draft" request — at once when the panel
 * is open, or when it opens later.
 */
export function PlanWatchers() {
  const next = useLiveQuery(async () => nextDue(await db.drafts.toArray(), Date.now()), []);
  useEffect(() => {
    if (next !== undefined) void reschedule();
  }, [next]);

  useEffect(() => {
    let alive = true;
    const take = async (f: PlanFocus | null) => {
      if (!f || !alive) return;
      await planFocusItem.removeValue();
      const d = await db.drafts.get(f.draftId);
      if (d && alive) openDraftInCompose(d);
    };
    void planFocusItem.getValue().then(take);
    const unwatch = planFocusItem.watch((v) => void take(v));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return null;
}
