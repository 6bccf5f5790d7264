import type { ExerciseEvent } from '../engine';
import type { PlayerRecord } from '../store/exercise-store';
import type { ServiceErrorCode } from './service-error';

type WithoutAt<E> = E extends unknown ? Omit<E, 'at'> : never;

/** An engine event as a client sends it: the server stamps the time. */
export type ExerciseCommand = WithoutAt<ExerciseEvent>;

/** The sender of a command once the service has looked up its seat. */
export type SeatedSender = { kind: 'facilitator' } | { kind: 'player'; player: PlayerRecord };

export type Authorisation =
  { ok: true; command: ExerciseCommand } | { ok: false; code: ServiceErrorCode; message: string };

const refuse = (code: ServiceErrorCode, message: string): Authorisation => ({
  ok: false,
  code,
  message,
});

/**
 * Who may send what: Control sends the facilitator's commands; a team's
 * commands come only from that team's lead; any seated player (an observer
 * too) may write a reflection, always as itself; the clock's event comes
 * from the server alone. Returns the command as it will be sent, with the
 * reflection's team taken from the player's seat.
 */
export function authoriseCommand(command: ExerciseCommand, sender: SeatedSender): Authorisation {
  const type: string = command.type;
  if (type.startsWith('facilitator.')) {
    return sender.kind === 'facilitator'
      ? { ok: true, command }
      : refuse('facilitator-only', `Only Control can send ${type}.`);
  }
  switch (command.type) {
    case 'team.submitDecision':
    case 'team.chooseDilemmaOption': {
      if (sender.kind === 'facilitator') {
        return refuse(
          'players-only',
          "Only a team's lead can act for the team; Control can skip its turn or give the seat to a bot.",
        );
      }
      const { player } = sender;
      if (player.team === null) {
        return refuse('observer', 'Observers follow the exercise; they do not act for a team.');
      }
      if (command.team !== player.team) {
        return refuse('not-your-team', `You play for ${player.team}, not for ${command.team}.`);
      }
      if (!player.isLead) {
        return refuse('not-lead', "Only your team's lead can submit for the team.");
      }
      return { ok: true, command };
    }
    case 'player.submitReflection': {
      if (sender.kind === 'facilitator') {
        return refuse('players-only', 'Reflections are written by players.');
      }
      const { player } = sender;
      if (command.player !== player.id) {
        return refuse('not-your-seat', 'A player writes only its own reflection.');
      }
      const team = player.team ?? undefined;
      return { ok: true, command: { ...command, team } };
    }
    case 'clock.deadlineReached':
      return refuse('clock-only', 'Only the server clock says when a deadline is reached.');
    default:
      return refuse('facilitator-only', `Unknown command ${type}.`);
  }
}
