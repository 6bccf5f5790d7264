import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { useNames } from '../../exercise/view-names';

/**
 * Where each team stands in the move's decisions, in the turn order: who is
 * deciding, who waits, who has decided. Never what: the room learns the
 * decisions with the results.
 */
export function ProjectorDecisions({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const names = useNames(view);
  const reviewing = view.exercise.phase === 'adjudication';
  return (
    <section
      className="projector-decisions"
      data-testid="projector-decisions"
      aria-labelledby="projector-decisions-title"
    >
      <h2 id="projector-decisions-title" className="projector-label">
        {t('screen.projector.decisions.title')}
      </h2>
      <ol>
        {view.exercise.turn.teams.map(({ team, state }) => {
          // Once the move is with Control, every team has decided (or held).
          const shown = reviewing ? 'decided' : state;
          return (
            <li key={team} data-team={team} data-state={shown}>
              <span className={`projector-turn-mark projector-turn-${shown}`} aria-hidden="true" />
              <strong>{names.team(team)}</strong>
              {shown !== 'idle' && (
                <span className="projector-turn-state">
                  {t(`screen.projector.decisions.state.${shown}`)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="projector-muted">
        {reviewing ? t('screen.projector.review') : t('screen.projector.decisions.hint')}
      </p>
    </section>
  );
}
