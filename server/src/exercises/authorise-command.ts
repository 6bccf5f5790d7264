import { COMMAND_SENDERS, type ClientCommandType } from '@borderline/shared';
import type { PlayerRecord } from '../store/exercise-store';
import type { ServiceErrorCode } from './service-error';

/** Who sends a command, with the seat it holds now (Control may have moved it since it connected). */
export type SeatedSender = { kind: 'facilitator' } | { kind: 'player'; player: PlayerRecord };

export interface SenderRefusal {
  reason: ServiceErrorCode;
  message: string;
}

const refuse = (reason: ServiceErrorCode, message: string): SenderRefusal => ({ reason, message });

/**
 * Who may send what, by the protocol's one table (`COMMAND_SENDERS`), and
 * the reason the answer gives when the sender may not: the only place the
 * server checks a command's sender. A team's commands act for the sender's
 * own team, which the server reads from the seat, so no command can name
 * another team. Chat's channel rules and the engine's rules come after.
 */
export function authoriseSender(
  type: ClientCommandType,
  sender: SeatedSender,
): SenderRefusal | null {
  const needed = COMMAND_SENDERS[type];
  if (needed === 'anyone') return null;
  if (needed === 'facilitator') {
    return sender.kind === 'facilitator'
      ? null
      : refuse('facilitator-only', `Only Control (the facilitator key) can send ${type}.`);
  }
  if (sender.kind === 'facilitator') {
    return needed === 'player'
      ? refuse(
          'players-only',
          `${type} is for players; Control reads reflections but does not write them.`,
        )
      : refuse(
          'team-players-only',
          `${type} is for a team's players; Control can skip a team's turn or give its seat to a bot.`,
        );
  }
  if (needed === 'player') return null;
  const { player } = sender;
  if (player.team === null) {
    return refuse('observer', `Observers follow the exercise; they cannot send ${type}.`);
  }
  if (needed === 'team-lead' && !player.isLead) {
    return refuse(
      'not-lead',
      `Only your team's lead can send ${type}; ask Control to make you the lead.`,
    );
  }
  return null;
}
