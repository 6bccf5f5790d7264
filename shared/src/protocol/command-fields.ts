import { z } from 'zod';
import { Id } from '../scenario/primitives';

/** Size limits of what clients send, in characters (strings) or items (arrays). */
export const LIMITS = {
  /** Ids the server made (players, actions under review). */
  ref: 64,
  chatText: 2000,
  rationale: 4000,
  statement: 4000,
  freeformDescription: 2000,
  freeformReason: 500,
  freeformReasons: 3,
  /** Action cards in one decision (the schema's ceiling; the scenario may allow fewer). */
  cards: 5,
  /** Control's reasons, which go on record. */
  reason: 1000,
  narrative: 8000,
  effects: 10,
  /** The most Control may move a deadline in one command: four hours. */
  deadlineDeltaMs: 4 * 60 * 60 * 1000,
} as const;

/**
 * A command id made by the client (a UUID or a nanoid fits). The server
 * remembers the ids it has applied, so a command resent after a reconnect is
 * applied once and answered with the first answer.
 */
export const CommandId = z
  .string('expected a command id (a string)')
  .regex(
    /^[A-Za-z0-9_-]{8,64}$/,
    'expected a command id of 8 to 64 characters from A-Z, a-z, 0-9, "_" and "-"',
  );
export type CommandId = z.infer<typeof CommandId>;

/** A scenario id (team, card, inject, track, ending, option): kebab-case, bounded. */
export const RefId = Id.max(LIMITS.ref, `expected an id of at most ${LIMITS.ref} characters`);

/** An id the server made: a player id, or an action id under review such as "m1-washington-0". */
export const ServerId = z
  .string('expected an id (a string)')
  .min(1, 'expected a non-empty id')
  .max(LIMITS.ref, `expected an id of at most ${LIMITS.ref} characters`);

/** Free text of at most `max` characters; may be empty (the engine refuses what must not be). */
export function boundedText(max: number) {
  return z.string('expected text (a string)').max(max, `expected at most ${max} characters`);
}

/** Text of 1 to `max` characters once trimmed. */
export function requiredText(max: number) {
  return boundedText(max).trim().min(1, 'expected non-empty text');
}

/** Builds one command schema: the envelope (id, type) and the command's own fields, all strict. */
export function commandSchema<const T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({ id: CommandId, type: z.literal(type), ...shape });
}
