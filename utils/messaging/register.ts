/** Wires a handler table to `runtime.onMessage` of the context it runs in. */
import { browser } from 'wxt/browser';
import { createMessageListener, type Handlers, type ListenerOptions, type SenderKind } from './listener';
import type { Destination } from './protocol';

export function registerHandlers<D extends Destination>(
  destination: D,
  handlers: Partial<Handlers<D>>,
  accept: readonly SenderKind[],
  accepts?: ListenerOptions['accepts'],
): () => void {
  const listener = createMessageListener(destination, handlers, {
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL('/'),
    accept,
    accepts,
  });
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
