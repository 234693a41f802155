import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { SettingsI18n } from '@/components/settings/SettingsI18n';
import { useT } from '@/components/ui/i18n';
import { useWelcome } from '@/components/welcome/useWelcome';
import { WelcomeView, type WelcomeActions } from '@/components/welcome/WelcomeView';
import type { WelcomeState } from '@/utils/onboarding/welcome';
import type { Settings } from '@/utils/settings/settings';
import { saveWelcomeStep } from '@/utils/onboarding/store';
import { updateSettings } from '@/utils/settings/store';

const actions: WelcomeActions = {
  saveSettings: updateSettings,
  saveStep: saveWelcomeStep,
  openTab: (url) => browser.tabs.create({ url }),
};

/** The first-run page (opened once by the background after install; Settings can open it again). */
export function App() {
  const welcome = useWelcome();
  return <SettingsI18n>{(settings) => (settings && welcome ? <Page settings={settings} welcome={welcome} /> : null)}</SettingsI18n>;
}

function Page({ settings, welcome }: { settings: Settings; welcome: WelcomeState }) {
  const { t } = useT();
  useEffect(() => {
    document.title = `${t('welcome_title')} – ${t('extName')}`;
  }, [t]);
  return <WelcomeView settings={settings} welcome={welcome} actions={actions} />;
}
