import { useTranslation } from 'react-i18next';
import type { ExerciseMeta } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';

type TeamTurn = 'decided' | 'now' | 'waiting' | 'upcoming';

/** Who decides in which order, and where the move stands, in words (never by colour alone). */
export function TurnOrder({
  exercise,
  ownTeam,
  names,
}: {
  exercise: ExerciseMeta;
  ownTeam: string | null;
  names: Names;
}) {
  const { t } = useTranslation();
  const { turn, phase } = exercise;
  const upcoming = phase === 'injects' || phase === 'deliberation';
  const stateOf = (team: string): TeamTurn => {
    const state = turn.teams.find((entry) => entry.team === team)?.state ?? 'idle';
    if (state === 'deciding') return 'now';
    // Outside a move's decisions (results, dilemma) every team has had its say.
    return state === 'idle' ? 'decided' : state;
  };
  return (
    <div className="tr-turns">
      <p className="tr-hint">
        {upcoming ? t(`team.turns.${turn.mode}Upcoming`) : t(`team.turns.${turn.mode}`)}
      </p>
      <ol>
        {turn.order.map((team) => {
          const state = stateOf(team);
          return (
            <li key={team} data-turn={state} aria-current={state === 'now' ? 'step' : undefined}>
              <span className="tr-turn-team">
                {names.team(team)}
                {team === ownTeam && ` (${t('team.turns.yours')})`}
              </span>{' '}
              {state !== 'upcoming' && (
                <span className="tr-turn-state">{t(`team.turns.${state}`)}</span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
