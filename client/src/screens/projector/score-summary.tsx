import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { useNames } from '../../exercise/view-names';

/** Once the play is over: each team's points and how many objectives it met, for the room. */
export function ScoreSummary({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const names = useNames(view);
  if (view.scores === null) return null;
  return (
    <section
      className="panel observer-scores"
      data-testid="projector-scores"
      aria-labelledby="projector-scores-title"
    >
      <h2 id="projector-scores-title">{t('screen.scores.title')}</h2>
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
