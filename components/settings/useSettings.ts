import { useEffect, useState } from 'react';
import { getSettings, watchSettings } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/settings';

/** The current settings, live; `undefined` until the first read finishes. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let alive = true;
    getSettings().then((s) => alive && setSettings(s), () => undefined);
    const unwatch = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}
