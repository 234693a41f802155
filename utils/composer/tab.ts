/** Which tab the panel acts on: pure helpers for components/composer/useAttachedTab.ts. */

/** `?tabId=12` pins the panel to a tab (tests, and the panel opened as a normal tab). */
export function explicitTabId(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d+$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}
