import { useEffect, useState } from 'react';
import { projectorSeatOverHttp } from '@borderline/shared/http-client';
import { takeSeat } from '../../state/actions';

export interface ProjectorSeatRequest {
  /** Why the server refused, or the network failed; null while asking. */
  error: Error | null;
  retry: () => void;
}

/**
 * Asks the server, with the facilitator key this browser holds, for the
 * projector's observer seat and takes it into the store (the route answers
 * the same seat every time, so a second tab or a retry is harmless).
 */
export function useProjectorSeat(exerciseId: string, key: string): ProjectorSeatRequest {
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<{ attempt: number; error: Error } | null>(null);
  useEffect(() => {
    let current = true;
    projectorSeatOverHttp('', exerciseId, key).then(
      (seat) => {
        if (current)
          takeSeat({ exerciseId, role: 'player', token: seat.token, playerId: seat.playerId });
      },
      (error: unknown) => {
        if (current)
          setFailure({ attempt, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      current = false;
    };
  }, [exerciseId, key, attempt]);
  return {
    error: failure !== null && failure.attempt === attempt ? failure.error : null,
    retry: () => setAttempt((n) => n + 1),
  };
}
