import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUiStore } from '@/components/app/store';
import { useT } from '@/components/ui/i18n';
import { checkPost } from '@/utils/checklist/check';
import type { CheckContext, CheckItem } from '@/utils/checklist/types';
import { db } from '@/utils/db/db';
import type { HashtagSetRecord, TagRecord } from '@/utils/db/types';
import type { Settings } from '@/utils/settings/settings';

export interface ChecklistState {
  /** undefined while the database loads. */
  items: CheckItem[] | undefined;
  /** Which text is checked: the draft, or what the composer holds. */
  checking: 'draft' | 'composer';
  text: string;
}

const STATUS_ORDER = { fail: 0, warn: 1, pass: 2 } as const;

/**
 * The checklist of the current text, live: re-checked when the draft (or the composer's
 * text), the platform, the sets, the partners or the settings change. Nothing is queried
 * until `enabled` (the database is open: a failed query would throw while rendering).
 */
function useChecklist(settings: Settings, enabled: boolean): ChecklistState {
  const { lang } = useT();
  const s = useUiStore(
    useShallow((x) => ({
      draft: x.draft,
      platform: x.platform,
      kind: x.draftKind,
      templateId: x.draftTemplateId,
      composerText: x.composerText,
      source: x.checklistSource,
      done: x.checklistDone,
    })),
  );
  const sets = useLiveQuery<HashtagSetRecord[] | undefined>(() => (enabled ? db.hashtagSets.orderBy('order').toArray() : undefined), [enabled]);
  const tags = useLiveQuery<TagRecord[] | undefined>(() => (enabled ? db.tags.orderBy('name').toArray() : undefined), [enabled]);
  const template = useLiveQuery(() => (enabled && s.templateId ? db.templates.get(s.templateId) : undefined), [enabled, s.templateId]);

  const checking = s.source === 'composer' && s.composerText !== null ? 'composer' : 'draft';
  const text = checking === 'composer' ? (s.composerText ?? '') : s.draft;

  // The same objects while nothing but the text changes, so the engine reuses what it derived.
  const context = useMemo<CheckContext | undefined>(
    () =>
      sets && tags
        ? {
            platform: s.platform,
            kind: s.kind,
            template: template ? { hashtags: template.hashtags ?? [], tagCategories: template.tagCategories ?? [], lang: template.lang } : null,
            hashtagSets: sets,
            tags,
            settings,
            done: s.done,
            postLang: template?.lang ?? (lang === 'en' ? 'en' : 'cs'),
          }
        : undefined,
    [sets, tags, template, settings, s.platform, s.kind, s.done, lang],
  );

  const items = useMemo(() => {
    if (!context) return undefined;
    const found = checkPost(text, { ...context, source: checking, now: new Date() });
    // Problems first; the engine's order within a status (stable sort).
    return found.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  }, [text, context, checking]);

  return useMemo(() => ({ items, checking, text }), [items, checking, text]);
}

const ChecklistContext = createContext<ChecklistState | null>(null);

/**
 * Checks the current text once for the whole panel: the Checklist tab and the summary on its
 * tab label read the same result. `children` are made by the parent, so a keystroke re-renders
 * only the readers, not everything inside.
 */
export function ChecklistProvider({ settings, enabled, children }: { settings: Settings; enabled: boolean; children: ReactNode }) {
  return <ChecklistContext.Provider value={useChecklist(settings, enabled)}>{children}</ChecklistContext.Provider>;
}

/** The checklist computed by the nearest ChecklistProvider. */
export function useChecklistResult(): ChecklistState {
  const state = useContext(ChecklistContext);
  if (!state) throw new Error('useChecklistResult() needs a ChecklistProvider above it');
  return state;
}
