/**
 * UI state only (what is on screen right now). Persistent data lives in Dexie and settings in
 * storage; nothing here is saved, so nothing is stored twice.
 */
import { create } from 'zustand';
import type { Platform } from '@/utils/hosts/hosts';

export const TAB_IDS = ['compose', 'checklist', 'log', 'settings'] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface UiState {
  tab: TabId;
  /** The post being written: what Insert, Copy and the checklist act on. */
  draft: string;
  platform: Platform;
  setTab: (tab: TabId) => void;
  setDraft: (text: string) => void;
  setPlatform: (platform: Platform) => void;
}

const initial = { tab: 'compose' as TabId, draft: '', platform: 'facebook' as Platform };

export const useUiStore = create<UiState>()((set) => ({
  ...initial,
  setTab: (tab) => set({ tab }),
  setDraft: (draft) => set({ draft }),
  setPlatform: (platform) => set({ platform }),
}));

/** For tests: back to the first-open state. */
export function resetUiStore(): void {
  useUiStore.setState(initial);
}
