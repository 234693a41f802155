/**
 * The first-run welcome page: which steps it has, what is remembered about it, and when the
 * extension opens it by itself. Pure (no browser APIs); storage is in ./store.ts, the
 * background's part in ./background.ts.
 *
 * The record is its own storage item (`local:welcome`), not part of the settings, so that:
 * - an update never shows the page again and never touches the settings;
 * - Chromium fires `onInstalled` with reason "install" on every launch of a profile that loads
 *   the extension from the command line (measured on Chromium 156): the record, not the
 *   reason, decides that the page is opened only once per profile;
 * - "Delete everything" resets the settings but keeps `shownAt`, so the page does not pop up
 *   again by itself (Settings offers it).
 */
export const WELCOME_STEPS = ['language', 'town', 'hashtags', 'partners', 'target', 'reminder', 'finish'] as const;
export type WelcomeStep = (typeof WELCOME_STEPS)[number];

export interface WelcomeState {
  /** When the extension opened the welcome page by itself (at most once per profile). */
  shownAt: number | null;
  /** When the admin reached the end (finished or skipped the rest); null: not yet. */
  completedAt: number | null;
  /** The step the admin is on: reopening the page resumes there, nothing is asked twice. */
  step: WelcomeStep;
}

export const EMPTY_WELCOME: Readonly<WelcomeState> = Object.freeze({ shownAt: null, completedAt: null, step: 'language' });

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** Whatever is stored (nothing, an older shape, garbage) as a valid record; never throws. */
export function normalizeWelcome(raw: unknown): WelcomeState {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof WelcomeState, unknown>>;
  return {
    shownAt: isTime(r.shownAt) ? r.shownAt : null,
    completedAt: isTime(r.completedAt) ? r.completedAt : null,
    step: WELCOME_STEPS.includes(r.step as WelcomeStep) ? (r.step as WelcomeStep) : EMPTY_WELCOME.step,
  };
}

/** `runtime.onInstalled`'s reason ("install", "update", "browser_update", "chrome_update", …). */
export type InstallReason = string;

/**
 * What `runtime.onInstalled` does about the welcome page: open it on a first install only;
 * an update marks it as shown (the admin of an older version has been using the extension and
 * is not asked again), and every other event changes nothing.
 */
export function onInstalledPlan(reason: InstallReason, state: WelcomeState, now: number): { open: boolean; next: WelcomeState | null } {
  if (state.shownAt !== null) return { open: false, next: null };
  if (reason === 'install') return { open: true, next: { ...state, shownAt: now } };
  if (reason === 'update') return { open: false, next: { ...state, shownAt: now } };
  return { open: false, next: null };
}

export function stepIndex(step: WelcomeStep): number {
  return WELCOME_STEPS.indexOf(step);
}

/** The step after (or before) `step`, staying within the list. */
export function neighbourStep(step: WelcomeStep, direction: 1 | -1): WelcomeStep {
  const i = Math.min(WELCOME_STEPS.length - 1, Math.max(0, stepIndex(step) + direction));
  return WELCOME_STEPS[i]!;
}

/** The record after the admin moved to `step` (reaching the end completes it, once). */
export function withStep(state: WelcomeState, step: WelcomeStep, now: number): WelcomeState {
  const completedAt = step === 'finish' ? (state.completedAt ?? now) : state.completedAt;
  return { ...state, step, completedAt };
}

/** After "Delete everything": the page counts as shown (it never opens by itself again), the rest starts over. */
export function afterDeleteAll(state: WelcomeState, now: number): WelcomeState {
  return { shownAt: state.shownAt ?? now, completedAt: null, step: 'language' };
}
