import { useId, useState } from 'react';
import type { TabId } from '@/components/app/store';
import { useT } from '@/components/ui/i18n';
import type { MessageKey } from '@/utils/i18n/i18n';
import { Shortcuts } from './Shortcuts';
import './help.css';

/** A short "how it works" per tab, in the admin's language. */
export const HELP: Record<TabId, readonly MessageKey[]> = {
  compose: ['help_compose_1', 'help_compose_2', 'help_compose_3', 'help_compose_4'],
  plan: ['help_plan_1', 'help_plan_2', 'help_plan_3'],
  checklist: ['help_checklist_1', 'help_checklist_2', 'help_checklist_3'],
  log: ['help_log_1', 'help_log_2', 'help_log_3'],
  settings: ['help_settings_1', 'help_settings_2', 'help_settings_3'],
};

/** "? How it works" above each tab: a disclosure with the tab's help and the keyboard shortcuts. */
export function TabHelp({ tab, shortcuts = <Shortcuts /> }: { tab: TabId; shortcuts?: React.ReactNode }) {
  const { t } = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="help">
      <button type="button" className="button help__toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true" className="help__mark">?</span> {t('help_toggle')}
      </button>
      <div id={`${id}-body`} className="help__body notice stack" hidden={!open} data-testid="tab-help">
        <ul>
          {HELP[tab].map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        {/* h2: the help comes first in the tab, right after the panel's h1. */}
        <h2 className="help__heading">{t('help_shortcuts')}</h2>
        {open && shortcuts}
      </div>
    </div>
  );
}
