import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { useNames } from '../../exercise/view-names';
import type { RoomScreen } from './room-screen';

/** On the projector the scores sit under the ending's heading; on the observer's page they are a panel. */
const LOOK: Record<RoomScreen, { section: string; heading: 'h2' | 'h3'; title?: string }> = {
  projector: { section: 'projector-scores', heading: 'h3', title: 'projector-label' },
  observer: { section: 'panel observer-scores', heading: 'h2' },
};

/** Once the play is over: each team's points and how many objectives it met, for the room. */
export function ScoreSummary({ view, screen }: { view: ExerciseView; screen: RoomScreen }) {
  const { t } = useTranslation();
  const names = useNames(view);
  if (view.scores === null) return null;
  const look = LOOK[screen];
  const Heading = look.heading;
  return (
    <section
      className={look.section}
      data-testid="projector-scores"
      aria-labelledby="projector-scores-title"
    >
      <Heading id="projector-scores-title" className={look.title}>
        {t('screen.scores.title')}
      </Heading>
      <ul>
        {view.scores.map((score) => (
          <li key={score.team} data-team={score.team}>
            <strong>{names.team(score.team)}</strong>:{' '}
            {t('screen.scores.line', {
              earned: score.earned,
              possible: score.possible,
              met: score.objectives.filter((objective) => objective.met).length,
              total: score.objectives.length,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
