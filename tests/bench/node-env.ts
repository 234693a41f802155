/**
 * Node has no extension APIs. The log's modules define WXT storage items at import (the
 * composer's publish queue), which read `chrome.storage` at once: give them WXT's fake
 * browser, as the unit tests do, and IndexedDB from fake-indexeddb. Import this first.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { chrome?: unknown }).chrome ??= fakeBrowser;
