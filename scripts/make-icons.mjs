// Renders public/icon.svg to the PNG sizes the stores and browsers ask for, with Chromium.
// Run after changing the SVG: node scripts/make-icons.mjs
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const svg = fs.readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--headless=new'],
});
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
console.log('icons:', SIZES.join(', '));
