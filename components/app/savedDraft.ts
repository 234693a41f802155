/**
 * The post being written survives the panel closing (the admin clicks away, the tab leaves
 * Facebook, the browser restarts): the Compose inputs and the draft are saved to
 * `storage.local` as they change and put back when the panel opens. The store stays the one
 * live copy; this is only its persistence (Dexie never holds it).
 */
import { useEffect, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import { isPostKind, type PostKindId } from '@/utils/kinds';
import type { Platform } from '@/utils/hosts/hosts';
import { useUiStore, type ComposeState, type UiState } from './store';

export interface SavedDraft {
  compose: Omit<ComposeState, 'view'>;
  draft: string;
  platform: Platform;
  draftKind: PostKindId | null;
  draftTemplateId: string | null;
}

export const savedDraft = storage.defineItem<SavedDraft | null>('local:draft', { fallback: null });

/** Saving waits for a pause in typing: one write per pause, not per keystroke. */
export const SAVE_DELAY_MS = 400;

const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** What was stored, if it is a draft this version understands (an old or damaged value is ignored). */
export function parseSavedDraft(raw: unknown): SavedDraft | null {
  const r = raw as Partial<SavedDraft> | null;
  const c = r?.compose as Partial<ComposeState> | undefined;
  if (!r || !c || typeof c !== 'object') return null;
  const editsOk =
    !!c.edits && typeof c.edits === 'object' && !Array.isArray(c.edits) &&
    Object.values(c.edits).every((v) => str(v) || typeof v === 'boolean' || (Array.isArray(v) && v.every(str)));
  const ok =
    str(r.draft) &&
    (r.platform === 'facebook' || r.platform === 'instagram') &&
    (r.draftKind === null || isPostKind(r.draftKind)) &&
    strOrNull(r.draftTemplateId) &&
    str(c.notice) &&
    (c.langOverride === null || c.langOverride === 'cs' || c.langOverride === 'en') &&
    (c.kindOverride === null || isPostKind(c.kindOverride)) &&
    strOrNull(c.templateId) &&
    strOrNull(c.finalText) &&
    strOrNull(c.finalBase) &&
    editsOk;
  if (!ok) return null;
  return {
    compose: {
      notice: c.notice!,
      langOverride: c.langOverride!,
      kindOverride: c.kindOverride!,
      templateId: c.templateId!,
      edits: c.edits!,
      finalText: c.finalText!,
      finalBase: c.finalBase!,
    },
    draft: r.draft!,
    platform: r.platform!,
    draftKind: r.draftKind!,
    draftTemplateId: r.draftTemplateId!,
  };
}

function pick(s: UiState): SavedDraft {
  const { view: _view, ...compose } = s.compose;
  return { compose, draft: s.draft, platform: s.platform, draftKind: s.draftKind, draftTemplateId: s.draftTemplateId };
}

/** Puts a saved draft back into the store; resolves once done (or nothing was saved). */
export async function restoreDraft(): Promise<void> {
  const saved = parseSavedDraft(await savedDraft.getValue().catch(() => null));
  if (!saved) return;
  useUiStore.setState((s) => ({ ...saved, compose: { ...saved.compose, view: s.compose.view } }));
}

let draftSaveFailed = false;
const failListeners = new Set<() => void>();
function setDraftSaveFailed(v: boolean) {
  if (v === draftSaveFailed) return;
  draftSaveFailed = v;
  for (const l of failListeners) l();
}
/** Whether the last save of the draft failed (for useSyncExternalStore). */
export const draftSaveStatus = {
  get: () => draftSaveFailed,
  subscribe(l: () => void) {
    failListeners.add(l);
    return () => void failListeners.delete(l);
  },
};

/** Saves the draft after each pause in changes; returns the function that stops (and flushes). */
export function startSavingDraft(delay = SAVE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    const s = useUiStore.getState();
    // An empty post is no draft: keep storage clean after "Clear".
    const empty = !s.draft.trim() && !s.compose.notice.trim() && s.compose.finalText === null && Object.keys(s.compose.edits).length === 0;
    (empty ? savedDraft.removeValue() : savedDraft.setValue(pick(s))).then(
      () => setDraftSaveFailed(false),
      (e) => {
        // storage.local full (an 8 MB notice): the panel says so, not only the console.
        console.warn('[Town Crier] saving the draft failed', e);
        setDraftSaveFailed(true);
      },
    );
  };
  const unsubscribe = useUiStore.subscribe((s, prev) => {
    if (s.compose === prev.compose && s.draft === prev.draft && s.platform === prev.platform && s.draftKind === prev.draftKind && s.draftTemplateId === prev.draftTemplateId) return;
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  });
  // The panel may close any moment: save what is pending when the page goes away.
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      save();
    }
  };
  addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    removeEventListener('pagehide', flush);
    flush();
  };
}

/** Restores the saved draft, then keeps saving it; `true` once restored (render the panel then). */
export function useSavedDraft(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let alive = true;
    void restoreDraft().finally(() => {
      if (!alive) return;
      stop = startSavingDraft();
      setReady(true);
    });
    return () => {
      alive = false;
      stop?.();
    };
  }, []);
  return ready;
}
