/**
 * Everything the Compose tab shows, derived from its inputs: the notice read once per change of
 * the notice (deferred for big pastes), the post re-filled on every field keystroke (cheap).
 */
import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUiStore, type ComposeState } from '@/components/app/store';
import type { Platform } from '@/utils/hosts/hosts';
import type { PostKindId } from '@/utils/kinds';
import { analyzeNotice, composePost, type Analysis, type Composed, type Lang } from '@/utils/rewrite/index';
import { builtinTemplate } from '@/utils/templates/builtins';
import type { PostTemplate } from '@/utils/templates/types';
import type { Settings } from '@/utils/settings/settings';

export interface Composition {
  compose: ComposeState;
  platform: Platform;
  analysis: Analysis | null;
  lang: Lang;
  kind: PostKindId;
  template: PostTemplate;
  /** Templates of the post's language, in the admin's order. */
  choices: PostTemplate[];
  composed: Composed;
  /** What the admin sees and copies: the hand-edited text, or the generated one. */
  post: string;
  /** The fields changed after the admin edited the post by hand. */
  stale: boolean;
}

/** Today's date, stable within a day (weekday inference does not change on every render). */
function today(): Date {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12);
}

/** The template a post uses: the admin's choice, else the first one (in their order) of the kind and language. */
function pickTemplate(templates: readonly PostTemplate[] | undefined, templateId: string | null, lang: Lang, kind: PostKindId): PostTemplate {
  const list = templates ?? [];
  const chosen = templateId ? list.find((t) => t.id === templateId) : undefined;
  if (chosen) return chosen;
  return list.find((t) => t.lang === lang && t.kind === kind) ?? builtinTemplate(lang, kind);
}

export function useComposition(templates: readonly PostTemplate[] | undefined, settings: Settings, uiLang: Lang): Composition {
  const { compose, platform } = useUiStore(useShallow((s) => ({ compose: s.compose, platform: s.platform })));
  const notice = useDeferredValue(compose.notice);
  const now = useMemo(() => today(), []);

  const analysis = useMemo(
    () => (notice.trim() ? analyzeNotice(notice, { lang: compose.langOverride ?? undefined, kind: compose.kindOverride ?? undefined, now }) : null),
    [notice, compose.langOverride, compose.kindOverride, now],
  );
  const lang: Lang = compose.langOverride ?? (analysis && !analysis.error ? analysis.lang : uiLang);
  const kind: PostKindId = compose.kindOverride ?? (analysis && !analysis.error ? analysis.kind : 'general');
  const template = useMemo(() => pickTemplate(templates, compose.templateId, lang, kind), [templates, compose.templateId, lang, kind]);
  const choices = useMemo(() => (templates ?? []).filter((t) => t.lang === lang), [templates, lang]);

  const composed = useMemo(
    () =>
      composePost(analysis && !analysis.error ? analysis : null, template, compose.edits, {
        platform,
        now,
        town: settings.townName,
        hashtags: settings.defaultHashtags,
      }),
    [analysis, template, compose.edits, platform, now, settings.townName, settings.defaultHashtags],
  );
  const post = compose.finalText ?? composed.post;
  const stale = compose.finalText !== null && compose.finalBase !== null && compose.finalBase !== composed.post;
  return { compose, platform, analysis, lang, kind, template, choices, composed, post, stale };
}
