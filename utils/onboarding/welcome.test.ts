import { describe, expect, it } from 'vitest';
import { afterDeleteAll, EMPTY_WELCOME, neighbourStep, normalizeWelcome, onInstalledPlan, WELCOME_STEPS, withStep } from './welcome';

const NOW = Date.UTC(2026, 10, 26, 9);

describe('onInstalledPlan', () => {
  it('opens the page on the first install and remembers that it did', () => {
    expect(onInstalledPlan('install', { ...EMPTY_WELCOME }, NOW)).toEqual({ open: true, next: { ...EMPTY_WELCOME, shownAt: NOW } });
  });

  it('never opens it again once shown, whatever the reason (Chromium repeats "install" on each launch of a command-line profile)', () => {
    const shown = { ...EMPTY_WELCOME, shownAt: NOW - 1000 };
    for (const reason of ['install', 'update', 'browser_update', 'chrome_update', 'shared_module_update']) {
      expect(onInstalledPlan(reason, shown, NOW)).toEqual({ open: false, next: null });
    }
  });

  it('an update of an installation that never saw the page marks it as shown without opening it', () => {
    expect(onInstalledPlan('update', { ...EMPTY_WELCOME }, NOW)).toEqual({ open: false, next: { ...EMPTY_WELCOME, shownAt: NOW } });
  });

  it('a browser update changes nothing', () => {
    expect(onInstalledPlan('chrome_update', { ...EMPTY_WELCOME }, NOW)).toEqual({ open: false, next: null });
  });
});

describe('normalizeWelcome', () => {
  it('turns nothing and garbage into the empty record and keeps valid fields', () => {
    expect(normalizeWelcome(undefined)).toEqual(EMPTY_WELCOME);
    expect(normalizeWelcome('x')).toEqual(EMPTY_WELCOME);
    expect(normalizeWelcome({ shownAt: -5, completedAt: 'yesterday', step: 'nowhere' })).toEqual(EMPTY_WELCOME);
    expect(normalizeWelcome({ shownAt: NOW, completedAt: null, step: 'target' })).toEqual({ shownAt: NOW, completedAt: null, step: 'target' });
  });
});

describe('steps', () => {
  it('move within the list', () => {
    expect(neighbourStep('language', -1)).toBe('language');
    expect(neighbourStep('language', 1)).toBe('town');
    expect(neighbourStep('finish', 1)).toBe('finish');
    expect(WELCOME_STEPS.at(-1)).toBe('finish');
  });

  it('reaching the end completes the setup once; going back keeps the first completion', () => {
    const done = withStep({ ...EMPTY_WELCOME, shownAt: 1 }, 'finish', NOW);
    expect(done).toEqual({ shownAt: 1, completedAt: NOW, step: 'finish' });
    expect(withStep(done, 'town', NOW + 5)).toEqual({ shownAt: 1, completedAt: NOW, step: 'town' });
    expect(withStep(done, 'finish', NOW + 9).completedAt).toBe(NOW);
  });

  it('after "Delete everything" the page stays shown (never pops up again) and starts over', () => {
    expect(afterDeleteAll({ shownAt: 1, completedAt: 2, step: 'finish' }, NOW)).toEqual({ shownAt: 1, completedAt: null, step: 'language' });
    expect(afterDeleteAll({ ...EMPTY_WELCOME }, NOW).shownAt).toBe(NOW);
  });
});
