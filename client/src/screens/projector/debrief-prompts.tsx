import { useTranslation } from 'react-i18next';
import { DEBRIEF_STAGES, type ExerciseView } from '@borderline/shared';
import { StageQuestions } from '../hotwash/stage-questions';

/**
 * During the hotwash, the room's screen follows Control through the
 * debrief: where the group is among the four stages, then the open stage's
 * purpose and questions (the scenario's guide first, the released cards'
 * folded), large enough to read from the back.
 */
export function DebriefPrompts({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const stage = view.exercise.debriefStage;
  const number = DEBRIEF_STAGES.indexOf(stage) + 1;
  return (
    <section className="panel observer-debrief" aria-labelledby="observer-debrief-title">
      <h2 id="observer-debrief-title">{t('screen.debrief')}</h2>
      <ol className="observer-debrief-progress">
        {DEBRIEF_STAGES.map((step) => (
          <li
            key={step}
            className={step === stage ? 'current' : undefined}
            aria-current={step === stage ? 'step' : undefined}
          >
            {t(`hotwash.steps.${step}.title`)}
          </li>
        ))}
      </ol>
      <div
        className="observer-debrief-stage"
        data-testid="observer-debrief-stage"
        data-stage={stage}
      >
        <h3>
          <span className="debrief-step-number">
            {t('hotwash.stepOf', { number, total: DEBRIEF_STAGES.length })}
          </span>{' '}
          {t(`hotwash.steps.${stage}.title`)}
        </h3>
        <p>{t(`hotwash.steps.${stage}.intro`)}</p>
        <div className="observer-debrief-questions">
          <StageQuestions view={view} stage={stage} />
        </div>
      </div>
    </section>
  );
}
