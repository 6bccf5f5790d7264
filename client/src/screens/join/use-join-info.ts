import { useCallback, useEffect, useState } from 'react';
import type { JoinInfoResponse } from '@borderline/shared';
import { lookUpJoinCode } from '../../connection/exercise-http';
import type { CommandFailure } from '../../exercise/use-command';
import { httpFailure } from '../start/http-failure';

export type JoinInfoLoad =
  | { status: 'loading' }
  | { status: 'failed'; failure: CommandFailure }
  | { status: 'loaded'; info: JoinInfoResponse };

/** What the server says about a join code, and a way to ask again (after Control unlocks). */
export function useJoinInfo(code: string): { load: JoinInfoLoad; reload: () => void } {
  const [load, setLoad] = useState<JoinInfoLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    lookUpJoinCode(code)
      .then((info) => {
        if (current) setLoad({ status: 'loaded', info });
      })
      .catch((error: unknown) => {
        if (current) setLoad({ status: 'failed', failure: httpFailure(error) });
      });
    return () => {
      current = false;
    };
  }, [code, attempt]);
  // The old answer stays on screen while the new one comes: no flicker.
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { load, reload };
}
