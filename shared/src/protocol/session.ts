import { z } from 'zod';
import { HeldScenarios } from './view-frames';

/**
 * How a browser proves who it is. Creating an exercise returns a facilitator
 * key (shown once; the server keeps only a hash); joining returns a seat
 * token the browser keeps in localStorage, so that a reload (or a new
 * socket after a network drop) lands in the same seat.
 */

/** Join codes avoid look-alike characters (no 0/O, 1/I/L) so they can be read off a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A short join code; typed in any case and with stray spaces, stored in upper case. */
export const JoinCode = z
  .string('expected a join code')
  .trim()
  .toUpperCase()
  .regex(
    new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`),
    `expected a join code of ${JOIN_CODE_LENGTH} letters and digits`,
  );
export type JoinCode = z.infer<typeof JoinCode>;

/** An exercise id made by the server (URL-safe). */
export const ExerciseId = z
  .string('expected an exercise id')
  .regex(/^[A-Za-z0-9_-]{6,64}$/, 'expected an exercise id of 6 to 64 URL-safe characters');

/** A secret: at least 128 bits, URL-safe (base64url of 24+ random bytes). */
const Secret = (what: string) =>
  z
    .string(`expected a ${what}`)
    .regex(/^[A-Za-z0-9_-]{22,128}$/, `expected a ${what} of 22 to 128 URL-safe characters`);

export const FacilitatorKey = Secret('facilitator key');
export const SeatToken = Secret('seat token');

/** The HTTP header that carries the facilitator key (never put the key in a URL the server logs). */
export const FACILITATOR_KEY_HEADER = 'x-facilitator-key';

/**
 * socket.io's handshake `auth` payload: `io(url, { auth })`. A bad one is
 * refused at connection with an `Error` whose `data` is an AckError
 * (`unauthorized` or `not-found`).
 */
export const SocketAuth = z.discriminatedUnion('role', [
  z.strictObject({
    exerciseId: ExerciseId,
    role: z.literal('facilitator'),
    key: FacilitatorKey,
    scenarios: HeldScenarios.optional(),
  }),
  z.strictObject({
    exerciseId: ExerciseId,
    role: z.literal('player'),
    token: SeatToken,
    scenarios: HeldScenarios.optional(),
  }),
]);
export type SocketAuth = z.infer<typeof SocketAuth>;
