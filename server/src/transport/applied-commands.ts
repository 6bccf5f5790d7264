/**
 * The ids of the commands the service does not log as engine events (chat,
 * drafts, seating), per exercise, so that a command resent after a
 * reconnect is applied once. The engine's commands are remembered by the
 * service itself, in the stored log. This memory lives as long as the
 * process and keeps the newest ids of each exercise.
 */
export class AppliedCommands {
  private readonly byExercise = new Map<string, Map<string, string>>();

  constructor(private readonly perExercise = 5_000) {}

  /** The sender that applied this id, if any did. */
  senderOf(exerciseId: string, commandId: string): string | undefined {
    return this.byExercise.get(exerciseId)?.get(commandId);
  }

  remember(exerciseId: string, commandId: string, sender: string): void {
    let ids = this.byExercise.get(exerciseId);
    if (ids === undefined) {
      ids = new Map();
      this.byExercise.set(exerciseId, ids);
    }
    ids.set(commandId, sender);
    if (ids.size > this.perExercise) {
      const oldest = ids.keys().next();
      if (oldest.done !== true) ids.delete(oldest.value);
    }
  }

  forget(exerciseId: string): void {
    this.byExercise.delete(exerciseId);
  }
}
