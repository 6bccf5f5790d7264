import { useTranslation } from 'react-i18next';
import { DEBRIEF_STAGES, type DebriefStage } from '@borderline/shared';
import { debriefQuestions } from '../hotwash/debrief-questions';
import type { RoomScreen } from './room-screen';

/** What differs between the two screens: class names; the ids and test ids take the screen's name. */
const LOOK: Record<RoomScreen, { section: string; title?: string; number?: string }> = {
  projector: { section: 'projector-debrief', title: 'projector-label' },
  observer: { section: 'panel observer-debrief', number: 'debrief-step-number' },
};

/**
 * During the hotwash, the room's screen follows Control through the
 * debrief: where the group is among the four stages, then the open stage's
 * purpose and questions, large enough to read from the back.
 */
export function DebriefPrompts({ stage, screen }: { stage: DebriefStage; screen: RoomScreen }) {
  const { t } = useTranslation();
  const look = LOOK[screen];
  const number = DEBRIEF_STAGES.indexOf(stage) + 1;
  const titleId = `${screen}-debrief-title`;
  return (
    <section className={look.section} data-testid={`${screen}-debrief`} aria-labelledby={titleId}>
      <h2 id={titleId} className={look.title}>
        {t('screen.debrief')}
      </h2>
      <ol className={`${screen}-debrief-progress`}>
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
        className={`${screen}-debrief-stage`}
        data-testid={`${screen}-debrief-stage`}
        data-stage={stage}
      >
        <h3>
          <span className={look.number}>
            {t('hotwash.stepOf', { number, total: DEBRIEF_STAGES.length })}
          </span>{' '}
          {t(`hotwash.steps.${stage}.title`)}
        </h3>
        <p>{t(`hotwash.steps.${stage}.intro`)}</p>
        <ul className={`${screen}-debrief-questions`}>
          {debriefQuestions(t, stage).map((question) => (
            <li key={question.id}>{question.text}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
