#!/usr/bin/env node
// `npm run test:sources`: the Firefox sources zip, unpacked in an empty folder, installed and
// built with exactly the commands of SOURCE_CODE_REVIEW.md, gives the same extension files, byte
// for byte, as .output/firefox-mv2 (what `npm run zip:firefox` packs here).
// It installs with `npm ci --prefer-offline`: the reviewer's `npm ci` from the archive's lockfile,
// served from npm's cache (filled by this checkout's own `npm ci` in CI), reaching the registry only
// for a package the cache lacks (`--offline` failed here on a cache that missed one). Linking this
// checkout's node_modules would be faster, but would not show that the archive's package.json and
// lockfile alone install what the build needs.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const started = Date.now();
function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`sources: "${cmd} ${args.join(' ')}" failed in ${cwd}`);
    process.exit(1);
  }
}
function files(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, base) : [path.relative(base, p)];
  }).sort();
}
const hash = (p) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

run('npm', ['run', 'zip:firefox'], process.cwd());
const { version, name } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const sourcesZip = path.resolve('.output', `${name}-${version}-sources.zip`);
if (!fs.existsSync(sourcesZip)) {
  console.error(`sources: ${sourcesZip} was not made by "npm run zip:firefox"`);
  process.exit(1);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-sources-'));
try {
  run('unzip', ['-q', sourcesZip, '-d', tmp], process.cwd());
  const leaked = files(tmp).filter((f) => /^(tests|docs\/screenshots|\.test-artifacts|\.bench|node_modules|\.output)\//.test(f));
  if (leaked.length) {
    console.error(`sources: the archive holds what it should not: ${leaked.slice(0, 5).join(', ')}`);
    process.exit(1);
  }
  // SOURCE_CODE_REVIEW.md: `npm ci`, then `npm run zip:firefox`.
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], tmp);
  run('npm', ['run', 'zip:firefox'], tmp);
  const ours = path.resolve('.output/firefox-mv2');
  const theirs = path.join(tmp, '.output/firefox-mv2');
  const a = files(ours);
  const b = files(theirs);
  const differ = [...new Set([...a, ...b])].filter((f) => !a.includes(f) || !b.includes(f) || hash(path.join(ours, f)) !== hash(path.join(theirs, f)));
  if (differ.length) {
    console.error(`sources: the build from the sources zip differs in ${differ.length} file(s): ${differ.slice(0, 10).join(', ')}`);
    console.log('Sources: 0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`sources: ${a.length} files, identical byte for byte (${Math.round((Date.now() - started) / 1000)} s)`);
  console.log('Sources: 1 passed, 0 failed');
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
