import { describe, expect, it } from 'vitest';
import { shortcutRows } from './shortcuts';

describe('shortcutRows', () => {
  it('lists open, insert and log in that order with the keys the browser reports', () => {
    expect(
      shortcutRows([
        { name: 'log-post', shortcut: 'Alt+Shift+L' },
        { name: 'insert-post', shortcut: '' },
        { name: '_execute_action', shortcut: 'Alt+Shift+H' },
        { name: 'wxt:reload-extension', shortcut: 'Alt+R' },
        { shortcut: 'Ctrl+Q' },
      ]),
    ).toEqual([
      { name: '_execute_action', label: 'shortcut_openPanel', keys: 'Alt+Shift+H' },
      { name: 'insert-post', label: 'shortcut_insert', keys: null },
      { name: 'log-post', label: 'shortcut_log', keys: 'Alt+Shift+L' },
    ]);
  });

  it("knows Firefox's sidebar command", () => {
    expect(shortcutRows([{ name: '_execute_sidebar_action', shortcut: 'Alt+Shift+H' }])).toEqual([
      { name: '_execute_sidebar_action', label: 'shortcut_openPanel', keys: 'Alt+Shift+H' },
    ]);
  });
});
