import { useEffect } from 'react';
import { connectToExercise, disconnect } from '../connection/connection';
import { resumeSeat } from '../state/actions';
import { useExerciseStore } from '../state/exercise-store';
import { authOf, seatKey, type Seat, type SeatRole } from '../state/session-slice';

/**
 * This browser's seat in an exercise, kept connected while the screen is
 * shown (the page's one socket). Null when the browser holds no such seat:
 * the screen then says how to get one.
 */
export function useExerciseSeat(exerciseId: string, role: SeatRole): Seat | null {
  const seat = useExerciseStore((state) => state.session.saved[seatKey(exerciseId, role)] ?? null);
  const secret = seat === null ? null : seat.role === 'facilitator' ? seat.key : seat.token;
  useEffect(() => {
    if (secret === null) return;
    const resumed = resumeSeat(exerciseId, role);
    if (resumed === null) return;
    connectToExercise(authOf(resumed));
    return () => disconnect();
  }, [exerciseId, role, secret]);
  return seat;
}
