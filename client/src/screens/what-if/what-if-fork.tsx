import { useTranslation } from 'react-i18next';
import { forkConsolePath, useForkRequest } from '../replay/use-fork-request';

/** Control's button to start the new exercise, then where it is. */
function ForkFromBranch({
  exerciseId,
  facilitatorKey,
  move,
}: {
  exerciseId: string;
  facilitatorKey: string;
  move: number;
}) {
  const { t } = useTranslation();
  const { state, fork } = useForkRequest(exerciseId, facilitatorKey);
  if (state.status === 'created') {
    const { fork: created } = state;
    const consolePath = forkConsolePath(created);
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
        onClick={() => fork(move)}
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
  return <ForkFromBranch exerciseId={exerciseId} facilitatorKey={facilitatorKey} move={move} />;
}
