/**
 * Keyboard shortcuts (manifest `commands`; the admin changes the keys in the browser's
 * shortcut settings). Opening the panel is the browser's own `_execute_action` (Chrome: the
 * toolbar button opens the panel on Facebook/Instagram, the popup elsewhere) or
 * `_execute_sidebar_action` (Firefox); the two below are handled here:
 * - insert-post: the open panel of the tab runs its Insert (`panel:insert`), exactly as if the
 *   admin clicked the button there (with its clipboard fallback and its messages). The post
 *   lives only in the open panel, so with no panel there is nothing to insert: a notification
 *   says how to open it.
 * - log-post: "+1 post" for the platform of the active tab (Facebook when it is neither),
 *   the badge follows, a notification confirms with today's count.
 *
 * Browser APIs come in as parameters (unit tests pass fakes); the background registers it.
 */
import { browser } from 'wxt/browser';
import type { PostRecord } from '../db/types';
import { platformOfUrl, type Platform } from '../hosts/hosts';
import { notify as notifyIn } from '../background/browser';
import { translate, type MessageKey, type Params } from '../i18n/i18n';
import { browserLogDeps, createLogService, type NotificationsApi } from '../log/background';
import type { ManualEntry } from '../log/store';
import { targetRange, type TargetState } from '../log/target';
import { isNoReceiver, sendToPanel } from '../messaging/client';
import type { PanelInsertStatus } from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import { getSettings } from '../settings/store';

export const COMMAND_INSERT = 'insert-post';
export const COMMAND_LOG = 'log-post';
/** The browser's own "open the panel / popup" commands (Chrome MV3, Firefox sidebar, Firefox MV2 button). */
export const OPEN_COMMANDS = ['_execute_action', '_execute_sidebar_action', '_execute_browser_action'] as const;
export const COMMAND_NOTIFICATION = 'commands:result';

export type { PanelInsertStatus } from '../messaging/protocol';

export interface CommandTab {
  id?: number;
  url?: string;
}

export interface CommandDeps {
  /** Asks the panel attached to `tabId` to run its Insert; a MessagingError 'no-receiver' when no such panel is open. */
  askPanelToInsert(tabId: number): Promise<{ status: PanelInsertStatus }>;
  logByHand(entry: ManualEntry): Promise<PostRecord>;
  /** Today's count after the change (and the badge showing it). */
  refreshBadge(): Promise<{ count: number; state: TargetState }>;
  getSettings(): Promise<Settings>;
  uiLanguage(): string | undefined;
  iconUrl(): string;
  notifications: NotificationsApi;
}

export type CommandOutcome =
  | { command: typeof COMMAND_INSERT; result: 'notHere' | 'noPanel' | PanelInsertStatus }
  | { command: typeof COMMAND_LOG; result: 'logged'; platform: Platform; count: number }
  | { command: string; result: 'ignored' };

const PLATFORM_NAMES: Record<Platform, string> = { facebook: 'Facebook', instagram: 'Instagram' };

export function createCommandService(d: CommandDeps) {
  const notify = (titleKey: MessageKey, messageKey: MessageKey, params?: Params) =>
    notifyIn(d, COMMAND_NOTIFICATION, (lang, s) => ({ title: translate(lang, titleKey), message: translate(lang, messageKey, { ...params, target: targetRange(s) }) }), true);

  async function insert(tab: CommandTab | undefined): Promise<CommandOutcome> {
    if (tab?.id === undefined || !platformOfUrl(tab.url)) {
      await notify('commands_insert_title', 'commands_insert_notHere');
      return { command: COMMAND_INSERT, result: 'notHere' };
    }
    try {
      const { status } = await d.askPanelToInsert(tab.id);
      // The panel shows what happened next to the post (and what to do); only silence needs a word here.
      if (status === 'timeout') await notify('commands_insert_title', 'commands_insert_noAnswer');
      return { command: COMMAND_INSERT, result: status };
    } catch (e) {
      if (isNoReceiver(e)) {
        await notify('commands_insert_title', 'commands_insert_noPanel');
        return { command: COMMAND_INSERT, result: 'noPanel' };
      }
      throw e;
    }
  }

  async function log(tab: CommandTab | undefined): Promise<CommandOutcome> {
    const platform = platformOfUrl(tab?.url) ?? 'facebook';
    await d.logByHand({ platform });
    const { count } = await d.refreshBadge();
    await notify('commands_logged_title', 'commands_logged_message', { platform: PLATFORM_NAMES[platform], count });
    return { command: COMMAND_LOG, result: 'logged', platform, count };
  }

  return {
    onCommand(command: string, tab?: CommandTab): Promise<CommandOutcome> {
      if (command === COMMAND_INSERT) return insert(tab);
      if (command === COMMAND_LOG) return log(tab);
      return Promise.resolve({ command, result: 'ignored' });
    },
  };
}

export type CommandService = ReturnType<typeof createCommandService>;

/** The real browser; the log's own service does the logging (one code path for "+1"). */
export function browserCommandDeps(): CommandDeps {
  const logDeps = browserLogDeps();
  const log = createLogService(logDeps);
  return {
    askPanelToInsert: (tabId) => sendToPanel('panel:insert', { tabId }),
    logByHand: (entry) => log.logByHand(entry),
    refreshBadge: () => log.refreshBadge(),
    getSettings,
    uiLanguage: logDeps.uiLanguage,
    iconUrl: logDeps.iconUrl,
    notifications: logDeps.notifications,
  };
}

const warn = (e: unknown) => console.warn('[Town Crier] shortcut', e);

/** Registers the listener, synchronously. (Firefox's `commands` exists only when the manifest declares some.) */
export function registerCommands(service: CommandService = createCommandService(browserCommandDeps())): void {
  browser.commands?.onCommand.addListener((command, tab) => void service.onCommand(command, tab).catch(warn));
}
