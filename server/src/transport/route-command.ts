import {
  ackOk,
  refusalError,
  type Ack,
  type ClientCommand,
  type CommandReceipt,
} from '@borderline/shared';
import type { CommandSender, ExerciseService } from '../exercises';

export interface CommandContext {
  service: ExerciseService;
  exerciseId: string;
  sender: CommandSender;
}

/**
 * A parsed command's answer: the service applies it by its one command path
 * and the refusal's reason picks the wire code. Throws only on a bug (the
 * caller answers `internal`).
 */
export function routeCommand(context: CommandContext, command: ClientCommand): Ack<CommandReceipt> {
  const { service, exerciseId, sender } = context;
  const outcome = service.submit(exerciseId, sender, command);
  return outcome.ok
    ? ackOk({ commandId: command.id, duplicate: outcome.duplicate })
    : { ok: false, error: refusalError(outcome.reason, outcome.message, outcome.detail) };
}
