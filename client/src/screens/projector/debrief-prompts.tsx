import { useTranslation } from 'react-i18next';
import { DEBRIEF_STAGES, type ExerciseView } from '@borderline/shared';
import { useNames } from '../../exercise/view-names';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { StageQuestions } from '../hotwash/stage-questions';
import { endingTitle } from './projector-ending';
import type { RoomScreen } from './room-screen';

/** What differs between the two screens: class names; the ids and test ids take the screen's name. */
const LOOK: Record<RoomScreen, { section: string; title?: string; number?: string }> = {
  projector: { section: 'projector-debrief', title: 'projector-label' },
  observer: { section: 'panel observer-debrief', number: 'debrief-step-number' },
};

/** As many guide questions as the room's screen holds beside the world, unscrolled. */
const ROOM_QUESTIONS = 5;

/** How the play ended, and what the dilemma's team chose: the room debriefs knowing both. */
function DebriefEnding({ view, screen }: { view: ExerciseView; screen: RoomScreen }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  const { ending } = view;
  if (ending === null) return null;
  const chosen = ending.state.dilemma ?? null;
  const option = ending.dilemma?.options.find((candidate) => candidate.id === chosen?.option);
  return (
    <p className={`${screen}-debrief-ending`} data-testid={`${screen}-debrief-ending`}>
      <strong>{endingTitle(view, t, language)}</strong>
      {ending.dilemma !== null && option !== undefined && (
        <>
          {' · '}
          {names.team(ending.dilemma.team)}:{' '}
          {t('hotwash.ending.chosen', { option: localize(option.label, language) })}
        </>
      )}
    </p>
  );
}

/**
 * During the hotwash, the room's screen follows Control through the
 * debrief: where the group is among the four stages, then the open stage's
 * purpose and questions (the scenario's guide first, the released cards'
 * folded), large enough to read from the back.
 */
export function DebriefPrompts({ view, screen }: { view: ExerciseView; screen: RoomScreen }) {
  const { t } = useTranslation();
  const stage = view.exercise.debriefStage;
  const look = LOOK[screen];
  const number = DEBRIEF_STAGES.indexOf(stage) + 1;
  const titleId = `${screen}-debrief-title`;
  return (
    <section className={look.section} data-testid={`${screen}-debrief`} aria-labelledby={titleId}>
      <h2 id={titleId} className={look.title}>
        {t('screen.debrief')}
      </h2>
      <DebriefEnding view={view} screen={screen} />
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
        <div className={`${screen}-debrief-questions`}>
          {screen === 'projector' ? (
            <StageQuestions view={view} stage={stage} room limit={ROOM_QUESTIONS} />
          ) : (
            <StageQuestions view={view} stage={stage} />
          )}
        </div>
      </div>
    </section>
  );
}
