import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEBRIEF_STAGES, type DebriefStage } from '@borderline/shared';
import { debriefQuestions } from './debrief-questions';

/** One stage of the debrief: its number, title, purpose, prompting questions, then its content. */
export function DebriefStep({ step, children }: { step: DebriefStage; children: ReactNode }) {
  const { t } = useTranslation();
  const number = DEBRIEF_STAGES.indexOf(step) + 1;
  return (
    <section
      id={`debrief-${step}`}
      className="panel debrief-step"
      data-testid={`debrief-step-${step}`}
      aria-labelledby={`debrief-${step}-title`}
    >
      <h2 id={`debrief-${step}-title`}>
        <span className="debrief-step-number">
          {t('hotwash.stepOf', { number, total: DEBRIEF_STAGES.length })}
        </span>{' '}
        {t(`hotwash.steps.${step}.title`)}
      </h2>
      <p>{t(`hotwash.steps.${step}.intro`)}</p>
      <div className="debrief-prompt-box">
        <p className="debrief-label">{t('hotwash.prompts')}</p>
        <ul className="debrief-prompts">
          {debriefQuestions(t, step).map((question) => (
            <li key={question.id}>{question.text}</li>
          ))}
        </ul>
      </div>
      {children}
    </section>
  );
}
