/** Timing of typing in the panel (shared by the Compose E2E test and tests/bench/compose.bench.ts). */
import type { Page } from 'playwright-core';

/** React's synchronous work for one change of a field: set the value, dispatch "input", time it. */
export async function inputWorkTimes(page: Page, selector: string, count: number): Promise<number[]> {
  return page.evaluate(
    async ([sel, n]) => {
      const el = document.querySelector(sel as string) as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const times: number[] = [];
      let v = el.value;
      for (let i = 0; i < (n as number); i++) {
        v += String(i % 10);
        const t0 = performance.now();
        setter.call(el, v);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        times.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 10));
      }
      return times;
    },
    [selector, count],
  );
}


/**
 * Like inputWorkTimes, each change measured `repeat` times (the field reset in between) and the
 * smallest kept: time the operating system gave to other processes is not the panel's work.
 */
export async function inputWorkMinTimes(page: Page, selector: string, count: number, repeat = 3): Promise<number[]> {
  const runs: number[][] = [];
  const start = await page.locator(selector).inputValue();
  for (let r = 0; r < repeat; r++) {
    await page.locator(selector).fill(start);
    runs.push(await inputWorkTimes(page, selector, count));
  }
  return runs[0]!.map((_, i) => Math.min(...runs.map((run) => run[i]!)));
}
