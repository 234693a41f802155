#!/usr/bin/env node
// `npm test`: every test, unit and end-to-end. Makes sure Chromium is there (installs it on
// Debian when run as root), builds the extension and the fixture pages, then runs vitest.
//   npm test                  all tests
//   npm test -- --unit-only   skip the browser (quick loop while coding)
//   npm test -- --e2e-only    only the browser tests
//   other arguments go to vitest (e.g. a file filter)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const args = process.argv.slice(2);
const unitOnly = args.includes('--unit-only');
const e2eOnly = args.includes('--e2e-only');
const rest = args.filter((a) => !a.startsWith('--unit-only') && !a.startsWith('--e2e-only'));

function run(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(path)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
    console.log('Chromium is missing: installing Debian\'s chromium (apt-get)…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-color-emoji'], { stdio: 'inherit' });
    if (fs.existsSync(path)) return;
  }
  console.error(
    `\nThe browser tests need Chromium at ${path}, and it is not there.\n` +
      `Install it (Debian/Ubuntu: "sudo apt-get install chromium") or point CHROMIUM_PATH at a Chromium binary,\n` +
      `then run "npm test" again. (Use "npm test -- --unit-only" to run only the tests without a browser.)\n`,
  );
  process.exit(1);
}

const npx = (bin, binArgs) => run('npx', ['--no-install', bin, ...binArgs]);

if (!unitOnly) {
  ensureChromium();
  npx('wxt', ['build']);
  run('node', ['scripts/build-fixtures.mjs']);
}
const projects = unitOnly ? ['--project', 'unit'] : e2eOnly ? ['--project', 'e2e'] : [];
npx('vitest', ['run', ...projects, ...rest]);
