import { useTranslation } from 'react-i18next';
import { DEBRIEF_STAGES, type ExerciseView } from '@borderline/shared';
import { StageQuestions } from '../hotwash/stage-questions';

/** As many guide questions as the room's screen holds beside the world, unscrolled. */
const ROOM_QUESTIONS = 5;

/**
 * The hotwash on the room's screen follows Control: where the group is among
 * the four stages, then the open stage's purpose and its first questions
 * (the scenario's guide, by priority), large.
 */
export function ProjectorDebrief({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const stage = view.exercise.debriefStage;
  const number = DEBRIEF_STAGES.indexOf(stage) + 1;
  return (
    <section
      className="projector-debrief"
      data-testid="projector-debrief"
      aria-labelledby="projector-debrief-title"
    >
      <h2 id="projector-debrief-title" className="projector-label">
        {t('screen.debrief')}
      </h2>
      <ol className="projector-debrief-progress">
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
        className="projector-debrief-stage"
        data-testid="projector-debrief-stage"
        data-stage={stage}
      >
        <h3>
          {t('hotwash.stepOf', { number, total: DEBRIEF_STAGES.length })}{' '}
          {t(`hotwash.steps.${stage}.title`)}
        </h3>
        <p>{t(`hotwash.steps.${stage}.intro`)}</p>
        <StageQuestions view={view} stage={stage} room limit={ROOM_QUESTIONS} />
      </div>
    </section>
  );
}
