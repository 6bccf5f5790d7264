import { z } from 'zod';
import { RefusalDetail } from './refusal-detail';
import { errorCodeOf, RefusalReason } from './refusal-reasons';

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
   * The rules refused the command, e.g. out of turn or in the wrong phase;
   * `error.reason` says which ("not-their-turn", "wrong-phase"...).
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
  /**
   * What exactly was refused, where the server knows more than the code says:
   * one of REFUSAL_REASONS, e.g. "not-their-turn", "max-covert" or "unknown-player".
   */
  reason?: RefusalReason | undefined;
  /**
   * What the refusal is about, as ids and numbers a screen words in its
   * reader's language (the team, the card, the limit...): see RefusalDetail.
   */
  detail?: RefusalDetail | undefined;
}

/** An AckError as it is read back (an HTTP error body's `error`, a handshake's refusal). */
export const AckErrorSchema = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  reason: RefusalReason.optional(),
  detail: RefusalDetail.optional(),
});

/** The HTTP status each code answers with over HTTP. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  'invalid-message': 400,
  'unknown-command': 400,
  'too-large': 413,
  'rate-limited': 429,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'lobby-locked': 423,
  'not-lead': 403,
  refused: 409,
  internal: 500,
};

/** A refusal with its reason (and detail), under the wire code the reason travels with. */
export function refusalError(
  reason: RefusalReason,
  message: string,
  detail?: RefusalDetail | undefined,
): AckError {
  const error: AckError = { code: errorCodeOf(reason), message, reason };
  return detail === undefined ? error : { ...error, detail };
}

/** The answer to every client→server message, through socket.io's acknowledgement callback. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };

export function ackOk<T>(data: T): Ack<T> {
  return { ok: true, data };
}

export function ackError<T = never>(
  code: ErrorCode,
  message: string,
  reason?: RefusalReason | undefined,
): Ack<T> {
  return { ok: false, error: reason === undefined ? { code, message } : { code, message, reason } };
}
