import type { ExerciseEvent } from '../events';
import { senderOf } from '../events';
import type { ExerciseContext } from '../exercise-context';

/**
 * Appends an accepted event to the log, with the move and the phase in which
 * it was accepted and who sent it. The machine runs this first in every
 * transition an event takes, so the phase is still the one it arrived in.
 */
export function recordEvent(
  context: ExerciseContext,
  event: ExerciseEvent,
): Partial<ExerciseContext> {
  const entry = {
    seq: context.log.length,
    at: event.at,
    move: context.move,
    phase: context.phase,
    paused: context.pausedAt !== null,
    by: senderOf(event),
    event,
  };
  return { log: [...context.log, entry] };
}
