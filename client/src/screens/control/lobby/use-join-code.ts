import { useCallback, useEffect, useState } from 'react';
import { exerciseSummaryOverHttp } from '@borderline/shared/http-client';
import { useExerciseStore } from '../../../state/exercise-store';

export type JoinCodeState =
  { status: 'loading' } | { status: 'ready'; code: string } | { status: 'failed'; cause: unknown };

/**
 * The exercise's join code, asked of the server with this browser's
 * facilitator key (the view does not carry it), and a way to ask again.
 */
export function useJoinCode(exerciseId: string): { state: JoinCodeState; retry: () => void } {
  const key = useExerciseStore((store) => {
    const seat = store.session.current;
    return seat?.role === 'facilitator' && seat.exerciseId === exerciseId ? seat.key : null;
  });
  const [state, setState] = useState<JoinCodeState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    exerciseSummaryOverHttp('', exerciseId, key).then(
      (summary) => {
        if (current) setState({ status: 'ready', code: summary.joinCode });
      },
      (error: unknown) => {
        // An answer for a screen that is gone: nothing to say.
        if (!current) return;
        setState({ status: 'failed', cause: error });
      },
    );
    return () => {
      current = false;
    };
  }, [exerciseId, key, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);
  return { state, retry };
}
