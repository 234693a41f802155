import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/ui/i18n';
import { NARROW_QUERY } from '@/components/ui/useNarrow';
import { heatmapCells } from '@/utils/log/stats';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { Heatmap } from './Heatmap';

const cells = heatmapCells(new Map(), '2026-12-07', DEFAULT_SETTINGS);

function renderAt(narrow: boolean) {
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: narrow && q === NARROW_QUERY, media: q, addEventListener() {}, removeEventListener() {} }));
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

describe('Heatmap layout', () => {
  it('draws the year in one band in a wide panel', () => {
    const { w, h, rects } = renderAt(false);
    expect(new Set(rects.map((r) => r.y)).size).toBe(7);
    expect(w).toBeGreaterThan(2.5 * h);
  });

  it('in a narrow panel: two bands of half a year, every day inside the picture, none on top of another', () => {
    const wide = renderAt(false);
    cleanup();
    const { w, h, rects } = renderAt(true);
    expect(rects).toHaveLength(cells.length);
    expect(new Set(rects.map((r) => r.y)).size).toBe(14);
    // About half as wide as the one-band year, so the squares are about twice the size.
    expect(w).toBeLessThan(wide.w * 0.6);
    expect(rects.every((r) => r.x >= 0 && r.x + 11 <= w && r.y >= 0 && r.y + 11 <= h)).toBe(true);
    expect(new Set(rects.map((r) => `${r.x},${r.y}`)).size).toBe(rects.length);
    // The second band starts after the first: the days stay in order, band by band.
    const first = rects.find((r) => r.day === cells[0]!.day)!;
    const last = rects.find((r) => r.day === cells.at(-1)!.day)!;
    expect(last.y).toBeGreaterThan(first.y);
  });
});
