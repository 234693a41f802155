/**
 * `npm run bench`: builds the extension (and fixture pages), runs every tests/bench/*.bench.ts,
 * prints a table against the budgets and writes .bench/results.json ({ "key": number }).
 * Exits 1 when a budget is exceeded.
 *   npm run bench -- rewrite    only benchmarks whose file name contains "rewrite"
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUDGETS } from '../tests/bench/budgets';

const ROOT = path.resolve(import.meta.dirname, '..');
const filter = process.argv[2];

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npx', ['--no-install', 'wxt', 'build']);
run('node', ['scripts/build-fixtures.mjs']);

const dir = path.join(ROOT, 'tests/bench');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
const results: Record<string, number> = {};
// Each benchmark runs in a process of its own: what one leaves behind (the log benchmark's
// 100,000 rows in the heap, a busy garbage collector, a warm or cold JIT) must not be timed
// as the next one's work.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'town-crier-bench-'));
for (const file of files) {
  const started = performance.now();
  const out = path.join(tmp, `${file}.json`);
  run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/bench-one.ts'), path.join(dir, file), out]);
  Object.assign(results, JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, number>);
  console.log(`  ${file} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
fs.rmSync(tmp, { recursive: true, force: true });

const outFile = path.join(ROOT, '.bench/results.json');
fs.mkdirSync(path.dirname(outFile), { recursive: true });
// Keep keys from benchmarks not run this time (a filtered run updates only its own keys).
const previous = fs.existsSync(outFile) ? (JSON.parse(fs.readFileSync(outFile, 'utf8')) as Record<string, number>) : {};
fs.writeFileSync(outFile, JSON.stringify({ ...(filter ? previous : {}), ...results }, null, 2) + '\n');

let failed = 0;
const rows = Object.entries(results).map(([key, value]) => {
  const b = BUDGETS[key];
  const ok = !b || (value <= b.max && (b.min === undefined || value >= b.min));
  if (!ok) failed++;
  const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(3));
  return {
    key,
    value: fmt(value),
    budget: b?.min !== undefined ? `≥ ${fmt(b.min)} ${b.unit}` : b && Number.isFinite(b.max) ? `≤ ${fmt(b.max)} ${b.unit}` : '—',
    goal: b?.goal !== undefined ? `${fmt(b.goal)} ${b.unit}` : '',
    ok: !b || (!Number.isFinite(b.max) && b.min === undefined) ? '' : ok ? '✓' : b.min !== undefined && value < b.min ? '✗ under budget' : '✗ over budget',
  };
});
console.table(rows);
console.log(`wrote ${path.relative(ROOT, outFile)} (${Object.keys(results).length} keys)`);
const missing = Object.keys(BUDGETS).filter((k) => !(k in results) && !filter);
if (missing.length) {
  console.error(`no measurement for budgeted keys: ${missing.join(', ')}`);
  failed++;
}
process.exit(failed ? 1 : 0);
