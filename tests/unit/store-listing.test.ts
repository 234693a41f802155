// @vitest-environment node
/**
 * The store package: every permission of the built manifests (Chrome and Firefox) has a
 * justification in both listings (store/listing.*.md) and is used in the source; nothing more
 * is asked for than the extension needs; the short description is the manifest's; every icon
 * size exists and the 16 px one keeps AA contrast.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOST_MATCHES } from '@/utils/hosts/hosts';
import { BUDGETS } from '../bench/budgets';

const ROOT = path.resolve(__dirname, '../..');

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  icons: Record<string, string>;
}

let manifests: { chrome: Manifest; firefox: Manifest };
/** Every script of both built packages, by path. */
const scripts = new Map<string, string>();
beforeAll(() => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-manifests-'));
  try {
    execFileSync(process.execPath, ['scripts/build-manifests.mjs', out], { cwd: ROOT, stdio: 'ignore', timeout: 120_000 });
    manifests = JSON.parse(fs.readFileSync(path.join(out, 'manifests.json'), 'utf8'));
    for (const f of fs.readdirSync(out, { recursive: true, encoding: 'utf8' })) if (f.endsWith('.js')) scripts.set(f, fs.readFileSync(path.join(out, f), 'utf8'));
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 120_000);

const isHost = (p: string) => /^(\*|https?):\/\//.test(p);

/** API permissions and host patterns, however the manifest version lists them. */
function requested(m: Manifest): { apis: string[]; hosts: string[] } {
  const all = [...(m.permissions ?? []), ...(m.host_permissions ?? [])];
  return { apis: all.filter((p) => !isHost(p)).sort(), hosts: all.filter(isHost).sort() };
}

interface Listing {
  sections: Map<string, string>;
  permissions: Map<string, string>;
}

/** "## Section" texts and the "### <permission>" justifications under "## Permissions". */
function readListing(lang: 'cs' | 'en'): Listing {
  const text = fs.readFileSync(path.join(ROOT, `store/listing.${lang}.md`), 'utf8');
  const sections = new Map<string, string>();
  const permissions = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const [title, ...rest] = part.split('\n');
    const body = rest.join('\n');
    sections.set(title!.trim(), body.trim());
    if (title!.trim() !== 'Permissions') continue;
    for (const p of body.split(/^### /m).slice(1)) {
      const [name, ...just] = p.split('\n');
      permissions.set(name!.trim(), just.join(' ').replace(/\s+/g, ' ').trim());
    }
  }
  return { sections, permissions };
}

/** How each API permission shows up in the source; a new permission needs a line here. */
const USAGE: Record<string, RegExp> = {
  storage: /from 'wxt\/utils\/storage'|browser\.storage\./,
  scripting: /browser\.scripting\.executeScript/,
  alarms: /browser\.alarms\./,
  notifications: /browser\.notifications\./,
  contextMenus: /browser\.contextMenus/,
  sidePanel: /\.sidePanel\b/,
};

function sourceText(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) files.push(p);
    }
  };
  for (const dir of ['entrypoints', 'utils', 'components']) walk(path.join(ROOT, dir));
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

describe('permissions', () => {
  it('are the least the extension needs: these APIs, and no host beyond the three sites', () => {
    const chrome = requested(manifests.chrome);
    const firefox = requested(manifests.firefox);
    // Adding one must be a decision: justify it in both listings and change this list.
    expect(chrome.apis).toEqual(['alarms', 'contextMenus', 'notifications', 'scripting', 'sidePanel', 'storage']);
    expect(firefox.apis).toEqual(['alarms', 'contextMenus', 'notifications', 'scripting', 'storage']);
    expect(chrome.hosts).toEqual([...HOST_MATCHES].sort());
    expect(firefox.hosts).toEqual([...HOST_MATCHES].sort());
    for (const m of [manifests.chrome, manifests.firefox]) {
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.optional_host_permissions ?? []).toEqual([]);
    }
  });

  it.each(['cs', 'en'] as const)('each has its own justification in the %s listing, and nothing else is justified', (lang) => {
    const { permissions } = readListing(lang);
    const all = new Set([...Object.values(manifests).flatMap((m) => [...requested(m).apis, ...requested(m).hosts])]);
    for (const p of all) {
      expect(permissions.has(p), `${lang}: no "### ${p}"`).toBe(true);
      expect(permissions.get(p)!.length, `${lang}: ${p} needs a real sentence`).toBeGreaterThan(60);
    }
    expect([...permissions.keys()].filter((p) => !all.has(p)), `${lang}: justified but not requested`).toEqual([]);
    // One justification per permission: no two alike.
    expect(new Set(permissions.values()).size).toBe(permissions.size);
  });

  it('are all used: each API in the source, each host by the content script', () => {
    const source = sourceText();
    for (const m of Object.values(manifests)) {
      const { apis, hosts } = requested(m);
      for (const api of apis) {
        expect(USAGE[api], `no usage pattern for "${api}" in this test`).toBeDefined();
        expect(USAGE[api]!.test(source), `"${api}" is never used`).toBe(true);
      }
      const matched = new Set(m.content_scripts?.flatMap((c) => c.matches));
      for (const host of hosts) expect(matched.has(host), `${host}: no content script runs there`).toBe(true);
    }
  });
});

describe('the package (what PRIVACY.md promises)', () => {
  it('makes no network requests and evaluates no code: no fetch, XHR, WebSocket, beacon, eval or Function', () => {
    expect(scripts.size).toBeGreaterThan(5);
    const found = [...scripts].flatMap(([file, text]) =>
      [/\bfetch\(/, /XMLHttpRequest/, /WebSocket/, /sendBeacon/, /EventSource/, /\beval\(/, /new Function\(/, /importScripts/].filter((re) => re.test(text)).map((re) => `${file}: ${re}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the content scripts (nothing the page can see or stop)', () => {
  it('hold no WXT "started" handshake, no page-visible message and no DOM mark, in both packages', () => {
    const content = [...scripts].filter(([file]) => file.includes('content-scripts'));
    expect(content.length).toBe(4); // content + composer, Chrome + Firefox
    const found = content.flatMap(([file, text]) =>
      [/content-script-started/, /window\.postMessage|\bpostMessage\([^)]*["'`]\*/, /new CustomEvent/, /data-town-crier/, /setAttribute\(/].filter((re) => re.test(text)).map((re) => `${file}: ${re}`),
    );
    expect(found).toEqual([]);
  });

  // The house rule "the content script on every Facebook page stays tiny", on the built files of
  // both packages (this test builds them anyway); the limit is the bench budget, not a copy of it.
  it('the content script on every page stays within its size budget, in both packages', () => {
    const max = BUDGETS['bundle.content.bytes']!.max;
    const content = [...scripts].filter(([file]) => /content-scripts[/\\]content\.js$/.test(file));
    expect(content.length).toBe(2);
    for (const [file, text] of content) expect(Buffer.byteLength(text), `${file}: ${Buffer.byteLength(text)} B, budget ${max} B`).toBeLessThanOrEqual(max);
  });
});

describe('listing texts', () => {
  const catalogue = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));

  it.each(['cs', 'en'] as const)('%s: name and short description are the manifest’s, with a single purpose and a long description', (lang) => {
    const { sections } = readListing(lang);
    expect(sections.get('Name')).toBe(catalogue(lang).extName.message);
    expect(sections.get('Short description')).toBe(catalogue(lang).extDescription.message);
    expect(sections.get('Short description')!.length).toBeLessThanOrEqual(132);
    expect(sections.get('Single purpose')!.length).toBeGreaterThan(100);
    expect(sections.get('Long description')!.length).toBeGreaterThan(1000);
    expect(sections.get('Remote code')).toBeTruthy();
  });
});

/** RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what Chromium's screenshots are). */
function decodePng(file: string): { width: number; height: number; rgba: Uint8Array } {
  const buf = fs.readFileSync(file);
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9], data[12]], 'RGBA, 8 bits, not interlaced').toEqual([8, 6, 0]);
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? rgba[y * stride + x - 4]! : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      rgba[y * stride + x] = (v + [0, a, b, (a + b) >> 1, paeth][filter]!) & 0xff;
    }
  }
  return { width, height, rgba };
}

const luminance = (r: number, g: number, b: number) => {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

describe('icons', () => {
  it('exist at every size the manifests declare', () => {
    for (const m of Object.values(manifests)) {
      for (const [size, file] of Object.entries(m.icons)) {
        const png = decodePng(path.join(ROOT, 'public', file));
        expect([png.width, png.height], file).toEqual([Number(size), Number(size)]);
      }
    }
  });

  it('the 16 px icon is a clear light shape on a dark ground (contrast ≥ 4.5:1, each at least a fifth of it)', () => {
    const { rgba } = decodePng(path.join(ROOT, 'public/icon/16.png'));
    const lum: number[] = [];
    for (let i = 0; i < rgba.length; i += 4) if (rgba[i + 3]! > 200) lum.push(luminance(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!));
    const dark = Math.min(...lum);
    const light = Math.max(...lum);
    expect((light + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(4.5);
    const near = (target: number) => lum.filter((l) => Math.abs(l - target) < 0.1).length / 256;
    expect(near(light)).toBeGreaterThan(0.2);
    expect(near(dark)).toBeGreaterThan(0.2);
  });
});
