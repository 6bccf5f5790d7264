import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The debrief's stages, in the order facilitators run them. */
export const DEBRIEF_STEPS = ['what', 'why', 'meaning', 'takeaway'] as const;
export type DebriefStepId = (typeof DEBRIEF_STEPS)[number];

const PROMPTS = ['q1', 'q2', 'q3'] as const;

/** The links that take the group from stage to stage. */
export function DebriefNav() {
  const { t } = useTranslation();
  return (
    <nav className="debrief-nav" aria-label={t('hotwash.stepsLabel')}>
      <ol>
        {DEBRIEF_STEPS.map((step) => (
          <li key={step}>
            <a href={`#debrief-${step}`}>{t(`hotwash.steps.${step}.title`)}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** One stage of the debrief: its number, title, purpose, prompting questions, then its content. */
export function DebriefStep({ step, children }: { step: DebriefStepId; children: ReactNode }) {
  const { t } = useTranslation();
  const number = DEBRIEF_STEPS.indexOf(step) + 1;
  return (
    <section
      id={`debrief-${step}`}
      className="panel debrief-step"
      data-testid={`debrief-step-${step}`}
      aria-labelledby={`debrief-${step}-title`}
    >
      <h2 id={`debrief-${step}-title`}>
        <span className="debrief-step-number">
          {t('hotwash.stepOf', { number, total: DEBRIEF_STEPS.length })}
        </span>{' '}
        {t(`hotwash.steps.${step}.title`)}
      </h2>
      <p>{t(`hotwash.steps.${step}.intro`)}</p>
      <div className="debrief-prompt-box">
        <p className="debrief-label">{t('hotwash.prompts')}</p>
        <ul className="debrief-prompts">
          {PROMPTS.map((prompt) => (
            <li key={prompt}>{t(`hotwash.steps.${step}.${prompt}`)}</li>
          ))}
        </ul>
      </div>
      {children}
    </section>
  );
}
