import {
  ackError,
  ackOk,
  isEngineCommand,
  type Ack,
  type ClientCommand,
  type CommandReceipt,
  type EngineCommand,
} from '@borderline/shared';
import {
  ExerciseServiceError,
  type CommandSender,
  type ExerciseCommand,
  type ExerciseService,
  type PlayerSeat,
} from '../exercises';
import { authoriseSender, type SeatedSender } from './authorise-sender';
import { fromDispatchRefusal, fromServiceError } from './refusals';

export interface CommandContext {
  service: ExerciseService;
  exerciseId: string;
  sender: CommandSender;
}

type NonEngineCommand = Exclude<ClientCommand, EngineCommand>;

function senderKey(sender: CommandSender): string {
  return sender.kind === 'player' ? `player:${sender.playerId}` : 'facilitator';
}

/** The engine event a validated command becomes: no id, and the team or player from the seat. */
function toExerciseCommand(
  { id: _id, ...fields }: EngineCommand,
  seat: PlayerSeat | null,
): ExerciseCommand {
  switch (fields.type) {
    case 'team.submitDecision':
    case 'team.chooseDilemmaOption':
      return { ...fields, team: seat?.team ?? '' };
    case 'player.submitReflection':
      return { ...fields, player: seat?.playerId ?? '' };
    default:
      return fields;
  }
}

/** Applies a command that is not an engine event (seating, chat, drafts) through the service. */
function applyNonEngine(context: CommandContext, command: NonEngineCommand): void {
  const { service, exerciseId, sender } = context;
  switch (command.type) {
    case 'lobby.movePlayer':
      service.movePlayer(exerciseId, command.player, command.team);
      return;
    case 'lobby.removePlayer':
      service.removePlayer(exerciseId, command.player);
      return;
    case 'lobby.makeLead':
      service.makeLead(exerciseId, command.player);
      return;
    case 'lobby.setLocked':
      service.setLobbyLocked(exerciseId, command.locked);
      return;
    case 'lobby.setSeat':
      service.setSeat(exerciseId, command.team, command.kind);
      return;
    case 'chat.send':
      service.postChat(exerciseId, sender, command.channel, command.text);
      return;
    case 'team.updateDraft':
      // authoriseSender let only seated team players through.
      if (sender.kind === 'player') service.updateDraft(exerciseId, sender.playerId, command.draft);
      return;
  }
}

function seatedSender(context: CommandContext): SeatedSender | null {
  const { service, exerciseId, sender } = context;
  if (sender.kind === 'facilitator') return { kind: 'facilitator' };
  const seat = service.player(exerciseId, sender.playerId);
  return seat === undefined ? null : { kind: 'player', seat };
}

/**
 * Authorises a validated command against the sender's seat as it is now and
 * applies it: engine commands through `dispatch` (which remembers their ids
 * in the stored log), the others through the service's methods (their ids
 * remembered in the store too, so a resend after a restart is recognised). A repeated id is answered `duplicate: true` and
 * changes nothing. Throws only on a bug (the caller answers `internal`).
 */
export function routeCommand(context: CommandContext, command: ClientCommand): Ack<CommandReceipt> {
  const { service, exerciseId, sender } = context;
  const seated = seatedSender(context);
  if (seated === null) {
    return ackError('unauthorized', 'You are no longer seated in this exercise; join again.');
  }
  const refusal = authoriseSender(command.type, seated);
  if (refusal !== null) return { ok: false, error: refusal };

  if (isEngineCommand(command)) {
    const seat = seated.kind === 'player' ? seated.seat : null;
    const result = service.dispatch(
      exerciseId,
      sender,
      command.id,
      toExerciseCommand(command, seat),
    );
    return result.ok
      ? ackOk({ commandId: command.id, duplicate: result.duplicate })
      : { ok: false, error: fromDispatchRefusal(result) };
  }

  const key = senderKey(sender);
  const earlier = service.commandSender(exerciseId, command.id);
  if (earlier !== undefined) {
    return earlier === key
      ? ackOk({ commandId: command.id, duplicate: true })
      : ackError('invalid-message', 'Another sender already used this command id; use a new id.');
  }
  try {
    applyNonEngine(context, command);
  } catch (error) {
    if (error instanceof ExerciseServiceError) {
      return { ok: false, error: fromServiceError(error.code, error.message) };
    }
    throw error;
  }
  service.rememberCommand(exerciseId, command.id, key);
  return ackOk({ commandId: command.id, duplicate: false });
}
