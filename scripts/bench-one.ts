/**
 * One benchmark file in a process of its own (see scripts/bench.ts):
 *   node --import tsx scripts/bench-one.ts tests/bench/x.bench.ts out.json
 * runs its default export and writes the { key: number } it returns to out.json.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const [file, out] = process.argv.slice(2);
if (!file || !out) {
  console.error('usage: bench-one.ts <file.bench.ts> <out.json>');
  process.exit(2);
}
const mod = (await import(pathToFileURL(file).href)) as { default: () => Promise<Record<string, number>> };
fs.writeFileSync(out, JSON.stringify(await mod.default()));
// Browsers or timers a benchmark left behind must not keep the process alive.
process.exit(0);
