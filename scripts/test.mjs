#!/usr/bin/env node
// `npm test`: every test, unit and end-to-end. Makes sure Chromium and Firefox ESR are there
// (installs them on Debian when run as root), builds both packages and the fixture pages, then
// runs vitest (projects unit, e2e = Chromium, e2e-firefox = Firefox ESR).
//   npm test                  all tests
//   npm test -- --unit-only   skip the browser (quick loop while coding)
//   npm test -- --e2e-only    only the browser tests
//   other arguments go to vitest (e.g. a file filter)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const args = process.argv.slice(2);
const unitOnly = args.includes('--unit-only');
// `npm run screenshots`: the Chromium tests that take the README's and the store's images, with
// those written into docs/screenshots (tests/e2e/harness/paths.ts); nothing else writes there.
const screenshots = args.includes('--screenshots');
if (screenshots) process.env.TC_SCREENSHOTS = '1';
const e2eOnly = args.includes('--e2e-only') || screenshots;
const SCREENSHOT_FILES = ['foundation', 'checklist', 'compose.e2e', 'composer.e2e', 'log.e2e', 'welcome', 'store-screenshots'].map((f) => `tests/e2e/${f}`);
const rest = [...args.filter((a) => !['--unit-only', '--e2e-only', '--screenshots'].includes(a)), ...(screenshots ? SCREENSHOT_FILES : [])];

function run(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Both browsers and what they need, in one apt-get call (the same list as .ci/run).
const PACKAGES = ['chromium', 'fonts-noto-color-emoji', 'firefox-esr', 'firefox-esr-l10n-cs'];

function ensureBrowsers() {
  const browsers = [
    { name: 'Chromium', env: 'CHROMIUM_PATH', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
    { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  ];
  // The Czech Firefox test needs Firefox's Czech language pack.
  const czech = !fs.existsSync('/usr/bin/dpkg') || spawnSync('dpkg', ['-s', 'firefox-esr-l10n-cs'], { stdio: 'ignore' }).status === 0;
  let missing = browsers.filter((b) => !fs.existsSync(b.path));
  if (missing.length === 0 && czech) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (missing.every((b) => !process.env[b.env]) && isRoot && hasApt) {
    console.log(`Installing Debian's ${PACKAGES.join(' ')} (apt-get)…`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit' });
    missing = browsers.filter((b) => !fs.existsSync(b.path));
    if (missing.length === 0) return;
  }
  for (const b of missing.length ? missing : browsers.slice(1)) {
    console.error(
      `\nThe browser tests need ${b.name} at ${b.path}${missing.length ? ', and it is not there' : ' with its Czech language pack'}.\n` +
        `Install it (Debian/Ubuntu: "sudo apt-get install --no-install-recommends ${PACKAGES.join(' ')}") or point ${b.env} at the binary,\n` +
        `then run "npm test" again. (Use "npm test -- --unit-only" to run only the tests without a browser.)\n`,
    );
  }
  process.exit(1);
}

const npx = (bin, binArgs) => run('npx', ['--no-install', bin, ...binArgs]);

if (!unitOnly) {
  ensureBrowsers();
  npx('wxt', ['build']);
  npx('wxt', ['build', '-b', 'firefox']);
  run('node', ['scripts/build-fixtures.mjs']);
}
const projects = unitOnly ? ['--project', 'unit'] : screenshots ? ['--project', 'e2e'] : e2eOnly ? ['--project', 'e2e', '--project', 'e2e-firefox'] : [];
// vitest's summary counts all projects together: a per-project line says what ran where.
const report = '.test-artifacts/vitest.json';
fs.mkdirSync('.test-artifacts', { recursive: true });
fs.rmSync(report, { force: true });
const r = spawnSync('npx', ['--no-install', 'vitest', 'run', ...projects, '--reporter=default', `--reporter=json`, `--outputFile.json=${report}`, ...rest], { stdio: 'inherit' });
if (fs.existsSync(report)) {
  const byProject = new Map();
  for (const file of JSON.parse(fs.readFileSync(report, 'utf8')).testResults ?? []) {
    const name = file.name.includes('/tests/e2e/firefox/') ? 'Firefox' : file.name.includes('/tests/e2e/') ? 'Chromium' : 'Unit';
    const c = byProject.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'passed') c.passed++;
      else if (t.status === 'failed') c.failed++;
      else c.skipped++;
    }
    byProject.set(name, c);
  }
  const line = (name, c) => console.log(`${name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const [name, c] of byProject) {
    line(name, c);
    for (const k of Object.keys(total)) total[k] += c[k];
  }
  line('Total', total);
}
process.exit(r.status ?? 1);
