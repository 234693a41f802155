/**
 * UI state only (what is on screen right now). Persistent data lives in Dexie and settings in
 * storage; nothing here is saved, so nothing is stored twice. One store; each feature adds a
 * slice (state + the actions that change it) below.
 */
import { create } from 'zustand';
import type { PostRecord } from '@/utils/db/types';
import type { Platform } from '@/utils/hosts/hosts';
import type { PostKindId } from '@/utils/kinds';

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

export type UiState = AppSlice & DraftSlice & ComposerSlice & LogSlice;

const initialApp = { tab: 'compose' as TabId };
const initialDraft = { draft: '', platform: 'facebook' as Platform, draftKind: null, draftTemplateId: null };
const initialComposer = { composerText: null };
const initialLog = { logEditingId: null, logUndo: null, logStoryPlatform: 'instagram' as Platform };

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
}));

/** For tests: back to the first-open state. */
export function resetUiStore(): void {
  useUiStore.setState({ ...initialApp, ...initialDraft, ...initialComposer, ...initialLog });
}
