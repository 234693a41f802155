/**
 * The panel's side of the pending notice (utils/notice): a notice sent from the context menu
 * or the toolbar popup goes into the Compose tab — at once when the tab is empty, after asking
 * when the admin has started a post (what they typed is never replaced silently).
 */
import { useEffect } from 'react';
import { useUiStore, type ComposeState } from '@/components/app/store';
import { intakeDecision, type PendingNotice } from '@/utils/notice/pending';
import { clearPendingNotice, getPendingNotice, watchPendingNotice } from '@/utils/notice/store';

export interface PendingStore {
  get: () => Promise<PendingNotice | null>;
  watch: (cb: (n: PendingNotice | null) => void) => () => void;
  clear: (n: PendingNotice) => Promise<void>;
}

const pendingStore: PendingStore = { get: getPendingNotice, watch: watchPendingNotice, clear: clearPendingNotice };

const warn = (e: unknown) => console.warn('[Town Crier] pending notice', e);
const same = (a: PendingNotice, b: PendingNotice) => a.at === b.at && a.text === b.text;

/** Puts the notice into the Compose tab as a new post; `previous` is what Undo brings back. */
function takeNotice(notice: PendingNotice, previous: ComposeState | null): void {
  const s = useUiStore.getState();
  s.resetCompose();
  s.setCompose({ notice: notice.text, view: 'write' });
  s.setNoticeIntake({ kind: 'taken', notice, previous });
}

/** A notice arrived (at panel start, or while it is open). */
function receiveNotice(notice: PendingNotice, store: PendingStore = pendingStore): void {
  const s = useUiStore.getState();
  // Read at start and seen by the watcher too: handle it once.
  if (s.noticeIntake && same(s.noticeIntake.notice, notice)) return;
  s.setTab('compose');
  const decision = intakeDecision(s.compose, notice);
  if (decision === 'ask') {
    // It stays pending until the admin answers (also if the panel closes first).
    s.setCompose({ view: 'write' });
    s.setNoticeIntake({ kind: 'ask', notice });
    return;
  }
  if (decision === 'take') takeNotice(notice, null);
  else s.setNoticeIntake({ kind: 'taken', notice, previous: null });
  store.clear(notice).catch(warn);
}

/** The admin's answer to "a new notice arrived": use it (Undo brings their post back) or keep their text. */
export function answerNotice(use: boolean, store: PendingStore = pendingStore): void {
  const s = useUiStore.getState();
  const intake = s.noticeIntake;
  if (intake?.kind !== 'ask') return;
  if (use) takeNotice(intake.notice, s.compose);
  else s.setNoticeIntake(null);
  store.clear(intake.notice).catch(warn);
}

/** Undo of a taken notice: the Compose tab as it was before. */
export function undoNotice(): void {
  const s = useUiStore.getState();
  if (s.noticeIntake?.kind !== 'taken' || !s.noticeIntake.previous) return;
  useUiStore.setState({ compose: s.noticeIntake.previous, noticeIntake: null });
}

/** Mounted once in the panel: takes the pending notice at start and whenever a new one arrives. */
export function useNoticeIntake(store: PendingStore = pendingStore): void {
  useEffect(() => {
    let alive = true;
    const receive = (n: PendingNotice | null) => {
      if (alive && n) receiveNotice(n, store);
    };
    store.get().then(receive, warn);
    const unwatch = store.watch(receive);
    return () => {
      alive = false;
      unwatch();
    };
  }, [store]);
}
