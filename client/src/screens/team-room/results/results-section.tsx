import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { MoveResults } from './move-results';

/** Every published adjudication, newest first; the current move's is open, earlier ones fold. */
export function ResultsSection({
  view,
  ownTeam,
  names,
}: {
  view: ExerciseView;
  ownTeam: string | null;
  names: Names;
}) {
  const { t } = useTranslation();
  const { exercise } = view;
  const newestFirst = [...view.adjudications].reverse();
  return (
    <section
      id="results"
      className="panel tr-results"
      data-testid="results"
      aria-labelledby="results-title"
    >
      <h2 id="results-title">{t('team.results.title')}</h2>
      {newestFirst.length === 0 && <p className="tr-hint">{t('team.results.none')}</p>}
      {newestFirst.map((adjudication) => (
        <details
          key={adjudication.move}
          className="tr-move-details"
          open={adjudication.move === exercise.move}
        >
          <summary>
            <h3>
              {adjudication.move === 0
                ? t('team.results.practiceMove')
                : t('team.results.move', { move: adjudication.move })}
            </h3>
          </summary>
          <MoveResults view={view} adjudication={adjudication} ownTeam={ownTeam} names={names} />
        </details>
      ))}
    </section>
  );
}
