import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DbGate, useDbOpen } from '@/components/app/DbGate';
import { useSavedDraft } from '@/components/app/savedDraft';
import { TAB_IDS, useUiStore, type TabId } from '@/components/app/store';
import { ChecklistSummary } from '@/components/checklist/ChecklistSummary';
import { ChecklistView } from '@/components/checklist/ChecklistView';
import { ChecklistProvider } from '@/components/checklist/useChecklist';
import { usePanelCommands } from '@/components/commands/usePanelCommands';
import { ComposeView } from '@/components/compose/ComposeView';
import { ComposerActions } from '@/components/composer/ComposerActions';
import { ComposerConnection } from '@/components/composer/ComposerConnection';
import { DeleteEverything } from '@/components/deleteAll/DeleteEverything';
import { ComposerHint } from '@/components/help/ComposerHint';
import { TabHelp } from '@/components/help/TabHelp';
import { LogView } from '@/components/log/LogView';
import { useNoticeIntake } from '@/components/notice/intake';
import { NoticeIntakeBanner } from '@/components/notice/NoticeIntakeBanner';
import { TodaySummary } from '@/components/log/TodaySummary';
import { PlanView } from '@/components/plan/PlanView';
import { PlanWatchers } from '@/components/plan/PlanWatchers';
import { SaveAsDraft } from '@/components/plan/SaveAsDraft';
import { SettingsView } from '@/components/settings/SettingsView';
import { SettingsI18n } from '@/components/settings/SettingsI18n';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { OpenWelcome } from '@/components/welcome/OpenWelcome';
import { useT } from '@/components/ui/i18n';
import { TabPanel, Tabs } from '@/components/ui/Tabs';
import type { MessageKey } from '@/utils/i18n/i18n';
import type { Settings } from '@/utils/settings/settings';

const TAB_LABELS: Record<TabId, MessageKey> = {
  compose: 'tab_compose',
  plan: 'tab_plan',
  checklist: 'tab_checklist',
  log: 'tab_log',
  settings: 'tab_settings',
};

export function App() {
  // The post being written comes back from the last time the panel was open.
  const draftReady = useSavedDraft();
  return <SettingsI18n>{(settings) => (settings && draftReady ? <Panel settings={settings} /> : null)}</SettingsI18n>;
}

function Panel({ settings }: { settings: Settings }) {
  const { t } = useT();
  const [tab, setTab] = useUiStore(useShallow((s) => [s.tab, s.setTab]));
  useEffect(() => {
    document.title = t('extName');
  }, [t]);
  // A notice from the context menu or the popup goes into the Compose tab (components/notice).
  useNoticeIntake();
  // The "insert the post" shortcut runs the Compose tab's Insert (components/commands).
  usePanelCommands();
  const dbOpen = useDbOpen();

  const view = (() => {
    switch (tab) {
      case 'compose':
        return (
          <ComposeView
            settings={settings}
            actions={
              <>
                <ComposerHint />
                <ComposerActions settings={settings} />
                <SaveAsDraft />
              </>
            }
          />
        );
      case 'plan':
        return <PlanView settings={settings} />;
      case 'checklist':
        return <ChecklistView settings={settings} />;
      case 'log':
        return <LogView settings={settings} />;
      case 'settings':
        return (
          <div className="stack">
            <SettingsView settings={settings} />
            <OpenWelcome />
            {/* Settings work without the database; deleting everything needs it. */}
            <DbGate>
              <DeleteEverything settings={settings} />
            </DbGate>
          </div>
        );
    }
  })();

  // The draft is checked once, here, for the badge on the Checklist tab and the tab itself.
  return (
    <ChecklistProvider settings={settings} enabled={dbOpen}>
      <div className="app">
        <header className="app__header">
          <h1 className="app__title">{t('extName')}</h1>
          <ErrorBoundary fallback={() => null}>
            <DbGate fallbackSilent>
              <TodaySummary settings={settings} />
              {/* The planned-time alarm and a reminder's "open this draft" (components/plan). */}
              <PlanWatchers />
            </DbGate>
          </ErrorBoundary>
        </header>
        <main className="app__main">
          <div className="app__connection">
            <ComposerConnection settings={settings} />
          </div>
          <Tabs
            tabs={TAB_IDS.map((id) => ({
              id,
              label: t(TAB_LABELS[id]),
              // "7 ✓ · 1 ⚠ · 1 ✗" of the current draft, seen from every tab.
              badge: id === 'checklist' ? <ChecklistSummary /> : undefined,
            }))}
            selected={tab}
            onSelect={setTab}
            label={t('app_tabsLabel')}
          />
          <TabPanel id={tab}>
            <TabHelp key={`help-${tab}`} tab={tab} />
            {tab === 'compose' && <NoticeIntakeBanner />}
            <ErrorBoundary
              key={tab}
              fallback={(e) => (
                <div role="alert" className="notice notice--error">
                  <p>{t('app_viewCrashed')}</p>
                  <code className="small">{e.message}</code>
                </div>
              )}
            >
              {/* The gate remounts with the tab but the open is the page's, done once (DbGate). */}
              {tab === 'settings' ? view : <DbGate>{view}</DbGate>}
            </ErrorBoundary>
          </TabPanel>
        </main>
      </div>
    </ChecklistProvider>
  );
}
