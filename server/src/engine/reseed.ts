import type { PersistedExercise } from './exercise';
import type { ExerciseContext } from './exercise-context';
import { seedRng } from './rules/rng';

/**
 * The same persisted exercise with a new seed from here on: its random
 * source starts again from `seed`, and so do the bots' choices (derived from
 * the exercise's seed). Everything already decided or rolled stays as it
 * was, so a what-if continuation re-plays only the future under other dice.
 */
export function reseedPersisted(persisted: PersistedExercise, seed: number): PersistedExercise {
  const snapshot = persisted.snapshot as { context: ExerciseContext };
  const context: ExerciseContext = { ...snapshot.context, seed, rng: seedRng(seed) };
  return { ...persisted, snapshot: { ...snapshot, context } };
}
