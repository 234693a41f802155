/** Sizes of what the browser loads: the content script on every Facebook page, the panel, the worker. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { EXTENSION_DIR } from '../e2e/harness/paths';

const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const size = (file: string) => fs.statSync(file).size;

/** Every JS file an HTML page loads: its scripts, preloads, and their static and dynamic imports. */
export function jsLoadedBy(htmlFile: string, root = EXTENSION_DIR): string[] {
  const html = fs.readFileSync(htmlFile, 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => path.join(root, m[1]!));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      queue.push(path.resolve(path.dirname(file), m[1]!));
    }
  }
  return [...seen];
}

export default async function run(): Promise<Record<string, number>> {
  const content = path.join(EXTENSION_DIR, 'content-scripts/content.js');
  const panelJs = jsLoadedBy(path.join(EXTENSION_DIR, 'sidepanel.html'));
  return {
    'bundle.content.bytes': size(content),
    'bundle.content.gzip_bytes': gzip(content),
    'bundle.sidepanel.gzip_bytes': panelJs.reduce((sum, f) => sum + gzip(f), 0),
    'bundle.background.bytes': size(path.join(EXTENSION_DIR, 'background.js')),
  };
}
