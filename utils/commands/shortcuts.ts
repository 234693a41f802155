/**
 * The shortcuts as the panel's help and the welcome page list them: read from
 * `commands.getAll()` (the keys the admin has now, not the suggested ones), in a fixed order.
 */
import type { MessageKey } from '../i18n/i18n';
import { COMMAND_INSERT, COMMAND_LOG, OPEN_COMMANDS } from './commands';

export interface BrowserCommand {
  name?: string;
  shortcut?: string;
}

export interface ShortcutRow {
  name: string;
  label: MessageKey;
  /** null: no keys assigned (another extension took them, or the admin removed them). */
  keys: string | null;
}

const LABELS: Record<string, MessageKey> = {
  [COMMAND_INSERT]: 'shortcut_insert',
  [COMMAND_LOG]: 'shortcut_log',
  ...Object.fromEntries(OPEN_COMMANDS.map((c) => [c, 'shortcut_openPanel' as MessageKey])),
};

const ORDER = [...OPEN_COMMANDS, COMMAND_INSERT, COMMAND_LOG] as readonly string[];

export function shortcutRows(commands: readonly BrowserCommand[]): ShortcutRow[] {
  return commands
    .filter((c): c is BrowserCommand & { name: string } => !!c.name && c.name in LABELS)
    .sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name))
    .map((c) => ({ name: c.name, label: LABELS[c.name]!, keys: c.shortcut?.trim() ? c.shortcut.trim() : null }));
}

/** Where Chrome lets the admin change the keys (an extension page may open it with tabs.create). */
export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';
