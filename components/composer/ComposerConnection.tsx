/**
 * The panel's standing connection to its Facebook/Instagram tab, mounted once in the panel
 * shell so it works on every tab of the panel (the checklist checks the composer's text live
 * while the Compose tab is not shown):
 * - keeps the store's `attachedTab` current (and `platform`, when the tab's network changes);
 * - puts the content script back into the tab when it is missing (after an extension update);
 * - with the `liveReadback` setting on, keeps `composerText` current as the admin types;
 * - shows the "Published?" questions.
 * Nothing runs on the host page while the panel is closed: closing it ends the live port.
 */
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUiStore } from '@/components/app/store';
import { ensureContentScript, watchComposer } from '@/utils/composer/client';
import { explicitTabId } from '@/utils/composer/tab';
import type { Settings } from '@/utils/settings/settings';
import { PublishedPrompt } from './PublishedPrompt';
import { useAttachedTab } from './useAttachedTab';

export function ComposerConnection({ settings, tabId }: { settings: Settings; tabId?: number | null }) {
  const tab = useAttachedTab(tabId !== undefined ? tabId : explicitTabId(location.search));
  const [setAttachedTab, setComposerText, setPlatform] = useUiStore(
    useShallow((s) => [s.setAttachedTab, s.setComposerText, s.setPlatform]),
  );

  useEffect(() => setAttachedTab(tab), [tab, setAttachedTab]);

  useEffect(() => {
    if (tab.platform) setPlatform(tab.platform);
  }, [tab.platform, setPlatform]);

  useEffect(() => {
    if (tab.tabId !== null && tab.platform) void ensureContentScript(tab.tabId);
  }, [tab.tabId, tab.platform, tab.loads]);

  useEffect(() => {
    if (!settings.liveReadback || tab.tabId === null) return;
    return watchComposer(tab.tabId, setComposerText);
  }, [settings.liveReadback, tab.tabId, tab.loads, setComposerText]);

  return <PublishedPrompt />;
}
