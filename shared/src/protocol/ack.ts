import { z } from 'zod';

/**
 * Why the server refused a message. Every refusal leaves the exercise as it
 * was: a client may show the message and retry (with a new command id once
 * the cause is fixed).
 */
export const ERROR_CODES = [
  /** The message is not valid JSON of the expected shape (the message says where). */
  'invalid-message',
  /** The `type` is not a command the server knows (the message lists the nearest). */
  'unknown-command',
  /** The message is larger than MAX_MESSAGE_BYTES. */
  'too-large',
  /** Too many messages in a short time: wait and retry. */
  'rate-limited',
  /** No valid facilitator key or seat token. */
  'unauthorized',
  /** Valid credentials, but this role may not send this command (or write to this channel). */
  'forbidden',
  /** The exercise, player, team, channel or scenario does not exist. */
  'not-found',
  /** Control has locked the lobby: nobody else may join or change seat. */
  'lobby-locked',
  /** Only the team's lead may do this (submit a decision, choose a dilemma option, edit the draft). */
  'not-lead',
  /**
   * The engine refused the command, e.g. out of turn or in the wrong phase;
   * `error.reason` carries the engine's refusal code ("not-their-turn", "wrong-phase"...).
   */
  'refused',
  /** A bug on the server; nothing was applied. */
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export interface AckError {
  code: ErrorCode;
  /** For people: what was wrong and, where possible, what would be accepted. */
  message: string;
  /** With `refused`: the engine's refusal code, e.g. "not-their-turn" or "max-covert". */
  reason?: string | undefined;
}

/** The answer to every client→server message, through socket.io's acknowledgement callback. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };

export function ackOk<T>(data: T): Ack<T> {
  return { ok: true, data };
}

export function ackError<T = never>(
  code: ErrorCode,
  message: string,
  reason?: string | undefined,
): Ack<T> {
  return { ok: false, error: reason === undefined ? { code, message } : { code, message, reason } };
}
