import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
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
  context: CheckContext | undefined;
  sets: HashtagSetRecord[] | undefined;
  tags: TagRecord[] | undefined;
}

const STATUS_ORDER = { fail: 0, warn: 1, pass: 2 } as const;

/**
 * The checklist of the current text, live: re-checked when the draft (or the composer's
 * text), the platform, the sets, the partners or the settings change. Shared by the
 * Checklist tab and the summary shown on every tab.
 */
export function useChecklist(settings: Settings): ChecklistState {
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
  const sets = useLiveQuery(() => db.hashtagSets.orderBy('order').toArray(), []);
  const tags = useLiveQuery(() => db.tags.orderBy('name').toArray(), []);
  const template = useLiveQuery(() => (s.templateId ? db.templates.get(s.templateId) : undefined), [s.templateId]);

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

  return { items, checking, text, context, sets, tags };
}
