import type { ExerciseEvent } from '../engine';
import { authoriseCommand, type ExerciseCommand } from './authorise-command';
import type { DispatchResult, ExerciseRuntime } from './exercise-runtime';
import { senderKey, type CommandSender } from './stored-entry';

export const MAX_COMMAND_ID_LENGTH = 128;

/**
 * A command from Control or a player: checked for a repeat of an applied
 * command id (answered with the first answer, before any other check, so a
 * retry after a reconnect or a restart is applied once), authorised against
 * the sender's seat, stamped with the time and applied.
 */
export function dispatchCommand(
  runtime: ExerciseRuntime,
  exerciseId: string,
  sender: CommandSender,
  commandId: string,
  command: ExerciseCommand,
): DispatchResult {
  const live = runtime.find(exerciseId);
  if (live === undefined) {
    return { ok: false, code: 'unknown-exercise', message: 'There is no such exercise.' };
  }
  if (
    typeof commandId !== 'string' ||
    commandId === '' ||
    commandId.length > MAX_COMMAND_ID_LENGTH
  ) {
    return {
      ok: false,
      code: 'invalid-command-id',
      message: `A command id has 1 to ${MAX_COMMAND_ID_LENGTH} characters.`,
    };
  }
  const applied = live.applied.get(commandId);
  if (applied !== undefined) {
    return applied.sender === senderKey(sender)
      ? { ok: true, seq: applied.seq, duplicate: true }
      : {
          ok: false,
          code: 'duplicate-command-id',
          message: 'Another sender already used this command id.',
        };
  }
  const player = sender.kind === 'player' ? live.roster.find(sender.playerId) : undefined;
  if (sender.kind === 'player' && player === undefined) {
    return { ok: false, code: 'unknown-player', message: 'You are no longer in this exercise.' };
  }
  const authorised = authoriseCommand(
    command,
    player === undefined ? { kind: 'facilitator' } : { kind: 'player', player },
  );
  if (!authorised.ok) return authorised;
  const event = { ...authorised.command, at: runtime.deps.clock.now() } as ExerciseEvent;
  return runtime.apply(live, event, commandId, sender);
}
