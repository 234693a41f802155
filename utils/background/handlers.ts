/**
 * The background's message table: one entry per `BackgroundProtocol` message. Feature
 * modules export their handlers and are spread in here, so the compiler checks that every
 * message has exactly one handler.
 */
import { createComposerHandlers } from '../composer/report';
import { createLogHandlers } from '../log/background';
import type { Handlers } from '../messaging/listener';
import { getSettings } from '../settings/store';

export function createBackgroundHandlers(): Handlers<'background'> {
  return {
    ping: () => ({ at: Date.now() }),
    'settings:get': () => getSettings(),
    ...createComposerHandlers(),
    ...createLogHandlers(),
  };
}
