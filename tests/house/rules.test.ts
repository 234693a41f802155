// @vitest-environment node
/**
 * The house rules of docs/DEVELOPING.md, checked on the real import graph; each rule also runs
 * on a tiny made-up graph that breaks it, so a checker that silently passes everything fails here.
 */
import { describe, expect, it } from 'vitest';
import { closure, cycles, dexieOpeners, domKnowledge, graphOf, importersOf, readGraph, upwardImports } from './graph';

const graph = readGraph();

const DOM_FILE = (f: string) => f === 'utils/composer/dom.ts';
const DB_FOLDER = (f: string) => f.startsWith('utils/db/');
const BROWSER_API = ['wxt/browser', 'webextension-polyfill', '@wxt-dev/webextension-polyfill'];
/**
 * The files that may touch the browser API directly. Everything else gets it passed in (tests use
 * fakes; storage records use wxt/utils/storage, which is not this). The rest are each feature's one adapter (background wiring, storage,
 * message client). A new one needs a reason here.
 */
const BROWSER_FILES = new Set([
  'entrypoints/popup/App.tsx',
  'entrypoints/welcome/App.tsx',
  // background adapters of the features (alarms, notifications, menus, tabs)
  'utils/background/browser.ts',
  'utils/commands/commands.ts',
  'utils/log/background.ts',
  'utils/notice/menu.ts',
  'utils/onboarding/background.ts',
  'utils/plan/background.ts',
  'utils/sidepanel/availability.ts',
  'utils/composer/report.ts',
  // messaging and the tab bridge
  'utils/messaging/client.ts',
  'utils/messaging/register.ts',
  'utils/content/bridge.ts',
  'utils/composer/bridge.ts',
  'utils/composer/client.ts',
  // panel views that ask the browser for their own tab, shortcuts or language
  'components/composer/useAttachedTab.ts',
  'components/deleteAll/DeleteEverything.tsx',
  'components/help/Shortcuts.tsx',
  'components/plan/openDraft.ts',
  'components/settings/SettingsI18n.tsx',
  'components/welcome/OpenWelcome.tsx',
]);
/** What the content scripts may load: no React, no Dexie, no i18n, no polyfill; the bridge and the DOM knowledge. */
const CONTENT_ALLOWED = /^(utils\/content\/|utils\/messaging\/protocol\.ts$|utils\/hosts\/hosts\.ts$|utils\/composer\/(dom|insert|live|publish|text|bridge)\.ts$|wxt\/browser$|wxt\/utils\/define-content-script$)/;

describe('the project holds the house rules', () => {
  it('reads the whole graph (every floor, the imports of each file)', () => {
    expect(graph.edges.size).toBeGreaterThan(200);
    expect(graph.edges.get('entrypoints/content.ts')!.map((e) => e.to)).toContain('utils/content/bridge.ts');
  });
  it('utils/ imports nothing from components/ or entrypoints/', () => expect(upwardImports(graph)).toEqual([]));
  it('has no import circle', () => expect(cycles(graph)).toEqual([]));
  it('only utils/composer/dom.ts knows Facebook/Instagram markup', () => expect(domKnowledge(graph, DOM_FILE)).toEqual([]));
  it('only utils/db/ opens Dexie', () => expect(dexieOpeners(graph, DB_FOLDER)).toEqual([]));
  it('only the allow-listed files import the browser API', () => expect(importersOf(graph, BROWSER_API, BROWSER_FILES)).toEqual([]));
  it('the allow-list names only files that exist and still import the browser API', () => {
    const stale = [...BROWSER_FILES].filter((f) => !graph.edges.get(f)?.some((e) => BROWSER_API.includes(e.to)));
    expect(stale).toEqual([]);
  });
  it.each(['entrypoints/content.ts', 'entrypoints/composer.content.ts'])('%s loads only the bridge, the protocol and the DOM knowledge', (entry) => {
    const outside = closure(graph, entry).filter((f) => f !== entry && !CONTENT_ALLOWED.test(f));
    expect(outside).toEqual([]);
  });
  it('the content script on every page loads at most 10 modules (it is on every Facebook page; built size: store-listing.test.ts)', () => {
    expect(closure(graph, 'entrypoints/content.ts').length).toBeLessThanOrEqual(10);
  });
});

describe('tests of the tests: each checker fails on a graph that breaks its rule', () => {
  it('an import from utils/ up into components/', () => {
    const g = graphOf({ 'utils/a/a.ts': ['components/a/View.tsx'], 'components/a/View.tsx': ['utils/a/a.ts'] });
    expect(upwardImports(g)).toEqual(['utils/a/a.ts imports components/a/View.tsx (utils/ must not import from components/)']);
  });
  it('a circle, reported as its path', () => {
    const g = graphOf({ 'utils/a.ts': ['utils/b.ts'], 'utils/b.ts': ['utils/c.ts', 'utils/d.ts'], 'utils/c.ts': ['utils/a.ts'], 'utils/d.ts': [] });
    expect(cycles(g)).toEqual(['utils/a.ts → utils/b.ts → utils/c.ts → utils/a.ts']);
    expect(cycles(graphOf({ 'utils/a.ts': ['utils/b.ts'], 'utils/b.ts': [] }))).toEqual([]);
  });
  it('a circle through a type-only import counts too (it ties the folders together)', () => {
    const g = graphOf({ 'utils/a.ts': ['utils/b.ts'], 'utils/b.ts': [] });
    g.edges.get('utils/b.ts')!.push({ to: 'utils/a.ts', typeOnly: true });
    expect(cycles(g)).toEqual(['utils/a.ts → utils/b.ts → utils/a.ts']);
  });
  it('Facebook markup outside dom.ts: a role, an aria label, Lexical, contenteditable', () => {
    const g = graphOf(
      {},
      {
        'utils/composer/dom.ts': "export const DIALOG = '[role=dialog]';",
        'utils/a.ts': "document.querySelector('[role=dialog]');",
        'utils/b.ts': "el.closest('[aria-label=\"Post\"]');",
        'utils/c.ts': "if (el.hasAttribute('data-lexical-editor')) {}",
        'utils/d.ts': 'if (el.isContentEditable) {}',
        'utils/e.ts': "const x = el.textContent; // mentions [role=dialog] in a comment only",
      },
    );
    const found = domKnowledge(g, DOM_FILE);
    expect(found.map((l) => l.split(':')[0])).toEqual(['utils/a.ts', 'utils/b.ts', 'utils/c.ts', 'utils/d.ts']);
    expect(found[0]).toContain('belongs in utils/composer/dom.ts');
  });
  it('Dexie opened outside utils/db/', () => {
    const g = graphOf({ 'utils/db/db.ts': ['dexie'], 'utils/log/x.ts': ['dexie'], 'utils/log/y.ts': [] }, {
      'utils/db/db.ts': "import Dexie from 'dexie'; new Dexie('a');",
      'utils/log/x.ts': "import Dexie from 'dexie'; Dexie.minKey;",
      'utils/log/y.ts': "class D extends Dexie {}",
    });
    expect(dexieOpeners(g, DB_FOLDER)).toEqual([
      'utils/log/x.ts: imports the Dexie class (only utils/db/ may; use the db or its repos)',
      'utils/log/y.ts: opens a Dexie database (only utils/db/ may)',
    ]);
  });
  it('the browser API imported by a file not on the list; type-only imports and tests are fine', () => {
    const g = graphOf({ 'utils/a.ts': ['wxt/browser'], 'utils/b.ts': ['utils/a.ts'], 'utils/a.test.ts': ['wxt/browser'] });
    g.edges.set('utils/c.ts', [{ to: 'wxt/browser', typeOnly: true }]);
    expect(importersOf(g, BROWSER_API, new Set())).toEqual([expect.stringMatching(/^utils\/a\.ts imports wxt\/browser/)]);
  });
  it('a content script that pulls in React or Dexie through a helper', () => {
    const g = graphOf({ 'entrypoints/content.ts': ['utils/content/bridge.ts'], 'utils/content/bridge.ts': ['utils/log/store.ts'], 'utils/log/store.ts': ['dexie'] });
    const outside = closure(g, 'entrypoints/content.ts').filter((f) => f !== 'entrypoints/content.ts' && !CONTENT_ALLOWED.test(f));
    expect(outside).toEqual(['dexie', 'utils/log/store.ts']);
  });
});
