/**
 * A write to an exercise this process does not hold in memory: never
 * loaded, given up, or lost (then `cause` is the failed database write that
 * lost it). Only the process that holds an exercise may write it.
 */
export class ExerciseNotHeldError extends Error {
  constructor(
    readonly exerciseId: string,
    cause?: Error,
  ) {
    super(
      cause === undefined
        ? `Exercise ${exerciseId} is not held by this process.`
        : `Exercise ${exerciseId} was lost: ${cause.message}`,
      cause === undefined ? undefined : { cause },
    );
    this.name = 'ExerciseNotHeldError';
  }
}
