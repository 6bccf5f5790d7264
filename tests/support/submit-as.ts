import type { ClientCommand } from '@borderline/shared';
import type { ExerciseEvent } from '../../server/src/engine';
import type { CommandOutcome, CommandSender, ExerciseService } from '../../server/src/exercises';

type WithoutAt<E> = E extends unknown ? Omit<E, 'at'> : never;

/** An engine event as the tests write it: without its time (the server stamps it). */
export type ExerciseCommand = WithoutAt<ExerciseEvent>;

/**
 * Sends an engine command through the service's one command path, as a
 * client would: with an id, and without the team or player the server reads
 * from the sender's seat (so a team's command acts for the sender's team).
 */
export function submitAs(
  service: ExerciseService,
  exerciseId: string,
  sender: CommandSender,
  id: string,
  command: ExerciseCommand,
): CommandOutcome {
  const fields: Record<string, unknown> = { ...command, id };
  if (command.type.startsWith('team.')) delete fields.team;
  if (command.type === 'player.submitReflection') {
    delete fields.player;
    delete fields.team;
  }
  return service.submit(exerciseId, sender, fields as ClientCommand);
}
