import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { MoveTimeline, moveHasHistory } from './move-timeline';

/** The game move by move, oldest first: what the reader's view lets them know of it. */
export function GameTimeline({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const moves = [...new Set([0, ...view.scenario.moves.map((move) => move.number)])]
    .filter((move) => move <= view.exercise.move && moveHasHistory(view, move))
    .sort((a, b) => a - b);
  return (
    <ol
      className="debrief-timeline"
      data-testid="game-timeline"
      aria-label={t('hotwash.timeline.title')}
    >
      {moves.length === 0 && <li>{t('hotwash.timeline.empty')}</li>}
      {moves.map((move) => (
        <MoveTimeline key={move} view={view} move={move} />
      ))}
    </ol>
  );
}
