import { describe, expect, it, vi } from 'vitest';
import { shared, single } from './shared';

describe('single: one running copy of a script per isolated world', () => {
  it('a copy injected again stops the previous one, which then reports itself not alive', () => {
    const world = {};
    const stopped: string[] = [];
    const alive: (() => boolean)[] = [];
    for (const name of ['first', 'second']) {
      single('content', (a) => (alive.push(a), () => stopped.push(name)), world);
    }
    expect(stopped).toEqual(['first']);
    expect(alive.map((a) => a())).toEqual([false, true]);
    // Another script's copy is left alone.
    single('composer', () => () => stopped.push('composer'), world);
    expect(stopped).toEqual(['first']);
    expect(alive[1]!()).toBe(true);
  });

  it('stop() stops the copy and frees the slot; a stale stop() never stops a newer copy', () => {
    const world = {};
    const undo = vi.fn();
    const stopOld = single('content', () => undo, world);
    stopOld();
    expect(undo).toHaveBeenCalledTimes(1);
    expect(shared(world).stops.content).toBeUndefined();
    const newer = vi.fn();
    let alive = () => false;
    single('content', (a) => ((alive = a), newer), world);
    stopOld();
    expect(newer).not.toHaveBeenCalled();
    expect(alive()).toBe(true);
  });

  it('is not alive once the extension is gone (runtime.id disappears in orphaned scripts)', () => {
    const world = {};
    let alive = () => true;
    single('content', (a) => ((alive = a), () => {}), world);
    const g = globalThis as { chrome?: unknown };
    const before = g.chrome;
    g.chrome = { runtime: {} };
    try {
      expect(alive()).toBe(false);
    } finally {
      g.chrome = before;
    }
  });

  it('keeps its state on the world it is given, out of the page\'s reach', () => {
    const a = {};
    const b = {};
    shared(a).touched.add(a);
    expect(shared(a).touched.has(a)).toBe(true);
    expect(shared(b).touched.has(a)).toBe(false);
    expect(Object.keys(a)).toEqual([]); // a symbol key: no enumerable property
  });
});
