/**
 * UI state only (what is on screen right now). Persistent data lives in Dexie and settings in
 * storage; nothing here is saved, so nothing is stored twice. One store; each feature adds a
 * slice (state + the actions that change it) below.
 */
import { create } from 'zustand';
import type { PostRecord } from '@/utils/db/types';
import type { Platform } from '@/utils/hosts/hosts';
import type { PostKindId } from '@/utils/kinds';
import type { Msg } from '@/utils/checklist/types';

export const TAB_IDS = ['compose', 'checklist', 'log', 'settings'] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface AppSlice {
  tab: TabId;
  setTab: (tab: TabId) => void;
}

/** The post being written: what Insert, Copy and the checklist act on. */
export interface DraftSlice {
  draft: string;
  platform: Platform;
  /** The kind and template the draft came from (the checklist's required hashtags and tags). */
  draftKind: PostKindId | null;
  draftTemplateId: string | null;
  setDraft: (text: string) => void;
  setPlatform: (platform: Platform) => void;
  setDraftSource: (source: { kind: PostKindId | null; templateId: string | null }) => void;
}

/** What the composer in the attached Facebook/Instagram tab holds (read back by utils/composer). */
export interface ComposerSlice {
  /** null: not read yet, or no composer open. */
  composerText: string | null;
  setComposerText: (text: string | null) => void;
}

/** The Log tab: what is being edited and what can be undone (kept across tab switches). */
export interface LogSlice {
  /** The entry whose edit form is open. */
  logEditingId: string | null;
  /** The last deleted entry, until undone or replaced by the next delete. */
  logUndo: PostRecord | null;
  /** Network of the "+1 story" button. */
  logStoryPlatform: Platform;
  setLogEditingId: (id: string | null) => void;
  setLogUndo: (post: PostRecord | null) => void;
  setLogStoryPlatform: (platform: Platform) => void;
}


/** The checklist: which text it checks, the undo stack of its one-click fixes, ticked reminders. */
export interface ChecklistSlice {
  /** 'composer' checks what the composer holds (offered only while composerText is not null). */
  checklistSource: 'draft' | 'composer';
  /** Fixes applied to the draft, newest last; each can be undone while the draft is still `after`. */
  checklistUndo: { before: string; after: string; label: Msg }[];
  /** Reminder items the admin ticked (cleared when the draft is emptied for the next post). */
  checklistDone: string[];
  setChecklistSource: (source: 'draft' | 'composer') => void;
  /** Sets the draft to `next` and remembers how to go back. */
  applyChecklistFix: (next: string, label: Msg) => void;
  undoChecklistFix: () => void;
  toggleChecklistDone: (id: string) => void;
}

export type UiState = AppSlice & DraftSlice & ComposerSlice & LogSlice & ChecklistSlice;

const initialApp = { tab: 'compose' as TabId };
const initialDraft = { draft: '', platform: 'facebook' as Platform, draftKind: null, draftTemplateId: null };
const initialComposer = { composerText: null };
const initialLog = { logEditingId: null, logUndo: null, logStoryPlatform: 'instagram' as Platform };
const initialChecklist = { checklistSource: 'draft' as const, checklistUndo: [], checklistDone: [] };

export const useUiStore = create<UiState>()((set) => ({
  ...initialApp,
  setTab: (tab) => set({ tab }),
  ...initialDraft,
  setDraft: (draft) => set({ draft }),
  setPlatform: (platform) => set({ platform }),
  setDraftSource: ({ kind, templateId }) => set({ draftKind: kind, draftTemplateId: templateId }),
  ...initialComposer,
  setComposerText: (composerText) => set({ composerText }),
  ...initialLog,
  setLogEditingId: (logEditingId) => set({ logEditingId }),
  setLogUndo: (logUndo) => set({ logUndo }),
  setLogStoryPlatform: (logStoryPlatform) => set({ logStoryPlatform }),
  ...initialChecklist,
  setChecklistSource: (checklistSource) => set({ checklistSource }),
  applyChecklistFix: (next, label) =>
    set((s) => {
      // Typing since the last fix makes the older entries stale: start a new stack.
      const stack = s.checklistUndo.at(-1)?.after === s.draft ? s.checklistUndo : [];
      return { draft: next, checklistUndo: [...stack, { before: s.draft, after: next, label }].slice(-20) };
    }),
  undoChecklistFix: () =>
    set((s) => {
      const top = s.checklistUndo.at(-1);
      // Never undo over what the admin typed after the fix.
      if (!top || top.after !== s.draft) return {};
      return { draft: top.before, checklistUndo: s.checklistUndo.slice(0, -1) };
    }),
  toggleChecklistDone: (id) =>
    set((s) => ({ checklistDone: s.checklistDone.includes(id) ? s.checklistDone.filter((x) => x !== id) : [...s.checklistDone, id] })),
}));

// A new post (the draft emptied) starts with its reminders unticked.
useUiStore.subscribe((s, prev) => {
  if (s.checklistDone.length > 0 && prev.draft.trim() !== '' && s.draft.trim() === '') useUiStore.setState({ checklistDone: [] });
});

/** For tests: back to the first-open state. */
export function resetUiStore(): void {
  useUiStore.setState({ ...initialApp, ...initialDraft, ...initialComposer, ...initialLog, ...initialChecklist });
}
