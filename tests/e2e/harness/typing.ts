/** Timing of typing in the panel (tests/bench/compose.bench.ts; the Compose E2E test types with it too). */
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
 * Main-thread work per keystroke while typing for real (Playwright's keyboard): the Event
 * Timing API's processing time (handlers + React's render of the change) summed over the events
 * of one keystroke, and any long task. Queueing behind other tasks is not the panel's work and
 * is not counted.
 */
export async function realTypingWork(page: Page, selector: string, text: string): Promise<{ perKey: number[]; longTasks: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __events: { id: number; name: string; work: number; start: number }[]; __long: number };
    w.__events = [];
    w.__long = 0;
    new PerformanceObserver((list) => (w.__long += list.getEntries().length)).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        w.__events.push({ id: (e as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0, name: e.name, work: e.processingEnd - e.processingStart, start: e.startTime });
      }
      // 16 ms is the smallest threshold the API allows; shorter events did even less work.
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  await page.locator(selector).focus();
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    const w = window as unknown as { __events: { id: number; name: string; work: number; start: number }[]; __long: number };
    // One keystroke = keydown … keyup (one interaction id); input events ride along by time.
    const byKey = new Map<number, number>();
    let current = 0;
    for (const e of [...w.__events].sort((a, b) => a.start - b.start)) {
      if (e.id) current = e.id;
      byKey.set(current, (byKey.get(current) ?? 0) + e.work);
    }
    return { perKey: [...byKey.values()], longTasks: w.__long };
  });
}
