import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForkExerciseResponse } from '@borderline/shared';
import { forkOverHttp } from '@borderline/shared/http-client';
import { takeSeat } from '../../state/actions';

type ForkState =
  | { status: 'idle' }
  | { status: 'creating' }
  | { status: 'created'; fork: ForkExerciseResponse }
  | { status: 'failed'; message: string };

/**
 * A branch's way to play it out for real: Control starts a new exercise
 * from the opening of the branch's move (the fork, as from the replay),
 * once the exercise has ended; a player replays that move instead.
 */
export function WhatIfFork({
  exerciseId,
  facilitatorKey,
  ended,
  move,
  step,
}: {
  exerciseId: string;
  facilitatorKey: string | null;
  ended: boolean;
  move: number;
  step: number;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<ForkState>({ status: 'idle' });
  if (facilitatorKey === null) {
    if (!ended) return null;
    const replay = `/replay/${encodeURIComponent(exerciseId)}?step=${step}`;
    return (
      <p className="what-if-link">
        <a href={replay}>{t('whatIf.replay', { move })}</a>
      </p>
    );
  }
  if (!ended) return <p className="what-if-hint">{t('whatIf.forkAfterClose', { move })}</p>;
  const fork = () => {
    setState({ status: 'creating' });
    forkOverHttp('', exerciseId, facilitatorKey, move).then(
      (created) => {
        takeSeat({
          exerciseId: created.exerciseId,
          role: 'facilitator',
          key: created.facilitatorKey,
          playerId: null,
        });
        setState({ status: 'created', fork: created });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'failed', message });
      },
    );
  };
  if (state.status === 'created') {
    const { fork: created } = state;
    const consolePath = `/control/${encodeURIComponent(created.exerciseId)}#key=${created.facilitatorKey}`;
    return (
      <p className="what-if-link" role="status">
        {t('whatIf.forked', { move, code: created.joinCode })}{' '}
        <a href={consolePath}>{t('whatIf.forkConsole')}</a>
      </p>
    );
  }
  return (
    <p className="what-if-link">
      <button
        type="button"
        className="secondary"
        data-testid="what-if-fork"
        onClick={fork}
        disabled={state.status === 'creating'}
      >
        {t('whatIf.fork', { move })}
      </button>
      {state.status === 'creating' && <span role="status"> {t('whatIf.forking')}</span>}
      {state.status === 'failed' && (
        <span role="alert"> {t('whatIf.forkFailed', { message: state.message })}</span>
      )}
    </p>
  );
}
