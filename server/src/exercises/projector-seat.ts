import { createHmac } from 'node:crypto';
import type { ExerciseRuntime } from './exercise-runtime';
import type { LiveExercise } from './live-exercise';
import { hashSecret } from './secrets';
import { authenticateFacilitator, type JoinedPlayer } from './seating';
import { serviceError } from './service-error';

/** The projector's display name; "Projector 2"... when a person already took it. */
export const PROJECTOR_NAME = 'Projector';

export interface ProjectorSeat extends JoinedPlayer {
  /** False when the exercise already had this projector seat. */
  created: boolean;
}

/**
 * The projector's seat token, derived from the facilitator key: every tab of
 * Control's browser (and a co-facilitator with the same key) finds the same
 * seat, and the server still keeps nothing but the token's hash.
 */
export function projectorToken(exerciseId: string, key: string): string {
  return createHmac('sha256', key).update(`projector:${exerciseId}`).digest('base64url');
}

function freeName(live: LiveExercise): string {
  const taken = new Set(live.roster.active().map((player) => player.name.toLocaleLowerCase()));
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? PROJECTOR_NAME : `${PROJECTOR_NAME} ${n}`;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

/**
 * Seats the room's projector as an observer for the facilitator key's
 * holder, or returns the seat it already has. Control seats it, so a
 * locked lobby does not stop it; an ended exercise takes no new seat. The
 * seat is marked `projector`: a screen, kept out of the players' lists,
 * participation and the report.
 */
export function seatProjector(
  runtime: ExerciseRuntime,
  live: LiveExercise,
  key: string,
): ProjectorSeat {
  authenticateFacilitator(live, key);
  const token = projectorToken(live.id, key);
  const existing = live.roster.byToken(token);
  if (existing !== undefined) {
    // The token proves the seat is the projector's, even one stored unmarked.
    const marked = live.roster.markProjector(existing.id);
    if (marked.length > 0) runtime.saveRoster(live, marked);
    return { exerciseId: live.id, playerId: existing.id, token, created: false };
  }
  if (live.record.status === 'ended') {
    throw serviceError('exercise-ended', 'This exercise has ended; it takes no new seats.');
  }
  const player = {
    id: runtime.deps.secrets.id(),
    exerciseId: live.id,
    tokenHash: hashSecret(token),
    name: freeName(live),
    team: null,
    isLead: false,
    joinedAt: runtime.deps.clock.now(),
    removed: false,
    kind: 'projector' as const,
  };
  runtime.saveRoster(live, live.roster.add(player));
  return { exerciseId: live.id, playerId: player.id, token, created: true };
}
