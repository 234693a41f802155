import { describe, expect, it, vi } from 'vitest';
import { createOnboardingService, type OnboardingDeps } from './background';
import { EMPTY_WELCOME, type WelcomeState } from './welcome';

function fakes(initial: WelcomeState = { ...EMPTY_WELCOME }) {
  let stored = initial;
  const opened: string[] = [];
  const deps: OnboardingDeps = {
    getWelcome: async () => stored,
    setWelcome: async (s) => void (stored = s),
    openTab: vi.fn(async (url: string) => void opened.push(url)),
    welcomeUrl: () => 'chrome-extension://id/welcome.html',
    now: () => 1000,
  };
  return { deps, opened, stored: () => stored };
}

describe('onboarding service', () => {
  it('opens the welcome page once: a second "install" (a relaunch) and an update do not', async () => {
    const f = fakes();
    const service = createOnboardingService(f.deps);
    expect(await service.onInstalled('install')).toBe(true);
    expect(await service.onInstalled('install')).toBe(false);
    expect(await service.onInstalled('update')).toBe(false);
    expect(f.opened).toEqual(['chrome-extension://id/welcome.html']);
    expect(f.stored()).toEqual({ ...EMPTY_WELCOME, shownAt: 1000 });
  });

  it('an update of an older installation never opens the page and never shows it later either', async () => {
    const f = fakes();
    const service = createOnboardingService(f.deps);
    expect(await service.onInstalled('update')).toBe(false);
    expect(await service.onInstalled('install')).toBe(false);
    expect(f.opened).toEqual([]);
  });
});
