import path from 'node:path';
import { defineConfig } from 'wxt';
import { HOST_MATCHES } from './utils/hosts/hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Auto-imports hide where things come from; explicit imports keep each file readable on its own.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'cs',
    // Least privilege: every permission is explained in README.md ("Permissions").
    // scripting: the panel injects the composer script (insert/read) into its Facebook or
    // Instagram tab only when the admin uses it (utils/composer/client.ts).
    // alarms: the badge rolls over at midnight and the reminder fires while the worker sleeps.
    // notifications: the daily reminder; the feedback of the context menu and the shortcuts.
    // contextMenus: "Rewrite for Facebook" on selected text anywhere (the click carries the
    // selected text: no access to those pages is needed).
    // Each permission is justified in store/listing.*.md (tests/unit/store-listing.test.ts checks).
    permissions: ['storage', 'scripting', 'alarms', 'notifications', 'contextMenus'],
    host_permissions: [...HOST_MATCHES],
    action: { default_title: '__MSG_extName__' },
    // Keyboard shortcuts (utils/commands): changeable in the browser's shortcut settings.
    // Chrome assigns at most four suggested keys; Alt+Shift+P was refused by Chromium here.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commands_openPanel__',
      },
      'insert-post': { suggested_key: { default: 'Alt+Shift+V' }, description: '__MSG_commands_insert__' },
      'log-post': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commands_log__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'town-crier@hlasna-trouba.cz',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // Chrome and Firefox 140 preload modules natively: Vite's polyfill (the only `fetch` in the
  // package, which loaded the extension's own chunks) is not needed, and reviewers need not ask.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // The polyfill (~10 KB) is worth it in the panel and the background, not in the content
    // script that runs on every Facebook page: there `wxt/browser` stays the native object
    // (Chrome MV3 and Firefox both return promises natively).
    // WXT's ContentScriptContext tells the page our id and lets the page stop our scripts
    // (see utils/content/context.ts): in the content scripts it is replaced by an inert one.
    // tests/unit/store-listing.test.ts checks that the built scripts hold no trace of it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const inert = { find: 'wxt/utils/content-script-context', replacement: path.resolve('utils/content/context.ts') };
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) {
        delete (alias as Record<string, string>)['wxt/browser'];
        (alias as Record<string, string>)[inert.find] = inert.replacement;
      } else {
        const list = (alias ?? []) as { find: string | RegExp; replacement: string }[];
        config.resolve = { ...config.resolve, alias: [...list.filter((a) => a.find !== 'wxt/browser'), inert] };
      }
    },
  },
  zip: {
    // The sources zip (Firefox review) holds what builds the package: no tests, fixtures or
    // screenshots (see SOURCE_CODE_REVIEW.md). Dot folders (.output, .wxt, .ci) are never included.
    excludeSources: ['.bench/**', '.test-artifacts/**', 'tests/**', 'docs/screenshots/**', 'stats.html', '**/*.log'],
  },
});
