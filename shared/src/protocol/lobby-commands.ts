import { z } from 'zod';
import { ChannelKey } from './chat';
import { commandSchema, LIMITS, RefId, requiredText, ServerId } from './command-fields';

/** Control's seating commands (facilitator key only) and the chat. None reaches the engine. */

/** Moves a player to a team, or to the observers with `team: null`. */
export const MovePlayerCommand = commandSchema('lobby.movePlayer', {
  player: ServerId,
  team: RefId.nullable(),
});

/** Removes a player: the seat token stops working and the socket is disconnected. */
export const RemovePlayerCommand = commandSchema('lobby.removePlayer', { player: ServerId });

/** Makes a player the lead of their team (the one who submits the team's decision). */
export const MakeLeadCommand = commandSchema('lobby.makeLead', { player: ServerId });

/** A locked lobby admits nobody new; seated players may still come back with their token. */
export const SetLockedCommand = commandSchema('lobby.setLocked', { locked: z.boolean() });

/** Who plays a team seat: people, or a bot that decides when the team's turn comes. */
export const SetSeatCommand = commandSchema('lobby.setSeat', {
  team: RefId,
  kind: z.enum(['human', 'bot']),
});

/**
 * A chat message to a channel the sender may write to: its own team's
 * channel, a scenario channel its team belongs to, or (Control) any channel
 * including `broadcast`.
 */
export const SendChatCommand = commandSchema('chat.send', {
  channel: ChannelKey,
  text: requiredText(LIMITS.chatText),
});

export const LOBBY_COMMANDS = [
  MovePlayerCommand,
  RemovePlayerCommand,
  MakeLeadCommand,
  SetLockedCommand,
  SetSeatCommand,
  SendChatCommand,
] as const;
