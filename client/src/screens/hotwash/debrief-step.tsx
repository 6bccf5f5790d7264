import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEBRIEF_STAGES, type DebriefStage, type ExerciseView } from '@borderline/shared';
import { StageQuestions } from './stage-questions';

/**
 * One stage of the debrief: its number, title, purpose, its questions (the
 * scenario's guide first, the released cards' folded), then its content.
 */
export function DebriefStep({
  view,
  step,
  children,
}: {
  view: ExerciseView;
  step: DebriefStage;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const guided = (view.debrief?.[step].guide.length ?? 0) > 0;
  const control = view.recipient.kind === 'facilitator';
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
        <p className="debrief-label">
          {!guided ? t('hotwash.prompts') : control ? t('guide.controlTitle') : t('guide.title')}
        </p>
        <StageQuestions view={view} stage={step} />
      </div>
      {children}
    </section>
  );
}
