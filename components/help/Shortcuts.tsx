import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '@/components/ui/i18n';
import './help.css';
import { CHROME_SHORTCUTS_URL, shortcutRows, type BrowserCommand, type ShortcutRow } from '@/utils/commands/shortcuts';

type CommandsApi = { getAll(): Promise<BrowserCommand[]>; openShortcutSettings?: () => Promise<void> };

const commandsApi = () => (browser as unknown as { commands?: CommandsApi }).commands;

/**
 * The keyboard shortcuts as the browser has them now, and where to change them: Chrome's
 * chrome://extensions/shortcuts (only `tabs.create` may open it), Firefox's own settings page.
 */
export function Shortcuts({ api = commandsApi(), openTab = (url: string) => browser.tabs.create({ url }) }: { api?: CommandsApi; openTab?: (url: string) => Promise<unknown> }) {
  const { t } = useT();
  const [rows, setRows] = useState<ShortcutRow[] | null>(null);
  useEffect(() => {
    let alive = true;
    if (!api) return;
    // A browser without the API (or a test double) may throw instead of rejecting.
    Promise.resolve()
      .then(() => api.getAll())
      .then(
      (all) => alive && setRows(shortcutRows(all)),
      () => alive && setRows([]),
    );
    return () => {
      alive = false;
    };
  }, [api]);

  const change = () => {
    if (api?.openShortcutSettings) void api.openShortcutSettings();
    else void openTab(CHROME_SHORTCUTS_URL);
  };

  if (!api) return null;
  return (
    <div className="stack" data-testid="shortcuts">
      {rows && rows.length > 0 && (
        <dl className="shortcuts">
          {rows.map((r) => (
            <div key={r.name} className="shortcuts__row">
              <dt>{t(r.label)}</dt>
              <dd>{r.keys ? <kbd>{r.keys}</kbd> : <span className="muted">{t('shortcut_none')}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="small">
        <button type="button" className="button" onClick={change}>
          {t('shortcut_change')}
        </button>{' '}
        <span className="hint">{t('shortcut_change_hint')}</span>
      </p>
    </div>
  );
}
