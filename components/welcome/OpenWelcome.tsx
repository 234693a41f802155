import { useId } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '@/components/ui/i18n';
import { WELCOME_PATH } from '@/utils/onboarding/store';

/** Settings: the first-run guide again (it opens by itself only once per profile). */
export function OpenWelcome({ openTab = (url: string) => browser.tabs.create({ url }) }: { openTab?: (url: string) => Promise<unknown> }) {
  const { t } = useT();
  const id = useId();
  return (
    <p className="row">
      <button type="button" className="button" aria-describedby={`${id}-hint`} onClick={() => void openTab(browser.runtime.getURL(WELCOME_PATH))}>
        {t('welcome_openAgain')}
      </button>
      <span id={`${id}-hint`} className="hint small">
        {t('welcome_openAgain_hint')}
      </span>
    </p>
  );
}
