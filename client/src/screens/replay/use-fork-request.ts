import { useState } from 'react';
import type { ForkExerciseResponse } from '@borderline/shared';
import { forkOverHttp } from '@borderline/shared/http-client';
import { useRefusalText } from '../../components/use-refusal-text';
import { takeSeat } from '../../state/actions';

export type ForkState =
  | { status: 'idle' }
  | { status: 'creating' }
  | { status: 'created'; fork: ForkExerciseResponse }
  | { status: 'failed'; message: string };

/** The new exercise's Control console; the key rides in the fragment, which the console reads. */
export function forkConsolePath(fork: ForkExerciseResponse): string {
  return `/control/${encodeURIComponent(fork.exerciseId)}#key=${fork.facilitatorKey}`;
}

/**
 * Asks the server for a new exercise from the opening of a move of this
 * one (the replay's fork, and a what-if branch's). The new exercise's
 * facilitator key is kept in this browser at once, since the server shows
 * it only once; a failure is worded in the reader's language.
 */
export function useForkRequest(
  exerciseId: string,
  facilitatorKey: string,
): { state: ForkState; fork: (move: number) => void } {
  const [state, setState] = useState<ForkState>({ status: 'idle' });
  const why = useRefusalText();
  const fork = (move: number) => {
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
      (error: unknown) => setState({ status: 'failed', message: why(error) }),
    );
  };
  return { state, fork };
}
