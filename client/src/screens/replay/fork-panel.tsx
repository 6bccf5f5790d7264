import { useTranslation } from 'react-i18next';
import type { ForkExerciseResponse, ReplayTimelineResponse } from '@borderline/shared';
import { forkConsolePath, useForkRequest } from './use-fork-request';

/** The new exercise's links: for players to join, and Control's console (which takes the key). */
function CreatedFork({ fork }: { fork: ForkExerciseResponse }) {
  const { t } = useTranslation();
  const consolePath = forkConsolePath(fork);
  return (
    <div className="replay-fork-created" role="status">
      <p>{t('replay.fork.created', { move: fork.forkedFrom.move })}</p>
      <dl className="facts">
        <dt>{t('replay.fork.joinCode')}</dt>
        <dd className="replay-join-code" data-testid="fork-join-code">
          {fork.joinCode}
        </dd>
        <dt>{t('replay.fork.joinLink')}</dt>
        <dd>
          <a href={`/join/${fork.joinCode}`}>{fork.joinUrl}</a>
        </dd>
      </dl>
      <p>
        {/* A full page load: the console reads the key from the link's fragment. */}
        <a href={consolePath} data-testid="fork-console-link">
          {t('replay.fork.console')}
        </a>
      </p>
      <p className="replay-hint">{t('replay.fork.keyKept')}</p>
    </div>
  );
}

/**
 * "What if…?": a new exercise from the opening of the shown step's move.
 * Its facilitator key is kept in this browser at once (it is shown only
 * once), and its console link carries it too.
 */
export function ForkPanel({
  exerciseId,
  facilitatorKey,
  timeline,
  move,
}: {
  exerciseId: string;
  facilitatorKey: string;
  timeline: ReplayTimelineResponse;
  move: number;
}) {
  const { t } = useTranslation();
  const { state, fork } = useForkRequest(exerciseId, facilitatorKey);
  const forkable = timeline.forkPoints.some((point) => point.move === move);
  return (
    <section className="panel replay-fork" aria-labelledby="replay-fork-title">
      <h2 id="replay-fork-title">{t('replay.fork.title')}</h2>
      <p>{t('replay.fork.text', { move })}</p>
      {forkable ? (
        <button
          type="button"
          data-testid="fork-button"
          onClick={() => fork(move)}
          disabled={state.status === 'creating'}
        >
          {t('replay.fork.button')}
        </button>
      ) : (
        <p>{t('replay.fork.notForkable')}</p>
      )}
      {state.status === 'creating' && <p role="status">{t('replay.fork.creating')}</p>}
      {state.status === 'failed' && (
        <p role="alert">{t('replay.fork.failed', { message: state.message })}</p>
      )}
      {state.status === 'created' && <CreatedFork fork={state.fork} />}
    </section>
  );
}
