#!/usr/bin/env node
// Builds the extension for Chrome and Firefox into a scratch folder and writes both manifests
// to <outDir>/manifests.json: { "chrome": {...}, "firefox": {...} }. Used by tests/unit/store-listing.test.ts, so
// the permission checks see exactly what the stores get, without touching .output/.
//   node scripts/build-manifests.mjs <outDir>
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'wxt';

const outDir = path.resolve(process.argv[2] ?? fs.mkdtempSync('/tmp/tc-manifests-'));
const quiet = { debug() {}, log() {}, info() {}, success() {}, warn: console.warn, error: console.error, fatal: console.error, level: 0 };
const manifests = {};
for (const [name, browser, folder] of [['chrome', 'chrome', 'chrome-mv3'], ['firefox', 'firefox', 'firefox-mv2']]) {
  await build({ browser, outDir, logger: quiet });
  manifests[name] = JSON.parse(fs.readFileSync(path.join(outDir, folder, 'manifest.json'), 'utf8'));
}
fs.writeFileSync(path.join(outDir, 'manifests.json'), JSON.stringify(manifests, null, 2));
