/**
 * UI state only (what is on screen right now). Persistent data lives in Dexie and settings in
 * storage; nothing here is saved, so nothing is stored twice. One store; each feature adds a
 * slice (state + the actions that change it) below.
 */
import { create } from 'zustand';
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

/** The Compose tab's inputs (the notice, overrides, the admin's field edits); the post itself is derived. */
export interface ComposeState {
  notice: string;
  /** Chosen by the admin; null: detected from the notice. */
  langOverride: 'cs' | 'en' | null;
  kindOverride: PostKindId | null;
  /** Chosen by the admin; null: the first template of the kind and language. */
  templateId: string | null;
  /** Field values the admin typed (override what the notice gave). */
  edits: Record<string, string | string[] | boolean>;
  /** The post as edited by hand; null while it follows the fields. */
  finalText: string | null;
  /** The generated post the hand edit started from (to notice later field changes). */
  finalBase: string | null;
  view: 'write' | 'templates';
}

export interface ComposeSlice {
  compose: ComposeState;
  setCompose: (patch: Partial<ComposeState>) => void;
  resetCompose: () => void;
}

export type UiState = AppSlice & DraftSlice & ComposerSlice & ComposeSlice;

const initialApp = { tab: 'compose' as TabId };
const initialDraft = { draft: '', platform: 'facebook' as Platform, draftKind: null, draftTemplateId: null };
const initialComposer = { composerText: null };
const initialCompose: { compose: ComposeState } = {
  compose: { notice: '', langOverride: null, kindOverride: null, templateId: null, edits: {}, finalText: null, finalBase: null, view: 'write' },
};

export const useUiStore = create<UiState>()((set) => ({
  ...initialApp,
  setTab: (tab) => set({ tab }),
  ...initialDraft,
  setDraft: (draft) => set({ draft }),
  setPlatform: (platform) => set({ platform }),
  setDraftSource: ({ kind, templateId }) => set({ draftKind: kind, draftTemplateId: templateId }),
  ...initialComposer,
  setComposerText: (composerText) => set({ composerText }),
  ...initialCompose,
  setCompose: (patch) => set((s) => ({ compose: { ...s.compose, ...patch } })),
  // A new post: the view the admin is in stays.
  resetCompose: () => set((s) => ({ compose: { ...initialCompose.compose, view: s.compose.view } })),
}));

/** For tests: back to the first-open state. */
export function resetUiStore(): void {
  useUiStore.setState({ ...initialApp, ...initialDraft, ...initialComposer, ...initialCompose });
}
