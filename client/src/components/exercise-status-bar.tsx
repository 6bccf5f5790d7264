import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { localize } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { Countdown } from './countdown';

/**
 * The line every exercise screen opens with: the move, the phase, whose
 * turn it is and the deadline. A polite live region: a phase change is read
 * out without interrupting.
 */
export function ExerciseStatusBar({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { exercise } = view;
  const teamName = (id: string) => {
    const team = view.scenario.teams.find((candidate) => candidate.id === id);
    return team === undefined ? id : localize(team.name, language);
  };
  const deciding = exercise.phase === 'decisions';
  let turn: string | null = null;
  if (deciding && exercise.turn.current !== null)
    turn = t('common.turn.current', { team: teamName(exercise.turn.current) });
  else if (deciding && exercise.turn.pending.length > 0)
    turn = t('common.turn.pending', { teams: exercise.turn.pending.map(teamName).join(', ') });
  else if (deciding) turn = t('common.turn.allDone');

  return (
    <div className="status-bar" data-phase={exercise.phase} data-move={exercise.move}>
      <p className="status-main" aria-live="polite">
        {exercise.phase !== 'lobby' && exercise.phase !== 'ended' && (
          <span className="status-move">
            {exercise.practice
              ? t('common.practiceMove')
              : t('common.move', { move: exercise.move })}
          </span>
        )}
        <span className="status-phase" data-testid="phase">
          {t(`common.phase.${exercise.phase}`)}
        </span>
        {exercise.paused && <span className="status-paused">{t('common.paused')}</span>}
        {turn !== null && <span className="status-turn">{turn}</span>}
      </p>
      {exercise.timer !== null && <Countdown timer={exercise.timer} />}
    </div>
  );
}
