/**
 * How long a connection's coming and going waits for the next ones before
 * screens hear of it. A class arriving at once (thirty phones opening their
 * seats, or coming back after the room's wifi dropped) then costs a handful
 * of updates, not one per person for every screen; any other change sends
 * it at once.
 */
export const PRESENCE_BATCH_MS = 150;

/** Exercises whose only news is presence, each waiting PRESENCE_BATCH_MS for more. */
export class PresenceBatch {
  private readonly waiting = new Map<string, NodeJS.Timeout>();

  constructor(private readonly due: (exerciseId: string) => void) {}

  /** Starts the exercise's wait, unless it is already waiting. */
  wait(exerciseId: string): void {
    if (this.waiting.has(exerciseId)) return;
    const timer = setTimeout(() => {
      this.waiting.delete(exerciseId);
      this.due(exerciseId);
    }, PRESENCE_BATCH_MS);
    timer.unref();
    this.waiting.set(exerciseId, timer);
  }

  /** Another change is flushing the exercise now: its presence goes with it. */
  cancel(exerciseId: string): void {
    clearTimeout(this.waiting.get(exerciseId));
    this.waiting.delete(exerciseId);
  }

  clear(): void {
    for (const timer of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
  }
}
