import { useEffect, useState } from 'react';
import { getWelcome } from '@/utils/onboarding/store';
import type { WelcomeState } from '@/utils/onboarding/welcome';

/** The welcome record as the page opened (the page keeps its own step from there); undefined while loading. */
export function useWelcome(): WelcomeState | undefined {
  const [state, setState] = useState<WelcomeState>();
  useEffect(() => {
    let alive = true;
    getWelcome().then((s) => alive && setState(s), () => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return state;
}
