import { useEffect, useState } from 'react';
import { sendToBackground } from '@/utils/messaging/client';
import { dayKey, nextLocalMidnight } from '@/utils/log/day';

/**
 * A clock for views: re-renders every `everyMs` and on local midnight, and at once when the
 * panel becomes visible again (timers sleep with the PC; the time zone may have changed).
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    // Wake every `everyMs`, and just after midnight if that comes first.
    const schedule = () => {
      const t = Date.now();
      timer = setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, Math.max(250, Math.min(everyMs, nextLocalMidnight(t) - t + 50)));
    };
    schedule();
    const onVisible = () => {
      if (document.visibilityState === 'visible') setNow(Date.now());
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [everyMs]);
  return now;
}

/** Today's local day key; changes at local midnight while the panel stays open. */
export function useToday(): string {
  return dayKey(useNow(15 * 60_000));
}

/**
 * Tells the background the log changed, so the toolbar badge follows at once (the worker may
 * be asleep and does not see IndexedDB writes). A missing background is not the panel's error.
 */
export function notifyLogChanged(): void {
  sendToBackground('log:changed').catch(() => undefined);
}

/** Every write of the panel to the log: the write, then the badge. */
export async function writeLog<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  notifyLogChanged();
  return result;
}
