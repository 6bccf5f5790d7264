import {
  isEngineCommand,
  unseatedTeams,
  type ClientCommand,
  type EngineCommand,
  type RefusalDetail,
  type RefusalReason,
} from '@borderline/shared';
import type { ExerciseEvent } from '../engine';
import type { PlayerRecord } from '../store/exercise-store';
import { authoriseSender } from './authorise-command';
import { postChat, updateDraft } from './chat-and-drafts';
import type { ExerciseRuntime } from './exercise-runtime';
import type { LiveExercise } from './live-exercise';
import { rateTeam } from './rate-team';
import * as seating from './seating';
import { ExerciseServiceError } from './service-error';
import { senderKey, type CommandSender } from './stored-entry';

/** The answer to a command: applied (or applied before, under the same id), or refused with a reason. */
export type CommandOutcome =
  | { ok: true; duplicate: boolean }
  | { ok: false; reason: RefusalReason; message: string; detail?: RefusalDetail };

const refused = (
  reason: RefusalReason,
  message: string,
  detail?: RefusalDetail | undefined,
): CommandOutcome =>
  detail === undefined ? { ok: false, reason, message } : { ok: false, reason, message, detail };

/**
 * The engine event a command becomes: stamped with the time, its team or
 * player read from the seat, and a start with the teams nobody plays (the
 * start check a fork's lobby holds play to).
 */
function toEngineEvent(
  { id: _id, ...fields }: EngineCommand,
  live: LiveExercise,
  player: PlayerRecord | undefined,
  at: number,
): ExerciseEvent {
  switch (fields.type) {
    case 'facilitator.start': {
      const teams = live.scenario.teams.map((team) => team.id);
      return { ...fields, unseated: unseatedTeams(teams, live.roster.seats()), at };
    }
    case 'team.submitDecision':
    case 'team.chooseDilemmaOption':
      // authoriseSender let only a seated team's players through.
      return { ...fields, team: player?.team ?? '', at };
    case 'player.submitReflection':
      return { ...fields, player: player?.id ?? '', team: player?.team ?? undefined, at };
    case 'player.answerKnowledgeCheck':
      // authoriseSender let only a seated team's players through.
      return { ...fields, player: player?.id ?? '', team: player?.team ?? '', at };
    default:
      return { ...fields, at };
  }
}

/** Applies a command that is not an engine event; a refusal is thrown as an ExerciseServiceError. */
function applyServiceCommand(
  runtime: ExerciseRuntime,
  live: LiveExercise,
  sender: CommandSender,
  command: Exclude<ClientCommand, EngineCommand>,
): void {
  switch (command.type) {
    case 'lobby.movePlayer':
      seating.movePlayer(runtime, live, command.player, command.team);
      return;
    case 'lobby.removePlayer':
      runtime.saveRoster(live, live.roster.remove(command.player));
      return;
    case 'lobby.makeLead':
      runtime.saveRoster(live, live.roster.makeLead(command.player));
      return;
    case 'lobby.setLocked':
      seating.setLobbyLocked(runtime, live, command.locked);
      return;
    case 'lobby.setSeat':
      seating.setSeat(runtime, live, command.team, command.kind, undefined);
      return;
    case 'chat.send':
      postChat(runtime, live, sender, command.channel, command.text);
      return;
    case 'assessment.rateTeam':
      rateTeam(runtime, live, command);
      return;
    case 'team.updateDraft':
      if (sender.kind === 'player') updateDraft(runtime, live, sender.playerId, command.draft);
      return;
  }
}

/**
 * The one path of a parsed command from Control or a player: the exercise
 * and the sender's seat are looked up once, the sender is authorised once
 * (by the protocol's table), a command id applied before is answered as the
 * first time (`duplicate`, nothing changes: a retry after a reconnect or a
 * restart is applied once), and the command is applied: an engine command
 * is stamped with the time and sent to the engine, stored with its id, then
 * announced; the others go to the seating, chat or draft rules and their id
 * is stored after.
 */
export function submitCommand(
  runtime: ExerciseRuntime,
  exerciseId: string,
  sender: CommandSender,
  command: ClientCommand,
): CommandOutcome {
  const live = runtime.find(exerciseId);
  if (live === undefined) return refused('unknown-exercise', 'There is no such exercise.');
  const player = sender.kind === 'player' ? live.roster.find(sender.playerId) : undefined;
  if (sender.kind === 'player' && player === undefined) {
    return refused('not-seated', 'You are no longer seated in this exercise; join again.');
  }
  const refusal = authoriseSender(
    command.type,
    player === undefined ? { kind: 'facilitator' } : { kind: 'player', player },
  );
  if (refusal !== null) return refused(refusal.reason, refusal.message);

  const { store, clock } = runtime.deps;
  const applied = { id: command.id, sender: senderKey(sender) };
  const earlier = store.findCommand(live.id, command.id);
  if (earlier !== undefined) {
    return earlier === applied.sender
      ? { ok: true, duplicate: true }
      : refused(
          'duplicate-command-id',
          'Another sender already used this command id; use a new id.',
        );
  }

  if (isEngineCommand(command)) {
    const result = runtime.apply(
      live,
      toEngineEvent(command, live, player, clock.now()),
      applied,
      sender,
    );
    return result.ok
      ? { ok: true, duplicate: false }
      : refused(result.code, result.message, result.detail);
  }
  // The change and its id are stored together: a crash between them would let
  // the resent command (its id unknown) be applied a second time.
  return runtime.together(live.id, (): CommandOutcome => {
    try {
      applyServiceCommand(runtime, live, sender, command);
    } catch (error) {
      if (error instanceof ExerciseServiceError)
        return refused(error.code, error.message, error.detail);
      throw error;
    }
    store.recordCommand(live.id, applied);
    return { ok: true, duplicate: false };
  });
}
