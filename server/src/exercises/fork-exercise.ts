import type { ForkOrigin } from '../store/exercise-store';
import { createExercise, deleteExercise, type CreatedExercise } from './exercise-lifecycle';
import type { ExerciseRuntime } from './exercise-runtime';
import type { ExerciseReplay } from './replay-exercise';
import { readSettings } from './settings';

export interface ForkedExercise extends CreatedExercise {
  forkedFrom: ForkOrigin;
  /** How many of the original's engine events the fork starts with (its lobby's event follows). */
  sharedEvents: number;
}

/**
 * Starts a new exercise from the opening of `move` of an ended one: same
 * scenario, seed and settings, and the original's engine events up to and
 * including the one that opened the move (see `ExerciseReplay.forkHistory`),
 * applied through the service's one path, so they are stored, snapshotted
 * and rebuilt after a restart like any exercise's. The events keep their
 * original times and senders. Then the fork opens its lobby
 * (`fork.openLobby`): nobody is seated yet, so players join with the new
 * code and Control seats them (or gives seats to bots); play resumes at the
 * move's injects, with the world as it stood then, once Control starts and
 * every team has a seat. The original is only read.
 */
export function forkExercise(
  runtime: ExerciseRuntime,
  source: ExerciseReplay,
  move: number,
): ForkedExercise {
  const { record, scenario } = source;
  const history = source.forkHistory(move);
  const { format, skipPractice, timing } = readSettings(record.id, record.settings);
  const created = createExercise(runtime, {
    scenarioId: record.scenarioId,
    settings: { format, skipPractice, timing, seed: record.seed },
  });
  const forkedFrom = { exerciseId: record.id, move };
  try {
    const fork = runtime.live(created.exerciseId);
    if (fork.scenario.version !== scenario.version) {
      throw new Error(
        `the server now runs ${scenario.id} v${fork.scenario.version}, not v${scenario.version}`,
      );
    }
    runtime.deps.store.recordFork(fork.id, forkedFrom);
    for (const { seq, entry } of history.events) {
      if (entry.kind !== 'event') continue;
      const result = runtime.apply(fork, entry.event, null, entry.sender);
      if (!result.ok) {
        throw new Error(`event ${seq} (${entry.event.type}) was refused: ${result.message}`);
      }
    }
    const lobby = runtime.apply(
      fork,
      { type: 'fork.openLobby', at: runtime.deps.clock.now() },
      null,
      { kind: 'facilitator' },
    );
    if (!lobby.ok) throw new Error(`its lobby could not open: ${lobby.message}`);
  } catch (error) {
    // Half a history is no fork: take the new exercise away again.
    deleteExercise(runtime, created.exerciseId);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Exercise ${record.id} could not be forked at move ${move}: ${reason}`, {
      cause: error,
    });
  }
  runtime.deps.logger.info(
    { exerciseId: created.exerciseId, forkedFrom: record.id, move, events: history.events.length },
    'exercise forked',
  );
  return { ...created, forkedFrom, sharedEvents: history.events.length };
}

/** Where an exercise was forked from, or null for an original. */
export function forkOriginOf(runtime: ExerciseRuntime, exerciseId: string): ForkOrigin | null {
  runtime.live(exerciseId);
  return runtime.deps.store.findFork(exerciseId) ?? null;
}
