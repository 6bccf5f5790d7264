import { z } from 'zod';
import { Id } from './primitives';

/**
 * A change to one track, clamped by the engine: a relative step (`delta`),
 * an absolute value (`set`), or a floor (`atLeast`: raise the track to that
 * rung if it is lower, leave it if higher; how a ladder climbs by its labels).
 */
export const Effect = z
  .strictObject({
    track: Id,
    delta: z.number().int().optional(),
    set: z.number().int().optional(),
    atLeast: z.number().int().optional(),
  })
  .refine(
    (effect) =>
      [effect.delta, effect.set, effect.atLeast].filter((value) => value !== undefined).length ===
      1,
    { message: 'expected exactly one of "delta", "set" or "atLeast"' },
  );
export type Effect = z.infer<typeof Effect>;

/** The value an effect asks for, before the track's range clamps it. */
export function effectTarget(from: number, effect: Effect): number {
  if (effect.set !== undefined) return effect.set;
  if (effect.atLeast !== undefined) return Math.max(from, effect.atLeast);
  return from + (effect.delta ?? 0);
}
