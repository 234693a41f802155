// Renders the icon SVGs to the PNG sizes the stores and browsers ask for, with Chromium.
// The toolbar sizes (16, 32) come from a simplified drawing that stays readable at 16 px.
// Run after changing an SVG: node scripts/make-icons.mjs
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const SOURCES = { 16: 'icon-16.svg', 32: 'icon-16.svg', 48: 'icon.svg', 96: 'icon.svg', 128: 'icon.svg' };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--headless=new'],
});
const page = await browser.newPage();
for (const [size, file] of Object.entries(SOURCES).map(([s, f]) => [Number(s), f])) {
  const svg = fs.readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
console.log('icons:', Object.keys(SOURCES).join(', '));
