import type { Recipient } from '@borderline/shared';
import type { Temperament } from '../bots';
import type { ExerciseRuntime } from './exercise-runtime';
import type { LiveExercise } from './live-exercise';
import { hashSecret, secretMatches } from './secrets';
import { scheduleBots } from './automation';
import { serviceError } from './service-error';
import type { ServiceEntry } from './stored-entry';

export interface JoinedPlayer {
  exerciseId: string;
  playerId: string;
  /** Kept by the browser to come back to the same seat; the store keeps only its hash. */
  token: string;
}

export interface PlayerSeat {
  exerciseId: string;
  playerId: string;
  name: string;
  /** A team id, or null for an observer. */
  team: string | null;
  isLead: boolean;
}

export function seatOf(live: LiveExercise, playerId: string): PlayerSeat {
  const player = live.roster.require(playerId);
  return {
    exerciseId: live.id,
    playerId: player.id,
    name: player.name,
    team: player.team,
    isLead: player.isLead,
  };
}

export function recipientOf(live: LiveExercise, playerId: string): Recipient {
  const { team, playerId: player } = seatOf(live, playerId);
  return team === null ? { kind: 'observer', player } : { kind: 'team', team, player };
}

export function authenticateFacilitator(live: LiveExercise, key: string): void {
  if (!secretMatches(key, live.record.facilitatorKeyHash)) {
    throw serviceError('invalid-key', 'This facilitator key does not open this exercise.');
  }
}

export function joinExercise(
  runtime: ExerciseRuntime,
  live: LiveExercise | undefined,
  joinCode: string,
  seat: { name: string; team: string | null },
): JoinedPlayer {
  if (live === undefined) {
    throw serviceError('unknown-join-code', `No exercise has the code "${joinCode.trim()}".`);
  }
  if (live.record.status === 'ended') {
    throw serviceError('exercise-ended', 'This exercise has ended; it takes no new players.');
  }
  if (live.lobbyLocked) {
    throw serviceError('lobby-locked', 'Control has locked this exercise; ask them to let you in.');
  }
  live.roster.requireTeam(seat.team);
  live.roster.requireHumanSeat(seat.team);
  const name = live.roster.checkName(seat.name);
  const { secrets, clock } = runtime.deps;
  const token = secrets.key();
  const player = {
    id: secrets.id(),
    exerciseId: live.id,
    tokenHash: hashSecret(token),
    name,
    team: seat.team,
    isLead: false,
    joinedAt: clock.now(),
    removed: false,
    kind: 'person' as const,
  };
  runtime.saveRoster(live, live.roster.add(player));
  return { exerciseId: live.id, playerId: player.id, token };
}

export function resumePlayer(live: LiveExercise, token: string): PlayerSeat {
  const player = live.roster.byToken(token);
  if (player === undefined) {
    throw serviceError('invalid-token', 'This seat is no longer yours; join again with the code.');
  }
  return seatOf(live, player.id);
}

export function movePlayer(
  runtime: ExerciseRuntime,
  live: LiveExercise,
  playerId: string,
  team: string | null,
): void {
  live.roster.requireTeam(team);
  live.roster.requireHumanSeat(team);
  runtime.saveRoster(live, live.roster.move(playerId, team));
}

export function setLobbyLocked(
  runtime: ExerciseRuntime,
  live: LiveExercise,
  locked: boolean,
): void {
  if (live.lobbyLocked === locked) return;
  runtime.appendService(live, { type: 'lobby.lock', locked }, { kind: 'facilitator' });
  runtime.notify(live.id, { kind: 'roster' });
}

export function setSeat(
  runtime: ExerciseRuntime,
  live: LiveExercise,
  team: string,
  seat: 'human' | 'bot',
  temperament: Temperament | undefined,
): void {
  live.roster.requireTeam(team);
  if (seat === 'bot' && live.roster.seat(team) === 'human') {
    throw serviceError(
      'seat-occupied',
      `People play ${live.roster.teamName(team)}; move or remove them before a bot takes the seat.`,
      { team },
    );
  }
  const wanted = seat === 'bot' ? (temperament ?? 'balanced') : undefined;
  if (live.roster.bots.get(team) === wanted) return;
  const entry: ServiceEntry = { type: 'seat.set', team, seat, temperament: wanted ?? null };
  runtime.appendService(live, entry, { kind: 'facilitator' });
  runtime.notify(live.id, { kind: 'roster' });
  scheduleBots(runtime.host, live);
}

export function setConnected(
  runtime: ExerciseRuntime,
  live: LiveExercise,
  playerId: string,
  connected: boolean,
): void {
  live.roster.require(playerId);
  const before = live.roster.isConnected(playerId);
  live.roster.setConnected(playerId, connected);
  if (live.roster.isConnected(playerId) !== before) runtime.notify(live.id, { kind: 'presence' });
}
