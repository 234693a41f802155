import { useEffect, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/ui/i18n';
import { resolveLang } from '@/utils/i18n/i18n';
import type { Settings } from '@/utils/settings/settings';
import { useSettings } from './useSettings';

/**
 * What every extension page starts with: the settings, live (`undefined` until read), and the
 * admin's language for everything inside and for `<html lang>` (screen readers, hyphenation).
 */
export function SettingsI18n({ children }: { children: (settings: Settings | undefined) => ReactNode }) {
  const settings = useSettings();
  const lang = resolveLang(settings?.language ?? 'auto', browser.i18n?.getUILanguage?.());
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nProvider lang={lang}>{children(settings)}</I18nProvider>;
}
