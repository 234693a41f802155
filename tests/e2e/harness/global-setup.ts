import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFixtureServer } from './server';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR, FIXTURE_BUNDLES } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturePort: number;
  }
}

export default async function setup(project: TestProject) {
  const firefox = project.name === 'e2e-firefox';
  for (const [what, file] of [
    firefox ? ['the built Firefox package', path.join(FIREFOX_EXTENSION_DIR, 'manifest.json')] : ['the built extension', path.join(EXTENSION_DIR, 'manifest.json')],
    ['the fixture bundles', path.join(FIXTURE_BUNDLES, 'facebook.js')],
  ] as const) {
    if (!fs.existsSync(file)) throw new Error(`E2E tests need ${what} (${file}). Run them with "npm test", which builds both.`);
  }
  const server = await startFixtureServer();
  project.provide('fixturePort', server.port);
  return () => server.close();
}
