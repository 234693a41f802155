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
import type { PanelInsertStatus } from '@/utils/commands/commands';
import type { PendingNotice } from '@/utils/notice/pending';

export const TAB_IDS = ['compose', 'plan', 'checklist', 'log', 'settings'] as const;
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
  /**
   * The admin changed the post outside the Compose tab (the checklist's text box, a fix, an
   * undo): the Compose tab then shows it as a hand edit, so both tabs always show one text.
   */
  setDraft: (text: string) => void;
  /** The Compose tab's own post (generated or edited there). */
  setDraftFromCompose: (text: string) => void;
  setPlatform: (platform: Platform) => void;
  setDraftSource: (source: { kind: PostKindId | null; templateId: string | null }) => void;
}

/** The tab the panel acts on (components/composer/useAttachedTab.ts keeps it current). */
export interface AttachedTab {
  /** null: no tab (yet). */
  tabId: number | null;
  /** null: the tab shows neither Facebook nor Instagram (or is unknown). */
  platform: Platform | null;
  /** Counts page loads in the tab, so watchers can reconnect to the new page. */
  loads: number;
}

/** The attached Facebook/Instagram tab and what its composer holds (read back by utils/composer). */
export interface ComposerSlice {
  attachedTab: AttachedTab;
  setAttachedTab: (tab: AttachedTab) => void;
  /** null: not read yet, or no composer open. */
  composerText: string | null;
  setComposerText: (text: string | null) => void;
  /** What Insert last put into a composer: when the composer holds it, Replace is the default answer. */
  composerLastInserted: string | null;
  setComposerLastInserted: (text: string | null) => void;
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
  /**
   * Undo for the post itself: the compose inputs before each step that changed the post
   * ("Create again", a template, kind or language switch, a field edit, New post), newest last.
   * Typing in one field is one step (same `tag` in a row).
   */
  composeHistory: { state: ComposeState; tag: string }[];
  /** setCompose that can be undone; `tag` names the step (e.g. `field:date`). */
  setComposeUndoable: (patch: Partial<ComposeState>, tag: string) => void;
  resetComposeUndoable: () => void;
  undoCompose: () => void;
}

/**
 * A notice sent from the context menu or the toolbar popup (utils/notice), as the Compose tab
 * shows it: taken in (with the Compose state it replaced, for Undo), or waiting for the
 * admin's answer because a post was already started.
 */
export type NoticeIntake =
  | { kind: 'taken'; notice: PendingNotice; previous: ComposeState | null }
  | { kind: 'ask'; notice: PendingNotice };

export interface NoticeSlice {
  noticeIntake: NoticeIntake | null;
  setNoticeIntake: (intake: NoticeIntake | null) => void;
}

/**
 * The "insert the post" keyboard shortcut (utils/commands): the panel asks the Compose tab's
 * ComposerActions to run its Insert, which takes the request and reports back with `done`.
 */
export interface CommandSlice {
  insertRequest: { id: number; done: (status: PanelInsertStatus) => void } | null;
  setInsertRequest: (request: CommandSlice['insertRequest']) => void;
}

/** The Plán tab (components/plan): the week shown and the plan draft the Compose tab is editing. */
export interface PlanSlice {
  /** The plan draft opened in the Compose tab ("Uložit jako koncept" updates it); null: a new post. */
  planDraftId: string | null;
  /** Any day of the week the Plán tab shows; null: this week. */
  planWeekDay: string | null;
  setPlanDraftId: (id: string | null) => void;
  setPlanWeekDay: (day: string | null) => void;
}

export type UiState = AppSlice & DraftSlice & ComposerSlice & ComposeSlice & LogSlice & ChecklistSlice & NoticeSlice & CommandSlice & PlanSlice;

const initialApp = { tab: 'compose' as TabId };
const initialDraft = { draft: '', platform: 'facebook' as Platform, draftKind: null, draftTemplateId: null };
const initialComposer = { attachedTab: { tabId: null, platform: null, loads: 0 } as AttachedTab, composerText: null, composerLastInserted: null as string | null };
const initialLog = { logEditingId: null, logUndo: null, logStoryPlatform: 'instagram' as Platform };
const initialChecklist = { checklistSource: 'draft' as const, checklistUndo: [], checklistDone: [] };
const initialNotice = { noticeIntake: null as NoticeIntake | null };
const initialCommand = { insertRequest: null as CommandSlice['insertRequest'] };
const initialPlan = { planDraftId: null as string | null, planWeekDay: null as string | null };
const initialCompose: { compose: ComposeState; composeHistory: ComposeSlice['composeHistory'] } = {
  compose: { notice: '', langOverride: null, kindOverride: null, templateId: null, edits: {}, finalText: null, finalBase: null, view: 'write' },
  composeHistory: [],
};
const HISTORY_MAX = 30;

/** The history with the current compose state pushed (unless this step continues the last one). */
function pushHistory(s: UiState, tag: string): ComposeSlice['composeHistory'] {
  const top = s.composeHistory.at(-1);
  if (top && top.tag === tag && tag.startsWith('field:')) return s.composeHistory;
  return [...s.composeHistory, { state: s.compose, tag }].slice(-HISTORY_MAX);
}

/** The compose state after the draft became `text` outside the Compose tab. */
function asHandEdit(s: UiState, text: string): ComposeState {
  if (text === s.draft) return s.compose;
  // The generated post the edit started from, so the tab can tell when its fields change later.
  const base = s.compose.finalBase ?? (s.compose.finalText === null ? s.draft : null);
  return { ...s.compose, finalText: text, finalBase: base };
}

export const useUiStore = create<UiState>()((set) => ({
  ...initialApp,
  setTab: (tab) => set({ tab }),
  ...initialDraft,
  setDraft: (draft) => set((s) => ({ draft, compose: asHandEdit(s, draft) })),
  setDraftFromCompose: (draft) => set({ draft }),
  setPlatform: (platform) => set({ platform }),
  setDraftSource: ({ kind, templateId }) => set({ draftKind: kind, draftTemplateId: templateId }),
  ...initialComposer,
  setAttachedTab: (attachedTab) => set({ attachedTab }),
  setComposerText: (composerText) => set({ composerText }),
  setComposerLastInserted: (composerLastInserted) => set({ composerLastInserted }),
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
      return { draft: next, compose: asHandEdit(s, next), checklistUndo: [...stack, { before: s.draft, after: next, label }].slice(-20) };
    }),
  undoChecklistFix: () =>
    set((s) => {
      const top = s.checklistUndo.at(-1);
      // Never undo over what the admin typed after the fix.
      if (!top || top.after !== s.draft) return {};
      return { draft: top.before, compose: asHandEdit(s, top.before), checklistUndo: s.checklistUndo.slice(0, -1) };
    }),
  toggleChecklistDone: (id) =>
    set((s) => ({ checklistDone: s.checklistDone.includes(id) ? s.checklistDone.filter((x) => x !== id) : [...s.checklistDone, id] })),
  ...initialCompose,
  setCompose: (patch) => set((s) => ({ compose: { ...s.compose, ...patch } })),
  // A new post: the view the admin is in stays.
  resetCompose: () => set((s) => ({ compose: { ...initialCompose.compose, view: s.compose.view } })),
  setComposeUndoable: (patch, tag) => set((s) => ({ composeHistory: pushHistory(s, tag), compose: { ...s.compose, ...patch } })),
  resetComposeUndoable: () => set((s) => ({ composeHistory: pushHistory(s, 'reset'), compose: { ...initialCompose.compose, view: s.compose.view } })),
  undoCompose: () =>
    set((s) => {
      const top = s.composeHistory.at(-1);
      if (!top) return {};
      // The view the admin is in stays (undo is about the post, not the screen).
      return { compose: { ...top.state, view: s.compose.view }, composeHistory: s.composeHistory.slice(0, -1) };
    }),
  ...initialNotice,
  setNoticeIntake: (noticeIntake) => set({ noticeIntake }),
  ...initialCommand,
  setInsertRequest: (insertRequest) => set({ insertRequest }),
  ...initialPlan,
  setPlanDraftId: (planDraftId) => set({ planDraftId }),
  setPlanWeekDay: (planWeekDay) => set({ planWeekDay }),
}));

// A new post (the draft emptied) starts with its reminders unticked.
useUiStore.subscribe((s, prev) => {
  if (s.checklistDone.length > 0 && prev.draft.trim() !== '' && s.draft.trim() === '') useUiStore.setState({ checklistDone: [] });
});

/** For tests: back to the first-open state. */
export function resetUiStore(): void {
  useUiStore.setState({ ...initialApp, ...initialDraft, ...initialComposer, ...initialCompose, ...initialLog, ...initialChecklist, ...initialNotice, ...initialCommand, ...initialPlan });
}
