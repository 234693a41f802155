/**
 * The panel's side of the keyboard shortcuts (utils/commands): `panel:insert` from the
 * background runs the Compose tab's Insert, exactly as a click on its button would. Only the
 * panel attached to the shortcut's tab answers; the others stay silent.
 */
import { useEffect } from 'react';
import { useUiStore } from '@/components/app/store';
import type { PanelInsertStatus } from '@/utils/commands/commands';
import { registerHandlers } from '@/utils/messaging/register';

/** How long the Compose tab may take to mount and insert before the background hears "timeout". */
const INSERT_TIMEOUT_MS = 10_000;

let nextRequest = 0;

/** Switches to the Compose tab and asks its ComposerActions to insert; resolves with how that ended. */
export function requestInsert(timeoutMs = INSERT_TIMEOUT_MS): Promise<{ status: PanelInsertStatus }> {
  const s = useUiStore.getState();
  if (s.insertRequest) return Promise.resolve({ status: 'busy' });
  s.setTab('compose');
  s.setCompose({ view: 'write' });
  const id = ++nextRequest;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (useUiStore.getState().insertRequest?.id === id) useUiStore.getState().setInsertRequest(null);
      resolve({ status: 'timeout' });
    }, timeoutMs);
    s.setInsertRequest({
      id,
      done: (status) => {
        clearTimeout(timer);
        resolve({ status });
      },
    });
  });
}

/** Takes `panel:insert` only for the tab this panel is attached to. */
export function isForThisPanel(type: string, payload: unknown): boolean {
  if (type !== 'panel:insert') return true;
  const tabId = (payload as { tabId?: unknown } | null)?.tabId;
  return typeof tabId === 'number' && tabId === useUiStore.getState().attachedTab.tabId;
}

export function usePanelCommands(register: typeof registerHandlers = registerHandlers): void {
  useEffect(() => register('panel', { 'panel:insert': () => requestInsert() }, ['extension-page'], isForThisPanel), [register]);
}
