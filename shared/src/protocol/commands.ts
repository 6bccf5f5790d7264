import { z } from 'zod';
import { ASSESSMENT_COMMANDS } from './assessment';
import { FACILITATOR_COMMANDS } from './facilitator-commands';
import { KNOWLEDGE_CHECK_COMMANDS } from './knowledge-check';
import { LOBBY_COMMANDS } from './lobby-commands';
import { PLAYER_COMMANDS } from './team-commands';

/**
 * Every client→server command: one union keyed on `type`, and for the
 * engine's commands the type is the engine event's name. The envelope is
 * flat: `{ id, type, ...fields }`.
 */
export const CLIENT_COMMAND_SCHEMAS = [
  ...FACILITATOR_COMMANDS,
  ...PLAYER_COMMANDS,
  ...LOBBY_COMMANDS,
  ...ASSESSMENT_COMMANDS,
  ...KNOWLEDGE_CHECK_COMMANDS,
] as const;

export const ClientCommand = z.discriminatedUnion('type', CLIENT_COMMAND_SCHEMAS);
export type ClientCommand = z.infer<typeof ClientCommand>;
export type ClientCommandType = ClientCommand['type'];
export type CommandOf<T extends ClientCommandType> = Extract<ClientCommand, { type: T }>;

export const CLIENT_COMMAND_TYPES: readonly ClientCommandType[] = CLIENT_COMMAND_SCHEMAS.map(
  (schema) => schema.shape.type.value,
);

/** The commands that become engine events (the server adds `at`, and the team or player from the seat). */
export const ENGINE_COMMAND_TYPES = [
  ...FACILITATOR_COMMANDS.map((schema) => schema.shape.type.value),
  'team.submitDecision',
  'team.chooseDilemmaOption',
  'player.submitReflection',
  'player.answerKnowledgeCheck',
] as const satisfies readonly ClientCommandType[];
export type EngineCommandType = (typeof ENGINE_COMMAND_TYPES)[number];
export type EngineCommand = CommandOf<EngineCommandType>;

export function isEngineCommand(command: ClientCommand): command is EngineCommand {
  return (ENGINE_COMMAND_TYPES as readonly string[]).includes(command.type);
}

/**
 * Who may send a command:
 * - `facilitator`: the holder of the facilitator key;
 * - `team-lead`: the lead of a team (anyone else in the team gets `not-lead`);
 * - `team-member`: anybody seated in a team (a team drafts together, whoever leads it);
 * - `player`: anybody seated with a token, observers included;
 * - `anyone`: every connected role (for chat, the channel decides: `forbidden`).
 */
export type CommandSender = 'facilitator' | 'team-lead' | 'team-member' | 'player' | 'anyone';

export const COMMAND_SENDERS: Record<ClientCommandType, CommandSender> = {
  'facilitator.start': 'facilitator',
  'facilitator.skipPractice': 'facilitator',
  'facilitator.advance': 'facilitator',
  'facilitator.releaseInject': 'facilitator',
  'facilitator.pause': 'facilitator',
  'facilitator.resume': 'facilitator',
  'facilitator.adjustDeadline': 'facilitator',
  'facilitator.skipTurn': 'facilitator',
  'facilitator.setFreeformOdds': 'facilitator',
  'facilitator.vetoFreeform': 'facilitator',
  'facilitator.overrideOutcome': 'facilitator',
  'facilitator.overrideTrack': 'facilitator',
  'facilitator.addNarrative': 'facilitator',
  'facilitator.publishAdjudication': 'facilitator',
  'facilitator.endEarly': 'facilitator',
  'facilitator.openDebriefStage': 'facilitator',
  'facilitator.closeHotwash': 'facilitator',
  'team.submitDecision': 'team-lead',
  'team.chooseDilemmaOption': 'team-lead',
  'team.updateDraft': 'team-member',
  'player.submitReflection': 'player',
  // Each team player takes it; Control, observers and the projector do not.
  'player.answerKnowledgeCheck': 'team-member',
  'lobby.movePlayer': 'facilitator',
  'lobby.removePlayer': 'facilitator',
  'lobby.makeLead': 'facilitator',
  'lobby.setLocked': 'facilitator',
  'lobby.setSeat': 'facilitator',
  'chat.send': 'anyone',
  'assessment.rateTeam': 'facilitator',
};
