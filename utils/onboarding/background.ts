/**
 * The welcome page's part of the background: on `runtime.onInstalled`, open the page after a
 * first install (once per profile), never after an update. Browser APIs come in as
 * parameters, so the unit tests pass fakes.
 */
import { browser } from 'wxt/browser';
import { getWelcome, setWelcome, WELCOME_PATH } from './store';
import { onInstalledPlan, type InstallReason, type WelcomeState } from './welcome';

export interface OnboardingDeps {
  getWelcome(): Promise<WelcomeState>;
  setWelcome(state: WelcomeState): Promise<void>;
  openTab(url: string): Promise<unknown>;
  welcomeUrl(): string;
  now(): number;
}

export function createOnboardingService(d: OnboardingDeps) {
  return {
    /** Returns whether the welcome page was opened. */
    async onInstalled(reason: InstallReason): Promise<boolean> {
      const plan = onInstalledPlan(reason, await d.getWelcome(), d.now());
      // Written before the tab opens: a second event arriving meanwhile sees the page as shown.
      if (plan.next) await d.setWelcome(plan.next);
      if (plan.open) await d.openTab(d.welcomeUrl());
      return plan.open;
    },
  };
}

export function browserOnboardingDeps(): OnboardingDeps {
  return {
    getWelcome,
    setWelcome,
    openTab: (url) => browser.tabs.create({ url }),
    welcomeUrl: () => browser.runtime.getURL(WELCOME_PATH),
    now: Date.now,
  };
}

const warn = (e: unknown) => console.warn('[Town Crier] welcome', e);

/** Registers the listener, synchronously (MV3 wakes the worker only for those). */
export function registerOnboarding(service = createOnboardingService(browserOnboardingDeps())): void {
  browser.runtime.onInstalled.addListener((details) => void service.onInstalled(details.reason).catch(warn));
}
