import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/ui/i18n';
import { heatmapCells } from '@/utils/log/stats';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { Heatmap } from './Heatmap';

const cells = heatmapCells(new Map(), '2026-12-07', DEFAULT_SETTINGS);

/** A panel `width` px wide: every `(max-width: N px)` query with N ≥ width matches. */
function renderAt(width: number) {
  const matches = (q: string) => {
    const m = /max-width:\s*(\d+)px/.exec(q);
    return !!m && width <= Number(m[1]);
  };
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: matches(q), media: q, addEventListener() {}, removeEventListener() {} }));
  render(
    <I18nProvider lang="en">
      <Heatmap cells={cells} titleId="t" />
    </I18nProvider>,
  );
  const svg = document.querySelector('svg.heatmap')!;
  const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  const rects = [...svg.querySelectorAll('rect')].map((r) => ({ x: Number(r.getAttribute('x')), y: Number(r.getAttribute('y')), day: r.dataset.day! }));
  return { w: w!, h: h!, rects };
}

afterEach(() => vi.unstubAllGlobals());

/** The SVG gets the panel's width minus ~16 px (measured in Chromium at 250, 320 and 400 px). */
const renderedDay = (panel: number, viewBoxWidth: number) => (11 * (panel - 16)) / viewBoxWidth;

describe('Heatmap layout', () => {
  it('draws the year in one band in a wide panel', () => {
    const { w, h, rects } = renderAt(900);
    expect(new Set(rects.map((r) => r.y)).size).toBe(7);
    expect(w).toBeGreaterThan(2.5 * h);
    expect(renderedDay(900, w)).toBeGreaterThanOrEqual(10);
  });

  it.each([250, 300, 320, 399, 400, 680])('at %i px: every day at least 10 px, inside the picture, none on top of another, in order', (panel) => {
    const { w, h, rects } = renderAt(panel);
    cleanup();
    expect(rects).toHaveLength(cells.length);
    expect(renderedDay(panel, w)).toBeGreaterThanOrEqual(10);
    expect(new Set(rects.map((r) => r.y)).size % 7).toBe(0);
    expect(rects.every((r) => r.x >= 0 && r.x + 11 <= w && r.y >= 0 && r.y + 11 <= h)).toBe(true);
    expect(new Set(rects.map((r) => `${r.x},${r.y}`)).size).toBe(rects.length);
    // The later bands come under the earlier ones: the days stay in order, band by band.
    const first = rects.find((r) => r.day === cells[0]!.day)!;
    const last = rects.find((r) => r.day === cells.at(-1)!.day)!;
    expect(last.y).toBeGreaterThan(first.y);
  });
});
