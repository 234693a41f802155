/**
 * What the welcome steps share with the page that shows them: their props and their form. Its
 * own file, so the steps and the page import it, not each other (that was an import circle).
 */
import type { FormEvent, ReactNode } from 'react';
import type { WelcomeStep } from '@/utils/onboarding/welcome';
import type { Settings } from '@/utils/settings/settings';

export interface WelcomeActions {
  /** Saves settings (normalised) and returns what was stored. */
  saveSettings: (patch: Partial<Settings>) => Promise<Settings>;
  /** Remembers the step the admin is on. */
  saveStep: (step: WelcomeStep) => Promise<unknown>;
  openTab: (url: string) => Promise<unknown>;
}

/** What every step gets: its settings, and how to save and move on. */
export interface StepProps {
  settings: Settings;
  /** Saves (if given) and goes to the next step; a failure keeps the admin on the step with a message. */
  next: (save?: () => Promise<unknown>) => Promise<void>;
  actions: WelcomeActions;
}

/** The form of a step: "Next" (in the shared navigation) submits it. */
export function StepForm({ onSubmit, children, label }: { onSubmit: () => void | Promise<void>; children: ReactNode; label: string }) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSubmit();
  };
  return (
    <form id="welcome-form" className="stack" onSubmit={submit} aria-label={label} noValidate>
      {children}
    </form>
  );
}
