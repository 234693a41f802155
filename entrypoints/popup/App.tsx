import { browser } from 'wxt/browser';
import { PasteNotice } from '@/components/notice/PasteNotice';
import { SettingsI18n } from '@/components/settings/SettingsI18n';
import { useT } from '@/components/ui/i18n';

/** Shown by the toolbar button on any tab that is not Facebook or Instagram. */
export function App() {
  return <SettingsI18n>{() => <Popup />}</SettingsI18n>;
}

const SITES = [
  { key: 'popup_openFacebook', url: 'https://www.facebook.com/' },
  { key: 'popup_openInstagram', url: 'https://www.instagram.com/' },
] as const;

function Popup() {
  const { t } = useT();
  const open = async (url: string) => {
    await browser.tabs.create({ url });
    window.close();
  };
  return (
    <main className="popup">
      <h1>{t('extName')}</h1>
      <p>{t('popup_what')}</p>
      <p className="muted">{t('popup_where')}</p>
      <PasteNotice />
      <div className="row">
        {SITES.map((s) => (
          <button key={s.key} type="button" className="button" onClick={() => void open(s.url)}>
            {t(s.key)}
          </button>
        ))}
      </div>
    </main>
  );
}
