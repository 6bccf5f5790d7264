import { z } from 'zod';
import { Id } from './primitives';

/** A change to one track: a relative step or an absolute value, clamped by the engine. */
export const Effect = z
  .strictObject({
    track: Id,
    delta: z.number().int().optional(),
    set: z.number().int().optional(),
  })
  .refine((effect) => (effect.delta === undefined) !== (effect.set === undefined), {
    message: 'expected exactly one of "delta" or "set"',
  });
export type Effect = z.infer<typeof Effect>;
