import { useEffect, useState } from 'react';

/**
 * Whether the panel is narrow (Firefox's sidebar opens at about 252 px): the one width below
 * which views change their layout, in step with the `max-width: 320px` rules of theme.css.
 */
export const NARROW_QUERY = '(max-width: 320px)';

export function useNarrow(): boolean {
  const query = typeof matchMedia === 'function' ? matchMedia(NARROW_QUERY) : null;
  const [narrow, setNarrow] = useState(() => query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = () => setNarrow(query.matches);
    onChange();
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
    // The query object is new on each render; its text never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return narrow;
}
