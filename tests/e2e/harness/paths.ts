import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = path.join(ROOT, '.test-artifacts');
export const SITES_DIR = path.join(ROOT, 'tests/fixtures/sites');
/** Fixture page scripts bundled by scripts/build-fixtures.mjs (Lexical etc.). */
export const FIXTURE_BUNDLES = path.join(ARTIFACTS, 'fixtures');
/**
 * Where the tests' screenshots go: the README's and the store's images in docs/screenshots only
 * under `npm run screenshots` (TC_SCREENSHOTS=1); a normal `npm test` writes no tracked file.
 */
export const SCREENSHOTS = process.env.TC_SCREENSHOTS === '1' ? path.join(ROOT, 'docs/screenshots') : path.join(ARTIFACTS, 'screenshots');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Host names the fixture server answers for (mapped to 127.0.0.1 by --host-resolver-rules). */
export const FIXTURE_HOSTS = ['www.facebook.com', 'business.facebook.com', 'www.instagram.com', 'www.zabreh.cz'] as const;
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
