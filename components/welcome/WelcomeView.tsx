/**
 * The first-run welcome page: a few short steps (language, town, hashtags, partners, daily
 * target, reminder), then how to open the panel. Every step saves when the admin moves on
 * (closing the page loses nothing) and can be skipped; the page resumes where the admin left
 * it and shows the saved answers, so nothing is asked twice. Everything can be changed later
 * in the panel's Settings.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { DbGate } from '@/components/app/DbGate';
import { Shortcuts } from '@/components/help/Shortcuts';
import { useT } from '@/components/ui/i18n';
import type { MessageKey } from '@/utils/i18n/i18n';
import { WELCOME_STEPS, neighbourStep, stepIndex, type WelcomeState, type WelcomeStep } from '@/utils/onboarding/welcome';
import type { Settings } from '@/utils/settings/settings';
import type { StepProps, WelcomeActions } from './StepForm';
import { FinishStep, HashtagsStep, LanguageStep, PartnersStep, ReminderStep, TargetStep, TownStep } from './steps';
import './welcome.css';

export type { WelcomeActions } from './StepForm';

const TITLES: Record<WelcomeStep, MessageKey> = {
  language: 'welcome_step_language',
  town: 'welcome_step_town',
  hashtags: 'welcome_step_hashtags',
  partners: 'welcome_step_partners',
  target: 'welcome_step_target',
  reminder: 'welcome_step_reminder',
  finish: 'welcome_step_finish',
};

export function WelcomeView({ settings, welcome, actions }: { settings: Settings; welcome: WelcomeState; actions: WelcomeActions }) {
  const { t } = useT();
  const [step, setStep] = useState<WelcomeStep>(welcome.step);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Keyboard and screen-reader users land on the new step's heading (not at the page top).
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  const go = (to: WelcomeStep) => {
    moved.current = true;
    setFailed(false);
    setStep(to);
    actions.saveStep(to).catch((e) => console.warn('[Town Crier] remembering the welcome step failed', e));
  };

  const next = async (save?: () => Promise<unknown>) => {
    try {
      if (save) await save();
    } catch (e) {
      console.error('[Town Crier] welcome: saving failed', e);
      setFailed(true);
      return;
    }
    go(neighbourStep(step, 1));
  };

  const index = stepIndex(step);
  const questions = WELCOME_STEPS.length - 1;
  const props: StepProps = { settings, next, actions };
  const body: ReactNode = (() => {
    switch (step) {
      case 'language':
        return <LanguageStep {...props} />;
      case 'town':
        return <TownStep {...props} />;
      case 'hashtags':
        return <HashtagsStep {...props} />;
      case 'partners':
        return (
          <DbGate>
            <PartnersStep {...props} />
          </DbGate>
        );
      case 'target':
        return <TargetStep {...props} />;
      case 'reminder':
        return <ReminderStep {...props} />;
      case 'finish':
        return <FinishStep {...props} shortcuts={<Shortcuts />} onRestart={() => go('language')} />;
    }
  })();

  return (
    <main className="welcome stack">
      <header className="welcome__header">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <div>
          <h1>{t('welcome_title')}</h1>
          <p className="muted">{t('welcome_intro')}</p>
        </div>
      </header>

      <nav aria-label={t('welcome_stepsLabel')}>
        <ol className="welcome__steps">
          {WELCOME_STEPS.map((s, i) => (
            <li key={s} aria-current={s === step ? 'step' : undefined} className={i < index ? 'welcome__step--done' : undefined}>
              {t(TITLES[s])}
            </li>
          ))}
        </ol>
      </nav>

      <section className="welcome__card stack" aria-labelledby="welcome-step-h">
        {step !== 'finish' && <p className="muted small">{t('welcome_progress', { n: index + 1, total: questions })}</p>}
        <h2 id="welcome-step-h" ref={heading} tabIndex={-1}>
          {t(TITLES[step])}
        </h2>
        {body}
        {failed && (
          <p role="alert" className="notice notice--error">
            {t('welcome_saveFailed')}
          </p>
        )}
        {step !== 'finish' && (
          <div className="row welcome__nav">
            {index > 0 && (
              <button type="button" className="button" onClick={() => go(neighbourStep(step, -1))}>
                {t('welcome_back')}
              </button>
            )}
            <button type="submit" form="welcome-form" className="button button--primary">
              {t('welcome_next')}
            </button>
            <button type="button" className="button" onClick={() => go(neighbourStep(step, 1))}>
              {t('welcome_skip')}
            </button>
            <button type="button" className="button welcome__skipAll" onClick={() => go('finish')}>
              {t('welcome_skipAll')}
            </button>
          </div>
        )}
      </section>
    </main>
  );
}

