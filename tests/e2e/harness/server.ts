/**
 * HTTPS server for the fixture pages. It answers by Host header, so Chromium can reach
 * https://www.facebook.com/… at 127.0.0.1 and the extension's real match patterns apply.
 *
 *   tests/fixtures/sites/<host>/<path>.html   pages (`/` → index.html, `/x` → x.html)
 *   /__fixtures/<name>.js                     bundles from scripts/build-fixtures.mjs
 */
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ensureCertificate } from './certs';
import { FIXTURE_BUNDLES, SITES_DIR } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function resolveFile(host: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('?')[0]!).replace(/\/+$/, '') || '/index';
  if (clean.startsWith('/__fixtures/')) return path.join(FIXTURE_BUNDLES, path.basename(clean));
  const base = path.join(SITES_DIR, host);
  const candidates = [clean, `${clean}.html`, `${clean}/index.html`].map((c) => path.join(base, c));
  const found = candidates.find((c) => c.startsWith(base) && fs.existsSync(c) && fs.statSync(c).isFile());
  return found ?? null;
}

export async function startFixtureServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = https.createServer(ensureCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0]!;
    const file = resolveFile(host, req.url ?? '/');
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture for ${host}${req.url}`);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
