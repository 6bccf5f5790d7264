import type { LogEntry } from '@borderline/shared';
import type { ExerciseEvent } from './events';
import type { Exercise } from './exercise';
import type { Phase } from './exercise-context';

/** One accepted event of an exercise's log (kept by the store, numbered by it). */
export type ExerciseLogEntry = LogEntry<ExerciseEvent>;

/** Where the engine was when it took an event: the log shows it beside the event. */
export interface AcceptedIn {
  move: number;
  phase: Phase;
  paused: boolean;
}

/** Where the exercise is now, as an event sent now would be logged. */
export function acceptedIn(exercise: Exercise): AcceptedIn {
  return { move: exercise.context.move, phase: exercise.phase, paused: exercise.isPaused };
}

/** One event to replay, with the number that names it in an error. */
export interface ReplayItem {
  seq: number;
  event: ExerciseEvent;
}

/**
 * The one way a stored log is replayed (restore, replay, fork, the live
 * simulation, the report from an export): each event is sent to the engine
 * in order and must be accepted again, since the engine is deterministic;
 * `onEach` sees where the engine took it and the engine after it.
 */
export function replayEvents<T extends ReplayItem>(
  exercise: Exercise,
  items: Iterable<T>,
  onEach?: (item: T, accepted: AcceptedIn) => void,
): void {
  for (const item of items) {
    const accepted = acceptedIn(exercise);
    const result = exercise.send(item.event);
    if (!result.ok) {
      throw new Error(
        `Log entry ${item.seq} (${item.event.type}) was refused on replay: ${result.message}`,
      );
    }
    onEach?.(item, accepted);
  }
}
