import { COMMAND_SENDERS, type AckError, type ClientCommandType } from '@borderline/shared';
import type { PlayerSeat } from '../exercises';

/** The sender of a command with its seat as it is now (Control may have moved it since it connected). */
export type SeatedSender = { kind: 'facilitator' } | { kind: 'player'; seat: PlayerSeat };

/**
 * Who may send what, by `COMMAND_SENDERS`, checked against the sender's
 * current seat before anything else looks at the command. Returns the
 * refusal, or null when the sender may send this type (chat's channel rules
 * and the engine's rules are checked later, by the service).
 */
export function authoriseSender(type: ClientCommandType, sender: SeatedSender): AckError | null {
  const needed = COMMAND_SENDERS[type];
  if (needed === 'anyone') return null;
  if (needed === 'facilitator') {
    return sender.kind === 'facilitator'
      ? null
      : { code: 'forbidden', message: `Only Control (the facilitator key) can send ${type}.` };
  }
  if (sender.kind === 'facilitator') {
    return {
      code: 'forbidden',
      message:
        needed === 'player'
          ? `${type} is for players; Control reads reflections but does not write them.`
          : `${type} is for a team's players; Control can skip a team's turn or give its seat to a bot.`,
    };
  }
  if (needed === 'player') return null;
  const { seat } = sender;
  if (seat.team === null) {
    return {
      code: 'forbidden',
      message: `Observers follow the exercise; they cannot send ${type}.`,
    };
  }
  if (needed === 'team-lead' && !seat.isLead) {
    return {
      code: 'not-lead',
      message: `Only your team's lead can send ${type}; ask Control to make you the lead.`,
    };
  }
  return null;
}
