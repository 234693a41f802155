// Bundles the fixture pages' scripts (real Lexical, React…) for the E2E tests:
// tests/fixtures/sites/src/pages/<name>.ts(x) → .test-artifacts/fixtures/<name>.js
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const pagesDir = 'tests/fixtures/sites/src/pages';
const entryPoints = fs.readdirSync(pagesDir).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(pagesDir, f));
await build({
  entryPoints,
  outdir: '.test-artifacts/fixtures',
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
console.log(`fixtures: ${entryPoints.length} bundles`);
