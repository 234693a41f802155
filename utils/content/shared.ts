/**
 * State our two content scripts share in one frame. It lives on the global object of the
 * extension's isolated world: the page has its own globals and can neither see nor change it
 * (unlike the DOM, events and postMessage, which it shares with us).
 */
export interface Shared {
  /** Editors the admin typed into (trusted input) or our composer script inserted into. */
  touched: WeakSet<object>;
  /** Stops the running copy of a script, so a copy injected again replaces it (by script name). */
  stops: Record<string, () => void>;
}

const KEY = Symbol.for('townCrier');

export const shared = (g: object = globalThis): Shared =>
  ((g as Record<symbol, Shared>)[KEY] ??= { touched: new WeakSet(), stops: {} });

/**
 * Makes `start` the one running copy of script `name` in this world: stops the previous copy
 * (injected earlier by the panel or the manifest) first. Returns the stop function.
 */
export function single(name: string, start: (alive: () => boolean) => () => void, g: object = globalThis): () => void {
  const { stops } = shared(g);
  stops[name]?.();
  // Alive while this copy is the current one and the extension still exists (after an update
  // or reload, `runtime.id` is gone in the orphaned copies).
  const alive = () => stops[name] == stop && !!(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id;
  let undo = () => {};
  const stop = () => {
    if (stops[name] == stop) delete stops[name];
    undo();
  };
  stops[name] = stop;
  undo = start(alive);
  return stop;
}
