import type { ExerciseService } from '../../server/src/exercises';

/**
 * Everything a command could change in an exercise, as one string: the
 * stored log's length, the engine's state, chat, drafts, roster, seats and
 * lock (connection flags aside). Equal before and after a refusal means the
 * refusal changed nothing.
 */
export function exerciseFingerprint(service: ExerciseService, exerciseId: string): string {
  const state = service.state(exerciseId);
  return JSON.stringify({
    seq: state.seq,
    status: state.status,
    context: state.context,
    tags: state.tags,
    chat: service.chat(exerciseId),
    drafts: service.drafts(exerciseId),
    roster: service.roster(exerciseId).map(({ connected: _connected, ...entry }) => entry),
    seats: state.seats,
    locked: state.lobbyLocked,
  });
}
