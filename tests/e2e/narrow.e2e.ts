/**
 * The panel from 250 px wide (Firefox's sidebar opens at about 252 px): in every tab, with
 * data in it and every fold open, nothing scrolls sideways and nothing reaches past the right
 * edge. In Czech, whose labels are the longer ones. The screenshots go to .test-artifacts/narrow
 * (not tracked) for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, openPanelPage, type ExtensionSession } from './harness/browser';
import { measureOverflow, openAllDetails } from './harness/layout';
import { ARTIFACTS } from './harness/paths';
import { demoLog } from './log-demo';

const SHOTS = path.join(ARTIFACTS, 'narrow');
const NOTICE =
  'Oznámení o přerušení dodávky vody: dne 12. 12. 2030 od 8:00 do 12:00 nepoteče voda v ulicích Příčná, Sušilova a Žižkova. ' +
  'Informace na https://www.zabreh.cz/aktuality/prerusenidodavkyvodyvprosinci2026 nebo na telefonu 583 468 111. Cisterna stojí u ZŠ Severovýchod.';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension(inject('fixturePort'), { lang: 'cs' });
});
afterAll(() => s?.close());

describe('the panel at 250 px', () => {
  it('no tab scrolls sideways or has anything cut off at the right edge', async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const panel = await openPanelPage(s);
    await panel.setViewportSize({ width: 250, height: 800 });
    // A year of posts (heatmap, charts, tables) and a notice in Compose (preview, checklist).
    await panel.getByRole('tab', { name: 'Deník' }).click();
    const today = await panel.evaluate(() => new Date().toLocaleDateString('sv'));
    await panel.getByLabel('Importovat ze souboru').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(demoLog(today).json) });
    await panel.getByTestId('import-result').waitFor();
    await panel.getByRole('tab', { name: 'Psaní' }).click();
    await panel.getByLabel(/^Úřední oznámení/).fill(NOTICE);
    await expect.poll(() => panel.getByLabel(/^Hotový příspěvek/).inputValue()).toMatch(/Sušilova/);

    const tabs = await panel.getByRole('tab').evaluateAll((ts) => ts.map((t) => t.firstChild?.textContent ?? ''));
    expect(tabs).toEqual(['Psaní', 'Plán', 'Kontrola', 'Deník', 'Nastavení']);
    for (const [i, name] of tabs.entries()) {
      await panel.getByRole('tab', { name }).first().click();
      await panel.locator(`[role=tab][aria-selected=true]`).filter({ hasText: name }).waitFor();
      expect(await panel.evaluate(openAllDetails)).toBeGreaterThanOrEqual(0);
      const o = await panel.evaluate(measureOverflow);
      await panel.screenshot({ path: path.join(SHOTS, `chromium-${i}-${name}.png`), fullPage: true });
      expect({ tab: name, ...o }).toEqual({ tab: name, scrollWidth: 250, clientWidth: 250, outside: [], scrolling: [], stickingOut: [] });
    }
    await panel.close();
  });
});
