/**
 * The post log with 100,000 entries in the database (spread over the last 365 days, ~274 a
 * day: all of them inside the heatmap's year, and a heavy "today"):
 *   log.insert.p50_ms       one "+1" (a transaction: dedup check, post, per-day totals)
 *   log.today.p50_ms        today's count and list (header + Today section; the list holds the newest 100)
 *   log.year_heatmap.ms     the 12-month calendar (per-day totals by index range → cells), median of 10
 *   log.export_csv.ms       read every post and write the CSV, median of 3
 * in Node with fake-indexeddb, and
 *   log.tab_render.ms       real Chromium: click on the Log tab → heatmap, streak and today's
 *                           list in the DOM and painted, median of 7 (seeded through the Import button)
 */
import './node-env';
import { TownCrierDB } from '../../utils/db/db';
import { dayKey } from '../../utils/log/day';
import { exportCsv, exportJson } from '../../utils/log/exchange';
import { readWholeLog } from '../../utils/log/import';
import { countsOfDay, postsOfDay, summariesBetween } from '../../utils/log/queries';
import { byDay, heatmapCells, heatmapStart } from '../../utils/log/stats';
import { logByHand } from '../../utils/log/store';
import { summarize } from '../../utils/log/summary';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { launchExtension, openPanelPage } from '../e2e/harness/browser';
import { startFixtureServer } from '../e2e/harness/server';
import { benchPosts } from './log-data';

const N = 100_000;
const DAYS = 365;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
async function repeat(n: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await time(fn));
  return median(times);
}

async function node(now: number): Promise<Record<string, number>> {
  const db = new TownCrierDB(`bench-log-${Date.now()}`);
  await db.open();
  const posts = benchPosts(N, DAYS, now);
  await db.transaction('rw', db.posts, db.postDays, async () => {
    await db.posts.bulkAdd(posts);
    await db.postDays.bulkPut(summarize(posts));
  });
  const today = dayKey(now);
  // Warm-up: the first run of each pays for JIT and caches.
  await logByHand(db, { platform: 'facebook' });
  await Promise.all([countsOfDay(db, today), postsOfDay(db, today)]);

  const insert = await repeat(200, () => logByHand(db, { platform: 'facebook', note: 'bench' }));
  const todayMs = await repeat(100, () => Promise.all([countsOfDay(db, today), postsOfDay(db, today)]));
  const from = heatmapStart(today);
  const heatmap = await repeat(10, async () => heatmapCells(byDay(await summariesBetween(db, from, today)), today, DEFAULT_SETTINGS));
  const csv = await repeat(3, async () => exportCsv((await readWholeLog(db)).posts));
  console.log(`  log: ${await db.posts.count()} posts, ${(await countsOfDay(db, today)).total} today (the list shows the newest ${(await postsOfDay(db, today)).length})`);
  db.close();
  return { 'log.insert.p50_ms': insert, 'log.today.p50_ms': todayMs, 'log.year_heatmap.ms': heatmap, 'log.export_csv.ms': csv };
}

/**
 * Runs in the panel: click "Log", wait until the heatmap, the streak and today's list are in
 * the DOM, then until that frame is painted. A string, not a function: tsx would wrap named
 * helpers in `__name(…)`, which does not exist in the page.
 */
const MEASURE_TAB_OPEN = `(async () => {
  const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent === 'Log');
  const ready = () => document.querySelector('[data-testid="heatmap"] [data-day]') && document.querySelector('[data-testid="streak"]') && document.querySelector('[data-testid="log-entry"]');
  const t0 = performance.now();
  tab.click();
  await new Promise((resolve) => {
    if (ready()) return resolve();
    const mo = new MutationObserver(() => { if (ready()) { mo.disconnect(); resolve(); } });
    mo.observe(document.body, { childList: true, subtree: true });
  });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
})()`;

async function chromium(now: number): Promise<Record<string, number>> {
  const server = await startFixtureServer();
  const s = await launchExtension(server.port);
  try {
    const page = await openPanelPage(s);
    await page.setViewportSize({ width: 400, height: 900 });
    await page.getByRole('tab', { name: 'Log' }).click();
    const json = exportJson(benchPosts(N, DAYS, now), [], now);
    await page.getByLabel('Import from a file').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.getByTestId('import-result').waitFor({ timeout: 300_000 });
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      await page.getByRole('tab', { name: 'Compose' }).click();
      await page.getByTestId('heatmap').waitFor({ state: 'detached' });
      runs.push(await page.evaluate<number>(MEASURE_TAB_OPEN));
    }
    console.log(`  log.tab_render runs (ms): ${runs.map((r) => r.toFixed(1)).join(', ')}`);
    // The first run opens the Log tab for the first time after the import; all count.
    return { 'log.tab_render.ms': median(runs) };
  } finally {
    await s.close();
    await server.close();
  }
}

export default async function run(): Promise<Record<string, number>> {
  const now = Date.now();
  return { ...(await node(now)), ...(await chromium(now)) };
}
