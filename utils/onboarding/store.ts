import { storage } from 'wxt/utils/storage';
import { normalizeWelcome, withStep, type WelcomeState, type WelcomeStep } from './welcome';

/** The welcome page's record (see ./welcome.ts for why it is not part of the settings). */
export const welcomeItem = storage.defineItem<WelcomeState | null>('local:welcome', { fallback: null });

export async function getWelcome(): Promise<WelcomeState> {
  return normalizeWelcome(await welcomeItem.getValue());
}

export async function setWelcome(state: WelcomeState): Promise<void> {
  await welcomeItem.setValue(state);
}

/** Remembers the step the admin is on (reaching the end completes the setup). */
export async function saveWelcomeStep(step: WelcomeStep, now = Date.now()): Promise<WelcomeState> {
  const next = withStep(await getWelcome(), step, now);
  await welcomeItem.setValue(next);
  return next;
}

/** The welcome page's address inside the extension. */
export const WELCOME_PATH = '/welcome.html';
